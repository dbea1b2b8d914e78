"""Events: conferences, webinars, study visits and meetings, and their registrations."""

import secrets
import zoneinfo
from dataclasses import dataclass

from babel.dates import format_time
from django import forms
from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.functions import Coalesce, JSONObject, Lower, NullIf
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager

from pages.i18n import (
    babel_locale,
    language_names,
    long_date,
    spoken_language_choices,
    time_zone_name,
)
from pages.models import BasePage
from pages.models.base import LANGUAGE_CODES, VisiblePageQuerySet
from pages.models.editorial import LanguageListField, body_field, image_field
from pages.routing import live_page

DEFAULT_TIME_ZONE = "Europe/Paris"
# The events page's own addresses (``past/``, ``feed/``), which an event's slug would hide.
ROUTE_SLUGS = {"past", "feed"}
# The columns only an event's own page shows: lists and calendars leave them out.
BODY_COLUMNS = ["body", *(f"body_{code}" for code in LANGUAGE_CODES)]


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def new_token() -> str:
    return secrets.token_urlsafe(32)


class EventQuerySet(VisiblePageQuerySet):
    def about(self, theme):
        links = EventPage.themes.through.objects.filter(
            eventpage=models.OuterRef("pk"), theme=theme
        )
        return self.filter(models.Exists(links))

    def of_kind(self, kind: str):
        return self.filter(kind=kind)

    def for_cards(self):
        """With what a card shows, in one query however many events: ``theme_tags``, its
        themes' slugs and names in the visitor's language (or English, with ``lang``), sorted
        by name; without the bodies."""
        language = translation.get_language()
        name = Coalesce(NullIf(f"theme__name_{language}", models.Value("")), "theme__name_en")
        fallback_language = models.Case(
            models.When(**{f"theme__name_{language}__gt": ""}, then=models.Value(None)),
            default=models.Value(settings.LANGUAGE_CODE),
            output_field=models.CharField(),
        )
        links = EventPage.themes.through.objects.filter(eventpage=models.OuterRef("pk"))
        tags = links.order_by(name).values(
            tag=JSONObject(slug="theme__slug", name=name, lang=fallback_language)
        )
        return self.defer(*BODY_COLUMNS).annotate(theme_tags=ArraySubquery(tags))

    def upcoming(self):
        """Those not yet over, the next first."""
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        """Those over, the latest first."""
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")

    def with_member(self, authority):
        """The events ``authority`` organises or takes part in (each once, without a
        DISTINCT over the pages' wide rows)."""
        organised = EventPage.organisers.through.objects.filter(
            eventpage=models.OuterRef("pk"), memberauthority=authority
        )
        partnered = EventPage.partners.through.objects.filter(
            eventpage=models.OuterRef("pk"), memberauthority=authority
        )
        return self.filter(models.Exists(organised) | models.Exists(partnered))


class EventIndexPage(RoutablePageMixin, BasePage):
    """Upcoming events (``""``), past ones (``past/``) and the iCalendar feed of the
    upcoming ones (``feed/``: Wagtail serves no address with a dot, such as ``feed.ics``)."""

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

    @path("feed/")
    def feed(self, request):
        from events.calendar import upcoming_events_calendar

        return upcoming_events_calendar(request, self)

    def events(self) -> EventQuerySet:
        """The events visitors may see, in no particular order."""
        return EventPage.objects.child_of(self).visible()


class EventPage(RoutablePageMixin, BasePage):
    """One event; ``calendar/`` (an ``.ics`` file) adds it to a calendar, ``register/`` takes
    registrations when staff open them, ``confirm/<token>/`` confirms one's address and
    ``cancel/<token>/`` cancels one."""

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
        "themes.Theme", verbose_name=_("themes"), blank=True, related_name="events"
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
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("An event cannot end before it starts.")
        for code in LANGUAGE_CODES:
            if getattr(self, f"slug_{code}", None) in ROUTE_SLUGS:
                errors[f"slug_{code}"] = _("The events page uses this address: choose another.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        """When it starts, in the event's time zone."""
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    @property
    def is_over(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def takes_registrations(self) -> bool:
        """Staff opened registration and the event is not over yet."""
        return self.registration_open and not self.is_over

    def places(self) -> "Places | None":
        """What the page says about registration before anyone fills the form, or None when
        the event takes none: closed once it is over; else how many places are left (one
        query, only for an event with a limit), full once they are all taken."""
        if not self.registration_open:
            return None
        if self.is_over:
            return Places(is_closed=True)
        if self.capacity is None or self.pk is None:
            return Places()
        taken = self.registrations.confirmed().count()
        return Places(capacity=self.capacity, left=max(self.capacity - taken, 0))

    @property
    def search_date(self):
        return self.local_start.date()

    def dates_text(self) -> str:
        """When it takes place, in its own time zone, written for the visitor's language:
        "12 March 2027, 09:30–17:00 (Central European Time)", "1er mars 2027, 09:30 –
        3 mars 2027, 13:00 (heure d’Europe centrale)"."""
        return format_dates(self.local_start, self.local_end)

    def place_text(self) -> str:
        """Where it takes place ("Online", or its venue, city and country), in the visitor's
        language."""
        if self.is_online:
            return str(_("Online"))
        parts = [self.venue, self.city, str(self.country.name) if self.country else ""]
        return ", ".join(part for part in parts if part)

    def language_names(self) -> str:
        """The languages of the event, named in the visitor's language."""
        return language_names(self.languages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = self.places()
        if self.takes_registrations:
            from events.registration import RegistrationForm

            context["form"] = RegistrationForm.for_page()
        return context

    def related_content(self) -> "RelatedContent":
        """The themes, organisers, partner authorities and live project of the event, each
        authority with its profile's address (None for a former member, who has none): a
        query for the themes, one for the authorities, one for the directory that links
        them and one for the project."""

        in_memory = getattr(self, "_cluster_related_objects", {})
        if "themes" not in in_memory and self.pk is not None:
            models.prefetch_related_objects([self], "themes")
        organisers, partners = self.authorities()
        directory = live_page("members.MemberDirectoryPage") if organisers or partners else None

        def linked(authority):
            url = directory.profile_url(authority) if directory and authority.is_active else None
            return authority, url

        project = self.project if self.project_id else None
        return RelatedContent(
            themes=list(self.themes.all()),
            organisers=[linked(authority) for authority in organisers],
            partners=[linked(authority) for authority in partners],
            project=project if project is not None and project.live else None,
        )

    def authorities(self) -> tuple[list, list]:
        """The organisers and the partner authorities, read in one query; a preview's unsaved
        choices as they are."""
        from members.models import MemberAuthority

        in_memory = getattr(self, "_cluster_related_objects", {})
        if self.pk is None or "organisers" in in_memory or "partners" in in_memory:
            return list(self.organisers.all()), list(self.partners.all())

        def links(relation):
            return relation.through.objects.filter(
                eventpage=self.pk, memberauthority=models.OuterRef("pk")
            )

        authorities = list(
            MemberAuthority.objects.annotate(
                organises=models.Exists(links(EventPage.organisers)),
                partners_in=models.Exists(links(EventPage.partners)),
            )
            .filter(models.Q(organises=True) | models.Q(partners_in=True))
            .order_by("name")
        )
        return (
            [authority for authority in authorities if authority.organises],
            [authority for authority in authorities if authority.partners_in],
        )

    def structured_data(self, request):
        """The event, described for search engines (schema.org JSON-LD)."""
        online = "https://schema.org/OnlineEventAttendanceMode"
        offline = "https://schema.org/OfflineEventAttendanceMode"
        location = (
            {"@type": "VirtualLocation", "url": self.get_full_url(request)}
            if self.is_online
            else {"@type": "Place", "name": self.place_text(), "address": self.place_text()}
        )
        return {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.meta_description,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventAttendanceMode": online if self.is_online else offline,
            "location": location,
            "url": self.get_full_url(request),
            "organizer": {"@type": "Organization", "name": "Efus"},
        }

    def cancel_url(self, registration: "Registration", request=None) -> str:
        """The full address where ``registration`` is cancelled, in the registrant's
        language."""
        return self.registration_link(registration, "cancel", request)

    def confirm_url(self, registration: "Registration", request=None) -> str:
        """The full address where ``registration``'s address is confirmed."""
        return self.registration_link(registration, "confirm", request)

    def registration_link(self, registration: "Registration", route: str, request=None) -> str:
        return self.url_in(registration.language, request) + self.reverse_subpage(
            route, args=[registration.token]
        )

    @path("calendar/")
    def calendar_file(self, request):
        from events.calendar import event_calendar

        return event_calendar(request, self)

    # Exempt from Django's CSRF token, whose cookie would keep the page out of the page
    # cache: the views check the request's origin instead (pages.forms.same_origin_only).
    @path("register/")
    @csrf_exempt
    def register(self, request):
        from events.registration import register

        return register(request, self)

    @path("confirm/<str:token>/")
    @csrf_exempt
    def confirm(self, request, token):
        from events.registration import confirm

        return confirm(request, self, token)

    @path("cancel/<str:token>/")
    @csrf_exempt
    def cancel(self, request, token):
        from events.registration import cancel

        return cancel(request, self, token)


@dataclass(frozen=True)
class Places:
    """Where an event's registration stands: closed, or open with ``left`` of ``capacity``
    places (None: no limit)."""

    is_closed: bool = False
    capacity: int | None = None
    left: int | None = None

    @property
    def is_full(self) -> bool:
        """Every place is taken: a registration joins the waiting list."""
        return self.left == 0


@dataclass
class RelatedContent:
    themes: list
    organisers: list[tuple]
    partners: list[tuple]
    project: object | None


def format_dates(start, end, language: str | None = None) -> str:
    """``start`` to ``end`` (aware, in the event's zone) with the zone named in words, in
    ``language`` (by default the active one)."""
    locale = babel_locale(language)
    start_time = format_time(start, "short", locale=locale)
    end_time = format_time(end, "short", locale=locale)
    start_zone, end_zone = time_zone_name(start, language), time_zone_name(end, language)
    if start.date() == end.date() and start_zone == end_zone:
        return f"{long_date(start, language)}, {start_time}\u2013{end_time} ({end_zone})"
    shown_start_zone = "" if start_zone == end_zone else f" ({start_zone})"
    return (
        f"{long_date(start, language)}, {start_time}{shown_start_zone} \u2013 "
        f"{long_date(end, language)}, {end_time} ({end_zone})"
    )


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        """A place, or a place on the waiting list."""
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING)

    def with_email(self, email: str):
        """Compared as the unique constraint compares them: case does not matter."""
        return self.alias(email_key=Lower("email")).filter(email_key=email.lower())

    def of_events_ended_before(self, moment):
        return self.filter(event__ends_at__lt=moment)


class Registration(models.Model):
    """A person registered for an event: one per event and email address. A registration
    sent for an address nobody has confirmed waits, without a place, until the link emailed
    to the address is followed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Address not confirmed yet")
        CONFIRMED = "confirmed", pgettext_lazy("event registration", "Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.WAITING)

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    registered_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)

    objects = RegistrationQuerySet.as_manager()

    panels = [FieldPanel("status")]

    class Meta:
        ordering = ["registered_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                "event", Lower("email"), name="one_registration_per_email_any_case"
            )
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_status")]

    def __str__(self) -> str:
        return f"{self.name} ({self.event})"

    @property
    def is_confirmed(self) -> bool:
        return self.status == self.Status.CONFIRMED

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def shows_on_public_pages(self) -> bool:
        """Whether its event's page counts it among the places taken: a registration
        waiting for its address's confirmation holds none (pages.cache_registry)."""
        return not self.is_pending

    @classmethod
    def register(
        cls, event: EventPage, *, name: str, organisation: str, email: str, language: str
    ) -> tuple["Registration", bool]:
        """The registration of a confirmed address (a signed-in person's) for ``event``, and
        whether it is new: a place while there is one, else a place on the waiting list. An
        address registered already keeps its registration as it is; one that had cancelled
        registers anew, at the end of the list.

        Places are counted with the event's row locked, so that two people registering at
        once cannot both take the last place."""
        with transaction.atomic():
            capacity = locked_capacity(event.pk)
            registration, is_new = cls.written(event, name, organisation, email, language)
            if is_new:
                registration.take_place(capacity)
        return registration, is_new

    @classmethod
    def request(
        cls, event: EventPage, *, name: str, organisation: str, email: str, language: str
    ) -> tuple["Registration", bool]:
        """A registration sent for an address nobody has confirmed: kept pending, without a
        place, and whether it waits for its confirmation (False: the address is registered
        already and keeps its registration as it is). Sent again while pending, it keeps its
        link."""
        with transaction.atomic():
            locked_capacity(event.pk)  # one registration of an address at a time
            registration, is_new = cls.written(event, name, organisation, email, language)
            if is_new:
                registration.status = cls.Status.PENDING
                registration.registered_at = timezone.now()
                registration.save()
        return registration, is_new

    @classmethod
    def written(cls, event, name, organisation, email, language) -> tuple["Registration", bool]:
        """The address's registration for ``event`` as it stands, with False, when it holds
        a place or one on the waiting list; else one with these details (not saved), with
        True. A new one, or one that had been cancelled, gets a new link."""
        existing = cls.objects.filter(event=event).with_email(email).first()
        if existing is not None and existing.is_active:
            return existing, False
        registration = existing or cls(event=event)
        if not registration.is_pending:
            registration.token = new_token()
        registration.name, registration.organisation = name, organisation
        registration.email, registration.language = email, language
        return registration, True

    def confirm(self) -> bool:
        """The address is confirmed: the registration takes a place while there is one, else
        one on the waiting list. False when it was not waiting for its confirmation."""
        with transaction.atomic():
            capacity = locked_capacity(self.event_id)
            self.refresh_from_db(fields=["status"])
            if not self.is_pending:
                return False
            self.take_place(capacity)
        return True

    def take_place(self, capacity: int | None) -> None:
        """A place, or one at the end of the waiting list once ``capacity`` places are taken
        (the event's row locked by the caller)."""
        taken = Registration.objects.filter(event_id=self.event_id).confirmed().count()
        has_place = capacity is None or taken < capacity
        self.status = self.Status.CONFIRMED if has_place else self.Status.WAITING
        self.registered_at = timezone.now()
        self.save()

    def cancel(self) -> "Registration | None":
        """Cancel the registration; the first person on the waiting list then takes the
        place it frees, unless the event is over: that person's registration, if any."""
        with transaction.atomic():
            capacity = locked_capacity(self.event_id)
            self.refresh_from_db(fields=["status"])
            if self.is_cancelled:
                return None
            freed_a_place = self.is_confirmed
            self.status = self.Status.CANCELLED
            self.save(update_fields=["status"])
            registrations = Registration.objects.filter(event_id=self.event_id)
            if not freed_a_place or self.event.is_over:
                return None
            if capacity is not None and registrations.confirmed().count() >= capacity:
                return None
            first_waiting = registrations.waiting().order_by("registered_at", "pk").first()
            if first_waiting is not None:
                first_waiting.status = self.Status.CONFIRMED
                first_waiting.save(update_fields=["status"])
            return first_waiting

    @classmethod
    def purge(cls, ended_before) -> tuple[int, int]:
        """Delete the registrations of the events that ended before ``ended_before``: how
        many registrations, of how many events."""
        registrations = cls.objects.of_events_ended_before(ended_before)
        events = registrations.order_by().values("event").distinct().count()
        deleted, _by_model = registrations.delete()
        return deleted, events


def locked_capacity(event_id: int) -> int | None:
    """The event's capacity as stored, its row locked until the transaction ends."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .filter(pk=event_id)
        .values_list("capacity", flat=True)
        .get()
    )
