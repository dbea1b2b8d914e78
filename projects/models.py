"""European projects Efus runs with its members: the list and a page per project."""

from functools import cached_property
from urllib.parse import urlsplit

from django import forms
from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, PageManager

from pages.models import BasePage
from pages.models.base import VisiblePageQuerySet
from pages.models.editorial import body_field
from pages.routing import live_page
from themes.listing import by_name

# How many of the project's latest news articles and events its page lists.
LATEST_COUNT = 3


class ProjectQuerySet(VisiblePageQuerySet):
    def ongoing(self):
        return self.filter(end_date__gte=timezone.localdate())

    def closed(self):
        return self.filter(end_date__lt=timezone.localdate())

    def in_status(self, status: str):
        return self.ongoing() if status == ProjectPage.Status.ONGOING else self.closed()

    def about(self, theme):
        return self.about_any([theme])

    def about_any(self, themes):
        """The projects on any of ``themes`` (themes or their keys)."""
        links = ProjectPage.themes.through.objects.filter(
            projectpage=models.OuterRef("pk"), theme__in=themes
        )
        return self.filter(models.Exists(links))

    def ongoing_first(self):
        """By end date, the latest first: every ongoing project ends after every closed one,
        so the ongoing ones come first, then those that closed most recently."""
        return self.order_by("-end_date", "-start_date", "-pk")

    def with_member(self, authority):
        """The projects ``authority`` coordinates or takes part in, with its ``member_role``
        in each."""
        partnerships = ProjectPartner.objects.filter(
            project=models.OuterRef("pk"), authority=authority
        )
        return self.filter(models.Exists(partnerships)).annotate(
            member_role=models.Subquery(partnerships.order_by("role").values("role")[:1])
        )

    def for_listing(self):
        """Visible projects with what a card shows, without their bodies: ``theme_ids`` (the
        themes' primary keys, for a list that has loaded the themes already)."""
        links = ProjectPage.themes.through.objects.filter(projectpage=models.OuterRef("pk"))
        return (
            self.visible()
            .defer_streamfields()
            .annotate(theme_ids=ArraySubquery(links.values("theme_id")))
        )


class ProjectIndexPage(RoutablePageMixin, BasePage):
    """The European projects, with filters by status, theme and funding programme."""

    menu_group = "work"

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("projects page")

    @path("")
    def projects(self, request):
        from projects.views import project_list

        return project_list(request, self)


class ProjectPage(BasePage):
    """One European project: its title is the project's full name."""

    class Programme(models.TextChoices):
        ISF = "isf", _("Internal Security Fund")
        HORIZON_EUROPE = "horizon_europe", _("Horizon Europe")
        HORIZON_2020 = "horizon_2020", _("Horizon 2020")
        ERASMUS = "erasmus", _("Erasmus+")
        CERV = "cerv", _("Citizens, Equality, Rights and Values")
        JUSTICE = "justice", _("Justice programme")
        URBACT = "urbact", _("URBACT")
        OTHER = "other", _("Other programme")

    class Status(models.TextChoices):
        ONGOING = "ongoing", _("Ongoing")
        CLOSED = "closed", _("Closed")

    acronym = models.CharField(_("acronym"), max_length=40)
    programme = models.CharField(_("funding programme"), max_length=20, choices=Programme.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), db_index=True)
    budget = models.DecimalField(
        _("total budget (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    eu_contribution = models.DecimalField(
        _("EU contribution (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    website = models.URLField(_("project website"), blank=True)
    themes = ParentalManyToManyField(
        "themes.Theme", verbose_name=_("themes"), blank=True, related_name="projects"
    )
    outcomes = ParentalManyToManyField(
        "publications.Publication",
        verbose_name=_("outcomes (publications)"),
        blank=True,
        related_name="projects",
    )
    body = body_field()

    objects = PageManager.from_queryset(ProjectQuerySet)()

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("programme")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("eu_contribution")]),
        FieldPanel("website"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([InlinePanel("partners", label=_("partner"))], heading=_("Partners")),
        FieldPanel("outcomes"),
        FieldPanel("body"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("European project")
        verbose_name_plural = _("European projects")

    @property
    def status(self) -> "ProjectPage.Status":
        closed = self.end_date < timezone.localdate()
        return self.Status.CLOSED if closed else self.Status.ONGOING

    @property
    def website_name(self) -> str:
        """The website's host name without "www.": a short link text that fits a phone."""
        return (urlsplit(self.website).hostname or "").removeprefix("www.")

    @property
    def search_date(self):
        return self.start_date

    def child_queryset(self, relation: str):
        queryset = super().child_queryset(relation)
        return queryset.select_related("authority") if relation == "partners" else queryset

    @cached_property
    def partner_list(self) -> list["ProjectPartner"]:
        """Every partner with its member authority, in the editor's order, loaded once (with
        the other translated orderables: ``BasePage.load_children``)."""
        self.load_children()
        return list(self.partners.all())

    @property
    def coordinator(self) -> "ProjectPartner | None":
        return next((partner for partner in self.partner_list if partner.is_coordinator), None)

    @property
    def other_partners(self) -> list["ProjectPartner"]:
        return [partner for partner in self.partner_list if not partner.is_coordinator]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            errors["end_date"] = _("A project ends after it starts.")
        budget, contribution = self.budget, self.eu_contribution
        if budget is not None and contribution is not None and contribution > budget:
            errors["eu_contribution"] = _("The EU contribution cannot exceed the total budget.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        """Besides the page's fields, the pages its breadcrumbs, partners and outcomes
        link to. What the project links to (``theme_list``, ``outcome_list``,
        ``latest_news_and_events``) is read by the template inside a fragment kept in the
        page cache, so only when that fragment is drawn."""
        context = super().get_context(request, *args, **kwargs)
        projects_page, directory, library = map(
            live_page,
            (
                "projects.ProjectIndexPage",
                "members.MemberDirectoryPage",
                "publications.LibraryPage",
            ),
        )
        context.update(
            projects_page=projects_page,
            directory=directory,
            library=library,
        )
        return context

    @cached_property
    def theme_list(self) -> list:
        return by_name(self.themes.all())

    @cached_property
    def outcome_list(self) -> list:
        return list(self.outcomes.order_by("-published_on", "-pk"))

    @cached_property
    def latest_news_and_events(self) -> tuple[list, list]:
        """The project's latest visible news articles and events, up to ``LATEST_COUNT`` of
        each, the latest first: read together in one query, the pages' base rows with the
        article's or event's own row joined. None in the preview of a project not yet saved."""
        if self.pk is None:
            return [], []
        news = self.news.visible().order_by("-date", "-pk").values("pk")[:LATEST_COUNT]
        events = self.events.visible().order_by("-starts_at", "-pk").values("pk")[:LATEST_COUNT]
        pages = Page.objects.filter(models.Q(pk__in=news) | models.Q(pk__in=events))
        pages = list(pages.select_related("newsarticlepage", "eventpage"))
        articles = [page.newsarticlepage for page in pages if hasattr(page, "newsarticlepage")]
        events = [page.eventpage for page in pages if hasattr(page, "eventpage")]
        articles.sort(key=lambda article: (article.date, article.pk), reverse=True)
        events.sort(key=lambda event: (event.starts_at, event.pk), reverse=True)
        return articles, events

    @property
    def latest_news(self) -> list:
        return self.latest_news_and_events[0]

    @property
    def latest_events(self) -> list:
        return self.latest_news_and_events[1]


class ProjectPartner(Orderable):
    """A partner of a project: a member authority (linked to its profile) or another
    organisation, named with its country. One of them may be the coordinator."""

    # An organisation keeps its own name in a language that has no translation of it.
    optional_translations = ("name",)

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        PARTNER = "partner", _("Partner")

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PARTNER)
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="project_partnerships",
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("For a partner that is not a member authority."),
    )
    country = CountryField(_("country"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("authority")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("country")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(authority__isnull=False) | ~models.Q(name=""),
                name="partner_is_a_member_or_named",
            )
        ]

    def __str__(self) -> str:
        return self.name or str(self.authority)

    def clean(self):
        super().clean()
        if self.authority_id is None and not self.name:
            raise ValidationError({"name": _("Choose a member authority or name the partner.")})

    @property
    def is_coordinator(self) -> bool:
        return self.role == self.Role.COORDINATOR

    @property
    def shown_name(self) -> str:
        return self.authority.name if self.authority else self.name

    @property
    def shown_country(self):
        return self.authority.country if self.authority else self.country

    @property
    def profiled_authority(self):
        """The member authority whose profile the partner links to: an active member only
        (former members have no profile)."""
        authority = self.authority
        return authority if authority is not None and authority.is_active else None
