"""Factories for the members app: forums, authorities, the directory and join pages."""

import factory
from django.utils import timezone
from django.utils.text import slugify

from members import models
from pages.factories import BasePageFactory, in_written_languages


class NationalForumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.NationalForum
        django_get_or_create = ("country",)

    country = "FR"
    name = factory.LazyAttribute(lambda obj: f"Forum {obj.country} [en]")
    locals().update(in_written_languages("name", lambda obj, code: f"Forum {obj.country} [{code}]"))
    locals().update(
        in_written_languages("description", lambda obj, code: f"About forum {obj.country} [{code}]")
    )
    website = "https://forum.example.org"


class MemberAuthorityFactory(factory.django.DjangoModelFactory):
    """An active local authority, described in English and French only."""

    class Meta:
        model = models.MemberAuthority

    name = factory.Sequence(lambda n: f"City of Example {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    kind = models.Kind.LOCAL
    country = "FR"
    city = factory.Sequence(lambda n: f"Exampleville {n}")
    latitude = 48.85
    longitude = 2.35
    population = 100_000
    website = "https://city.example.org"
    member_since = 2001
    locals().update(
        in_written_languages("description", lambda obj, code: f"About {obj.name} [{code}]")
    )


class MemberDirectoryPageFactory(BasePageFactory):
    class Meta:
        model = models.MemberDirectoryPage

    class Params:
        name = "Members"


class JoinPageFactory(BasePageFactory):
    class Meta:
        model = models.JoinPage

    class Params:
        name = "Join"

    locals().update(
        in_written_languages("conditions", lambda obj, code: f"<p>Conditions [{code}]</p>")
    )
    locals().update(in_written_languages("benefits", lambda obj, code: f"<p>Benefits [{code}]</p>"))
    locals().update(in_written_languages("thank_you", lambda obj, code: f"Thank you [{code}]"))


class JoinApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.JoinApplication

    organisation = factory.Sequence(lambda n: f"Town of Applicant {n}")
    kind = models.Kind.LOCAL
    country = "IT"
    city = "Torino"
    contact_name = "Giulia Esempio"
    email = factory.Sequence(lambda n: f"person{n}@applicant.example.org")
    language = "it"
    consented_at = factory.LazyFunction(timezone.now)


class UserFactory(factory.django.DjangoModelFactory):
    """A person who signs in with their email address and ``PASSWORD``."""

    PASSWORD = "a long member password"  # noqa: S105 (test accounts only)

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        exclude = ("PASSWORD",)

    email = factory.Sequence(lambda n: f"person{n}@city.example.org")
    username = factory.LazyAttribute(lambda obj: obj.email)
    password = factory.django.Password(PASSWORD)


class MemberAccountFactory(factory.django.DjangoModelFactory):
    """A person of an active member authority."""

    class Meta:
        model = models.MemberAccount

    user = factory.SubFactory(UserFactory)
    authority = factory.SubFactory(MemberAuthorityFactory)
    language = "en"
