"""Factories for the working groups: groups, memberships, the groups page."""

import factory
from django.utils import timezone

from groups import models, space
from members.factories import MemberAccountFactory
from pages.factories import BasePageFactory, in_every_language, in_written_languages


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.WorkingGroup
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"group-{n}")
    locals().update(in_every_language("name", lambda obj, code: f"{obj.slug} [{code}]"))
    locals().update(
        in_written_languages("description", lambda obj, code: f"What {obj.slug} does [{code}]")
    )

    @factory.post_generation
    def leads(self, create, extracted, **kwargs):
        if create and extracted:
            self.leads.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class GroupMembershipFactory(factory.django.DjangoModelFactory):
    """A member of a group: a person of an active authority, accepted."""

    class Meta:
        model = models.GroupMembership

    group = factory.SubFactory(GroupFactory)
    user = factory.LazyFunction(lambda: MemberAccountFactory().user)
    status = models.GroupMembership.Status.MEMBER
    asked_at = factory.LazyFunction(timezone.now)


class GroupIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.GroupIndexPage

    class Params:
        name = "Working groups"


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Thread

    group = factory.SubFactory(GroupFactory)
    title = factory.Sequence(lambda n: f"Discussion {n}")
    created_at = factory.LazyFunction(timezone.now)
    last_posted_at = factory.SelfAttribute("created_at")


class PostFactory(factory.django.DjangoModelFactory):
    """A reply in a thread (``opens_thread=True`` for its opening post)."""

    class Meta:
        model = models.Post

    thread = factory.SubFactory(ThreadFactory)
    author = factory.LazyFunction(lambda: MemberAccountFactory().user)
    text = factory.Sequence(lambda n: f"Message {n}")
    language = "en"
    created_at = factory.LazyFunction(timezone.now)


class SharedFileFactory(factory.django.DjangoModelFactory):
    """A file shared in a group's space (a PDF in the restricted collection)."""

    class Meta:
        model = models.SharedFile

    group = factory.SubFactory(GroupFactory)
    title = factory.Sequence(lambda n: f"Minutes {n}")
    shared_by = factory.LazyFunction(lambda: MemberAccountFactory().user)
    shared_at = factory.LazyFunction(timezone.now)
    document = factory.SubFactory(
        "wagtail_factories.DocumentFactory",
        collection=factory.LazyFunction(lambda: space.files_collection()),
    )
