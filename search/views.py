"""The search page: ``/<lang>/search/?q=…&kind=…&page=…``.

The query string is never trusted: control characters are dropped and the text is cut to a
reasonable length (PostgreSQL's ``websearch_to_tsquery`` takes any text without an error), an
unknown kind means every kind, and a page number that is not one means the first page.
"""

import unicodedata
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext

from members.access import reads_members_only
from pages.routing import live_page
from search import backend
from search.models import Kind

MAX_QUERY_LENGTH = 200
MAX_PAGE = 1000


def search_page(request):
    query = query_text(request.GET.get("q", ""))
    kind = request.GET.get("kind", "")
    kind = kind if kind in Kind.values else ""
    context = {"query": query, "kind": kind, "results": None}
    if query:
        results = backend.search(
            query,
            translation.get_language(),
            kind,
            page_number(request.GET.get("page")),
            members=reads_members_only(request.user),
        )
        context.update(
            results=results,
            kinds=kind_links(results),
            listing=Paginator(range(results.total), backend.PER_PAGE).get_page(results.page),
            listing_query=urlencode({"q": query, "kind": kind} if kind else {"q": query}),
        )
        if not results.total:
            context.update(
                library=live_page("publications.LibraryPage"),
                directory=live_page("members.MemberDirectoryPage"),
            )
    return TemplateResponse(request, "search/search.html", context)


def query_text(raw: str) -> str:
    """The words of ``raw``: without control or invisible characters, spaces collapsed, cut
    to ``MAX_QUERY_LENGTH`` characters."""
    visible = (" " if unicodedata.category(c)[0] == "C" else c for c in raw[: MAX_QUERY_LENGTH * 4])
    return " ".join("".join(visible).split())[:MAX_QUERY_LENGTH].strip()


def page_number(raw) -> int:
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def kind_links(results: backend.Results) -> list[dict]:
    """Every kind (all of them first) with its count and the query string that chooses it."""
    links = [
        {
            "label": gettext("All results"),
            "count": sum(results.counts.values()),
            "query": urlencode({"q": results.query}),
            "chosen": not results.kind,
        }
    ]
    for value, label in Kind.choices:
        links.append(
            {
                "label": label,
                "count": results.counts.get(value, 0),
                "query": urlencode({"q": results.query, "kind": value}),
                "chosen": results.kind == value,
            }
        )
    return links
