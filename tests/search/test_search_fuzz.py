"""Generated bad input on the search page: every answer is the page, never a 500, and the
query is shown escaped."""

from hypothesis import given, settings
from hypothesis import strategies as st

from publications.factories import PublicationFactory
from tests.pages.test_fuzz import FUZZ, assert_no_server_error, nasty_text, query_strings
from tests.search.conftest import escaped, search_path

NASTY_QUERIES = [
    "a" * 10_000,
    "sécurité " * 1200,
    "!?.,;:'\"()[]{}-_/\\|@#$%^&*~`",
    "& | ! ( ) : * <-> <2> !!! ((( ))) ::: ***",
    "sécurité & !urbaine | (ville <-> nuit):* & 'x':A",
    '"unterminated phrase',
    "-",
    "or or or",
    "'; DROP TABLE search_searchentry; --",
    "1' OR '1'='1",
    "<script>alert(1)</script>",
    "\x00nul\x00",
    "\ue000mark\ue001",
    "\u202eright-to-left",
]
RAW_QUERY_STRINGS = ["q=%ff%fe", "q=%c3%28", "q=%00", "q=%e2%82", "q=a&page=%ff", "kind=%fe&q=x"]


def shelve():
    PublicationFactory(title_fr="La sécurité urbaine et la nuit", summary_fr="Un guide.")


def test_nasty_queries_give_the_page_with_the_query_escaped(client, site_tree):
    shelve()
    for query in NASTY_QUERIES:
        response = client.get(search_path("fr"), {"q": query})
        assert response.status_code == 200, query
        html = response.content.decode()
        assert "<script>alert(1)" not in html
    shown = client.get(search_path("fr"), {"q": "<script>alert(1)</script>"}).content.decode()
    assert escaped("<script>alert(1)</script>") in shown


def test_invalid_utf8_gives_the_page(client, site_tree):
    shelve()
    for query in RAW_QUERY_STRINGS:
        assert client.get(search_path("de"), QUERY_STRING=query).status_code == 200, query


def test_search_parameters_take_any_value(client, site_tree):
    shelve()

    @FUZZ
    @given(
        language=st.sampled_from(["en", "fr", "de"]),
        q=st.one_of(nasty_text, st.text(alphabet="&|!():*<->'\" sécurité", max_size=60)),
        kind=st.one_of(nasty_text, st.sampled_from(["page", "publication", "member"])),
        page=st.one_of(nasty_text, st.integers().map(str)),
    )
    def check(language, q, kind, page):
        response = client.get(search_path(language), {"q": q, "kind": kind, "page": page})
        assert response.status_code == 200

    check()


def test_raw_query_strings_on_the_search_page(client, site_tree):
    shelve()

    @settings(FUZZ, max_examples=500)
    @given(query=query_strings)
    def check(query):
        assert_no_server_error(client.get(search_path("fr"), QUERY_STRING=query))

    check()
