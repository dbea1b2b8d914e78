"""Serving a publication's files: the access check, the count and the bytes.

Every path to a publication's file leads here (Wagtail's document URL included), so access
is checked, and the download counted, in one place; so does the path to a members-only
document that no publication uses any more. Responses are never cached, by Django's
page cache, nginx or a CDN: each download reaches the app, which counts it once per reader,
file and day.
"""

from datetime import datetime, time, timedelta

from django.contrib.auth.views import redirect_to_login
from django.core.cache import caches
from django.db.models import Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.views.decorators.cache import never_cache

from members.access import reads_by_permission, reads_members_only
from members.models import MemberAccount
from pages.forms import client_ip
from pages.models.base import LANGUAGE_CODES
from pages.serving import send_document
from publications.collections import is_members_only
from publications.models import Download, PublicationFile

# Keys the hashes of the downloads counted today (with SECRET_KEY).
COUNTED_KEY_SALT = "publications.downloads.counted"


@never_cache
def download(request, page, slug, language):
    """One file of a publication: to anyone when the publication is public, to members and
    staff when it is members-only; others are sent to sign in or told why not."""
    if language not in LANGUAGE_CODES:
        raise Http404("No such language.")
    publication_file = get_object_or_404(
        PublicationFile.objects.select_related("publication", "document"),
        publication__slug=slug,
        language=language,
    )
    publication = publication_file.publication
    if publication.is_members_only and not reads_members_only(request.user):
        return refusal(request, page, publication)
    response = send_document(request, publication_file.document)
    if request.method == "GET" and first_today(request, publication_file):  # HEAD: no file
        count_download(publication_file, request.user)
    return response


def refusal(request, page, publication):
    """Anonymous visitors are asked to sign in, then come back to the publication; signed-in
    people without access (their authority is no longer a member) are told so."""
    publication_url = page.publication_url(publication)
    if not request.user.is_authenticated:
        return redirect_to_login(publication_url)
    context = page.get_context(request)
    context.update(publication=publication, publication_url=publication_url)
    return TemplateResponse(request, "publications/download_refused.html", context, status=403)


def first_today(request, publication_file) -> bool:
    """Whether this reader (the signed-in person, else the client's address) gets this file
    for the first time today: a download is counted once per reader, file and day, so that
    one client cannot inflate the counts. All that is kept is a keyed hash of the three, in
    the rate-limit cache until the day ends; while that cache is unreachable, every download
    counts (``add`` fails, and so does the look-up that would tell a repeat)."""
    today = timezone.localdate()
    reader = f"user {request.user.pk}" if request.user.is_authenticated else client_ip(request)
    file = f"{publication_file.publication_id} {publication_file.language}"
    key = "downloads." + salted_hmac(COUNTED_KEY_SALT, f"{today} {reader} {file}").hexdigest()
    cache = caches["ratelimit"]
    return cache.add(key, True, seconds_left_in(today)) or not cache.has_key(key)


def seconds_left_in(day) -> int:
    midnight = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
    return max(1, int((midnight - timezone.now()).total_seconds()))


def count_download(publication_file, user) -> None:
    """Record the download: what, in which language, for which member authority (read in
    the same query as the insert); nothing about the person."""
    authority = (
        Subquery(MemberAccount.objects.filter(user_id=user.pk).values("authority_id"))
        if user.is_authenticated
        else None
    )
    Download.objects.create(
        publication_id=publication_file.publication_id,
        language=publication_file.language,
        authority_id=authority,
    )


def guard_document(document, request):
    """Wagtail's document URL: a publication's file leads to the library's download, which
    checks access and counts it; a members-only document that no publication uses any more
    (its file row removed, its publication deleted) goes to staff allowed to read it, and to
    nobody else. Other documents are Wagtail's to serve."""
    publication_file = document.publication_files.select_related("publication").first()
    if publication_file is not None:
        return through_library(publication_file)
    if is_members_only(document.collection):
        return to_staff_alone(request, document)
    return None  # no publication, not members-only: Wagtail serves it, under its rules


def through_library(publication_file):
    url = publication_file.download_url()
    if url is None:
        raise Http404("The library is not published.")
    response = redirect(url)
    add_never_cache_headers(response)
    return response


def to_staff_alone(request, document):
    """Wagtail's view serves it to staff allowed to read members-only content (None lets
    it); anonymous visitors are asked to sign in, anyone else is told there is no such
    document."""
    if reads_by_permission(request.user):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404("No such document.")
