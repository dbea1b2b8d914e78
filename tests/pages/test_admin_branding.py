"""The admin says Efus, and asks no other site for anything."""

import re

from django.contrib.auth import get_user_model


def outside_resources(html: str) -> list[str]:
    loaded = re.findall(r'(?:src|srcset)="(https?://[^"]+)"', html)
    loaded += re.findall(r'<link[^>]+href="(https?://[^"]+)"', html)
    return [url for url in loaded if not url.startswith("http://testserver")]


def test_the_admin_sign_in_page_is_branded_efus_and_loads_nothing_from_elsewhere(client, db):
    html = client.get("/admin/login/").content.decode()
    assert re.search(r"<title>\s*Sign in - Efus\s*</title>", html)
    assert re.search(r"<h1>\s*Sign in to the Efus website\s*</h1>", html)
    assert '<img src="/static/img/logo.svg" alt="Efus"' in html
    assert 'href="/static/img/favicon.svg"' in html
    assert "Sign in to Wagtail" not in html
    assert outside_resources(html) == []


def test_the_sidebar_shows_the_efus_logo_and_no_update_check(client, db):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert re.search(r"<title>\s*Dashboard - Efus\s*</title>", html)
    branding = re.search(r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", html)
    assert 'src="/static/img/favicon.svg" alt="Efus"' in branding.group(1)
    # The dashboard would otherwise ask releases.wagtail.org for the latest version.
    assert "releases.wagtail.org" not in html
    assert "data-w-upgrade" not in html
    assert outside_resources(html) == []
