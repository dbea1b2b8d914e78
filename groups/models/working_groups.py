"""Working groups: member cities exchanging on one subject, led by one or more of them.

Staff create the groups in the admin (a snippet: name and description in every language,
themes, lead authorities, status, outputs and events); ``GroupIndexPage`` lists them and
routes each group's page. A person of an active member authority asks to join; staff or the
group's leads (the people of its lead authorities who take part in it) accept or decline
(``membership.py``). Whether someone takes part is read on
every request: a person whose authority is no longer active is no longer counted nor let in,
though the row stays until they leave or are erased.
"""

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from members.models import MemberAuthority
from pages.i18n import shows_english_for
from pages.models import BasePage
from pages.routing import live_page

ACTIVE_PERSON = {
    "user__is_active": True,
    "user__member_account__authority__status": MemberAuthority.Status.ACTIVE,
}


class MembershipQuerySet(models.QuerySet):
    def taking_part(self):
        """The members who take part now: accepted, and people of an active authority."""
        return self.filter(status=GroupMembership.Status.MEMBER, **ACTIVE_PERSON)

    def waiting(self):
        """The requests to decide: asked by people of an active authority."""
        return self.filter(status=GroupMembership.Status.REQUESTED, **ACTIVE_PERSON)


def counted(memberships, expression) -> Coalesce:
    """``expression`` (a count) over ``memberships`` of each group, as a subquery."""
    per_group = (
        memberships.filter(group=OuterRef("pk"))
        .order_by()
        .values("group")
        .annotate(total=expression)
        .values("total")
    )
    return Coalesce(Subquery(per_group), 0)


class WorkingGroupQuerySet(models.QuerySet):
    def with_figures(self):
        """Each group with how many people (``people``) and authorities (``authorities``)
        take part, in the same query."""
        taking_part = GroupMembership.objects.taking_part()
        return self.annotate(
            people=counted(taking_part, Count("pk")),
            authorities=counted(
                taking_part, Count("user__member_account__authority", distinct=True)
            ),
        )

    def shown(self):
        """The groups with their figures, their leads' names (``lead_names``) and their
        themes, as their pages and the list show them."""
        leads = MemberAuthority.objects.filter(led_groups=OuterRef("pk")).order_by("name")
        return (
            self.with_figures()
            .annotate(lead_names=ArraySubquery(leads.values("name")))
            .prefetch_related("themes")
        )

    def led_by(self, user):
        """The groups ``user`` leads: they take part in them (``taking_part``: accepted, of
        an active authority) and their authority is one of the leads. A colleague outside
        the group is no lead of it."""
        taking_part = GroupMembership.objects.taking_part().filter(group=OuterRef("pk"), user=user)
        return self.filter(Exists(taking_part), leads__accounts__user=user)

    def listed(self):
        """The groups as the list shows them: active first, by name."""
        return self.shown().order_by("status", f"name_{translation.get_language()}", "name_en")


class WorkingGroup(models.Model):
    """A working group: what it works on, who leads it, what it produced."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    themes = models.ManyToManyField("themes.Theme", verbose_name=_("themes"), blank=True)
    leads = models.ManyToManyField(
        MemberAuthority,
        verbose_name=_("lead authorities"),
        related_name="led_groups",
        blank=True,
        help_text=_(
            "Those of their people who take part in the group accept or decline the requests "
            "to join."
        ),
    )
    publications = models.ManyToManyField(
        "publications.Publication", verbose_name=_("publications"), blank=True
    )
    practices = models.ManyToManyField(
        "practices.Practice", verbose_name=_("practices"), blank=True
    )
    projects = models.ManyToManyField(
        "projects.ProjectPage", verbose_name=_("projects"), blank=True
    )
    events = models.ManyToManyField("events.EventPage", verbose_name=_("events"), blank=True)

    objects = WorkingGroupQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("themes")]),
        FieldPanel("leads"),
        MultiFieldPanel(
            [
                FieldPanel("publications"),
                FieldPanel("practices"),
                FieldPanel("projects"),
                FieldPanel("events"),
            ],
            heading=_("Outputs and events"),
        ),
    ]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self) -> str:
        return self.name

    @property
    def is_open(self) -> bool:
        """Whether the group takes requests to join: only while it is active."""
        return self.status == self.Status.ACTIVE

    @property
    def shows_fallback(self) -> bool:
        language = translation.get_language()
        return any(shows_english_for(self, field, language) for field in ("name", "description"))

    def is_led_by(self, user) -> bool:
        """Whether ``user`` leads the group: a person of a lead authority taking part in it."""
        return WorkingGroup.objects.led_by(user).filter(pk=self.pk).exists()


class GroupMembership(models.Model):
    """A person's request to join a group, and then their membership, with the emails they
    chose to get about its discussions (``notifications.py``, ``digests.py``)."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Asked to join")
        MEMBER = "member", _("Member")
        DECLINED = "declined", _("Declined")

    class Emails(models.TextChoices):
        AT_ONCE = "at_once", _("Each new discussion and reply, at once")
        DAILY = "daily", _("A daily digest")
        WEEKLY = "weekly", _("A weekly digest")
        NONE = "none", _("No email")

    group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    asked_at = models.DateTimeField(_("asked on"))
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    emails = models.CharField(
        _("emails about the discussions"),
        max_length=10,
        choices=Emails.choices,
        default=Emails.DAILY,
    )
    digested_until = models.DateTimeField(
        _("digest sent up to"),
        null=True,
        blank=True,
        help_text=_("The posts written before this time were in a digest, or chosen not to be."),
    )

    objects = MembershipQuerySet.as_manager()

    # Answered through the list's Accept and Decline (membership.py), which email the person.
    panels = [
        FieldPanel("group", read_only=True),
        FieldPanel("user", read_only=True),
        FieldPanel("status", read_only=True),
    ]

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="group_membership_person")
        ]
        indexes = [models.Index(fields=["group", "status"], name="group_membership_status")]

    def __str__(self) -> str:
        return f"{self.user.email} ({self.group})"

    @property
    def is_member(self) -> bool:
        return self.status == self.Status.MEMBER

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.REQUESTED

    def choose_emails(self, emails: str) -> None:
        """Get ``emails`` from now on. Coming from emails at once, or none, a digest starts
        with what is written after the choice: nothing sent comes again, nothing declined
        comes late; from one digest to the other, the next one takes up where the last left."""
        if self.emails in (self.Emails.AT_ONCE, self.Emails.NONE):
            self.digested_until = timezone.now()
        self.emails = emails
        self.save(update_fields=["emails", "digested_until"])


class GroupIndexPage(RoutablePageMixin, BasePage):
    """The working groups: ``""`` lists them, ``<slug>/`` is a group's page, where a member
    asks to join (``<slug>/join/``) or leaves (``<slug>/leave/``)."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1
    menu_group = "network"

    class Meta:
        verbose_name = _("working groups page")

    @path("")
    def groups(self, request):
        from groups.views import group_list

        return group_list(request, self)

    @path("<slug:slug>/")
    def group(self, request, slug):
        from groups.views import group_detail

        return group_detail(request, self, slug)

    # Exempt from Django's CSRF token like the other forms: the views check the request's
    # origin instead (pages.forms.same_origin_only).
    @path("<slug:slug>/join/")
    @csrf_exempt
    def join(self, request, slug):
        from groups.views import join

        return join(request, self, slug)

    @path("<slug:slug>/leave/")
    @csrf_exempt
    def leave(self, request, slug):
        from groups.views import leave

        return leave(request, self, slug)

    # The group's space (space_views.py), for its members, leads and staff; its forms
    # carry Django's CSRF token (these pages are never cached).
    @path("<slug:slug>/space/", name="space")
    def space(self, request, slug):
        from groups.space_views import space_home

        return space_home(request, self, slug)

    @path("<slug:slug>/space/<int:pk>/", name="space_thread")
    def space_thread(self, request, slug, pk):
        from groups.space_views import thread

        return thread(request, self, slug, pk)

    @path("<slug:slug>/space/posts/<int:pk>/", name="space_post")
    def space_post(self, request, slug, pk):
        from groups.space_views import post

        return post(request, self, slug, pk)

    @path("<slug:slug>/space/posts/<int:pk>/edit/", name="space_edit")
    def space_edit(self, request, slug, pk):
        from groups.space_views import edit

        return edit(request, self, slug, pk)

    @path("<slug:slug>/space/posts/<int:pk>/hide/", name="space_hide")
    def space_hide(self, request, slug, pk):
        from groups.space_views import hide

        return hide(request, self, slug, pk)

    @path("<slug:slug>/space/posts/<int:pk>/show/", name="space_show")
    def space_show(self, request, slug, pk):
        from groups.space_views import show

        return show(request, self, slug, pk)

    @path("<slug:slug>/space/posts/<int:pk>/report/", name="space_report")
    def space_report(self, request, slug, pk):
        from groups.space_views import report

        return report(request, self, slug, pk)

    @path("<slug:slug>/space/files/", name="space_files")
    def space_files(self, request, slug):
        from groups.space_views import share

        return share(request, self, slug)

    @path("<slug:slug>/space/files/<int:pk>/", name="space_file")
    def space_file(self, request, slug, pk):
        from groups.space_views import download

        return download(request, self, slug, pk)

    @path("<slug:slug>/space/people/", name="space_people")
    def space_people(self, request, slug):
        from groups.space_views import people

        return people(request, self, slug)

    @path("<slug:slug>/space/emails/", name="space_emails")
    def space_emails(self, request, slug):
        from groups.space_views import emails

        return emails(request, self, slug)

    def group_url(self, group: WorkingGroup) -> str:
        """The group's page, in the current language."""
        return self.url + self.reverse_subpage("group", args=[group.slug])

    def space_url(self, group: WorkingGroup) -> str:
        """The group's space, in the current language."""
        return self.url + self.reverse_subpage("space", args=[group.slug])


def groups_page() -> GroupIndexPage | None:
    return live_page("groups.GroupIndexPage")
