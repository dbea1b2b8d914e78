"""Serving a publication's files: the access check, the count and the bytes.

Every path to a publication's file leads here (Wagtail's document URL included), so access
is checked, and the download counted, in one place. Responses are never cached, by Django's
page cache, nginx or a CDN: each download reaches the app and is counted.
"""

from django.contrib.auth.views import redirect_to_login
from django.db.models import Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache

from members.access import reads_members_only
from members.models import MemberAccount
from pages.models.base import LANGUAGE_CODES
from publications.models import Download, PublicationFile
from publications.serving import send_document


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
    if request.method == "GET":  # a HEAD request gets no file
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


def send_publication_files_through_library(document, request):
    """Wagtail's document URL of a publication's file leads to the library's download, which
    checks access and counts it."""
    publication_file = document.publication_files.select_related("publication").first()
    if publication_file is None:
        return None
    url = publication_file.download_url()
    if url is None:
        raise Http404("The library is not published.")
    response = redirect(url)
    add_never_cache_headers(response)
    return response
