"""The rules of a group's space, where its members discuss and share files.

Who comes in is read on every request, with the group itself (``group_with_visitor``: one
query, which also reads its latest files, its coming events and its latest outputs): the
group's members who take part now (``MembershipQuerySet.taking_part``), and staff allowed
to read members-only content (so everyone in the space reads the group's members-only
publications and practices). A member who left, or whose authority is no longer active, is
out at once. The members of its lead authorities are its leads (a colleague of theirs
outside the group is not: ``WorkingGroupQuerySet.led_by``). Leads and staff moderate: they
hide a post, with the reason kept, and see hidden posts' text. A member reports a post
once, and the moderators are emailed. A closed
group's space is read-only. A new post is emailed, by a task enqueued with it, to the
members who chose emails at once (``notifications.py``). Its files are Wagtail documents in
the restricted collection "Group files", which Wagtail's own URL serves to no one but staff
(``wagtail_hooks``).
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import PurePath

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Subquery, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, JSONObject, Lower, NullIf
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, Page

from background.mail import send
from groups import notifications
from groups.membership import Refused
from groups.models import (
    GroupMembership,
    Post,
    PostReport,
    SharedFile,
    Thread,
    WorkingGroup,
)
from groups.models.discussions import person_name
from groups.tasks import notify_post
from members.access import reads_by_permission
from members.models import MemberAccount, MemberAuthority
from pages.routing import live_page
from pages.uploads import Upload

FILES_COLLECTION = "Group files"
FILES_SHOWN = 20
EVENTS_SHOWN = 3
OUTPUTS_SHOWN = 5


@dataclass(frozen=True)
class Visitor:
    """Who is looking at a group's space, and what they may do there."""

    user: object
    member: bool = False
    lead: bool = False
    staff: bool = False
    emails: str | None = None  # a member's choice of emails
    ended_authority: str | None = None  # the name of their authority, no longer a member

    @property
    def enters(self) -> bool:
        return self.member or self.lead or self.staff

    @property
    def moderates(self) -> bool:
        return self.lead or self.staff


def group_with_visitor(slug: str, user) -> tuple[WorkingGroup, Visitor]:
    """The group of ``slug`` (404 if none) and ``user``'s place in it, in one query."""
    if not user.is_authenticated or not user.is_active:
        return get_object_or_404(WorkingGroup, slug=slug), Visitor(user)
    taking_part = GroupMembership.objects.taking_part().filter(group=OuterRef("pk"), user=user)
    leading = MemberAccount.objects.filter(
        user=user,
        authority__status=MemberAuthority.Status.ACTIVE,
        authority__led_groups=OuterRef("pk"),
    )
    ended = MemberAccount.objects.filter(user=user).exclude(
        authority__status=MemberAuthority.Status.ACTIVE
    )
    group = get_object_or_404(
        WorkingGroup.objects.annotate(
            taking_part=Exists(taking_part),
            emails=Subquery(taking_part.values("emails")[:1]),
            leading=Exists(leading),
            ended_authority=Subquery(ended.values("authority__name")[:1]),
            latest_files=latest_files(),
            **events_and_outputs(),
        ),
        slug=slug,
    )
    lead = group.taking_part and group.leading
    staff = not group.taking_part and reads_by_permission(user)
    return group, Visitor(
        user,
        member=group.taking_part,
        lead=lead,
        staff=staff,
        emails=group.emails,
        ended_authority=group.ended_authority,
    )


def latest_files() -> ArraySubquery:
    """The group's ``FILES_SHOWN`` latest files, as the space lists them, read with the
    group: the space's page keeps the query budget."""
    files = SharedFile.objects.filter(group=OuterRef("pk")).order_by("-shared_at", "-pk")
    return ArraySubquery(
        files.values(
            json=JSONObject(
                pk="pk",
                title="title",
                shared_at="shared_at",
                file="document__file",
                size="document__file_size",
                first_name="shared_by__first_name",
                last_name="shared_by__last_name",
                email="shared_by__email",
            )
        )[:FILES_SHOWN]
    )


@dataclass(frozen=True)
class ListedFile:
    """A file as the space lists it."""

    pk: int
    title: str
    shared_at: datetime
    extension: str
    size: int | None
    shared_by: str

    @classmethod
    def of(cls, row: dict) -> "ListedFile":
        name = " ".join(filter(None, (row["first_name"], row["last_name"]))) or row["email"]
        return cls(
            pk=row["pk"],
            title=row["title"],
            shared_at=datetime.fromisoformat(row["shared_at"]),
            extension=PurePath(row["file"]).suffix.lstrip(".").upper(),
            size=row["size"],
            shared_by=name or "",
        )


def linked(relation: str):
    """The rows the group names in its relation ``relation`` (its events, publications, …),
    as a subquery of the group: by label, as ``groups`` imports no other content app."""
    model = WorkingGroup._meta.get_field(relation).related_model
    return model.objects.filter(workinggroup=OuterRef("pk"))


def events_and_outputs() -> dict:
    """The group's ``EVENTS_SHOWN`` coming events and the ``OUTPUTS_SHOWN`` latest of each
    kind of its outputs, read with the group: titles of publications and practices in the
    visitor's language (else the original's), the pages' primary keys (``space_sidebar``
    reads their titles and addresses). ``values_list``: modeltranslation's ``values`` with
    an expression alone would select every column too."""
    language = translation.get_language()
    title = Coalesce(NullIf(f"title_{language}", Value("")), "title_en")
    practices = linked("practices").live().with_text_in(language, fields=("title",))
    return {
        "coming_events": ArraySubquery(
            linked("events")
            .live()
            .upcoming()
            .values_list(JSONObject(pk="pk", starts_at="starts_at", time_zone="time_zone"))[
                :EVENTS_SHOWN
            ]
        ),
        "latest_projects": ArraySubquery(
            linked("projects")
            .live()
            .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
            .values_list(JSONObject(pk="pk", date="first_published_at"))[:OUTPUTS_SHOWN]
        ),
        "latest_publications": ArraySubquery(
            linked("publications")
            .newest_first()
            .values_list(JSONObject(title=title, slug="slug", date="published_on"))[:OUTPUTS_SHOWN]
        ),
        "latest_practices": ArraySubquery(
            practices.newest_first().values_list(
                JSONObject(title=KT("text_row__title"), slug="slug", date="first_published_at")
            )[:OUTPUTS_SHOWN]
        ),
    }


@dataclass(frozen=True)
class ComingEvent:
    """An event as the space lists it: its page (title, address) and when it starts, in its
    own time zone."""

    page: Page
    starts_at: datetime
    time_zone: str


@dataclass(frozen=True)
class Output:
    """A publication, practice or project as the space lists it, the latest first."""

    kind: str  # "publication", "practice" or "project"
    title: str
    url: str
    date: date
    page: Page | None = None  # a project's


def day_of(text: str | None) -> date:
    """The day of a date or time as JSON gives it; the earliest day without one."""
    return date.fromisoformat(text[:10]) if text else date.min


def routed_outputs(kind: str, rows, page_label: str) -> list[Output]:
    """``rows`` (title, slug, date) as outputs, whose pages ``page_label``'s "detail" route
    serves; none when that page is not live."""
    page = live_page(page_label)
    if page is None:
        return []
    return [
        Output(
            kind,
            row["title"],
            page.url + page.reverse_subpage("detail", args=[row["slug"]]),
            day_of(row["date"]),
        )
        for row in rows or []
    ]


def space_sidebar(group: WorkingGroup, request) -> dict:
    """The group's coming events and its latest outputs, as read with the group
    (``events_and_outputs``), the events' and projects' pages in one query: the space's
    page keeps the query budget."""
    events, projects = group.coming_events or [], group.latest_projects or []
    pages = Page.objects.in_bulk([row["pk"] for row in events + projects])
    outputs = [
        Output("project", page.title, page.get_url(request), day_of(row["date"]), page)
        for row in projects
        if (page := pages.get(row["pk"]))
    ]
    outputs += routed_outputs("publication", group.latest_publications, "publications.LibraryPage")
    outputs += routed_outputs("practice", group.latest_practices, "practices.PracticeLibraryPage")
    outputs.sort(key=lambda output: output.date, reverse=True)
    coming = [
        ComingEvent(page, datetime.fromisoformat(row["starts_at"]), row["time_zone"])
        for row in events
        if (page := pages.get(row["pk"]))
    ]
    return {"coming_events": coming, "latest_outputs": outputs[:OUTPUTS_SHOWN]}


@dataclass(frozen=True)
class Participant:
    """A person taking part in a group, as its space lists them."""

    name: str
    authority: str
    role: str
    leads: bool
    page_url: str  # their page in the people directory, "" when they are not listed there


def participants(group: WorkingGroup) -> list[Participant]:
    """The people taking part in ``group``, by name, in one query: each with their
    authority, the role their profile gives, whether their authority leads the group, and
    their page in the people directory when they are listed there (an unlisted person
    appears only here, inside their groups)."""
    memberships = (
        GroupMembership.objects.taking_part()
        .filter(group=group)
        .select_related("user__member_account__authority", "user__member_account__profile")
        .annotate(
            leads=Exists(
                WorkingGroup.leads.through.objects.filter(
                    workinggroup=group, memberauthority=OuterRef("user__member_account__authority")
                )
            )
        )
        .order_by(Lower("user__last_name"), Lower("user__first_name"), "pk")
    )
    return [participant(membership) for membership in memberships]


def participant(membership: GroupMembership) -> Participant:
    account = membership.user.member_account
    profile = getattr(account, "profile", None)
    listed = profile is not None and profile.listed
    return Participant(
        name=person_name(membership.user),
        authority=account.authority.name,
        role=profile.role if profile else "",
        leads=membership.leads,
        page_url=reverse("people:person", kwargs={"pk": profile.pk}) if listed else "",
    )


def writable(group: WorkingGroup) -> None:
    if not group.is_open:
        raise Refused("closed")


@transaction.atomic
def start_thread(group: WorkingGroup, user, title: str, text: str, language: str) -> Thread:
    writable(group)
    now = timezone.now()
    thread = Thread.objects.create(group=group, title=title, created_at=now, last_posted_at=now)
    post = Post.objects.create(
        thread=thread, author=user, opens_thread=True, text=text, language=language, created_at=now
    )
    notify_post.enqueue(post.pk)
    return thread


def is_hidden(thread: Thread) -> bool:
    return thread.posts.filter(opens_thread=True, hidden_at__isnull=False).exists()


@transaction.atomic
def reply(thread: Thread, user, text: str, language: str) -> Post:
    """A new post in ``thread``; none in a closed group or a hidden thread."""
    writable(thread.group)
    if is_hidden(thread):
        raise Refused("hidden")
    now = timezone.now()
    post = Post.objects.create(
        thread=thread, author=user, text=text, language=language, created_at=now
    )
    Thread.objects.filter(pk=thread.pk).update(last_posted_at=now)
    notify_post.enqueue(post.pk)
    return post


def edit_until(post: Post):
    return post.created_at + timedelta(minutes=settings.GROUP_POST_EDIT_MINUTES)


def edit_refusal(post: Post, user) -> str | None:
    """Why ``user`` may not change ``post`` now: "not_author", or "too_late" once
    ``GROUP_POST_EDIT_MINUTES`` have passed or the post is hidden; None if they may."""
    if not user.is_authenticated or post.author_id != user.pk:
        return "not_author"
    if post.is_hidden or timezone.now() >= edit_until(post):
        return "too_late"
    return None


def may_edit(post: Post, user) -> bool:
    """The author, for ``GROUP_POST_EDIT_MINUTES`` after posting, while the post is shown."""
    return edit_refusal(post, user) is None


def edit(post: Post, user, text: str, language: str, title: str | None = None) -> None:
    """Change ``post``'s text (and its thread's title, for the opening post)."""
    writable(post.thread.group)
    refusal = edit_refusal(post, user)
    if refusal:
        raise Refused(refusal)
    with transaction.atomic():
        post.text, post.language, post.edited_at = text, language, timezone.now()
        post.save(update_fields=["text", "language", "edited_at"])
        if post.opens_thread and title:
            Thread.objects.filter(pk=post.thread_id).update(title=title)


def hide(post: Post, reason: str) -> None:
    post.hidden_at, post.hidden_reason = timezone.now(), reason
    post.save(update_fields=["hidden_at", "hidden_reason"])


def unhide(post: Post) -> None:
    """Show the post again; the reason it was hidden stays on record."""
    post.hidden_at = None
    post.save(update_fields=["hidden_at"])


@transaction.atomic
def report(post: Post, user, reason: str) -> PostReport:
    """Record ``user``'s report of ``post`` and email the moderators; a person reports a post
    once (``Refused("reported")`` the second time)."""
    if PostReport.objects.filter(post=post, reporter=user).exists():
        raise Refused("reported")
    try:
        with transaction.atomic():
            made = PostReport.objects.create(
                post=post, reporter=user, reason=reason, created_at=timezone.now()
            )
    except IntegrityError:  # the same report sent twice at once
        raise Refused("reported") from None
    messages = notifications.report_emails(made)
    if messages:
        send(messages, "working group: reported post")
    return made


def choose_emails(group: WorkingGroup, user, emails: str) -> None:
    """A member chooses the emails they get about the group's discussions."""
    membership = GroupMembership.objects.taking_part().get(group=group, user=user)
    membership.choose_emails(emails)


def files_collection() -> Collection:
    """The collection of the groups' files, open to signed-in people only (so Wagtail's
    document view leaves them to staff), created under the root when first needed."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=FILES_COLLECTION).first()
    if found is not None:
        return found
    created = root.add_child(name=FILES_COLLECTION)
    CollectionViewRestriction.objects.create(
        collection=created, restriction_type=BaseViewRestriction.LOGIN
    )
    return created


@transaction.atomic
def share_file(group: WorkingGroup, user, upload: Upload, title: str) -> SharedFile:
    writable(group)
    document = get_document_model()(
        title=title,
        file=File(upload.file, name=upload.stored_name),
        collection=files_collection(),
    )
    document._set_document_file_metadata()
    document.save()
    return SharedFile.objects.create(
        group=group, document=document, title=title, shared_by=user, shared_at=timezone.now()
    )
