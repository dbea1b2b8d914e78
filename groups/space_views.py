"""A group's space, served by ``GroupIndexPage``'s routes under ``<slug>/space/``: the space
(latest discussions and files, a new discussion, and beside them the group's coming events
and latest outputs, all of them on the group's page), a discussion
and its replies, a post's address, its edit, hiding and report, the files shared and each
file's download, a member's choice of emails.

Every view starts by asking who the visitor is in the group (``space.group_with_visitor``):
anonymous visitors are sent to sign in, anyone else outside the group is refused (403).
Nothing here is cached: every response is private and never stored. A refused or rejected
post shows its form again with what was typed."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from groups import space
from groups.forms import EmailsForm, FileForm, PostForm, ReasonForm, ThreadForm
from groups.membership import Refused
from groups.models import Post, Thread
from groups.models.discussions import opening_language
from pages.listing import paginate
from pages.models.base import LANGUAGE_CODES
from pages.serving import send_document

# Posts per person: a short burst, and a ceiling per hour.
POST_RATES = ("6/m", "60/h")
FILE_RATE = "20/h"
THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 50


def refusal_message(reason: str) -> str:
    return {
        "closed": _(
            "This group is closed: its space can be read, but nothing new can be written in "
            "it. Your text is below, to keep it if you wish."
        ),
        "hidden": _("This discussion was hidden by moderators and takes no reply."),
        "not_author": _("Only its author can change this post."),
        "too_late": _("A post can be changed only in the first minutes after it was sent."),
        "too_many": _(
            "You have posted a lot in a short time. Please wait a few minutes and send it "
            "again: your text is kept below."
        ),
    }[reason]


def in_space(view):
    """Let in the group's members, leads and staff; ``view`` gets the group and the visitor.
    The response is never cached."""

    @wraps(view)
    def checked(request, page, slug, *args):
        group, visitor = space.group_with_visitor(slug, request.user)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not visitor.enters:
            response = render(request, page, "refused", group, visitor, status=403)
        else:
            response = view(request, page, group, visitor, *args)
        add_never_cache_headers(response)
        return response

    return checked


def address(page, route: str, *args, language: str | None = None, request=None) -> str:
    base = page.url_in(language, request) if language else page.url
    return base + page.reverse_subpage(route, args=list(args))


def render(request, page, template, group, visitor, status=200, route="space", args=(), **extra):
    context = page.get_context(request)
    context.update(
        group=group,
        visitor=visitor,
        edit_minutes=settings.GROUP_POST_EDIT_MINUTES,
        alternate_urls={
            code: address(page, route, group.slug, *args, language=code, request=request)
            for code in LANGUAGE_CODES
        },
        **extra,
    )
    return TemplateResponse(request, f"groups/space/{template}.html", context, status=status)


def over_limit(request, group: str, rates) -> bool:
    try:
        return any(
            is_ratelimited(request, group=group, key="user", rate=rate, increment=True)
            for rate in rates
        )
    except RedisError:
        return False


def attempt(request, form, write) -> int | None:
    """Write what ``form`` holds with ``write(cleaned_data)``: None when done, else the
    status to answer with, the reason shown on the form."""
    if over_limit(request, "groups.posts", POST_RATES):
        form.add_error(None, refusal_message("too_many"))
        return 429
    if not form.is_valid():
        return 400
    try:
        write(form.cleaned_data)
    except Refused as refusal:
        form.add_error(None, refusal_message(refusal.reason))
        return 409 if refusal.reason in ("closed", "hidden") else 403
    return None


def post_address(page, post: Post) -> str:
    return address(page, "space_post", post.thread.group.slug, post.pk)


@require_http_methods(["GET", "POST"])
@in_space
def space_home(request, page, group, visitor):
    form = ThreadForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        started = []

        def write(data):
            started.append(
                space.start_thread(
                    group, request.user, data["title"], data["text"], data["language"]
                )
            )

        status = attempt(request, form, write)
        if status is None:
            return redirect(address(page, "space_thread", group.slug, started[0].pk))
    return space_page(request, page, group, visitor, form=form, status=status)


def space_page(request, page, group, visitor, status=200, **forms):
    forms.setdefault("form", ThreadForm())
    forms.setdefault("file_form", FileForm())
    forms.setdefault("emails_form", EmailsForm(initial={"emails": visitor.emails}))
    return render(
        request,
        page,
        "space",
        group,
        visitor,
        status=status,
        threads=paginate(group.threads.listed(), request.GET.get("page"), THREADS_PER_PAGE),
        files=[space.ListedFile.of(row) for row in group.latest_files or []],
        **space.space_sidebar(group, request),
        **forms,
    )


@require_http_methods(["GET", "POST"])
@in_space
def thread(request, page, group, visitor, pk: int):
    """A discussion's page of posts, its thread read with them (one query): a thread has
    at least its opening post, so none means no such thread."""
    posts = paginate(
        Post.objects.filter(thread=pk, thread__group=group)
        .shown()
        .select_related("thread")
        .annotate(
            thread_hidden=Thread.objects.with_hidden().filter(pk=pk).values("hidden"),
            thread_language=opening_language(pk),
        ),
        request.GET.get("page"),
        POSTS_PER_PAGE,
    )
    if not posts.object_list:
        raise Http404
    shown = posts.object_list[0].thread
    shown.hidden = posts.object_list[0].thread_hidden
    shown.language = posts.object_list[0].thread_language
    shown.group = group
    form = PostForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        written = []

        def write(data):
            written.append(space.reply(shown, request.user, data["text"], data["language"]))

        status = attempt(request, form, write)
        if status is None:
            return redirect(post_address(page, written[0]))
    return render(
        request,
        page,
        "thread",
        group,
        visitor,
        status=status,
        route="space_thread",
        args=[pk],
        thread=shown,
        posts=posts if visitor.moderates or not shown.hidden else None,
        form=form,
    )


def post_in(group, pk: int) -> Post:
    return get_object_or_404(
        Post.objects.select_related("thread__group"), thread__group=group, pk=pk
    )


@in_space
def post(request, page, group, visitor, pk: int):
    """A post's address: the page of its discussion that shows it."""
    found = post_in(group, pk)
    before = (
        Post.objects.filter(thread=found.thread_id)
        .filter(Q(created_at__lt=found.created_at) | Q(created_at=found.created_at, pk__lt=pk))
        .count()
    )
    number = before // POSTS_PER_PAGE + 1
    query = f"?page={number}" if number > 1 else ""
    return redirect(
        f"{address(page, 'space_thread', group.slug, found.thread_id)}{query}#post-{pk}"
    )


@require_http_methods(["GET", "POST"])
@in_space
def edit(request, page, group, visitor, pk: int):
    found = post_in(group, pk)
    form_class = ThreadForm if found.opens_thread else PostForm
    initial = {"text": found.text, "language": found.language, "title": found.thread.title}
    form = form_class(request.POST if request.method == "POST" else None, initial=initial)
    refusal = space.edit_refusal(found, request.user)
    status = 200 if refusal is None else 403
    if request.method == "POST":

        def write(data):
            space.edit(found, request.user, data["text"], data["language"], data.get("title"))

        status = attempt(request, form, write)
        if status is None:
            return redirect(post_address(page, found))
    return render(
        request,
        page,
        "edit",
        group,
        visitor,
        status=status,
        route="space_edit",
        args=[pk],
        post=found,
        form=form,
        refusal=refusal_message(refusal) if refusal and request.method == "GET" else "",
    )


@require_POST
@in_space
def hide(request, page, group, visitor, pk: int):
    found = post_in(group, pk)
    if not visitor.moderates:
        return render(request, page, "refused", group, visitor, status=403)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            page,
            "report",
            group,
            visitor,
            status=400,
            route="space_report",
            args=[pk],
            post=found,
            form=form,
            hiding=True,
        )
    space.hide(found, form.cleaned_data["reason"])
    messages.success(request, _("The post is hidden. Its text and the reason stay on record."))
    return redirect(post_address(page, found))


@require_POST
@in_space
def show(request, page, group, visitor, pk: int):
    found = post_in(group, pk)
    if not visitor.moderates:
        return render(request, page, "refused", group, visitor, status=403)
    space.unhide(found)
    messages.success(request, _("The post is shown again."))
    return redirect(post_address(page, found))


@require_http_methods(["GET", "POST"])
@in_space
def report(request, page, group, visitor, pk: int):
    found = post_in(group, pk)
    form = ReasonForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                space.report(found, request.user, form.cleaned_data["reason"])
            except Refused:
                messages.info(
                    request, _("You have already reported this post: staff will look at it.")
                )
            else:
                messages.success(request, _("Thank you: staff will look at this post."))
            return redirect(post_address(page, found))
        status = 400
    return render(
        request,
        page,
        "report",
        group,
        visitor,
        status=status,
        route="space_report",
        args=[pk],
        post=found,
        form=form,
    )


@require_http_methods(["GET", "POST"])
@in_space
def share(request, page, group, visitor):
    if request.method == "GET":  # the address a refused upload leaves in the browser
        return redirect(address(page, "space", group.slug) + "#files")
    form = FileForm(request.POST, request.FILES)
    if over_limit(request, "groups.files", (FILE_RATE,)):
        form.add_error(None, refusal_message("too_many"))
        return space_page(request, page, group, visitor, file_form=form, status=429)
    if not form.is_valid():
        return space_page(request, page, group, visitor, file_form=form, status=400)
    try:
        space.share_file(group, request.user, form.upload, form.title_or_name)
    except Refused as refusal:
        form.add_error(None, refusal_message(refusal.reason))
        return space_page(request, page, group, visitor, file_form=form, status=409)
    messages.success(request, _("The file is shared with the group."))
    return redirect(address(page, "space", group.slug) + "#files")


@require_POST
@in_space
def emails(request, page, group, visitor):
    """A member chooses the emails they get about the group's discussions."""
    if not visitor.member:
        return render(request, page, "refused", group, visitor, status=403)
    form = EmailsForm(request.POST)
    if not form.is_valid():
        return space_page(request, page, group, visitor, emails_form=form, status=400)
    space.choose_emails(group, request.user, form.cleaned_data["emails"])
    messages.success(request, _("Your choice of emails is saved."))
    return redirect(address(page, "space", group.slug) + "#emails")


@in_space
def people(request, page, group, visitor):
    return render(
        request,
        page,
        "people",
        group,
        visitor,
        route="space_people",
        subpage_title=_("Who takes part"),
        participants=space.participants(group),
    )


@in_space
def download(request, page, group, visitor, pk: int):
    shared = get_object_or_404(group.files.select_related("document"), pk=pk)
    return send_document(request, shared.document)
