"""The members' pages: signing in and out, choosing a password, and the members' area with
what people do for their authority (``self_service``: proposing changes to its profile, and
for its contact persons, inviting colleagues).

Django's own views, set to the site's forms and templates. ``members.account_urls`` marks
every one of them ``never_cache``: none may be kept by a cache. The authority's pages let in
only a person of an active member authority (anyone else is told why, with a 403; anonymous
visitors are asked to sign in), each on their own authority; what they send is rate-limited
per person.
"""

import logging
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from members.access import account_of, is_staff, reads_members_only
from members.account_access import for_authority_people
from members.accounts import (
    LINK_VALID_DAYS,
    ChangePasswordForm,
    NewPasswordForm,
    PasswordResetRequestForm,
    SignInForm,
    account_state,
)
from members.models import ProfileProposal
from members.self_service import (
    ColleagueInviteForm,
    ProfileProposalForm,
    invite_colleague,
    latest_proposal,
    pending_proposal,
    propose,
)
from pages.forms import over_rate_limit, too_many_requests
from pages.routing import live_page
from pages.serving import send_private_image
from publications.models import Publication

logger = logging.getLogger(__name__)

PUBLICATIONS_PER_PAGE = 20
# Per person: profile changes proposed, colleagues invited.
RATES = {"propose": "20/h", "invite": "10/d"}
# After a password is chosen from an emailed link, the person is signed in with this backend.
SIGN_IN_BACKEND = "members.sign_in.SignInBackend"


class SignInView(auth_views.LoginView):
    template_name = "members/account/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True
    extra_context = {"title": _("Members' sign-in")}

    def get_redirect_url(self) -> str:
        """The page of this site to return to after signing in, unless it is this sign-in
        page (a signed-in person would go round in a loop): then the members' area."""
        url = super().get_redirect_url()
        return "" if urlsplit(url).path == self.request.path else url


class SignOutView(auth_views.LogoutView):
    template_name = "members/account/logged_out.html"
    extra_context = {"title": _("You are signed out")}


class PasswordResetView(auth_views.PasswordResetView):
    """The same answer whether the address has an account or not."""

    template_name = "members/account/password_reset.html"
    form_class = PasswordResetRequestForm
    success_url = reverse_lazy("account_password_reset_sent")
    title = _("Forgotten password")

    def form_valid(self, form):
        """Beyond the rate limit (per address and per email), nothing is sent, and the
        answer stays the same."""
        email = form.cleaned_data["email"].lower()
        if over_rate_limit(self.request, email, purpose="password_reset"):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "members/account/password_reset_sent.html"
    title = _("Check your email")
    extra_context = {"days": LINK_VALID_DAYS}


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """Where the link of an invitation or a password reset leads: the person chooses a
    password and is signed in."""

    template_name = "members/account/set_password.html"
    form_class = NewPasswordForm
    post_reset_login = True
    post_reset_login_backend = SIGN_IN_BACKEND
    success_url = reverse_lazy("account_home")
    title = _("Choose your password")
    extra_context = {"days": LINK_VALID_DAYS}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["validlink"]:
            context["title"] = _("This link no longer works")
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is saved, and you are signed in."))
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "members/account/password_change.html"
    form_class = ChangePasswordForm
    success_url = reverse_lazy("account_home")
    title = _("Change your password")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is changed."))
        return response


# The members' area.


def authority_profile_url(authority, request) -> str:
    """The authority's profile in the member directory, in the current language; only active
    members have one."""
    directory = live_page("members.MemberDirectoryPage")
    if directory is None or not authority.is_active:
        return ""
    return directory.profile_url_in(authority, translation.get_language(), request)


def library_links(publications) -> list[tuple]:
    """``(publication, its page in the library)`` for each publication, in the current
    language; without a library, no page."""
    library = live_page("publications.LibraryPage")
    if library is None:
        return [(publication, "") for publication in publications]
    return [(publication, library.publication_url(publication)) for publication in publications]


@login_required
def home(request):
    """The person, their authority and, while they may read them, the members-only
    publications; a person whose authority has left the network is told so."""
    user = request.user
    account = account_of(user)
    reads = reads_members_only(user)
    context = {
        "title": _("Members' area"),
        "person_name": user.get_full_name() or user.email,
        "account": account,
        "is_staff": is_staff(user),
        "reads_members_only": reads,
        "membership_ended": account is not None and not reads and not account.authority.is_active,
    }
    if account:
        context["authority_url"] = authority_profile_url(account.authority, request)
    if reads:
        publications = Paginator(
            Publication.objects.members_only().newest_first(), PUBLICATIONS_PER_PAGE
        ).get_page(request.GET.get("page"))
        context.update(publications=publications, entries=library_links(publications))
    return TemplateResponse(request, "members/account/home.html", context)


# The authority's pages.


def over_limit(request, purpose: str) -> bool:
    """Counts this request for ``purpose``; an unreachable Redis limits nothing."""
    try:
        return is_ratelimited(
            request, group=f"members.{purpose}", key="user", rate=RATES[purpose], increment=True
        )
    except RedisError as error:
        logger.warning("Rate limits not counted, the cache is unreachable: %s", error)
        return False


def slow_down(request):
    context = {"title": _("Too many at once")}
    return too_many_requests(TemplateResponse(request, "members/account/too_many.html", context))


@for_authority_people(title=_("Your authority"))
def authority_profile(request, account):
    """The authority's profile as its people would have it: the form, and where their
    latest proposal stands."""
    authority = account.authority
    pending = pending_proposal(authority)
    form = ProfileProposalForm(authority, pending)
    if request.method == "POST":
        if over_limit(request, "propose"):
            return slow_down(request)
        form = ProfileProposalForm(authority, pending, request.POST, request.FILES)
        if form.is_valid():
            propose(form, request.user, request)
            messages.success(
                request,
                _("Your proposal is sent. The Efus team will review it; you will hear by email."),
            )
            return redirect("account_authority")
    context = {
        "title": _("Your authority's profile"),
        "authority": authority,
        "authority_url": authority_profile_url(authority, request),
        "form": form,
        "proposal": pending or latest_proposal(authority),
    }
    return TemplateResponse(request, "members/account/authority.html", context)


@login_required
def proposed_logo(request, pk: int):
    """A logo waiting for staff's decision, for those who may see it (staff who decide, the
    proposing authority's people); nobody else learns it exists (404). It has no public
    address until it is approved."""
    proposal = get_object_or_404(
        ProfileProposal.objects.select_related("logo"),
        pk=pk,
        status=ProfileProposal.Status.PENDING,
        logo__isnull=False,
    )
    if not proposal.logo_seen_by(request.user):
        raise Http404("No such proposed logo.")
    return send_private_image(proposal.logo)


@for_authority_people(title=_("Invite a colleague"), contacts_only=True)
def colleagues(request, account):
    """A contact person invites colleagues, and sees who of the authority has an account."""
    form = ColleagueInviteForm()
    if request.method == "POST":
        if over_limit(request, "invite"):
            return slow_down(request)
        form = ColleagueInviteForm(request.POST)
        if form.is_valid():
            invited = invite_colleague(form, account, request)
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": invited})
            return redirect("account_colleagues")
    people = account.authority.accounts.select_related("user").order_by(
        "user__last_name", "user__first_name", "user__email"
    )
    context = {
        "title": _("Invite a colleague"),
        "authority": account.authority,
        "form": form,
        "people": [(person, account_state(person)) for person in people],
    }
    return TemplateResponse(request, "members/account/colleagues.html", context)
