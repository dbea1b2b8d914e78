"""Thousands of generated bad inputs: every answer is a page or a 4xx, never a 500."""

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

nasty_text = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "%00",
            "9" * 400,
            "-1",
            "1e309",
            "NaN",
            "\u202e",
            "\x00\x01\x02",
        ]
    ),
)
raw_bytes = st.binary(max_size=120).map(lambda data: "".join(f"%{byte:02x}" for byte in data))
query_strings = st.one_of(
    st.lists(st.tuples(nasty_text, nasty_text), max_size=6).map(
        lambda pairs: "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs)
    ),
    st.tuples(raw_bytes, raw_bytes).map(lambda kv: f"{kv[0]}={kv[1]}"),
    st.sampled_from(["page=99999999999999999999", "q=" + "a" * 10000, "&&&===", "%", "a=%zz"]),
)


def assert_no_server_error(response):
    assert response.status_code < 500, response.status_code
    assert b"Traceback" not in response.content


def test_query_strings_on_every_public_url(client, site_tree):
    urls = ["/", "/sitemap.xml", "/robots.txt"] + [
        page.url_in(code).removeprefix("http://localhost")
        for page in site_tree.all_pages()
        for code in ("en", "fr")
    ]

    @FUZZ
    @given(url=st.sampled_from(urls), query=query_strings)
    def check(url, query):
        assert_no_server_error(client.get(url, QUERY_STRING=query))

    check()


def test_paths_under_every_language(client, site_tree):
    @settings(FUZZ, max_examples=500)
    @given(
        language=st.sampled_from(["en", "fr", "de", "xx", "", "EN", "fr-fr"]),
        path=st.one_of(nasty_text.map(quote), raw_bytes),
    )
    def check(language, path):
        assert_no_server_error(client.get(f"/{language}/{path}"))

    check()


def test_accept_language_headers(client, db):
    @settings(FUZZ, max_examples=500)
    @given(header=st.text(max_size=600))
    def check(header):
        header = header.encode("latin-1", "ignore").decode("latin-1")
        response = client.get("/", headers={"accept-language": header})
        assert response.status_code == 302

    check()


def test_admin_sign_in_form(client, db):
    @settings(FUZZ, max_examples=300)
    @given(username=nasty_text, password=nasty_text, extra=nasty_text)
    def check(username, password, extra):
        response = client.post(
            "/admin/login/", {"username": username, "password": password, "next": extra}
        )
        assert_no_server_error(response)

    check()
