import json
import re

from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def path_of(page, language="en"):
    return page.url_in(language).removeprefix("http://localhost")


def test_each_page_has_title_description_canonical_and_open_graph(client, site_tree):
    for page in site_tree.all_pages():
        html = client.get(path_of(page, "fr")).content.decode()
        assert f'<link rel="canonical" href="{page.url_in("fr")}">' in html
        assert '<meta name="description" content="Introduction to' in html
        assert f'<meta property="og:title" content="{page.title_fr}">' in html
        assert '<meta property="og:locale" content="fr">' in html
        assert f'hreflang="x-default" href="{page.url_in("en")}"' in html


def test_home_page_describes_the_organisation_in_json_ld(client, site_tree):
    html = client.get(path_of(site_tree.home)).content.decode()
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload.group(1))
    assert data["@type"] == "Organization"
    assert data["foundingDate"] == "1987"
    assert data["email"] == "contact@efus.eu"


def test_the_sitemap_is_an_index_of_its_sections(client, site_tree):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<sitemapindex" in xml
    for section in ("pages", "members", "publications"):
        assert f"<loc>http://testserver/sitemap-{section}.xml</loc>" in xml


def test_sitemap_lists_every_page_in_every_language_with_alternates(client, site_tree):
    xml = client.get("/sitemap-pages.xml").content.decode()
    for page in site_tree.all_pages():
        for code in LANGUAGE_CODES:
            assert f"<loc>{page.url_in(code)}</loc>" in xml
            assert f'hreflang="{code}" href="{page.url_in(code)}"' in xml
    assert xml.count("<url>") == len(site_tree.all_pages()) * len(LANGUAGE_CODES)
    assert 'hreflang="x-default"' in xml


def test_sitemap_leaves_out_unpublished_pages(client, site_tree):
    site_tree.contact.unpublish()
    xml = client.get("/sitemap-pages.xml").content.decode()
    assert site_tree.contact.url_in("en") not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_unpublished_page_and_unknown_sub_path_are_not_found(client, site_tree):
    path = path_of(site_tree.team)
    site_tree.team.unpublish()
    assert client.get(path).status_code == 404
    assert client.get(path_of(site_tree.contact) + "nothing/here/").status_code == 404
