"""Emails about a group's discussions, as each member chose (``GroupMembership.emails``):
every new discussion and reply at once (``tasks.notify_post``, enqueued with the post), a
daily or weekly digest (``digests.py``), or none.

Only the members who take part now get them (a former member authority's people get
nothing), never about their own posts nor about hidden ones. Each email is in its
recipient's language and holds the posts' text as typed, in plain text (nothing in it is
read as HTML), with links to the discussions. Each carries a link that stops it without
signing in, also in the ``List-Unsubscribe`` and ``List-Unsubscribe-Post`` headers, which
mail programs offer as one button (RFC 8058). The link's token is signed with the site's
key (``django.core.signing``) and names the memberships it stops: nothing else can be done
with it, and it cannot be forged.

A reported post is emailed to the moderators: the staff who may change posts in the admin
(``MODERATE_PERMISSION``, granted to Editors and Moderators), in English as every email to
staff, with links to the post in the space and in the admin, where it is hidden."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db.models import Exists, OuterRef

from groups.models import GroupIndexPage, GroupMembership, Post, PostReport, groups_page
from members.accounts import site_url
from pages.forms import render_email, unsubscribe_headers

STOP_SALT = "groups.emails.stop"
MODERATE_PERMISSION = "groups.change_post"
PERMISSIONS_BACKEND = "members.sign_in.SignInBackend"


def stop_token(membership_pks) -> str:
    return signing.dumps(sorted(membership_pks), salt=STOP_SALT, compress=True)


def stopped_by(token: str) -> list[int]:
    """The memberships ``token`` stops; ``signing.BadSignature`` if it is not one of ours."""
    pks = signing.loads(token, salt=STOP_SALT)
    if not isinstance(pks, list) or not all(isinstance(pk, int) for pk in pks):
        raise signing.BadSignature("Not a list of memberships.")
    return pks


def stop_url(membership_pks, language: str) -> str:
    return site_url("groups:stop", language, token=stop_token(membership_pks))


def language_of(membership: GroupMembership) -> str:
    return membership.user.member_account.language


def group_name(group, language: str) -> str:
    return getattr(group, f"name_{language}") or group.name_en


class Addresses:
    """The addresses of the groups' spaces and posts in each language: the groups page's
    address is read once per language."""

    def __init__(self, page: GroupIndexPage):
        self.page = page
        self.bases: dict[str, str] = {}

    def base(self, language: str) -> str:
        if language not in self.bases:
            self.bases[language] = self.page.url_in(language)
        return self.bases[language]

    def space(self, group, language: str) -> str:
        return self.base(language) + self.page.reverse_subpage("space", args=[group.slug])

    def post(self, group, post_pk: int, language: str) -> str:
        return self.base(language) + self.page.reverse_subpage(
            "space_post", args=[group.slug, post_pk]
        )


def shown_posts():
    """Posts that are neither hidden nor in a hidden discussion."""
    hidden_opening = Post.objects.filter(
        thread=OuterRef("thread"), opens_thread=True, hidden_at__isnull=False
    )
    return Post.objects.filter(hidden_at__isnull=True).exclude(Exists(hidden_opening))


def at_once_recipients(post: Post):
    """The members of the post's group who take part and chose emails at once, but its
    author."""
    return (
        GroupMembership.objects.taking_part()
        .filter(group=post.thread.group_id, emails=GroupMembership.Emails.AT_ONCE)
        .exclude(user__email="")
        .exclude(user=post.author_id)
        .select_related("user__member_account")
        .order_by("pk")
    )


def post_emails(post_pk: int) -> list[EmailMessage]:
    """The emails telling of the post ``post_pk``: none if it is gone or hidden."""
    post = (
        shown_posts()
        .select_related("thread__group", "author__member_account__authority")
        .filter(pk=post_pk)
        .first()
    )
    page = groups_page()
    if post is None or page is None:
        return []
    addresses = Addresses(page)
    return [post_email(post, membership, addresses) for membership in at_once_recipients(post)]


def post_email(post: Post, membership: GroupMembership, addresses: Addresses) -> EmailMessage:
    language = language_of(membership)
    group = post.thread.group
    stop_link = stop_url([membership.pk], language)
    context = {
        "group": group_name(group, language),
        "title": post.thread.title,
        "opens_thread": post.opens_thread,
        "author": post.signature,
        "text": post.text.replace("\r\n", "\n").strip(),
        "link": addresses.post(group, post.pk, language),
        "space_link": addresses.space(group, language),
        "stop_link": stop_link,
    }
    subject, body = render_email("groups/emails/post", language, context)
    return EmailMessage(
        subject, body, to=[membership.user.email], headers=unsubscribe_headers(stop_link, language)
    )


def moderators(but=None):
    """The active staff who may hide posts in the admin, but ``but``."""
    return (
        get_user_model()
        .objects.with_perm(MODERATE_PERMISSION, backend=PERMISSIONS_BACKEND)
        .filter(is_staff=True)
        .exclude(email="")
        .exclude(pk=getattr(but, "pk", None))
        .order_by("pk")
    )


def report_emails(report: PostReport) -> list[EmailMessage]:
    """The emails telling the moderators of ``report``, in English."""
    page = groups_page()
    addresses = [user.email for user in moderators(but=report.reporter)]
    if page is None or not addresses:
        return []
    language = settings.LANGUAGE_CODE
    post = report.post
    context = {
        "group": post.thread.group.name_en,
        "title": post.thread.title,
        "reporter": report.reporter.get_full_name() or report.reporter.email,
        "reason": report.reason.replace("\r\n", "\n").strip(),
        "link": Addresses(page).post(post.thread.group, post.pk, language),
        "admin_url": site_url("wagtailsnippets_groups_post:edit", language, pk=post.pk),
    }
    subject, body = render_email("groups/emails/reported", language, context)
    return [
        EmailMessage(subject, body, to=[address], headers={"Content-Language": language})
        for address in addresses
    ]
