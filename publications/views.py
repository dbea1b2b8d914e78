"""The library and a publication's page, served by ``LibraryPage``'s routes."""

from urllib.parse import urlencode

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from members.access import reads_members_only
from pages.listing import paginate
from pages.models.base import LANGUAGE_CODES
from publications.library import (
    PER_PAGE,
    facet_counts,
    facets,
    library_filters,
    publication_cards,
)
from publications.models import Publication


def library(request, page):
    filters = library_filters(request.GET)
    counts = facet_counts(filters)
    publications = filters.ordered(filters.apply(Publication.objects.for_listing()))
    total = counts["total"].get("", 0)
    listing = paginate(publications, request.GET.get("page"), PER_PAGE, total)
    context = page.get_context(request)
    context.update(
        filters=filters,
        facets=facets(filters, counts),
        listing=listing,
        cards=publication_cards(listing, page, request, filters.themes),
    )
    return TemplateResponse(request, "publications/library_page.html", context)


def detail(request, page, slug):
    publication = get_object_or_404(Publication.objects.for_page(), slug=slug)
    shows_files = not publication.is_members_only or reads_members_only(request.user)
    context = page.get_context(request)
    context.update(
        publication=publication,
        shows_files=shows_files,
        sign_in_url=None if shows_files else sign_in_url(request),
        alternate_urls={
            code: page.publication_url_in(publication, code, request) for code in LANGUAGE_CODES
        },
    )
    response = TemplateResponse(request, "publications/publication.html", context)
    if publication.is_members_only:
        # What it shows depends on who asks: no shared cache may keep it.
        add_never_cache_headers(response)
    return response


def sign_in_url(request) -> str:
    """The sign-in page, which brings the person back here."""
    return reverse("account_login") + "?" + urlencode({"next": request.get_full_path()})
