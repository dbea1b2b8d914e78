"""What the library shows: its filters with their counts (facets), the text search, the sort
and the pages of results.

Filters come from the query string and are never trusted: a value that does not validate (an
unknown kind or theme, letters for a year, a search too long…) is ignored, so a visitor always
gets the library, filtered by whatever made sense. Within a facet the chosen values add up (a
report or a guide); across facets they narrow (a report, in French). Each facet's counts say
how many publications choosing that value would show: they apply every other facet's filters
but not its own.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.db.models import CharField, Count, F, QuerySet, Value, prefetch_related_objects
from django.db.models.functions import Cast, ExtractYear
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from pages.caching import kept, kept_each
from pages.i18n import language_names
from pages.listing import ChosenFilter, ListingFilters
from pages.models.base import LANGUAGE_CODES
from publications.models import Publication, PublicationFile, PublicationQuerySet
from themes.listing import listed_themes, themes_by_name
from themes.models import Theme

PER_PAGE = 20
FACETS = ("kind", "theme", "language", "year", "access")
YEARS = range(1900, 2101)
SORTS = {"newest": _("Newest first"), "title": _("Title")}

# The rows each facet counts (publications, or their links to themes and files) and the value
# it counts them by, as text: the same column type in every branch of the count query.
COUNTED = {
    "kind": (Publication, F("kind")),
    "theme": (Publication.themes.through, Cast("theme_id", output_field=CharField())),
    "language": (PublicationFile, F("language")),
    "year": (Publication, Cast(ExtractYear("published_on"), output_field=CharField())),
    "access": (Publication, F("access")),
}


class AnyOfField(forms.MultipleChoiceField):
    """The valid values among those submitted, in the order of the choices; the others are
    ignored rather than refused."""

    def clean(self, value):
        submitted = set(self.to_python(value))
        return [str(key) for key, _label in self.choices if str(key) in submitted]


class LibraryFilters(ListingFilters):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    kind = AnyOfField(label=_("Kind"), choices=Publication.Kind.choices, required=False)
    theme = AnyOfField(label=_("Theme"), required=False)
    language = AnyOfField(label=_("Language"), required=False)
    year = AnyOfField(label=_("Year"), choices=[(str(y), str(y)) for y in YEARS], required=False)
    access = AnyOfField(label=_("Access"), choices=Publication.Access.choices, required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS.items(), required=False)

    def __init__(self, data, *, themes):
        super().__init__(data)
        self.themes = themes
        self.fields["theme"].choices = [(theme.slug, theme.name) for theme in themes]
        self.fields["language"].choices = [
            (code, capfirst(language_names([code]))) for code in LANGUAGE_CODES
        ]

    @property
    def search_text(self) -> str:
        return self.chosen.get("q", "")

    @property
    def sort_order(self) -> str:
        return self.chosen.get("sort", "newest")

    def apply(self, publications, ignoring: str | None = None):
        """``publications`` filtered by every chosen filter but the facet ``ignoring``."""
        chosen = {name: value for name, value in self.chosen.items() if name != ignoring}
        if "q" in chosen:
            publications = publications.matching(chosen["q"], translation.get_language())
        if "kind" in chosen:
            publications = publications.filter(kind__in=chosen["kind"])
        if "access" in chosen:
            publications = publications.filter(access__in=chosen["access"])
        if "year" in chosen:
            publications = publications.published_in(int(year) for year in chosen["year"])
        if "theme" in chosen:
            publications = publications.about_any(
                [theme for theme in self.themes if theme.slug in chosen["theme"]]
            )
        if "language" in chosen:
            publications = publications.available_in(chosen["language"])
        return publications

    def narrows(self, ignoring: str | None = None) -> bool:
        """Whether any filter but the facet ``ignoring`` leaves publications out."""
        return any(name not in (ignoring, "sort") for name in self.chosen)

    def ordered(self, publications):
        if self.sort_order == "title":
            return publications.by_title(translation.get_language())
        return publications.newest_first()

    def query_string(self, without: tuple[str, str] | None = None) -> str:
        """The valid filters as a query string, leaving out the ``(name, value)`` pair
        ``without``; for pagination links and the links that remove one filter."""
        pairs = [
            (name, value)
            for name, values in self.chosen.items()
            for value in (values if isinstance(values, list) else [values])
        ]
        return urlencode([pair for pair in pairs if pair != without])

    def chosen_count(self) -> int:
        """How many values of the facets are chosen."""
        return sum(len(self.chosen.get(name, [])) for name in FACETS)

    def removable(self) -> list[ChosenFilter]:
        """Each chosen filter, with the query string of the library without it."""
        labels = {name: dict(self.fields[name].choices) for name in FACETS}
        removable = []
        if self.search_text:
            query = self.query_string(without=("q", self.search_text))
            removable.append(ChosenFilter(self.search_text, query, self["q"].label))
        for name in FACETS:
            for value in self.chosen.get(name, []):
                query = self.query_string(without=(name, value))
                removable.append(ChosenFilter(labels[name][value], query, self[name].label))
        return removable


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    chosen: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue]


def library_filters(data) -> LibraryFilters:
    return LibraryFilters(data, themes=themes_by_name())


def facet_counts(filters: LibraryFilters) -> dict[str, dict[str, int]]:
    """``{facet: {value: count}}`` for every facet, and ``{"total": {"": count}}`` for the
    filtered library. Themes are counted by their primary key.

    The counts of each choice of facets are kept in the page cache (as long as a cached
    page: the choices make countless keys), which changes to publications empty: the pages of
    a list share them. Not a search's: any text makes a new one."""
    if filters.search_text:
        return count_facets(filters)
    chosen = filters.query_string(without=("sort", filters.sort_order))
    return kept("library-facets", chosen, draw=lambda: count_facets(filters), per_query=True)


def count_facets(filters: LibraryFilters) -> dict[str, dict[str, int]]:
    counts = {name: {} for name in ("total", *FACETS)}
    for row in facet_query(filters):
        counts[row["facet"]][row["value"]] = row["count"]
    return counts


def facet_query(filters: LibraryFilters):
    """The counts in one query: a branch per facet, joined by UNION ALL."""
    total = counted(filters.apply(plain(Publication)), "total", Value(""))
    branches = [counted(rows_counted(filters, name), name, COUNTED[name][1]) for name in FACETS]
    return total.union(*branches, all=True)


def rows_counted(filters: LibraryFilters, facet: str):
    """What ``facet`` counts under every other facet's filters. Links to themes and files
    are counted in their own table, which needs the publications only when filtered."""
    model = COUNTED[facet][0]
    publications = filters.apply(plain(Publication), ignoring=facet)
    if model is Publication:
        return publications
    rows = plain(model)
    return rows.filter(publication__in=publications) if filters.narrows(ignoring=facet) else rows


def plain(model):
    """Every row of ``model``, unordered, in a plain Django queryset: modeltranslation's
    ``values()`` reorders the selected columns, which a UNION pairs by position."""
    return (PublicationQuerySet if model is Publication else QuerySet)(model).order_by()


def counted(rows, facet: str, value):
    return (
        rows.annotate(facet=Value(facet), value=value)
        .values("facet", "value")
        .annotate(count=Count("pk"))
    )


def facets(filters: LibraryFilters, counts: dict[str, dict[str, int]]) -> list[Facet]:
    """Each facet with its values that would show something, and those chosen, named in the
    visitor's language; years newest first."""
    by_slug = {theme.slug: counts["theme"].get(str(theme.pk), 0) for theme in filters.themes}
    counts = {**counts, "theme": by_slug}
    chosen = filters.chosen
    listed = []
    for name in FACETS:
        choices = list(filters.fields[name].choices)
        if name == "year":
            choices.reverse()
        values = [
            FacetValue(key, str(label), counts[name].get(key, 0), key in chosen.get(name, []))
            for key, label in choices
        ]
        values = [value for value in values if value.count or value.chosen]
        listed.append(Facet(name, filters[name].label, values))
    return listed


def publication_cards(listing, page, request, themes: list[Theme]) -> list[str]:
    """Each listed publication's card, as HTML, in the listing's order.

    Cards are kept in the page cache by library page, language and publication: a change to a
    publication, a theme, an image or a page empties it. A page of the library draws only
    those missing, with their covers' renditions and their themes (among ``themes``, loaded
    once for the filters)."""

    def draw(missing: list[Publication]) -> dict[int, str]:
        prefetch_related_objects(missing, "cover__renditions")
        return {
            item.pk: render_to_string(
                "publications/publication_card.html",
                {"publication": item, "themes": listed_themes(item, themes), "page": page},
                request,
            )
            for item in missing
        }

    return kept_each("publication-card", listing, draw, page.pk)
