"""The group's space: discussions and shared files, for the group's members, leads and staff
(``groups/space.py`` holds the rules, ``groups/space_views.py`` the pages). What a notifier of
new posts needs is on each post: its thread and group, author, language and ``created_at``."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument

from groups.admin_forms import PostAdminForm
from groups.models.working_groups import WorkingGroup


class ThreadQuerySet(models.QuerySet):
    def listed(self):
        """The threads, latest post first, each with how many posts it holds (``posts_count``),
        whether its opening post is hidden (``hidden``) and its language (``language``), in
        the same query."""
        posts = Post.objects.filter(thread=OuterRef("pk"))
        return self.annotate(
            posts_count=counted_posts(posts),
            hidden=Exists(posts.filter(opens_thread=True, hidden_at__isnull=False)),
            language=opening_language(),
        ).order_by("-last_posted_at", "-pk")

    def visible(self):
        """The threads whose opening post is not hidden."""
        hidden = Post.objects.filter(thread=OuterRef("pk"), opens_thread=True)
        return self.exclude(Exists(hidden.filter(hidden_at__isnull=False)))

    def with_hidden(self):
        posts = Post.objects.filter(thread=OuterRef("pk"), opens_thread=True)
        return self.annotate(hidden=Exists(posts.filter(hidden_at__isnull=False)))


def opening_language(thread=None) -> Subquery:
    """The language of the opening post of the thread ``thread`` (by default the outer
    query's row): the language its title is written in."""
    opening = Post.objects.filter(thread=thread or OuterRef("pk"), opens_thread=True)
    return Subquery(opening.values("language")[:1])


def counted_posts(posts) -> Coalesce:
    total = posts.order_by().values("thread").annotate(total=Count("pk")).values("total")
    return Coalesce(Subquery(total), 0)


class Thread(models.Model):
    """A discussion in a group's space: its title and, in order, its posts (the first one
    opens it; hiding that one hides the thread)."""

    group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.CASCADE,
        related_name="threads",
    )
    title = models.CharField(_("title"), max_length=200)
    created_at = models.DateTimeField(_("started on"), db_index=True)
    last_posted_at = models.DateTimeField(_("last post on"))

    objects = ThreadQuerySet.as_manager()

    panels = [FieldPanel("group", read_only=True), FieldPanel("title")]

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        indexes = [models.Index(fields=["group", "-last_posted_at"], name="thread_latest")]

    def __str__(self) -> str:
        return self.title


def person_name(user) -> str:
    """A person's name, else their address; "former participant" once erased."""
    if user is None:
        return gettext("Former participant")
    return user.get_full_name() or user.email


def authority_name(user) -> str:
    account = getattr(user, "member_account", None) if user is not None else None
    return account.authority.name if account is not None else ""


class PostQuerySet(models.QuerySet):
    def shown(self):
        """The posts with their authors' names and authorities, in the order written."""
        return self.select_related("author__member_account__authority").order_by("created_at", "pk")


class Post(models.Model):
    """A message in a thread, in the language its author chose. Staff or the group's leads
    may hide it, with the reason kept; members then read "hidden by moderators"."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("discussion"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="group_posts",
        help_text=_("Empty once the person's data is erased: a former participant."),
    )
    opens_thread = models.BooleanField(_("opens the discussion"), default=False)
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("posted on"))
    edited_at = models.DateTimeField(_("edited on"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden on"), null=True, blank=True)
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)

    objects = PostQuerySet.as_manager()

    base_form_class = PostAdminForm
    panels = [
        FieldPanel("thread", read_only=True),
        FieldPanel("author", read_only=True),
        FieldPanel("text", read_only=True),
        FieldPanel("hidden"),
        FieldPanel("hidden_reason"),
    ]

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [models.Index(fields=["thread", "created_at"], name="post_in_thread")]
        constraints = [
            models.UniqueConstraint(
                fields=["thread"], condition=models.Q(opens_thread=True), name="post_one_opening"
            )
        ]

    def __str__(self) -> str:
        return f"{self.thread} #{self.pk}"

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    def excerpt(self, characters: int) -> str:
        """The text as typed, cut after ``characters`` (what emails and the admin show)."""
        return Truncator(self.text.replace("\r\n", "\n").strip()).chars(characters)

    @property
    def signature(self) -> str:
        """Who wrote it, as an email says: name and authority."""
        authority = authority_name(self.author)
        name = person_name(self.author)
        return f"{name}, {authority}" if authority else name


class PostReport(models.Model):
    """A member's report of a post to staff, with what they said: once per person and post."""

    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="group_post_reports",
    )
    reason = models.TextField(_("reason"))
    created_at = models.DateTimeField(_("reported on"))

    panels = [
        FieldPanel("post", read_only=True),
        FieldPanel("reporter", read_only=True),
        FieldPanel("reason", read_only=True),
    ]

    class Meta:
        verbose_name = _("reported post")
        verbose_name_plural = _("reported posts")
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="post_report_once")
        ]

    def __str__(self) -> str:
        return str(self.post)


class SharedFile(models.Model):
    """A document a member shared in a group's space: a Wagtail document in the restricted
    collection "Group files", served only through the space's file route."""

    group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.CASCADE,
        related_name="files",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="group_files",
    )
    title = models.CharField(_("title"), max_length=200)
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="group_files",
    )
    shared_at = models.DateTimeField(_("shared on"))
    kept = models.BooleanField(
        _("kept for the group"),
        default=False,
        help_text=_(
            "Keep this file in the group if the person who shared it asks for their data to "
            "be erased. Unless kept, it is deleted with their data."
        ),
    )

    panels = [FieldPanel("group", read_only=True), FieldPanel("title"), FieldPanel("kept")]

    class Meta:
        verbose_name = _("shared file")
        verbose_name_plural = _("shared files")
        indexes = [models.Index(fields=["group", "-shared_at"], name="shared_file_latest")]

    def __str__(self) -> str:
        return self.title


def discard_document(sender, instance: SharedFile, origin=None, **kwargs) -> None:
    """A shared file deleted (by staff, with its group, or with its sharer's data) takes its
    document, and the document's file, with it (unless the document's deletion took it)."""
    if not isinstance(origin, AbstractDocument):
        instance.document.delete()


def connect_signals() -> None:
    post_delete.connect(discard_document, sender=SharedFile, dispatch_uid="groups_discard_file")
