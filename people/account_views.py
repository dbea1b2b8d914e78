"""The people in the members' area: a person's own profile, the people directory, a person's
page and their photo.

The directory, a person's page and a photo are for readers of members-only content
(``members.access.reads_members_only``: a person of an active authority, or staff granted
it), checked on every request; only listed people are found, and anyone else's unlisted
profile is not found (404), its photo too. A profile is edited by its own person only, while
their authority is a member. Others are told why not (403); anonymous visitors are asked to
sign in. ``account_urls`` marks every page ``never_cache``; a photo is kept by its reader's
browser only (``photos.photo_response``).
"""

import logging
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from members.access import account_of, reads_members_only
from members.account_access import for_authority_people, refused
from members.account_views import authority_profile_url
from pages.forms import too_many_requests
from people import photos
from people.directory import people_filters, people_page
from people.forms import ProfileForm, errors_of
from people.models import Profile

logger = logging.getLogger(__name__)

# Per person: profiles saved (each may carry a photo).
SAVE_RATE = "30/h"
DIRECTORY, PROFILE = "directory", "profile"
REFUSED = "people/account/refused.html"


def for_readers(view):
    """Let in readers of members-only content; tell others why not."""

    @login_required
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not reads_members_only(request.user):
            account = account_of(request.user)
            title = _("People directory")
            return refused(request, account, title=title, template=REFUSED, refusing=DIRECTORY)
        return view(request, *args, **kwargs)

    return checked


def over_limit(request) -> bool:
    """Counts this save; an unreachable Redis limits nothing."""
    try:
        return is_ratelimited(
            request, group="people.save", key="user", rate=SAVE_RATE, increment=True
        )
    except RedisError as error:
        logger.warning("Rate limits not counted, the cache is unreachable: %s", error)
        return False


@for_authority_people(title=gettext_lazy("Your profile"), template=REFUSED, refusing=PROFILE)
def profile(request, account):
    """The person's own profile: what it says, and the form to change it."""
    own = Profile.objects.prefetch_related("themes").filter(account=account).first()
    own = own or Profile(account=account)
    if request.method == "POST":
        if over_limit(request):
            context = {"title": _("Too many at once")}
            response = TemplateResponse(request, "people/account/too_many.html", context)
            return too_many_requests(response)
        form = ProfileForm(request.POST, request.FILES, instance=own)
        if form.is_valid():
            saved = form.save()
            messages.success(request, saved_message(saved))
            return redirect("people:profile")
    else:
        form = ProfileForm(instance=own)
    context = {
        "title": _("Your profile"),
        "profile": own,
        "form": form,
        "errors": errors_of(form),
    }
    return TemplateResponse(request, "people/account/profile.html", context)


def saved_message(profile: Profile) -> str:
    if profile.is_listed:
        return _("Your profile is saved. Members find you in the people directory.")
    return _("Your profile is saved. You are not listed in the people directory.")


@for_readers
def directory(request):
    filters = people_filters(request.GET)
    context = {
        "title": _("People directory"),
        "filters": filters,
        "listing": people_page(filters, request.GET.get("page")),
    }
    return TemplateResponse(request, "people/account/directory.html", context)


@for_readers
def person(request, pk: int):
    shown = get_object_or_404(Profile.objects.seen_by(request.user).shown(), pk=pk)
    authority = shown.account.authority
    context = {
        "title": shown.name,
        "person": shown,
        "own": shown.account.user_id == request.user.pk,
        "authority_url": authority_profile_url(authority, request),
    }
    return TemplateResponse(request, "people/account/person.html", context)


@for_readers
def photo(request, pk: int, photo_id: int):
    shown = get_object_or_404(
        Profile.objects.seen_by(request.user).select_related("photo"), pk=pk, photo_id=photo_id
    )
    return photos.photo_response(shown.photo)
