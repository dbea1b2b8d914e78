"""Factories for the editorial pages: every page gets a title and slug in all six
languages, and its text in English and French only, so the other four fall back."""

import factory
import wagtail_factories
from django.conf import settings
from django.utils.text import slugify

from pages import models

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
WRITTEN_LANGUAGES = ("en", "fr")


def in_every_language(field: str, make):
    """Factory declarations ``field_en`` … ``field_pt`` built by ``make(obj, language)``."""
    return {
        f"{field}_{code}": factory.LazyAttribute(lambda obj, code=code: make(obj, code))
        for code in LANGUAGE_CODES
    }


def in_written_languages(field: str, make):
    return {
        f"{field}_{code}": factory.LazyAttribute(lambda obj, code=code: make(obj, code))
        for code in WRITTEN_LANGUAGES
    }


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = models.SiteImage

    title = factory.Sequence(lambda n: f"Image {n}")
    description_en = factory.Sequence(lambda n: f"Alt text {n}")
    description_fr = factory.Sequence(lambda n: f"Texte alternatif {n}")
    file = factory.django.ImageField(width=1200, height=800, color="navy")


class BasePageFactory(wagtail_factories.PageFactory):
    """A page named ``name``: "Governance EN", "Governance FR"… in each language."""

    class Meta:
        abstract = True

    class Params:
        name = factory.Sequence(lambda n: f"Page {n}")

    title = factory.LazyAttribute(lambda obj: f"{obj.name} EN")
    slug = factory.LazyAttribute(lambda obj: slugify(f"{obj.name}-en"))
    locals().update(in_every_language("title", lambda obj, code: f"{obj.name} {code.upper()}"))
    locals().update(in_every_language("slug", lambda obj, code: slugify(f"{obj.name}-{code}")))
    locals().update(
        in_written_languages("intro", lambda obj, code: f"Introduction to {obj.name} [{code}]")
    )
    show_in_menus = True


class HomePageFactory(BasePageFactory):
    class Meta:
        model = models.HomePage

    class Params:
        name = "Efus"

    show_in_menus = False


class AboutPageFactory(BasePageFactory):
    class Meta:
        model = models.AboutPage

    class Params:
        name = "About"

    locals().update(in_written_languages("mission", lambda obj, code: f"<p>Mission [{code}]</p>"))


class GovernancePageFactory(BasePageFactory):
    class Meta:
        model = models.GovernancePage

    class Params:
        name = "Governance"

    president_name = "Ana Example"
    locals().update(
        in_written_languages("general_assembly", lambda obj, code: f"<p>Assembly [{code}]</p>")
    )


class InternationalPageFactory(BasePageFactory):
    class Meta:
        model = models.InternationalPage

    class Params:
        name = "International"


class TeamPageFactory(BasePageFactory):
    class Meta:
        model = models.TeamPage

    class Params:
        name = "Team"


class ActivitiesPageFactory(BasePageFactory):
    class Meta:
        model = models.ActivitiesPage

    class Params:
        name = "Activities"


class ManifestoPageFactory(BasePageFactory):
    class Meta:
        model = models.ManifestoPage

    class Params:
        name = "Manifesto"

    locals().update(in_written_languages("preamble", lambda obj, code: f"<p>Preamble [{code}]</p>"))


class ContactPageFactory(BasePageFactory):
    class Meta:
        model = models.ContactPage

    class Params:
        name = "Contact"


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Objective

    locals().update(in_written_languages("text", lambda obj, code: f"Objective [{code}]"))


class InternationalStatusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.InternationalStatus

    kind = models.InternationalStatus.Kind.STATUS
    partner = "Council of Europe"
    locals().update(in_written_languages("title", lambda obj, code: f"Status [{code}]"))


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TeamMember

    name = factory.Sequence(lambda n: f"Person {n}")
    photo = factory.SubFactory(ImageFactory)
    languages = factory.LazyFunction(lambda: ["fr", "en", "de"])
    locals().update(in_written_languages("role", lambda obj, code: f"Role [{code}]"))


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Service

    locals().update(in_written_languages("title", lambda obj, code: f"Service [{code}]"))


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Commitment

    locals().update(in_written_languages("title", lambda obj, code: f"Commitment [{code}]"))
    locals().update(in_written_languages("text", lambda obj, code: f"Commitment text [{code}]"))
