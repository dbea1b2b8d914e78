"""Anonymous visitors get cached pages; publishing empties the cache; staff bypass it."""

import secrets

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from pages import factories
from pages.caching import ResilientRedisCache
from pages.models import SiteSettings


def path_of(page, language="en"):
    return page.url_in(language).removeprefix("http://localhost")


def test_anonymous_page_is_served_from_the_cache_until_staff_publish(
    client, site_tree, page_cache, django_assert_max_num_queries
):
    path = path_of(site_tree.contact)
    assert client.get(path).status_code == 200
    with django_assert_max_num_queries(1):  # the session check only
        cached = client.get(path)
    assert "Contact EN" in cached.content.decode()

    contact = site_tree.contact
    contact.title_en = "Reach us"
    contact.save_revision().publish()
    assert "Reach us" in client.get(path).content.decode()


def test_signed_in_staff_never_get_or_fill_the_cache(client, site_tree, page_cache):
    path = path_of(site_tree.contact)
    assert "wagtail-userbar" not in client.get(path).content.decode()
    editor = get_user_model().objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(editor)
    signed_in = client.get(path)
    assert "wagtail-userbar" in signed_in.content.decode()
    assert "private" in signed_in["Cache-Control"]
    client.logout()
    assert "wagtail-userbar" not in client.get(path).content.decode()


def test_site_settings_changes_empty_the_cache(client, site_tree, page_cache):
    path = path_of(site_tree.home)
    client.get(path)
    site_settings = SiteSettings.objects.get()
    site_settings.email = "new@efus.eu"
    site_settings.save()
    assert "new@efus.eu" in client.get(path).content.decode()


def test_a_change_to_the_site_shows_at_once(client, site_tree):
    """The site of each host is kept in the page cache (pages.routing.site_for_request)."""
    other_home = factories.HomePageFactory(parent=Page.get_first_root_node(), name="New home")
    assert "Efus EN" in client.get("/en/").content.decode()
    site = Site.objects.get(is_default_site=True)
    site.root_page = other_home
    site.save()
    assert "New home EN" in client.get("/en/").content.decode()


def test_a_deleted_page_leaves_the_menus_at_once(client, site_tree):
    home = path_of(site_tree.home)
    assert "Contact EN" in client.get(home).content.decode()
    site_tree.contact.delete()
    assert "Contact EN" not in client.get(home).content.decode()


def test_pages_are_served_uncached_when_the_cache_server_is_down(client, site_tree, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "pages.caching.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    response = client.get(path_of(site_tree.contact))
    assert response.status_code == 200
    assert "Contact EN" in response.content.decode()
    # Pages that keep parts of themselves in the cache too.
    for page in (site_tree.governance, site_tree.members, site_tree.library):
        assert client.get(path_of(page, "fr")).status_code == 200


def test_emptying_the_page_cache_keeps_the_other_keys_of_its_redis_database():
    location = "redis://127.0.0.1:6379/14"
    run = secrets.token_hex(4)  # another test run may use the same database meanwhile
    pages = ResilientRedisCache(location, {"KEY_PREFIX": f"pages-{run}"})
    limits = ResilientRedisCache(location, {"KEY_PREFIX": f"limits-{run}"})
    pages.set("probe", 1)
    if pages.get("probe") != 1:
        pytest.skip("no Redis server at 127.0.0.1:6379")
    pages.set_many({f"page-{number}": number for number in range(1200)})
    limits.set("join-ip", 3)
    pages.clear()
    assert pages.get("page-7") is None and pages.get("probe") is None
    assert limits.get("join-ip") == 3
    limits.clear()


def test_browsers_ask_again_for_every_page_the_page_cache_answers(
    client, site_tree, page_cache, django_assert_max_num_queries
):
    """A returning visitor sees a publish at once: browsers keep no page without asking."""
    path = path_of(site_tree.contact)
    for _attempt in ("drawn", "from the page cache"):
        with django_assert_max_num_queries(50):
            response = client.get(path)
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"max-age=0", "must-revalidate"} <= cache_control
        assert "Expires" not in response
    with django_assert_max_num_queries(1):  # still answered by the page cache
        client.get(path)
