"""Searching the index: the one function the search page calls.

``search(query, language, kind, page, members)`` answers with the page of results, each with its
title and excerpt marked up, and how many results each kind has. It runs on PostgreSQL's full
text search over ``SearchEntry``; moving to Wagtail's OpenSearch/Elasticsearch backend (an index
per language) means another implementation of this function, with the same answer.

Three queries at most: the counts per kind (one GROUP BY), the page of results, and the
promoted results; the counts and the promoted results are kept in the page cache by language
and query, as long as a cached page. The excerpts are cut (``ts_headline``, which reads the
whole text) only for the twenty rows shown: the results query ranks and limits in a subquery
first.
"""

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import date

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import Count, F, TextField, Value
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from pages.caching import kept
from pages.folding import folded
from publications.models import SEARCH_CONFIGURATIONS, search_query
from search import excerpts
from search.excerpts import BETWEEN, START, STOP
from search.models import KIND_NAMES, RANK_WEIGHTS, SearchEntry

PER_PAGE = 20
# The marked words of a title or an excerpt (``search.excerpts``) become <mark> elements of the
# escaped text: stored text never reaches the page as markup, whatever it holds.
MARKED = re.compile(f"{START}([^{START}{STOP}]*){STOP}")
UNMARKED = re.compile(f"[{START}{STOP}]")
EXCERPT_OPTIONS = {
    "max_words": 30,
    "min_words": 12,
    "max_fragments": 2,
    "fragment_delimiter": BETWEEN,
}


@dataclass(frozen=True)
class Hit:
    kind: str
    title: SafeString
    excerpt: SafeString
    url: str
    members_only: bool
    date: date | None
    # The language of its title and excerpt, when it is not the search's: '' otherwise.
    language: str = ""

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


@dataclass(frozen=True)
class Promotion:
    """A result staff pinned for the query: one of the site's pages, or another address."""

    title: str
    url: str
    description: str
    page: object = None


@dataclass(frozen=True)
class Results:
    query: str
    kind: str
    counts: dict[str, int]
    hits: list[Hit] = field(default_factory=list)
    promotions: list[Promotion] = field(default_factory=list)
    page: int = 1

    @property
    def total(self) -> int:
        """How many results the chosen kind (or every kind) has."""
        return self.counts.get(self.kind, 0) if self.kind else sum(self.counts.values())

    @property
    def pages(self) -> int:
        return max(math.ceil(self.total / PER_PAGE), 1)


def search(
    query: str, language: str, kind: str = "", page: int = 1, members: bool = False
) -> Results:
    """The ``page``-th page of the entries in ``language`` that match ``query`` (a web search:
    "quoted phrases", or, -word; stemmed in that language), of one ``kind`` or of all, best
    first; those hidden from the public only for ``members`` (people who read members-only
    content)."""
    words = search_query(query, language)
    matching = SearchEntry.objects.filter(language=language, vector=words)
    if not members:
        matching = matching.filter(hidden_from_public=False)
    counts = count_kinds(matching, language, query, members)
    promotions = promoted(query, language) if page == 1 else []
    results = Results(query, kind, counts, promotions=promotions)
    page = min(page, results.pages)
    if not results.total:
        return results
    chosen = matching.filter(kind=kind) if kind else matching
    hits = shown_hits(chosen, words, language, (page - 1) * PER_PAGE)
    return Results(query, kind, counts, hits, results.promotions, page)


def count_kinds(matching, language: str, query: str, members: bool) -> dict[str, int]:
    """How many of the ``matching`` entries each kind has: counted once per language, query
    and audience, then kept in the page cache for the next page of results or another kind.
    The index changes only with what empties that cache (a publish, a member, a publication
    or a practice saved)."""

    def count():
        return dict(matching.order_by().values_list("kind").annotate(count=Count("pk")))

    return kept("search-counts", language, query, members, draw=count, per_query=True)


def digest(text: str) -> str:
    """``text`` (a visitor's, of any length and characters) as a safe part of a cache key."""
    return hashlib.sha256(text.encode()).hexdigest()


def shown_hits(entries, words, language: str, offset: int) -> list[Hit]:
    """The shown page of ``entries``, ranked, with their titles and excerpts marked up. The
    inner query ranks and cuts the page; the outer one marks the matching words of the
    twenty rows it keeps in their folded text (``search.excerpts`` finds them again in the
    text itself)."""
    order = ("-rank", "-date", "pk")
    ranked = entries.annotate(rank=rank(words)).order_by(*order)[offset : offset + PER_PAGE]
    configuration = SEARCH_CONFIGURATIONS[language]
    text = Concat("summary", Value(" "), "body", output_field=TextField())
    shown = (
        SearchEntry.objects.filter(pk__in=ranked.values("pk"))
        .annotate(
            rank=rank(words),
            text=text,
            marked_title=headline(F("title"), words, configuration, highlight_all=True),
            marked_text=headline(text, words, configuration, **EXCERPT_OPTIONS),
        )
        .order_by(*order)
        .values(
            "kind",
            "title",
            "marked_title",
            "text",
            "marked_text",
            "url",
            "members_only",
            "date",
            "text_language",
        )
    )
    return [
        Hit(
            row["kind"],
            marked(excerpts.marked_title(row["marked_title"], row["title"])),
            marked(excerpts.excerpt(row["marked_text"], row["text"])),
            row["url"],
            row["members_only"],
            row["date"],
            row["text_language"],
        )
        for row in shown
    ]


def headline(text, words: SearchQuery, configuration: str, **options) -> SearchHeadline:
    """``text`` folded, with the words matching ``words`` between ``START`` and ``STOP``."""
    return SearchHeadline(
        folded(text), words, config=configuration, start_sel=START, stop_sel=STOP, **options
    )


def rank(words: SearchQuery) -> SearchRank:
    """How well an entry matches, its title's words counting most (``RANK_WEIGHTS``).
    ``ts_rank`` rather than ``ts_rank_cd``: both rank a title match first, and on the 15,000
    entries two common English words match at scale, ``ts_rank`` takes 25 ms, ``ts_rank_cd``
    110."""
    return SearchRank(F("vector"), words, weights=RANK_WEIGHTS)


def marked(headline: str) -> SafeString:
    """``headline`` escaped, its marked words in <mark> elements (a stray marker is dropped)."""
    parts = MARKED.split(headline)  # the text, then each marked word and the text after it
    html = "".join(
        f"<mark>{escape(part)}</mark>" if index % 2 else escape(UNMARKED.sub("", part))
        for index, part in enumerate(parts)
    )
    return mark_safe(html)  # noqa: S308 - every part is escaped


def promoted(query: str, language: str) -> list[Promotion]:
    """What staff pinned for ``query`` (Wagtail's search promotions), in their order; kept in
    the page cache by language and query (saving a promotion empties it, as publishing
    does). The visitor's query is read, never recorded."""
    normalised = normalise_query_string(query)[:MAX_QUERY_STRING_LENGTH]

    def read():
        picks = (
            SearchPromotion.objects.filter(query__query_string=normalised)
            .select_related("page")
            .order_by("sort_order")
        )
        return [promotion for pick in picks if (promotion := shown_promotion(pick))]

    return kept("search-promoted", language, normalised, draw=read, per_query=True)


def shown_promotion(pick: SearchPromotion) -> Promotion | None:
    """A pinned live page in the visitor's language, or a pinned address; else None."""
    if pick.page is not None:
        page = pick.page
        return Promotion(page.title, page.url, pick.description, page) if page.live else None
    if pick.external_link_url:
        return Promotion(pick.external_link_text, pick.external_link_url, pick.description)
    return None
