"""Fields translated into every language, registered with wagtail-modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from pages.models import (
    AboutPage,
    ActivitiesPage,
    BasePage,
    Commitment,
    ContactPage,
    GovernancePage,
    HomePage,
    InternationalPage,
    InternationalStatus,
    ManifestoPage,
    Objective,
    Service,
    SiteImage,
    SiteSettings,
    TeamMember,
    TeamPage,
)


@register(SiteImage)
class ImageTranslation(TranslationOptions):
    fields = ("description",)


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("organisation_name", "address", "footer_text")
    # A name equal to its language's default is a translation, not a missing one.
    fallback_undefined = {"organisation_name": ""}


@register(BasePage)
class BasePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("body",)


@register(AboutPage)
class AboutPageTranslation(TranslationOptions):
    fields = ("mission", "values", "label_text", "body")


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ("text",)


@register(GovernancePage)
class GovernancePageTranslation(TranslationOptions):
    fields = ("general_assembly", "executive_committee", "president_role", "body")


@register(InternationalPage)
class InternationalPageTranslation(TranslationOptions):
    fields = ("body",)


@register(InternationalStatus)
class InternationalStatusTranslation(TranslationOptions):
    fields = ("title",)


@register(TeamPage)
class TeamPageTranslation(TranslationOptions):
    fields = ("body",)


@register(TeamMember)
class TeamMemberTranslation(TranslationOptions):
    fields = ("role",)


@register(ActivitiesPage)
class ActivitiesPageTranslation(TranslationOptions):
    fields = ("body",)


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = ("title", "description")


@register(ManifestoPage)
class ManifestoPageTranslation(TranslationOptions):
    fields = ("preamble", "body")


@register(Commitment)
class CommitmentTranslation(TranslationOptions):
    fields = ("title", "text")


@register(ContactPage)
class ContactPageTranslation(TranslationOptions):
    fields = ("how_to_reach", "body")
