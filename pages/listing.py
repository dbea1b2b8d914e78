"""What every filtered list of the site shares (the member directory, the library, the news,
the events, the projects): its filters' form, the chips of the filters chosen and its pages.

Filters come from the query string and are never trusted: a value that does not validate is
left out, so a visitor always gets the list, filtered by whatever made sense.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import Count, Window
from django.http import Http404

MAX_PAGE_NUMBER = 100_000


class ListingFilters(forms.Form):
    """A list's filters: the values that validated, and the query string that keeps them."""

    @property
    def chosen(self) -> dict:
        """The filters that validated, without the empty ones."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return bool(self.chosen)

    def query_string(self, **changes) -> str:
        """The valid filters as a query string, with ``changes`` (a filter's new value, None
        to leave it out): for the pagination links and the links that change one filter."""
        chosen = {**self.chosen, **changes}
        return urlencode({name: value for name, value in chosen.items() if value}, doseq=True)


@dataclass(frozen=True)
class ChosenFilter:
    """A filter the visitor chose, shown as a chip that removes it: its value's ``label``,
    the ``facet`` it belongs to where the list names it, and the list's query string
    without it."""

    label: str
    query: str
    facet: str = ""


def paginate(rows, requested, per_page: int, total: int | None = None) -> Page:
    """The requested page of ``rows``. Unless ``total`` is known, the rows are counted in the
    same query (``COUNT(*) OVER ()``), which costs a scan of every row: give ``total`` when it
    is known already (kept in the page cache, or counted with the facets).

    A page number that is not a number gives the first page; one past the end is not found.
    """
    number = page_number(requested)
    if total is None:
        rows = rows.annotate(total=Window(Count("pk")))
    shown = list(rows[(number - 1) * per_page :][:per_page])
    if not shown and number > 1:
        raise Http404
    paginator = Paginator(rows, per_page)
    paginator.count = total if total is not None else (shown[0].total if shown else 0)
    return Page(shown, number, paginator)


def page_number(requested) -> int:
    try:
        return min(max(int(requested), 1), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        return 1
