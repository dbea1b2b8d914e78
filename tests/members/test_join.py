"""Applying to join: the page and its form, the application, the emails, the same-origin
check, spam and rate limits, bad input, cookies and the page cache, and the purge command."""

import re
import smtplib
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from members.factories import JoinApplicationFactory
from members.models import JoinApplication
from pages.forms import client_ip
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.pages.test_fuzz import assert_no_server_error, nasty_text

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
ORIGIN = "http://testserver"
GOOD = {
    "organisation": "Città di Torino",
    "kind": "local",
    "country": "IT",
    "city": "Torino",
    "contact_name": "Giulia Esempio",
    "email": "giulia@torino.example.org",
    "phone": "+39 011 123 4567",
    "message": "Turin would like to join the network.",
    "consent": "on",
}
FIELDS = ["organisation", "kind", "country", "city", "contact_name", "email", "phone", "message"]


@pytest.fixture
def join_page(site_tree):
    """The site tree's join page (``JoinPageFactory``): texts in English and French only."""
    return site_tree.join


def page_path(page, language="en") -> str:
    return page.url_in(language).removeprefix("http://localhost")


def apply_path(language="en") -> str:
    with translation.override(language):
        return reverse("join_apply")


def apply(client, data=None, language="en", **extra):
    extra.setdefault("HTTP_ORIGIN", ORIGIN)
    return client.post(apply_path(language), GOOD if data is None else data, **extra)


def html_of(response) -> str:
    return response.content.decode()


def input_named(name: str, html: str) -> str:
    return re.search(rf'<(input|select|textarea)[^>]+name="{name}"[^>]*>', html).group()


# The page.


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_join_page_shows_its_texts_and_the_form_in_every_language(client, join_page, language):
    response = client.get(page_path(join_page, language))
    html = html_of(response)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f'action="/{language}/join/apply/#apply"' in html
    written = language if language in ("en", "fr") else "en"
    fallback = "" if written == language else ' lang="en"'
    assert f'<div class="rich-text"{fallback}><p>Conditions [{written}]</p></div>' in html
    assert f'<div class="rich-text"{fallback}><p>Benefits [{written}]</p></div>' in html
    for name in [*FIELDS, "consent", "website"]:
        assert f'name="{name}"' in html, name
    assert "Thank you [" not in html


def test_french_page_speaks_french(client, join_page):
    html = html_of(client.get(page_path(join_page, "fr")))
    assert "<legend>" in html
    assert '<label for="id_email">E-mail' in html
    assert '<label for="id_phone">Téléphone' in html
    assert '<option value="DE">Allemagne</option>' in html  # countries named in French
    assert '<option value="DE">Germany</option>' not in html


def test_every_input_is_labelled_grouped_and_autocompleted(client, join_page):
    html = html_of(client.get(page_path(join_page)))
    for name in [*FIELDS, "consent", "website"]:
        assert f'<label for="id_{name}"' in html, name
    assert html.count("<fieldset>") == 3
    assert html.count("<legend>") == 3
    for name, token in {
        "organisation": "organization",
        "city": "address-level2",
        "contact_name": "name",
        "email": "email",
        "phone": "tel",
    }.items():
        assert f'autocomplete="{token}"' in input_named(name, html), name
    assert 'type="email"' in html
    assert 'type="tel"' in html
    consent = input_named("consent", html)
    assert "required" in consent
    assert 'aria-describedby="id_consent_helptext"' in consent
    assert 'id="id_consent_helptext"' in html
    assert "deleted six months after a decision" in html


def test_honeypot_is_hidden_from_people_and_keyboards(client, join_page):
    html = html_of(client.get(page_path(join_page)))
    trap = re.search(r'<div class="join-form__trap">.*?</div>', html, re.S).group()
    assert '<label for="id_website">Leave this field empty</label>' in trap
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap
    assert ".join-form__trap {" in (settings.BASE_DIR / "static/css/site.css").read_text()


def test_the_page_sets_no_cookie_carries_no_csrf_token_and_is_cached(
    client, join_page, settings, django_assert_max_num_queries
):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    caches["pages"].clear()
    path = page_path(join_page)
    first = client.get(path)
    assert not first.cookies
    assert "csrfmiddlewaretoken" not in html_of(first)
    with django_assert_max_num_queries(1):  # the session check only: served from the cache
        cached = client.get(path)
    assert cached.status_code == 200
    assert not cached.cookies
    assert 'name="organisation"' in html_of(cached)
    caches["pages"].clear()


def test_get_on_the_form_address_goes_to_the_join_page(client, join_page):
    response = client.get(apply_path("fr"))
    assert response.status_code == 302
    assert response["Location"] == page_path(join_page, "fr")


def test_the_form_address_is_not_found_without_a_live_join_page(client, join_page):
    join_page.unpublish()
    assert apply(client).status_code == 404


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def test_every_state_of_the_page_is_valid_html(client, join_page, tmp_path):
    answers = {
        "form": client.get(page_path(join_page)),
        "sent": client.get(page_path(join_page, "fr") + "?sent=1"),
        "errors": apply(client, {**GOOD, "email": "x", "consent": ""}, language="fr"),
        "too-large": apply(client, {**GOOD, "message": "a" * 3 * 1024 * 1024}),
    }
    for _number in range(5):
        apply(client, {**GOOD, "email": "same@x.org"}, language="de")
    answers["too-many"] = apply(client, {**GOOD, "email": "same@x.org"}, language="de")
    statuses = {name: response.status_code for name, response in answers.items()}
    assert statuses == {"form": 200, "sent": 200, "errors": 400, "too-large": 400, "too-many": 429}
    files = []
    for name, response in answers.items():
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))


# A good application.


def test_a_good_application_is_stored_and_both_emails_are_sent(client, join_page, mailoutbox):
    response = apply(client, language="it")

    assert response.status_code == 302
    assert response["Location"] == page_path(join_page, "it") + "?sent=1"
    assert not response.cookies
    application = JoinApplication.objects.get()
    assert application.organisation == "Città di Torino"
    assert application.language == "it"
    assert application.status == JoinApplication.Status.NEW
    assert timezone.now() - application.consented_at < timedelta(minutes=1)

    staff, applicant = mailoutbox
    assert staff.to == ["contact@efus.eu"]
    assert staff.reply_to == ["giulia@torino.example.org"]
    assert staff.subject == "Application to join from Italy"  # nothing the visitor typed
    assert "Città di Torino" in staff.body
    assert f"/admin/snippets/members/joinapplication/edit/{application.pk}/" in staff.body
    assert applicant.to == ["giulia@torino.example.org"]
    assert applicant.reply_to == ["contact@efus.eu"]
    assert applicant.extra_headers["Content-Language"] == "it"
    assert "\n" not in applicant.subject
    for typed in ("Città di Torino", GOOD["contact_name"], GOOD["message"][:20]):
        assert typed not in applicant.subject + applicant.body
    assert ": Italia\n" in applicant.body  # the country, named under the Italian locale
    assert ": Italy\n" in staff.body  # staff read English


def test_after_sending_the_page_shows_the_thank_you_text_instead_of_the_form(client, join_page):
    html = html_of(client.get(apply(client, language="fr")["Location"]))
    assert "Thank you [fr]" in html
    assert 'name="organisation"' not in html
    assert 'role="status"' in html


def test_the_application_is_in_the_language_of_the_page_it_was_sent_from(client, join_page):
    for language in LANGUAGE_CODES:
        data = {**GOOD, "organisation": f"Town {language}", "email": f"{language}@x.org"}
        assert apply(client, data, language=language).status_code == 302
    stored = dict(JoinApplication.objects.values_list("organisation", "language"))
    assert stored == {f"Town {code}": code for code in LANGUAGE_CODES}


def test_sending_the_same_application_again_makes_one_and_tells_staff_once(
    client, join_page, mailoutbox
):
    assert apply(client).status_code == 302
    again = {**GOOD, "email": GOOD["email"].upper(), "organisation": "CITTÀ DI TORINO"}
    assert apply(client, again).status_code == 302
    assert JoinApplication.objects.count() == 1
    assert len(mailoutbox) == 2


def test_an_open_application_already_stored_is_kept_as_it_is(client, join_page, mailoutbox):
    open_one = JoinApplicationFactory(
        organisation=GOOD["organisation"],
        email=GOOD["email"].title(),
        status=JoinApplication.Status.IN_REVIEW,
        message="First message",
    )
    assert apply(client).status_code == 302
    assert list(JoinApplication.objects.all()) == [open_one]
    open_one.refresh_from_db()
    assert open_one.message == "First message"
    assert mailoutbox == []


def test_a_new_application_is_taken_once_the_previous_one_was_decided(client, join_page):
    JoinApplicationFactory(
        organisation=GOOD["organisation"],
        email=GOOD["email"],
        status=JoinApplication.Status.DECLINED,
    )
    assert apply(client).status_code == 302
    assert JoinApplication.objects.filter(status=JoinApplication.Status.NEW).count() == 1


def test_a_failing_mail_server_does_not_lose_the_application(client, join_page, monkeypatch):
    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    assert apply(client).status_code == 302
    assert JoinApplication.objects.count() == 1


# Same origin.


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "https://evil.example.com"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "http://testserver.evil.example.com"},
        {"HTTP_ORIGIN": "https://testserver"},
        {"HTTP_REFERER": "https://evil.example.com/form.html"},
        {"HTTP_REFERER": "not a url ["},
        {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
    ids=[
        "no-origin",
        "other-site",
        "null",
        "lookalike",
        "other-scheme",
        "other-referer",
        "bad-referer",
        "cross-site",
    ],
)
def test_applications_from_elsewhere_are_refused(client, join_page, mailoutbox, headers):
    response = client.post(apply_path("fr"), GOOD, **headers)
    assert response.status_code == 403
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "website" in html_of(response) or "site" in html_of(response)
    assert not response.cookies
    assert not JoinApplication.objects.exists()
    assert mailoutbox == []


def test_the_referer_stands_in_for_a_missing_origin(client, join_page):
    referer = "http://testserver" + page_path(join_page)
    response = client.post(apply_path(), GOOD, HTTP_REFERER=referer, HTTP_SEC_FETCH_SITE="")
    assert response.status_code == 302
    assert JoinApplication.objects.count() == 1


def test_trusted_origins_are_accepted(client, join_page, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.efus.eu", "https://*.efus.org"]
    for number, origin in enumerate(["https://www.efus.eu", "https://join.efus.org"]):
        data = {**GOOD, "organisation": f"Town {number}"}
        assert apply(client, data, HTTP_ORIGIN=origin).status_code == 302, origin
    assert apply(client, HTTP_ORIGIN="https://efus.eu").status_code == 403


# Spam and limits.


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, join_page, mailoutbox):
    response = apply(client, {**GOOD, "website": "https://spam.example.com"})
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert not JoinApplication.objects.exists()
    assert mailoutbox == []


def test_the_sixth_application_with_one_email_within_the_hour_is_refused(client, join_page):
    for number in range(5):
        response = apply(client, {**GOOD, "organisation": f"Town {number}", "email": "A@x.org"})
        assert response.status_code == 302, number
    response = apply(client, {**GOOD, "organisation": "Town 6", "email": " a@X.org "})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many applications" in html_of(response)
    assert 'name="organisation"' not in html_of(response)
    assert not response.cookies
    assert JoinApplication.objects.count() == 5


def test_the_twenty_first_application_from_one_address_is_refused(client, join_page):
    def from_address(number, address):
        data = {**GOOD, "email": f"person{number}@x.org"}
        return apply(client, data, REMOTE_ADDR=address, HTTP_X_FORWARDED_FOR=f"10.9.9.{number}")

    for number in range(20):
        assert from_address(number, "10.0.0.1").status_code == 302, number
    assert from_address(20, "10.0.0.1").status_code == 429
    assert from_address(21, "10.0.0.2").status_code == 302


def test_a_french_visitor_who_sent_too_many_is_told_in_french(client, join_page, settings):
    settings.LANGUAGE_CODE = "en"
    for number in range(6):
        response = apply(client, {**GOOD, "organisation": f"T{number}"}, language="fr")
    assert response.status_code == 429
    assert '<html lang="fr">' in html_of(response)


def test_the_proxy_header_names_the_visitor_only_when_a_setting_says_so(settings):
    request = RequestFactory().post(
        "/", REMOTE_ADDR="172.16.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.7"
    )
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    assert client_ip(request) == "192.0.2.7"
    request.META["HTTP_X_FORWARDED_FOR"] = "not an address"
    assert client_ip(request) == "172.16.0.2"


def test_the_proxy_header_counts_visitors_apart_when_configured(client, join_page, settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    settings.RATELIMIT_IP_META_KEY = "pages.forms.client_ip"
    for number in range(21):
        data = {**GOOD, "email": f"person{number}@x.org"}
        response = apply(client, data, HTTP_X_REAL_IP=f"192.0.2.{number}")
        assert response.status_code == 302, number


def test_applications_are_taken_while_the_rate_limit_cache_is_down(client, join_page, settings):
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "pages.caching.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    assert apply(client).status_code == 302
    assert JoinApplication.objects.count() == 1


# Bad input.


def test_errors_are_shown_next_to_their_fields_and_what_was_typed_is_kept(client, join_page):
    data = {**GOOD, "email": "not an email", "consent": "", "phone": "call me", "city": ""}
    response = apply(client, data, language="fr")
    html = html_of(response)

    assert response.status_code == 400
    assert "members/join_page.html" in [template.name for template in response.templates]
    assert '<html lang="fr">' in html
    with translation.override("fr"):  # Django's and Wagtail's own French
        required, bad_email = (
            gettext("This field is required."),
            gettext("Enter a valid email address."),
        )
    assert required != "This field is required."
    assert f'<ul class="field__errors" id="id_city_errors"><li>{required}</li></ul>' in html
    assert f'<ul class="field__errors" id="id_email_errors"><li>{bad_email}</li></ul>' in html
    email = input_named("email", html)
    assert 'aria-invalid="true"' in email
    assert 'aria-describedby="id_email_errors"' in email
    assert 'id="id_email_errors"' in html
    consent = input_named("consent", html)
    assert 'aria-describedby="id_consent_helptext id_consent_errors"' in consent
    assert 'value="Città di Torino"' in html
    assert "Turin would like to join the network.</textarea>" in html
    assert '<option value="IT" selected>Italie</option>' in html
    assert '<a href="#id_email">' in html  # the summary links to the field
    assert not response.cookies
    assert not JoinApplication.objects.exists()


def test_an_empty_application_says_what_is_missing(client, join_page):
    html = html_of(apply(client, {}))
    for name in ["organisation", "kind", "country", "city", "contact_name", "email", "consent"]:
        assert f'id="id_{name}_errors"' in html, name
    for name in ["phone", "message", "website"]:
        assert f'id="id_{name}_errors"' not in html, name


BIG = "9" * 31


@pytest.mark.parametrize(
    "changes",
    [
        {"country": "XX"},
        {"country": "' OR 1=1 --"},
        {"kind": "mayor"},
        {"kind": BIG},
        {"email": "<script>alert(1)</script>"},
        {"email": "a@b.c\r\nBcc: victim@example.org"},
        {"organisation": "Town\r\nBcc: victim@example.org"},
        {"city": "Torino\x00"},
        {"contact_name": "\x00"},
        {"phone": BIG + "0" * 20},
        {"phone": "<script>alert(1)</script>"},
        {"message": "a" * 5001},
        {"organisation": "a" * 201},
        {"consent": "<script>alert(1)</script>", "kind": ["local", "nope"]},
        {"country": ["IT", "XX"]},
    ],
)
def test_garbage_gets_the_forms_errors_never_a_server_error(client, join_page, changes):
    response = apply(client, {**GOOD, **changes})
    assert response.status_code == 400
    assert "field__errors" in html_of(response)
    assert "<script>alert(1)</script>" not in html_of(response)
    assert not JoinApplication.objects.exists()


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"organisation=%ff%fe&email=%c3%28&consent=on", "application/x-www-form-urlencoded"),
        (b"organisation=\xff\xfe\x00&kind=\xc3\x28", "application/x-www-form-urlencoded"),
        (b"&&&===%%%", "application/x-www-form-urlencoded"),
        (b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n', "multipart/form-data"),
        (b"\x00" * 100, "multipart/form-data; boundary=x"),
        (b'{"organisation": 1e30}', "application/json"),
        ("&".join(["kind=local"] * 1500).encode(), "application/x-www-form-urlencoded"),
        (b"message=" + b"a" * 5_000_000, "application/x-www-form-urlencoded"),
    ],
    ids=[
        "bad-utf8-escaped",
        "bad-utf8-raw",
        "ampersands",
        "broken-multipart",
        "null-multipart",
        "json",
        "repeated-fields",
        "5-MB",
    ],
)
def test_broken_requests_get_a_client_error(client, join_page, body, content_type):
    response = client.post(apply_path(), body, content_type=content_type, HTTP_ORIGIN=ORIGIN)
    assert 400 <= response.status_code < 500
    assert b"Traceback" not in response.content
    assert not JoinApplication.objects.exists()


def test_a_five_megabyte_message_gets_the_form_and_its_error(client, join_page):
    response = apply(client, {**GOOD, "message": "a" * 5 * 1024 * 1024})
    assert response.status_code == 400
    assert "too long to be received" in html_of(response)
    assert 'name="organisation"' in html_of(response)
    assert not JoinApplication.objects.exists()


def test_generated_garbage_never_breaks_the_form(client, join_page, settings):
    settings.RATELIMIT_ENABLE = False
    values = st.one_of(nasty_text, st.lists(nasty_text, max_size=3), st.integers(-(10**30), 10**30))
    posts = st.dictionaries(st.sampled_from([*FIELDS, "consent", "website"]), values, max_size=10)

    @hypothesis_settings(
        max_examples=300,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=posts, over_good=st.booleans())
    def check(data, over_good):
        response = apply(client, {**GOOD, **data} if over_good else data)
        assert_no_server_error(response)
        assert response.status_code in (302, 400)

    check()


# Purging personal data.


def application_updated(days_ago: int, status: str):
    application = JoinApplicationFactory(status=status, phone="+33 1 23", message="Hello")
    JoinApplication.objects.filter(pk=application.pk).update(
        updated_at=timezone.now() - timedelta(days=days_ago)
    )
    return application


def purge(*args) -> str:
    out = StringIO()
    call_command("purge_join_applications", *args, stdout=out)
    return out.getvalue()


def test_purge_blanks_the_personal_data_of_long_decided_applications(db):
    Status = JoinApplication.Status
    old_accepted = application_updated(200, Status.ACCEPTED)
    old_declined = application_updated(181, Status.DECLINED)
    recent_declined = application_updated(10, Status.DECLINED)
    old_new = application_updated(400, Status.NEW)
    old_in_review = application_updated(400, Status.IN_REVIEW)

    assert "from 2 application(s)" in purge("--older-than", "180")

    for application in (old_accepted, old_declined):
        application.refresh_from_db()
        assert (application.contact_name, application.email) == ("", "")
        assert (application.phone, application.message) == ("", "")
        assert application.purged_at is not None
        assert application.organisation  # the organisation's own details stay
    for application in (recent_declined, old_new, old_in_review):
        application.refresh_from_db()
        assert application.email and application.message == "Hello"
        assert application.purged_at is None
    assert "from 0 application(s)" in purge("--older-than=180")


def test_purge_keeps_decided_applications_for_the_days_the_setting_says(db, settings):
    application_updated(200, JoinApplication.Status.ACCEPTED)
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "join_applications": 365}
    assert "from 0 application(s)" in purge()
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "join_applications": 180}
    assert "from 1 application(s)" in purge()


@pytest.mark.parametrize("args", [("--older-than", "-1"), ("--older-than", "soon")])
def test_purge_refuses_a_negative_age(db, args):
    with pytest.raises(CommandError):
        purge(*args)


def test_purge_refuses_an_age_beyond_reason(db):
    with pytest.raises(CommandError):
        purge("--older-than", str(10**30))
