"""The editorial page types of the site map: home, who we are and its sub-pages, contact."""

from django import forms
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from pages.blocks import BodyBlock
from pages.i18n import language_names, spoken_language_choices

from .base import BasePage, BlankTranslationsAsNull
from .site_settings import SiteSettings

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


def image_field(verbose_name):
    return models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def body_field():
    return StreamField(BodyBlock(), blank=True, verbose_name=_("body"))


class HomePage(BasePage):
    hero_image = image_field(_("hero image"))
    served_with = (*BasePage.served_with, "hero_image")
    founded_year = models.PositiveSmallIntegerField(_("year founded"), default=1987)
    body = body_field()

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_image"),
        FieldPanel("founded_year"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request):
        """The organisation, described for search engines (schema.org JSON-LD)."""
        site_settings = SiteSettings.for_request(request)
        return {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": site_settings.organisation_name,
            "alternateName": "Efus",
            "url": self.get_full_url(request),
            "foundingDate": str(self.founded_year),
            "description": self.meta_description,
            "email": site_settings.email,
            "address": {"@type": "PostalAddress", "streetAddress": site_settings.address},
            "sameAs": [link.value["url"] for link in site_settings.social_links],
        }


class AboutPage(BasePage):
    """Who we are: mission, objectives, values, the quality label and a video."""

    menu_group = "about"

    mission = RichTextField(_("mission"), features=RICH_TEXT_FEATURES, blank=True)
    values = RichTextField(_("values"), features=RICH_TEXT_FEATURES, blank=True)
    label_text = RichTextField(_("quality label"), features=RICH_TEXT_FEATURES, blank=True)
    label_image = image_field(_("quality label logo"))
    body = body_field()
    served_with = (*BasePage.served_with, "label_image")

    content_panels = BasePage.content_panels + [
        FieldPanel("mission"),
        InlinePanel("objectives", label=_("Objectives")),
        FieldPanel("values"),
        MultiFieldPanel([FieldPanel("label_text"), FieldPanel("label_image")], _("Quality label")),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("who we are page")


class Objective(BlankTranslationsAsNull, Orderable):
    page = ParentalKey(AboutPage, on_delete=models.CASCADE, related_name="objectives")
    text = models.TextField(_("objective"))

    panels = [FieldPanel("text")]


class GovernancePage(BasePage):
    menu_group = "about"
    general_assembly = RichTextField(_("general assembly"), features=RICH_TEXT_FEATURES, blank=True)
    executive_committee = RichTextField(
        _("executive committee"), features=RICH_TEXT_FEATURES, blank=True
    )
    president_name = models.CharField(_("president's name"), max_length=120, blank=True)
    president_role = models.CharField(_("president's office"), max_length=200, blank=True)
    president_photo = image_field(_("president's photo"))
    body = body_field()

    content_panels = BasePage.content_panels + [
        FieldPanel("general_assembly"),
        FieldPanel("executive_committee"),
        MultiFieldPanel(
            [
                FieldPanel("president_name"),
                FieldPanel("president_role"),
                FieldPanel("president_photo"),
            ],
            heading=_("President"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.AboutPage"]
    max_count = 1

    class Meta:
        verbose_name = _("governance page")


class InternationalPage(BasePage):
    """International standing: statuses, memberships, agreements and distinctions."""

    menu_group = "about"

    body = body_field()

    content_panels = BasePage.content_panels + [
        InlinePanel("statuses", label=_("Statuses, memberships and agreements")),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.AboutPage"]
    max_count = 1

    class Meta:
        verbose_name = _("international standing page")

    def statuses_by_kind(self):
        """The statuses grouped under their kind's heading, in the kinds' order."""
        self.load_children()
        statuses = list(self.statuses.all())
        return [
            (label, [status for status in statuses if status.kind == kind])
            for kind, label in InternationalStatus.Kind.choices
            if any(status.kind == kind for status in statuses)
        ]


class InternationalStatus(Orderable):
    class Kind(models.TextChoices):
        STATUS = "status", _("Official statuses")
        MEMBERSHIP = "membership", _("Memberships and networks")
        AGREEMENT = "agreement", _("Agreements")
        DISTINCTION = "distinction", _("Distinctions")

    page = ParentalKey(InternationalPage, on_delete=models.CASCADE, related_name="statuses")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=250)
    partner = models.CharField(_("partner organisation"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("title"), FieldPanel("partner"), FieldPanel("year")]


class TeamPage(BasePage):
    menu_group = "about"
    body = body_field()

    content_panels = BasePage.content_panels + [
        InlinePanel("people", label=_("People")),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.AboutPage"]
    max_count = 1

    class Meta:
        verbose_name = _("team page")

    def child_queryset(self, relation: str):
        queryset = super().child_queryset(relation)
        if relation == "people":
            return queryset.select_related("photo").prefetch_related("photo__renditions")
        return queryset

    def team_members(self):
        self.load_children()
        return self.people.all()


class LanguageListField(ArrayField):
    """A list of language codes, ticked in the admin among its base field's choices."""

    def formfield(self, **kwargs):
        return models.Field.formfield(
            self,
            **{
                "form_class": forms.MultipleChoiceField,
                "choices": self.base_field.choices,
                **kwargs,
            },
        )


class TeamMember(Orderable):
    page = ParentalKey(TeamPage, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200)
    languages = LanguageListField(
        models.CharField(max_length=8, choices=spoken_language_choices),
        verbose_name=_("languages spoken"),
        blank=True,
        default=list,
    )
    photo = image_field(_("photo"))

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("photo"),
    ]

    def language_names(self) -> str:
        """The languages spoken, named in the visitor's language."""
        return language_names(self.languages)


class ActivitiesPage(BasePage):
    """Activities and services offered to members."""

    menu_group = "work"

    body = body_field()

    content_panels = BasePage.content_panels + [
        InlinePanel("services", label=_("Services")),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("activities and services page")


class Service(Orderable):
    page = ParentalKey(ActivitiesPage, on_delete=models.CASCADE, related_name="services")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]


class ManifestoPage(BasePage):
    menu_group = "about"
    preamble = RichTextField(_("preamble"), features=RICH_TEXT_FEATURES, blank=True)
    body = body_field()

    content_panels = BasePage.content_panels + [
        FieldPanel("preamble"),
        InlinePanel("commitments", label=_("Commitments")),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("manifesto page")


class Commitment(Orderable):
    page = ParentalKey(ManifestoPage, on_delete=models.CASCADE, related_name="commitments")
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))

    panels = [FieldPanel("title"), FieldPanel("text")]


class ContactPage(BasePage):
    """How to reach the team; the address and contact details come from the site settings."""

    menu_group = "about"

    how_to_reach = RichTextField(_("how to reach us"), features=RICH_TEXT_FEATURES, blank=True)
    body = body_field()

    content_panels = BasePage.content_panels + [FieldPanel("how_to_reach"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("contact page")
