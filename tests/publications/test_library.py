"""The library: facets with their counts, search in the visitor's language, sort, pages, and
the latest publications on the home page."""

import datetime
import html
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.factories import ImageFactory
from publications.factories import PublicationFactory
from publications.models import Publication
from tests.budgets import assert_same_counts, page_queries
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MEMBERS = Publication.Access.MEMBERS
ENGLISH_IN = {
    "en": "English",
    "fr": "Anglais",
    "de": "Englisch",
    "it": "Inglese",
    "es": "Inglés",
    "pt": "Inglês",
}
FACET_OPTION = re.compile(
    r'<input type="checkbox" name="(\w+)" value="([^"]+)" id="[^"]+"( checked)?> '
    r'<label for="[^"]+">[^<]*<span class="facet__count">\((\d+)\)</span>'
)


def path_of(page, language="en") -> str:
    return page.url_in(language).removeprefix("http://localhost")


def get_html(client, site_tree, query=None, language="en") -> str:
    response = client.get(path_of(site_tree.library, language), query)
    assert response.status_code == 200
    return response.content.decode()


def facet_counts(page_html) -> dict[str, dict[str, int]]:
    counts = {}
    for facet, value, _checked, count in FACET_OPTION.findall(page_html):
        counts.setdefault(facet, {})[value] = int(count)
    return counts


def listed_slugs(page_html) -> list[str]:
    results = page_html.partition('class="publication-list"')[2].partition("</ol>")[0]
    return re.findall(r'<h3><a href="[^"]*/([^/"]+)/"', results)


@pytest.fixture
def shelf(db):
    """Four publications that differ in every facet."""
    safety = ThemeFactory(slug="safety", name_en="Safety", name_fr="Sécurité")
    nightlife = ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")
    return {
        "a": PublicationFactory(
            slug="a",
            kind="report",
            themes=[safety],
            languages=["en", "fr"],
            published_on=datetime.date(2023, 5, 1),
        ),
        "b": PublicationFactory(
            slug="b",
            kind="guide",
            themes=[safety, nightlife],
            languages=["en"],
            published_on=datetime.date(2022, 5, 1),
            access=MEMBERS,
        ),
        "c": PublicationFactory(
            slug="c",
            kind="report",
            themes=[nightlife],
            languages=["fr"],
            published_on=datetime.date(2022, 3, 1),
        ),
        "d": PublicationFactory(
            slug="d", kind="guide", languages=["de"], published_on=datetime.date(2023, 1, 1)
        ),
    }


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_library_renders_in_every_language(client, site_tree, language):
    PublicationFactory(slug="safer-cities", languages=["en"], cover=ImageFactory())
    page_html = get_html(client, site_tree, language=language)
    assert f'<html lang="{language}">' in page_html
    assert f'<label for="facet-language-1">{ENGLISH_IN[language]} ' in page_html
    card = page_html.partition('class="publication-list"')[2]
    if language in ("en", "fr"):
        assert f">safer-cities [{language}]</a></h3>" in card
    else:  # the factory writes English and French only: the rest falls back, and says so
        assert '<a href="' in card and ' lang="en">safer-cities [en]</a></h3>' in card
        assert '<p lang="en">Summary of safer-cities [en]</p>' in card
    assert 'loading="lazy"' in card
    assert f'alt="{"Texte alternatif" if language == "fr" else "Alt text"}' in card


def test_french_library_names_things_in_french(client, site_tree, shelf):
    page_html = get_html(client, site_tree, language="fr")
    assert ">Vie nocturne <span" in page_html
    assert ">Français <span" in page_html and ">Allemand <span" in page_html
    assert "1er mai 2023" in page_html
    assert "anglais et français" in page_html


def test_facets_count_each_value_under_the_other_facets_filters(client, site_tree, shelf):
    page_html = get_html(client, site_tree, {"kind": "report", "language": "fr"})
    assert sorted(listed_slugs(page_html)) == ["a", "c"]
    assert '<h2 id="results">2 publications</h2>' in page_html
    assert facet_counts(page_html) == {
        "kind": {"report": 2},  # no guide has a French file
        "theme": {"nightlife": 1, "safety": 1},
        "language": {"en": 1, "fr": 2},  # the reports, in any language
        "year": {"2023": 1, "2022": 1},
        "access": {"public": 2},
    }


def test_values_of_one_facet_add_up_and_facets_narrow(client, site_tree, shelf):
    page_html = get_html(
        client, site_tree, {"kind": ["report", "guide"], "theme": "safety", "year": "2022"}
    )
    assert listed_slugs(page_html) == ["b"]
    counts = facet_counts(page_html)
    assert counts["kind"] == {"guide": 1, "report": 0}  # a chosen value stays, to uncheck it
    assert counts["theme"] == {"safety": 1, "nightlife": 2}
    assert counts["year"] == {"2023": 1, "2022": 1}
    assert counts["access"] == {"members": 1}


def test_unfiltered_facets_count_everything(client, site_tree, shelf):
    counts = facet_counts(get_html(client, site_tree))
    assert counts == {
        "kind": {"report": 2, "guide": 2},
        "theme": {"nightlife": 2, "safety": 2},
        "language": {"en": 2, "fr": 2, "de": 1},
        "year": {"2023": 2, "2022": 2},
        "access": {"public": 3, "members": 1},
    }


def test_counts_follow_changes_to_publications(client, site_tree, shelf):
    assert facet_counts(get_html(client, site_tree))["kind"] == {"report": 2, "guide": 2}
    PublicationFactory(kind="manifesto")
    shelf["a"].delete()
    assert facet_counts(get_html(client, site_tree))["kind"] == {
        "report": 1,
        "guide": 2,
        "manifesto": 1,
    }


def test_cards_are_drawn_once_then_read_from_the_page_cache(client, site_tree, shelf):
    shelf["b"].cover = ImageFactory()
    shelf["b"].save()
    first = get_html(client, site_tree)
    with CaptureQueriesContext(connection) as queries:
        again = get_html(client, site_tree)
    assert again == first
    assert not [query for query in queries if "siterendition" in query["sql"]]


def test_cards_follow_changes_to_their_publication_at_once(client, site_tree, shelf):
    assert "b [fr]" in get_html(client, site_tree, language="fr")
    shelf["b"].title_en = "A retitled guide"
    shelf["b"].save()
    assert "A retitled guide" in get_html(client, site_tree)
    assert "b [fr]" in get_html(client, site_tree, language="fr")


def test_a_cards_cover_follows_changes_to_its_alt_text(client, site_tree, shelf):
    cover = ImageFactory(description_en="A red cover")
    shelf["b"].cover = cover
    shelf["b"].save()
    assert 'alt="A red cover"' in get_html(client, site_tree)

    cover.description_en = "A blue cover"
    cover.save()
    assert 'alt="A blue cover"' in get_html(client, site_tree)


def test_facet_counts_take_one_query(client, site_tree, shelf):
    with CaptureQueriesContext(connection) as queries:
        get_html(client, site_tree, {"kind": "guide", "theme": "safety", "language": "en"})
    counting = [query["sql"] for query in queries if "UNION ALL" in query["sql"]]
    assert len(counting) == 1
    assert counting[0].count("UNION ALL") == 5  # the total, then one branch per facet


COUNT_QUERY_COLUMNS = """
import re
import django

django.setup()
from django.http import QueryDict
from publications.library import LibraryFilters, facet_query

filters = LibraryFilters(QueryDict("kind=report&language=fr&q=ville"), themes=[])
sql, _params = facet_query(filters).query.get_compiler("default").as_sql()
branches = sql.split(" UNION ALL ")
print(sorted({tuple(re.findall(r' AS "(\\w+)"', branch)[:3]) for branch in branches}))
"""


@pytest.mark.parametrize("hash_seed", ["1", "2", "3", "4"])
def test_every_branch_of_the_count_query_selects_the_same_columns_in_order(hash_seed):
    """A UNION pairs columns by position; modeltranslation's values() orders them by a set
    that hash randomisation reshuffles, run after run."""
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(settings.BASE_DIR)}
    result = subprocess.run(
        [sys.executable, "-c", COUNT_QUERY_COLUMNS],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[('facet', 'value', 'count')]"


def test_the_pages_of_one_list_share_its_counts(client, site_tree):
    PublicationFactory.create_batch(25, languages=["fr"])

    def count_queries(query):
        with CaptureQueriesContext(connection) as queries:
            get_html(client, site_tree, query)
        return sum("UNION ALL" in query["sql"] for query in queries)

    assert count_queries({"language": "fr"}) == 1
    assert count_queries({"language": "fr", "page": 2, "sort": "title"}) == 0
    assert count_queries({"language": "fr", "kind": "report"}) == 1
    assert count_queries({"q": "publication"}) == 1
    assert count_queries({"q": "publication", "page": 2}) == 1  # a search is always counted


def test_chosen_filters_are_shown_checked_and_each_can_be_removed(client, site_tree, shelf):
    library = path_of(site_tree.library)
    page_html = get_html(client, site_tree, {"kind": "report", "theme": "safety", "q": "a"})
    assert 'name="kind" value="report" id="facet-kind-1" checked>' in page_html
    chosen = page_html.partition('class="chosen-filters"')[2].partition("</nav>")[0]
    assert f'href="{library}?q=a&amp;theme=safety"' in chosen  # without the kind
    assert f'href="{library}?q=a&amp;kind=report"' in chosen  # without the theme
    assert f'href="{library}?kind=report&amp;theme=safety"' in chosen  # without the search
    assert "Safety" in chosen and "Report" in chosen
    assert 'value="a"' in page_html  # the search box keeps the words


def test_search_stems_words_in_the_visitors_language(client, site_tree):
    PublicationFactory(
        slug="towns",
        title_en="Safer towns",
        title_fr="Des villes européennes plus sûres",
        title_de="Sichere Städte",
        summary_de="",
    )
    PublicationFactory(slug="other", title_fr="Autre chose", title_de="Etwas anderes")
    assert listed_slugs(get_html(client, site_tree, {"q": "ville"}, "fr")) == ["towns"]
    assert listed_slugs(get_html(client, site_tree, {"q": "villes européen"}, "fr")) == ["towns"]
    assert listed_slugs(get_html(client, site_tree, {"q": "town"}, "en")) == ["towns"]
    assert listed_slugs(get_html(client, site_tree, {"q": "ville"}, "en")) == []
    with CaptureQueriesContext(connection) as queries:
        found = listed_slugs(get_html(client, site_tree, {"q": "Stadt"}, "de"))
    assert found == ["towns"]
    searches = [query["sql"] for query in queries if "websearch_to_tsquery" in query["sql"]]
    assert searches
    # The words are folded (accents and case left aside) then stemmed in German.
    assert all(
        "websearch_to_tsquery('german'::regconfig, " in sql and "'Stadt'" in sql for sql in searches
    )


def test_search_reads_the_english_text_where_a_translation_is_missing(client, site_tree):
    PublicationFactory(slug="nights", title_en="Safer nightlife", title_fr="", summary_fr="")
    assert listed_slugs(get_html(client, site_tree, {"q": "nightlife"}, "fr")) == ["nights"]


def test_search_uses_the_languages_index(db):
    """A few thousand publications: PostgreSQL can answer a search from its language's GIN
    index, so the expression searched is exactly the one indexed (sequential scans are
    turned off so that the planner's estimates of such a small table do not decide)."""
    words = ["prévention", "nuit", "drogue", "jeunesse", "police", "quartier", "école"]
    Publication.objects.bulk_create(
        Publication(
            slug=f"bulk-{n}",
            title_en=f"Bulk {n}",
            title_fr=f"{words[n % 7]} {words[n * 3 % 7]} numéro{n}",
            summary_fr="",
            kind="report",
            published_on=datetime.date(2020, 1, 1),
        )
        for n in range(4000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE publications_publication")
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = Publication.objects.matching("numéro1234", "fr").explain()
    assert "publication_search_fr" in plan, plan
    plan = Publication.objects.matching("numéro1234", "en").explain()
    assert "publication_search_en" in plan, plan


def test_sort_by_title_in_the_visitors_language_ignores_case_and_accents(client, site_tree):
    PublicationFactory(slug="zebra", title_en="Zebra crossings", title_fr="Passages piétons")
    PublicationFactory(slug="etat", title_en="Annual report", title_fr="État des lieux")
    PublicationFactory(slug="ecoles", title_en="Schools", title_fr="écoles sûres")
    PublicationFactory(slug="untranslated", title_en="Drugs", title_fr="")
    french = listed_slugs(get_html(client, site_tree, {"sort": "title"}, "fr"))
    assert french == ["untranslated", "ecoles", "etat", "zebra"]  # Drugs, écoles, État, Passages
    english = listed_slugs(get_html(client, site_tree, {"sort": "title"}, "en"))
    assert english == ["etat", "untranslated", "ecoles", "zebra"]  # Annual, Drugs, Schools, Zebra
    newest = listed_slugs(get_html(client, site_tree, {"sort": "newest"}, "fr"))
    assert newest == ["zebra", "etat", "ecoles", "untranslated"]


def test_library_pages_by_twenty_and_a_page_past_the_end_is_not_found(client, site_tree):
    PublicationFactory.create_batch(25, languages=[])
    path = path_of(site_tree.library)
    first = client.get(path).content.decode()
    assert len(listed_slugs(first)) == 20
    assert "Page 1 of 2" in first and 'href="?page=2"' in first
    second = client.get(path, {"page": 2, "sort": "title"}).content.decode()
    assert len(listed_slugs(second)) == 5
    assert client.get(path, {"page": 3}).status_code == 404
    assert client.get(path, {"page": "-1"}).status_code == 200
    filtered = client.get(path, {"kind": "report", "q": "publication"}).content.decode()
    assert 'href="?q=publication&amp;kind=report&amp;page=2"' in filtered


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "novel"},
        {"theme": "no-such-theme"},
        {"language": "xx"},
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"access": "everyone"},
        {"page": "-1"},
        {"page": "abc"},
        {"sort": "x"},
        {"q": "a\x00b"},
        {"kind": "report\x00"},
        {"q": "x" * 10_000},
        {"q": "<script>alert(1)</script>"},
        {"q": "' OR 1=1 --"},
        {"q": "!!! & | :* ()"},
    ],
)
def test_library_ignores_garbage(client, site_tree, shelf, query):
    page_html = get_html(client, site_tree, query)
    assert "<script>alert(1)</script>" not in page_html
    if "q" not in query:
        assert sorted(listed_slugs(page_html)) == ["a", "b", "c", "d"]


def test_repeated_and_undecodable_parameters_do_not_break_the_library(client, site_tree, shelf):
    path = path_of(site_tree.library)
    assert client.get(f"{path}?kind=report&kind=report&page=1&page=x").status_code == 200
    assert client.get(f"{path}?q=%ff%fe%00&theme=%c3&year=%e2%82").status_code == 200


def test_library_shows_members_only_badges_and_links_its_feed(client, site_tree, shelf):
    page_html = get_html(client, site_tree)
    assert page_html.count('<span class="badge">Members only</span>') == 1
    feed = path_of(site_tree.library) + site_tree.library.reverse_subpage("feed")
    assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in page_html
    assert "<script" not in page_html.partition("<main")[2].partition("</main>")[0]
    assert "style=" not in page_html


def test_library_sets_no_cookie_for_anonymous_readers(client, site_tree, shelf):
    response = client.get(path_of(site_tree.library), {"kind": "report"})
    assert not response.cookies


def test_library_and_detail_cost_the_same_queries_with_5_or_30_publications(client, site_tree):
    themes = ThemeFactory.create_batch(3)

    def add(count):
        for n in range(count):
            PublicationFactory(
                cover=ImageFactory(),
                themes=themes[: n % 3 + 1],
                languages=["en", "fr", "de"][: n % 3 + 1],
                access=MEMBERS if n % 3 == 0 else Publication.Access.PUBLIC,
            )

    add(5)
    library = path_of(site_tree.library, "fr")
    slug = Publication.objects.newest_first().filter(access="public").first().slug
    paths = [
        library,
        f"{library}?kind=report&theme={themes[0].slug}&language=fr&year=2023&sort=title",
        f"{library}?q=publication&access=members",
        f"{library}{slug}/",
        path_of(site_tree.home, "de"),
        path_of(site_tree.manifesto, "fr"),
    ]
    with_5 = page_queries(client, paths)
    add(25)
    assert_same_counts(with_5, page_queries(client, paths), ("5 publications", "30"))


def test_home_lists_the_latest_publications_newest_first(client, site_tree):
    older = PublicationFactory(published_on=datetime.date(2020, 1, 1))
    PublicationFactory.create_batch(3, published_on=datetime.date(2024, 6, 1))
    members_only = PublicationFactory(published_on=datetime.date(2025, 1, 1), access=MEMBERS)
    page_html = client.get(path_of(site_tree.home, "fr")).content.decode()
    latest = page_html.partition('class="latest-publications"')[2].partition("</section>")[0]
    assert latest.count("<h3>") == 4
    assert older.title_fr not in latest
    assert latest.index(members_only.title_fr) < latest.index("</h3>")
    assert '<span class="badge">' in latest
    detail = path_of(site_tree.library, "fr") + members_only.slug + "/"
    assert f'href="{detail}"' in latest
    assert f'href="{path_of(site_tree.library, "fr")}"' in latest


def test_the_homes_latest_publications_follow_a_new_publication_at_once(client, site_tree):
    PublicationFactory.create_batch(4, published_on=datetime.date(2024, 6, 1))
    assert "Just out" not in client.get(path_of(site_tree.home)).content.decode()
    PublicationFactory(title_en="Just out", published_on=datetime.date(2025, 1, 1))
    assert "Just out" in client.get(path_of(site_tree.home)).content.decode()


def test_home_shows_no_publications_section_without_publications(client, site_tree):
    page_html = client.get(path_of(site_tree.home)).content.decode()
    assert "latest-publications" not in page_html


def test_manifesto_page_links_to_the_newest_manifesto_publication(client, site_tree):
    path = path_of(site_tree.manifesto, "fr")
    assert "manifesto-publication" not in client.get(path).content.decode()
    PublicationFactory(
        slug="old-manifesto", kind="manifesto", published_on=datetime.date(2012, 1, 1)
    )
    PublicationFactory(slug="manifesto", kind="manifesto", published_on=datetime.date(2017, 1, 1))
    PublicationFactory(slug="newer-report", published_on=datetime.date(2024, 1, 1))
    page_html = html.unescape(client.get(path).content.decode())
    link = page_html.partition('class="manifesto-publication"')[2].partition("</aside>")[0]
    assert f'href="{path_of(site_tree.library, "fr")}manifesto/"' in link
    assert ">manifesto [fr]</a>" in link


def test_the_facets_fold_behind_a_summary_that_counts_the_chosen_filters(client, site_tree, shelf):
    facets = r'<details class="facets">\s*<summary class="facets__summary">([^<]+)</summary>'
    nothing_chosen = get_html(client, site_tree, language="fr")
    assert re.search(facets, nothing_chosen)[1] == "Plus de filtres"

    query = {"q": "guide", "theme": ["safety", "nightlife"], "kind": "report"}
    page_html = get_html(client, site_tree, query, language="fr")

    assert re.search(facets, page_html)[1] == "Plus de filtres (3 choisis)"
    # The results come right after the form.
    assert page_html.index("</form>") < page_html.index('id="results"')
