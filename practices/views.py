"""The practice exchange, a practice's page and its files, served by
``PracticeLibraryPage``'s routes.

Members-only practices are shown to those who read members-only content
(``members.access.reads_members_only``, checked on every request), and their pages are then
never cached; the public's pages are the same for every anonymous visitor and go to the page
cache. Drafts are never shown here: their authors preview them in the members' area.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache

from members.access import reads_members_only
from pages.listing import paginate
from pages.models.base import LANGUAGE_CODES
from pages.routing import live_page
from pages.serving import send_document
from practices import detail
from practices.library import PER_PAGE, practice_cards, practice_filters
from practices.models import Practice, PracticeFile


def practice_list(request, page):
    reads = reads_members_only(request.user)
    language = translation.get_language()
    filters = practice_filters(request.GET, reads)
    practices = filters.apply(Practice.objects.shown_to(reads)).for_listing(language)
    listing = paginate(practices.newest_first(), request.GET.get("page"), PER_PAGE, filters.count)
    context = page.get_context(request)
    context.update(
        filters=filters,
        listing=listing,
        cards=practice_cards(listing, page, request, filters.themes),
    )
    response = TemplateResponse(request, "practices/practice_library_page.html", context)
    return private(response) if reads else response


def practice_detail(request, page, slug):
    language = translation.get_language()
    practice = detail.practice_for_page(slug, language)
    reads = reads_members_only(request.user)
    if practice.is_members_only and not reads:
        return refusal(request, page, page.practice_url(practice))
    text = practice.shown_text()
    if text is None:
        raise Http404("The practice has no text to show.")
    alternate_urls = {
        code: page.practice_url_in(practice, code, request) for code in LANGUAGE_CODES
    }
    context = page.get_context(request)
    context.update(
        practice=practice,
        text=text,
        text_lang=detail.lang_attribute(text, language),
        language=language,
        themes=detail.themes_of(practice),
        files=detail.files_of(practice),
        adapters=detail.adapters_of(practice),
        contact=detail.contact_of(practice) if reads else None,
        directory=live_page("members.MemberDirectoryPage"),
        alternate_urls=alternate_urls,
        versions=[
            {"code": code, "url": alternate_urls[code]} for code in practice.listed_languages
        ],
    )
    response = TemplateResponse(request, "practices/practice.html", context)
    return private(response) if reads else response


@never_cache
def practice_file(request, page, slug, file_id):
    """One file of a live practice: to anyone when the practice is public, to members and
    staff when it is members-only; others are sent to sign in or told why not."""
    practice_file = get_object_or_404(
        PracticeFile.objects.select_related("practice", "document"),
        pk=file_id,
        practice__slug=slug,
        practice__live=True,
    )
    practice = practice_file.practice
    if practice.is_members_only and not reads_members_only(request.user):
        return refusal(request, page, page.practice_url(practice))
    return send_document(request, practice_file.document)


def refusal(request, page, practice_url: str):
    """Anonymous visitors are asked to sign in, then come back to the practice; signed-in
    people without access (their authority is no longer a member) are told so, without a
    word of the practice."""
    if not request.user.is_authenticated:
        return redirect_to_login(practice_url)
    response = TemplateResponse(
        request, "practices/members_only.html", page.get_context(request), status=403
    )
    return private(response)


def private(response):
    """What it shows depends on who asks: no shared cache may keep it."""
    add_never_cache_headers(response)
    return response
