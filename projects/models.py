"""European projects Efus runs with its members: the list and a page per project."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet

from pages.models import BasePage
from pages.models.editorial import body_field


class ProjectQuerySet(PageQuerySet):
    def ongoing(self):
        return self.filter(end_date__gte=timezone.localdate())

    def closed(self):
        return self.filter(end_date__lt=timezone.localdate())

    def with_member(self, authority):
        """The projects ``authority`` coordinates or takes part in."""
        return self.filter(partners__authority=authority).distinct()


class ProjectIndexPage(RoutablePageMixin, BasePage):
    """The European projects, with filters by status, theme and funding programme."""

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
        "publications.Theme", verbose_name=_("themes"), blank=True, related_name="projects"
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
    def status(self) -> str:
        closed = self.end_date < timezone.localdate()
        return self.Status.CLOSED if closed else self.Status.ONGOING


class ProjectPartner(Orderable):
    """A partner of a project: a member authority (linked to its profile) or another
    organisation, named with its country. One of them may be the coordinator."""

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
