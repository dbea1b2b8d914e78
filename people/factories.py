"""Factories for the people: a person's profile."""

import factory

from members.factories import MemberAccountFactory
from people import models


class ProfileFactory(factory.django.DjangoModelFactory):
    """A listed profile of a person of an active authority, speaking English and French;
    ``themes`` (a list) sets its themes."""

    class Meta:
        model = models.Profile
        skip_postgeneration_save = True

    account = factory.SubFactory(
        MemberAccountFactory,
        user__first_name=factory.Sequence(lambda n: f"Person{n}"),
        user__last_name="Example",
    )
    role = "Head of prevention"
    about = "Night-time economy and mediation."
    languages = factory.LazyFunction(lambda: ["en", "fr"])
    listed = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
