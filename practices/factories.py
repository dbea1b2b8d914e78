"""Factories for the practice exchange: practices with their texts, and the practices page."""

import factory

from members.factories import MemberAuthorityFactory
from pages.factories import BasePageFactory
from practices import models


class PracticeFactory(factory.django.DjangoModelFactory):
    """A live public practice of an active authority, written in English; ``text`` (a
    ``PracticeTextFactory`` parameter) names the original text's title."""

    class Meta:
        model = models.Practice
        skip_postgeneration_save = True

    authority = factory.SubFactory(MemberAuthorityFactory)
    slug = factory.Sequence(lambda n: f"practice-{n}")
    original_language = "en"
    started_in = 2019
    status = models.Practice.Status.RUNNING
    live = True
    described = True
    plausible = True

    original = factory.RelatedFactory(
        "practices.factories.PracticeTextFactory",
        factory_related_name="practice",
        language=factory.SelfAttribute("..original_language"),
        title=factory.LazyAttribute(lambda text: f"Night mediation {text.practice.slug}"),
    )


class PracticeTextFactory(factory.django.DjangoModelFactory):
    """A complete text: every section a review needs, in ``language``."""

    class Meta:
        model = models.PracticeText

    practice = factory.SubFactory(PracticeFactory, original=None)
    language = "en"
    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = factory.LazyAttribute(lambda text: f"Summary of {text.title} [{text.language}]")
    problem = factory.LazyAttribute(lambda text: f"The problem [{text.language}]")
    objectives = factory.LazyAttribute(lambda text: f"The objectives [{text.language}]")
    actions = factory.LazyAttribute(lambda text: f"What was done [{text.language}]")
    results = factory.LazyAttribute(lambda text: f"The results [{text.language}]")
    described_because = factory.LazyAttribute(lambda text: f"Described [{text.language}]")
    plausible_because = factory.LazyAttribute(lambda text: f"Plausible [{text.language}]")


class PracticeLibraryPageFactory(BasePageFactory):
    class Meta:
        model = models.PracticeLibraryPage

    class Params:
        name = "Practices"
