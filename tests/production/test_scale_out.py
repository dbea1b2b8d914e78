"""Two app instances behind nginx share PostgreSQL and Redis: a change published through
instance A is what instance B, and nginx in front of both, show straight away."""

import http.client
import shutil
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

import pytest
from django.contrib.auth import get_user_model

from benchmarks.server import CACHED, BenchSite, free_port, gunicorn, production_proxy
from tests.admin_forms import edit_form_data
from tests.live_database import database_url

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed"),
]


class Visitor:
    """An HTTP client that keeps its cookies, as seen by the app behind an HTTPS proxy."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.host = urlsplit(base_url).netloc
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        parts = urlsplit(self.base_url)
        client = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        headers = {"X-Forwarded-Proto": "https", "Origin": f"https://{self.host}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            client.request(method, path, body=body, headers=headers)
            response = client.getresponse()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.read().decode()
        finally:
            client.close()

    def sign_in(self, username: str, password: str) -> None:
        self.request("GET", "/admin/login/")
        status, _ = self.request(
            "POST",
            "/admin/login/",
            {
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": self.cookies["csrftoken"],
            },
        )
        assert status == 302, "sign-in failed"

    def publish(self, page, **changes) -> None:
        form = edit_form_data(page, **changes)
        form.update(csrfmiddlewaretoken=self.cookies["csrftoken"], **{"action-publish": "1"})
        status, body = self.request("POST", f"/admin/pages/{page.pk}/edit/", form)
        assert status == 302, body[:2000]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_change_published_through_one_instance_shows_everywhere(site_tree, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password")
    governance = site_tree.governance
    french_path = governance.url_in("fr").removeprefix("http://localhost")
    site = BenchSite(database_url(), free_port())
    site.manage("collectstatic", "--noinput")  # as each release does before starting instances
    port_a, port_b = free_port(), free_port()

    with (
        gunicorn(site, CACHED, port=port_a, name="instance-a") as instance_a,
        gunicorn(site, CACHED, port=port_b, name="instance-b") as instance_b,
        production_proxy(site.public_port, [port_a, port_b]) as proxy,
    ):
        for base_url in (instance_a, instance_b, proxy, proxy):
            status, html = Visitor(base_url).request("GET", french_path)
            assert status == 200
            assert "Governance FR" in html

        editor = Visitor(instance_a)
        editor.sign_in("editor", "a-long-password")
        editor.publish(governance, title_fr="Gouvernance publiée")

        _, html_from_b = Visitor(instance_b).request("GET", french_path)
        assert "Gouvernance publiée" in html_from_b
        time.sleep(2.1)  # the proxy's micro-cache: one second, counted in whole seconds
        for _ in range(4):
            _, html_through_proxy = Visitor(proxy).request("GET", french_path)
            assert "Gouvernance publiée" in html_through_proxy
