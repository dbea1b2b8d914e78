"""The network's members: national forums, member authorities, the directory and joining."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Cast, Coalesce, Concat, Left, Lower, NullIf, Upper
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from pages.folding import name_pattern
from pages.i18n import shows_english_for
from pages.models import BasePage
from pages.models.editorial import RICH_TEXT_FEATURES, image_field
from pages.routing import live_page, routed_slug_url_expression
from search.documents import document

FOUNDING_YEAR = 1987
# The languages a city's name is kept in (``city_<code>``), English the one every city has.
CITY_LANGUAGES = [code for code, _name in settings.LANGUAGES]
YEAR_VALIDATORS = [MinValueValidator(FOUNDING_YEAR), MaxValueValidator(2100)]


class Kind(models.TextChoices):
    LOCAL = "local", _("Local authority")
    REGIONAL = "regional", _("Regional authority")
    NATIONAL = "national", _("National authority")
    NGO = "ngo", _("NGO")
    RESEARCH = "research", _("University or research body")
    OTHER = "other", _("Other")


class NationalForum(models.Model):
    """A national forum for urban security: the network's branch in one country."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    country = CountryField(_("country"), unique=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["country"]
        verbose_name = _("national forum")
        verbose_name_plural = _("national forums")

    def __str__(self) -> str:
        return self.name


class MemberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=MemberAuthority.Status.ACTIVE)

    def named_like(self, text: str):
        """Those whose name holds ``text``, accents and case left aside ("saint-etienne"
        finds Saint-Étienne)."""
        return self.filter(name__iregex=name_pattern(text))

    def starting_with(self, initials):
        """Names whose capitalised first character is one of ``initials``."""
        return self.annotate(initial=Upper(Left("name", 1))).filter(initial__in=initials)

    def executive_committee(self):
        """The active authorities on the executive committee, the president first."""
        order = models.Case(
            *(
                models.When(committee_role=role, then=position)
                for position, role in enumerate(MemberAuthority.CommitteeRole.values)
            )
        )
        return (
            self.active()
            .exclude(committee_role="")
            .order_by(order, "name")
            .only("name", "slug", "city", "country", "committee_role", "committee_since")
        )

    def search_documents(self, language: str):
        """What the site search indexes of these authorities in ``language``: the active ones,
        each with its name, city and country named in that language, and its description in
        that language only (never the English one standing in; the city's English name
        stands in for a missing one), linked to its profile in the live directory (none
        without one)."""
        directory = live_page("members.MemberDirectoryPage")
        if directory is None:
            return self.none()
        members = self.active().order_by()
        text = models.TextField()
        city = Coalesce(NullIf(f"city_{language}", models.Value("")), "city_en", output_field=text)
        place = Concat(city, models.Value(", "), members.country_names(language), output_field=text)
        return members.values(
            **document(
                object_id=models.F("pk"),
                title=models.F("name"),
                summary=place,
                body=Coalesce(f"description_{language}", models.Value(""), output_field=text),
                url=routed_slug_url_expression(directory, "profile", language),
                members_only=models.Value(False),
                date=Cast(models.Value(None), models.DateField()),
            )
        )

    def country_names(self, language: str):
        """The name of each authority's country in ``language``, as a database expression."""
        codes = self.order_by().values_list("country", flat=True).distinct()
        with translation.override(language):
            names = {code: str(Country(code).name) for code in codes}
        return models.Case(
            *(models.When(country=code, then=models.Value(name)) for code, name in names.items()),
            default=models.Value(""),
            output_field=models.TextField(),
        )

    def places(self):
        """One row per city of these authorities: its English name (``city_en``), country,
        coordinates, how many members and its name in each language (``city_in_<code>``)."""
        names = {f"city_in_{code}": models.Max(f"city_{code}") for code in CITY_LANGUAGES}
        return (
            self.values("city_en", "country")
            .annotate(
                latitude=models.Avg("latitude"),
                longitude=models.Avg("longitude"),
                count=models.Count("pk"),
                **names,
            )
            .order_by("country", "city_en")
        )


class MemberAuthority(models.Model):
    """A local or regional authority (or another body) that belongs to the network."""

    # A city keeps its English name in a language that has none of its own: Reports →
    # Translations does not count it as missing (``pages.translation_status``).
    optional_translations = ("city",)

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        FORMER = "former", _("Former")

    class CommitteeRole(models.TextChoices):
        PRESIDENT = "president", _("President")
        VICE_PRESIDENT = "vice_president", _("Vice-president")
        MEMBER = "member", _("Member of the executive committee")

    Kind = Kind

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("key"),
        max_length=100,
        unique=True,
        help_text=_("Part of the profile's address, and the key that matches import rows."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.LOCAL)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = image_field(_("logo"))
    member_since = models.PositiveSmallIntegerField(
        _("member since"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    description = models.TextField(_("description"), blank=True)
    national_forum = models.ForeignKey(
        NationalForum,
        verbose_name=_("national forum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    committee_role = models.CharField(
        _("executive committee"),
        max_length=20,
        choices=CommitteeRole.choices,
        blank=True,
    )
    committee_since = models.PositiveSmallIntegerField(
        _("on the committee since"), null=True, blank=True, validators=YEAR_VALIDATORS
    )

    objects = MemberQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status"), FieldPanel("member_since")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("population"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("national_forum"),
                FieldRowPanel([FieldPanel("committee_role"), FieldPanel("committee_since")]),
            ],
            heading=_("Governance"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("member authority")
        verbose_name_plural = _("member authorities")
        indexes = [
            models.Index(fields=["status", "name"], name="member_status_name"),
            models.Index(fields=["status", "country", "name"], name="member_status_country"),
            models.Index(fields=["status", "kind", "name"], name="member_status_kind"),
            models.Index(
                fields=["committee_role"],
                name="member_committee",
                condition=~models.Q(committee_role=""),
            ),
            models.Index(Upper(Left("name", 1)), "name", name="member_initial"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    def contact_persons(self) -> list[str]:
        """Its contact persons, each as "name (address)", for its own people to reach."""
        contacts = self.accounts.filter(is_contact=True, user__is_active=True).select_related(
            "user"
        )
        return [
            f"{account.user.get_full_name() or account.user.email} ({account.user.email})"
            for account in contacts.select_related("user").order_by("user__last_name")
        ]

    @property
    def shows_fallback(self) -> bool:
        """Whether the description shows the English text for the visitor's language."""
        return shows_english_for(self, "description", translation.get_language())


class MemberAccount(models.Model):
    """A person who signs in for a member authority; staff invite them from the admin."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="member_account",
    )
    authority = models.ForeignKey(
        MemberAuthority,
        verbose_name=_("member authority"),
        on_delete=models.CASCADE,
        related_name="accounts",
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the emails the person receives."),
    )
    invited_at = models.DateTimeField(_("invited on"), null=True, blank=True)
    is_contact = models.BooleanField(
        _("contact of the authority"),
        default=False,
        help_text=_("The person may invite colleagues of the same authority to the members' area."),
    )

    class Meta:
        verbose_name = _("member account")
        verbose_name_plural = _("member accounts")
        # Staff's way to members-only content (members.access): not reaching the admin.
        permissions = [("read_members_only", "Can read members-only content")]

    def __str__(self) -> str:
        return f"{self.user.email} ({self.authority})"

    @property
    def grants_access(self) -> bool:
        """Whether the person reads members-only content: only while the authority is active."""
        return self.user.is_active and self.authority.is_active


class MemberDirectoryPage(RoutablePageMixin, BasePage):
    """The member directory with its map; it also serves each member's profile."""

    menu_group = "network"

    content_panels = BasePage.content_panels
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("member directory page")

    @path("")
    def directory(self, request):
        from members.views import directory

        return directory(request, self)

    @path("<slug:slug>/")
    def profile(self, request, slug):
        from members.views import profile

        return profile(request, self, slug)

    def profile_url(self, member: MemberAuthority) -> str:
        """The member's profile, in the current language."""
        return self.url + self.reverse_subpage("profile", args=[member.slug])

    def link_profiles(self, members) -> None:
        """Give each of ``members`` its ``profile_url``, working out the directory's own
        address once for all of them."""
        url = self.url
        for member in members:
            member.profile_url = url + self.reverse_subpage("profile", args=[member.slug])

    def profile_url_in(self, member: MemberAuthority, language: str, request=None) -> str:
        """The member's profile, as a full URL in ``language``."""
        return self.url_in(language, request) + self.reverse_subpage("profile", args=[member.slug])


class JoinPage(BasePage):
    """Joining the network: conditions, benefits and the application form."""

    menu_group = "network"

    conditions = RichTextField(_("conditions"), features=RICH_TEXT_FEATURES, blank=True)
    benefits = RichTextField(_("benefits"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you = models.TextField(
        _("thank-you message"),
        blank=True,
        help_text=_("Shown once an application has been sent."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("conditions"),
        FieldPanel("benefits"),
        FieldPanel("thank_you"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("join page")

    def get_context(self, request, *args, **kwargs):
        """The application form, or the thank-you text once it has been sent (``?sent=1``).
        The form is posted to ``members.joining.join_apply``, never to the page itself."""
        from members.joining import JoinForm

        context = super().get_context(request, *args, **kwargs)
        context.update(form=JoinForm(), sent=request.GET.get("sent") == "1")
        return context


class JoinApplication(models.Model):
    """An authority's application to join, kept for staff until it is decided and purged."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "review", _("In review")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    OPEN_STATUSES = [Status.NEW, Status.IN_REVIEW]
    DECIDED_STATUSES = [Status.ACCEPTED, Status.DECLINED]

    organisation = models.CharField(_("organisation"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    contact_name = models.CharField(_("contact name"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=5000, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    consented_at = models.DateTimeField(_("consent given on"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    submitted_at = models.DateTimeField(_("submitted on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)
    purged_at = models.DateTimeField(_("personal data deleted on"), null=True, blank=True)

    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("organisation", read_only=True),
                FieldPanel("kind", read_only=True),
                FieldPanel("country", read_only=True),
                FieldPanel("city", read_only=True),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("consented_at", read_only=True),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("application to join")
        verbose_name_plural = _("applications to join")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                Lower("organisation"),
                # An application whose contact details were erased names nobody any more.
                condition=models.Q(status__in=["new", "review"], purged_at=None),
                name="one_open_application_per_person_and_organisation",
            )
        ]

    def __str__(self) -> str:
        return self.organisation

    @classmethod
    def purge_decided(cls, decided_before) -> int:
        """Blank the contact details and message of the applications accepted or declined
        (last updated) before ``decided_before``; returns how many were purged."""
        return cls.blank(
            cls.objects.filter(
                status__in=cls.DECIDED_STATUSES, updated_at__lt=decided_before, purged_at=None
            )
        )

    @staticmethod
    def blank(applications) -> int:
        """Blank the contact details and message of ``applications``, keeping what the
        network's figures need (organisation, kind, country, status); how many there were."""
        return applications.update(
            contact_name="", email="", phone="", message="", purged_at=timezone.now()
        )
