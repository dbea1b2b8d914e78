"""Generated bad input on the library, a publication's page and the feed: every answer is a
page or a 4xx, never a 500."""

from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from publications.factories import PublicationFactory
from publications.models import Publication
from tests.pages.test_fuzz import FUZZ, assert_no_server_error, nasty_text, query_strings
from themes.factories import ThemeFactory

PARAMETERS = ["q", "kind", "theme", "language", "year", "access", "sort", "page"]
VALID_VALUES = ["report", "guide", "safety", "fr", "en", "2023", "members", "public", "title", "2"]


def library_path(site_tree, language="en") -> str:
    return site_tree.library.url_in(language).removeprefix("http://localhost")


def shelve():
    safety = ThemeFactory(slug="safety")
    PublicationFactory(themes=[safety], languages=["en", "fr"])
    PublicationFactory(kind="guide", access=Publication.Access.MEMBERS, languages=["de"])


def test_library_parameters_take_any_value(client, site_tree):
    shelve()
    paths = [library_path(site_tree, code) for code in ("en", "fr", "de")]

    @FUZZ
    @given(
        path=st.sampled_from(paths),
        pairs=st.lists(
            st.tuples(
                st.sampled_from(PARAMETERS), st.one_of(nasty_text, st.sampled_from(VALID_VALUES))
            ),
            max_size=10,
        ),
    )
    def check(path, pairs):
        assert_no_server_error(client.get(path, pairs))

    check()


def test_raw_query_strings_on_the_library_its_pages_and_feed(client, site_tree):
    shelve()
    library = library_path(site_tree, "fr")
    publication = Publication.objects.first()
    paths = [library, f"{library}{publication.slug}/", f"{library}feed/"]

    @settings(FUZZ, max_examples=500)
    @given(path=st.sampled_from(paths), query=query_strings)
    def check(path, query):
        assert_no_server_error(client.get(path, QUERY_STRING=query))

    check()


def test_paths_under_the_library(client, site_tree):
    shelve()
    library = library_path(site_tree)

    @settings(FUZZ, max_examples=300)
    @given(tail=st.text(max_size=60))
    def check(tail):
        assert_no_server_error(client.get(library + quote(tail)))

    check()
