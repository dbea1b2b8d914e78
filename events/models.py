"""Events: conferences, webinars, study visits and meetings, and their registrations."""

import secrets
import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from pages.i18n import language_names, spoken_language_choices
from pages.models import BasePage
from pages.models.editorial import LanguageListField, body_field, image_field

DEFAULT_TIME_ZONE = "Europe/Paris"


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def new_token() -> str:
    return secrets.token_urlsafe(32)


class EventQuerySet(PageQuerySet):
    def upcoming(self):
        """Those not yet over, the next first."""
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        """Those over, the latest first."""
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")

    def with_member(self, authority):
        """The events ``authority`` organises or takes part in."""
        return self.filter(models.Q(organisers=authority) | models.Q(partners=authority)).distinct()


class EventIndexPage(RoutablePageMixin, BasePage):
    """Upcoming events (``""``), past ones (``past/``) and the iCalendar feed of the
    upcoming ones (``feed.ics``)."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("events page")

    @path("")
    def upcoming(self, request):
        from events.views import event_list

        return event_list(request, self, past=False)

    @path("past/")
    def past(self, request):
        from events.views import event_list

        return event_list(request, self, past=True)

    @path("feed.ics")
    def feed(self, request):
        from events.calendar import upcoming_events_calendar

        return upcoming_events_calendar(request, self)


class EventPage(RoutablePageMixin, BasePage):
    """One event; ``event.ics`` adds it to a calendar, ``register/`` takes registrations
    when staff open them, ``cancel/<token>/`` cancels one."""

    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WEBINAR = "webinar", _("Webinar")
        STUDY_VISIT = "study_visit", _("Study visit")
        MEETING = "meeting", _("Meeting")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"), db_index=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=DEFAULT_TIME_ZONE,
        help_text=_("Where the event takes place: its times are shown in this time zone."),
    )
    is_online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    languages = LanguageListField(
        models.CharField(max_length=8, choices=spoken_language_choices),
        verbose_name=_("languages of the event"),
        blank=True,
        default=list,
    )
    image = image_field(_("image"))
    body = body_field()
    themes = ParentalManyToManyField(
        "publications.Theme", verbose_name=_("themes"), blank=True, related_name="events"
    )
    organisers = ParentalManyToManyField(
        "members.MemberAuthority",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_events",
    )
    partners = ParentalManyToManyField(
        "members.MemberAuthority",
        verbose_name=_("partner authorities"),
        blank=True,
        related_name="partnered_events",
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    registration_open = models.BooleanField(_("registration open"), default=False)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Places; once they are taken, people join a waiting list. Empty: no limit."),
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    served_with = (*BasePage.served_with, "image")
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("time_zone")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldRowPanel([FieldPanel("venue"), FieldPanel("city"), FieldPanel("country")]),
            ],
            heading=_("Place"),
        ),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisers"),
                FieldPanel("partners"),
                FieldPanel("project"),
            ],
            heading=_("Related"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_open"), FieldPanel("capacity")],
            heading=_("Registration"),
        ),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("An event cannot end before it starts.")})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_over(self) -> bool:
        return self.ends_at < timezone.now()

    def language_names(self) -> str:
        """The languages of the event, named in the visitor's language."""
        return language_names(self.languages)

    @path("event.ics")
    def calendar_file(self, request):
        from events.calendar import event_calendar

        return event_calendar(request, self)

    @path("register/")
    def register(self, request):
        from events.registration import register

        return register(request, self)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        from events.registration import cancel

        return cancel(request, self, token)


class Registration(models.Model):
    """A person registered for an event: one per event and email address."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    registered_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["registered_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="one_registration_per_email")
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_status")]

    def __str__(self) -> str:
        return f"{self.name} ({self.event})"
