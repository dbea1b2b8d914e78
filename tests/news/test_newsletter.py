"""The newsletter: the signup form, the double opt-in by email in the chosen language,
confirming and unsubscribing, answers that tell no one who subscribes, the same-origin check,
spam and rate limits, bad input, cookies, and the purge of unconfirmed addresses."""

import re
import smtplib
from datetime import timedelta
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from news.factories import SubscriberFactory
from news.models import Subscriber
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.news.conftest import path_of
from tests.pages.test_fuzz import assert_no_server_error

ORIGIN = "http://testserver"
GOOD = {"email": "giulia@torino.example.org", "language": "it", "consent": "on"}
LINK = re.compile(r"https?://\S+/(confirm|unsubscribe)/[\w-]+/")


def sign_up(client, newsletter, data=None, language="en", **extra):
    extra.setdefault("HTTP_ORIGIN", ORIGIN)
    return client.post(path_of(newsletter, language), GOOD if data is None else data, **extra)


def html_of(response) -> str:
    return response.content.decode()


def links_in(message) -> dict[str, str]:
    """The confirmation and unsubscribe links of an email, as paths."""
    return {match[1]: urlsplit(match[0]).path for match in LINK.finditer(message.body)}


# The page and its form.


def test_every_page_links_to_the_newsletter_from_its_footer_in_its_language(
    client, site_tree, newsletter
):
    for page, language in ((site_tree.home, "en"), (site_tree.contact, "fr")):
        with translation.override(language):
            title, subscribe = newsletter.title, gettext("Subscribe to the newsletter")
        footer = re.search(
            r"<footer.*</footer>", html_of(client.get(path_of(page, language))), re.S
        )
        assert f'<h2 id="footer-newsletter">{title}</h2>' in footer.group()
        assert f'<a href="{path_of(newsletter, language)}">{subscribe}</a>' in footer.group()


def test_the_footer_has_no_newsletter_link_without_a_live_newsletter_page(client, newsletter):
    newsletter.unpublish()
    assert "footer-newsletter" not in html_of(client.get("/en/"))


def test_the_form_asks_for_an_address_a_language_and_consent(client, newsletter):
    html = html_of(client.get(path_of(newsletter, "de")))
    form = re.search(r'<form class="join-form newsletter__form".*?</form>', html, re.S).group()
    assert f'method="post" action="{path_of(newsletter, "de")}#signup"' in form
    assert re.search(
        r'<input type="email" name="email"[^>]*autocomplete="email"[^>]*required', form
    )
    assert '<option value="de" selected>Deutsch</option>' in form  # the page's language
    assert '<option value="fr">Français</option>' in form
    consent = re.search(r'<input type="checkbox" name="consent"[^>]*>', form).group()
    assert "required" in consent and 'aria-describedby="id_consent_helptext"' in consent
    assert "shares it with no one" in form or 'id="id_consent_helptext"' in form
    assert (
        'tabindex="-1"' in re.search(r'<div class="join-form__trap">.*?</div>', form, re.S).group()
    )


def test_the_page_sets_no_cookie_carries_no_token_and_is_cached(
    client, newsletter, settings, django_assert_max_num_queries
):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    caches["pages"].clear()
    first = client.get(path_of(newsletter))
    assert not first.cookies
    assert "Set-Cookie" not in first
    assert "csrfmiddlewaretoken" not in html_of(first)
    with django_assert_max_num_queries(1):
        assert client.get(path_of(newsletter)).status_code == 200
    caches["pages"].clear()


def test_the_form_is_received_without_any_cookie(newsletter, mailoutbox):
    """As a browser sends it: Django's CSRF token check would refuse a post without its
    cookie, which the cached page does not set."""
    client = Client(enforce_csrf_checks=True)
    response = sign_up(client, newsletter)
    assert response.status_code == 302
    assert len(mailoutbox) == 1


# Double opt-in.


def test_signing_up_sends_the_confirmation_in_the_chosen_language(client, newsletter, mailoutbox):
    response = sign_up(client, newsletter, language="fr")

    assert response.status_code == 302
    assert response["Location"] == path_of(newsletter, "fr") + "?sent=1"
    assert not response.cookies
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.is_confirmed) == (
        "giulia@torino.example.org",
        "it",
        False,
    )
    [message] = mailoutbox
    assert message.to == ["giulia@torino.example.org"]
    assert message.extra_headers["Content-Language"] == "it"
    links = links_in(message)
    assert links["confirm"] == path_of(newsletter, "it") + f"confirm/{subscriber.token}/"
    assert links["unsubscribe"] == path_of(newsletter, "it") + f"unsubscribe/{subscriber.token}/"
    unsubscribe_url = newsletter.url_in("it") + f"unsubscribe/{subscriber.token}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in message.body
    with translation.override("it"):
        greeting = gettext("Hello,")
    assert message.body.startswith(greeting)
    assert "\n" not in message.subject


def test_the_answer_says_to_check_the_inbox(client, newsletter):
    html = html_of(client.get(sign_up(client, newsletter)["Location"]))
    assert 'role="status"' in html
    assert "check your inbox" in html
    assert 'name="email"' not in html


def test_the_confirmation_link_asks_and_the_button_confirms(client, newsletter, mailoutbox):
    """Mail scanners follow links: opening the link confirms nothing."""
    sign_up(client, newsletter)
    link = links_in(mailoutbox[0])["confirm"]
    question = client.get(link)
    assert question.status_code == 200
    assert f'<form method="post" action="{link}">' in html_of(question)
    assert "no-store" in question["Cache-Control"]
    assert not Subscriber.objects.get().is_confirmed

    response = client.post(link, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    with translation.override(GOOD["language"]):  # the link is in the subscriber's language
        assert gettext("Your subscription is confirmed") in html_of(response)
    assert "L’iscrizione è confermata" in html_of(response)
    assert '<meta name="robots" content="noindex">' in html_of(response)
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    subscriber = Subscriber.objects.get()
    assert subscriber.is_confirmed
    first_confirmation = subscriber.confirmed_at
    assert client.post(link, HTTP_ORIGIN=ORIGIN).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at == first_confirmation


def test_a_confirmation_from_another_site_is_refused(client, newsletter):
    subscriber = SubscriberFactory()
    path = path_of(newsletter) + f"confirm/{subscriber.token}/"
    assert client.post(path, HTTP_ORIGIN="https://evil.example.com").status_code == 403
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed


def test_signing_up_again_gives_the_same_answer_and_another_email_while_pending(
    client, newsletter, mailoutbox
):
    """At most one email every ten minutes: an inbox cannot be flooded from many places."""
    first = sign_up(client, newsletter)
    again = {**GOOD, "email": " Giulia@TORINO.example.org ", "language": "es"}
    soon = sign_up(client, newsletter, again)
    assert (first.status_code, first["Location"]) == (soon.status_code, soon["Location"])
    assert len(mailoutbox) == 1
    caches["ratelimit"].clear()  # ten minutes later
    later = sign_up(client, newsletter, again)
    assert (first.status_code, first["Location"]) == (later.status_code, later["Location"])
    assert Subscriber.objects.count() == 1
    assert Subscriber.objects.get().language == "es"
    assert len(mailoutbox) == 2
    assert mailoutbox[1].extra_headers["Content-Language"] == "es"
    assert links_in(mailoutbox[0])["confirm"].endswith(
        links_in(mailoutbox[1])["confirm"].split("/")[-2] + "/"
    )


def test_a_confirmed_address_gets_the_same_answer_and_no_email(client, newsletter, mailoutbox):
    subscriber = SubscriberFactory(email=GOOD["email"], confirmed=True, language="pt")
    response = sign_up(client, newsletter)
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert mailoutbox == []
    subscriber.refresh_from_db()
    assert subscriber.language == "pt" and subscriber.is_confirmed


def test_a_failing_mail_server_keeps_the_subscription(client, newsletter, monkeypatch):
    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    assert sign_up(client, newsletter).status_code == 302
    assert Subscriber.objects.count() == 1


# Unsubscribing.


def test_following_the_unsubscribe_link_only_asks(client, newsletter):
    subscriber = SubscriberFactory(confirmed=True)
    path = path_of(newsletter) + f"unsubscribe/{subscriber.token}/"
    response = client.get(path)
    html = html_of(response)
    assert response.status_code == 200
    assert subscriber.email in html
    assert f'<form method="post" action="{path}">' in html
    assert "no-store" in response["Cache-Control"]
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_the_button_unsubscribes_and_deletes_the_address(client, newsletter):
    subscriber = SubscriberFactory(confirmed=True)
    path = path_of(newsletter, "es") + f"unsubscribe/{subscriber.token}/"
    response = client.post(path, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert '<html lang="es">' in html_of(response)
    assert not response.cookies
    assert not Subscriber.objects.exists()
    assert client.post(path, HTTP_ORIGIN=ORIGIN).status_code == 404


def test_an_unsubscription_from_another_site_is_refused(client, newsletter):
    subscriber = SubscriberFactory()
    path = path_of(newsletter) + f"unsubscribe/{subscriber.token}/"
    assert client.post(path, HTTP_ORIGIN="https://evil.example.com").status_code == 403
    assert Subscriber.objects.exists()


ONE_CLICK = {"List-Unsubscribe": "One-Click"}


@pytest.mark.parametrize(
    "headers",
    [{}, {"HTTP_ORIGIN": "https://mail.example.com", "HTTP_SEC_FETCH_SITE": "cross-site"}],
    ids=["no-origin", "other-site"],
)
def test_a_mail_program_unsubscribes_in_one_click_from_elsewhere(newsletter, headers):
    subscriber = SubscriberFactory(confirmed=True)
    path = urlsplit(newsletter.unsubscribe_url(subscriber)).path
    mail_provider = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token

    response = mail_provider.post(path, ONE_CLICK, **headers)

    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_a_one_click_post_with_a_bad_token_unsubscribes_no_one(client, newsletter):
    subscriber = SubscriberFactory(confirmed=True)
    path = path_of(newsletter) + "unsubscribe/an-unknown-token/"

    response = client.post(path, ONE_CLICK, HTTP_ORIGIN="https://mail.example.com")

    assert response.status_code == 404
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_one_click_post_does_not_confirm_a_subscription(client, newsletter):
    subscriber = SubscriberFactory()
    path = path_of(newsletter) + f"confirm/{subscriber.token}/"

    response = client.post(path, ONE_CLICK, HTTP_ORIGIN="https://mail.example.com")

    assert response.status_code == 403
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed


@pytest.mark.parametrize("route", ["confirm", "unsubscribe"])
@pytest.mark.parametrize(
    "token", ["unknown-token", "a" * 65, "%00", "%FF%FE", "..", "<script>", "x'%20OR%201=1"]
)
def test_unknown_tokens_are_not_found(client, newsletter, route, token):
    SubscriberFactory()
    response = client.get(path_of(newsletter) + f"{route}/{token}/")
    assert response.status_code == 404


# Same origin.


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "https://evil.example.com"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example.com/form.html"},
        {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
    ids=["no-origin", "other-site", "null", "other-referer", "cross-site"],
)
def test_signups_from_elsewhere_are_refused(client, newsletter, mailoutbox, headers):
    response = client.post(path_of(newsletter), GOOD, **headers)
    assert response.status_code == 403
    assert not response.cookies
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


# Spam and limits.


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, newsletter, mailoutbox):
    response = sign_up(client, newsletter, {**GOOD, "website": "https://spam.example.com"})
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_the_sixth_signup_of_one_address_within_the_hour_is_refused(client, newsletter, mailoutbox):
    for _number in range(5):
        assert sign_up(client, newsletter).status_code == 302
    response = sign_up(client, newsletter, {**GOOD, "email": "GIULIA@torino.example.org"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many requests" in html_of(response)
    assert not response.cookies
    assert len(mailoutbox) == 1  # one email every ten minutes


def test_one_visitors_signups_do_not_use_up_the_allowance_of_another(
    client, newsletter, mailoutbox
):
    for _number in range(6):
        sign_up(client, newsletter, REMOTE_ADDR="203.0.113.9")
    assert sign_up(client, newsletter, REMOTE_ADDR="198.51.100.7").status_code == 302


# Bad input.


def test_errors_are_shown_translated_beside_their_fields(client, newsletter):
    data = {"email": "not an email", "language": "xx"}
    response = sign_up(client, newsletter, data, language="fr")
    html = html_of(response)
    assert response.status_code == 400
    assert '<html lang="fr">' in html
    with translation.override("fr"):
        bad_email = gettext("Enter a valid email address.")
    assert bad_email != "Enter a valid email address."
    assert f'<ul class="field__errors" id="id_email_errors"><li>{bad_email}</li></ul>' in html
    assert 'id="id_language_errors"' in html and 'id="id_consent_errors"' in html
    email = re.search(r'<input type="email"[^>]*>', html).group()
    assert 'aria-invalid="true"' in email and 'value="not an email"' in email
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {**GOOD, "consent": ""},
        {**GOOD, "email": "a" * 300 + "@example.org"},
        {**GOOD, "email": "x@example.org\r\nBcc: victim@example.org"},
        {**GOOD, "email": ["a@example.org", "b@example.org"], "language": ["en", "zz"]},
        {**GOOD, "language": "' OR 1=1 --"},
        {**GOOD, "email": "<script>alert(1)</script>@example.org"},
        {**GOOD, "email": "nul\x00@example.org"},
    ],
    ids=["empty", "no-consent", "huge", "header-injection", "lists", "sql", "script", "nul"],
)
def test_garbage_gets_the_form_again_with_a_400(client, newsletter, mailoutbox, data):
    response = sign_up(client, newsletter, data)
    assert_no_server_error(response)
    assert response.status_code == 400
    assert 'class="notice notice--error"' in html_of(response)
    assert "<script>alert" not in html_of(response)
    assert not response.cookies
    assert mailoutbox == []


def test_invalid_utf8_and_huge_bodies_get_a_400(client, newsletter):
    raw = b"email=%FF%FE%C3%28@example.org&language=en&consent=on"
    response = client.post(
        path_of(newsletter),
        raw,
        content_type="application/x-www-form-urlencoded",
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 400
    huge = sign_up(client, newsletter, {**GOOD, "website": "", "filler": "a" * 3 * 1024 * 1024})
    assert huge.status_code == 400
    assert "too long" in html_of(huge)
    assert not Subscriber.objects.exists()


def test_other_methods_are_not_allowed(client, newsletter):
    assert client.put(path_of(newsletter), HTTP_ORIGIN=ORIGIN).status_code in (403, 405)
    assert client.delete(path_of(newsletter), HTTP_ORIGIN=ORIGIN).status_code == 405


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def test_every_state_of_the_page_is_valid_html(client, newsletter, tmp_path, mailoutbox):
    subscriber = SubscriberFactory()
    answers = {
        "form": client.get(path_of(newsletter)),
        "sent": client.get(path_of(newsletter, "fr") + "?sent=1"),
        "errors": sign_up(client, newsletter, {"email": "x"}, language="fr"),
        "unsubscribe": client.get(path_of(newsletter) + f"unsubscribe/{subscriber.token}/"),
        "confirm": client.get(path_of(newsletter) + f"confirm/{subscriber.token}/"),
        "confirmed": client.post(
            path_of(newsletter) + f"confirm/{subscriber.token}/", HTTP_ORIGIN=ORIGIN
        ),
        "unsubscribed": client.post(
            path_of(newsletter) + f"unsubscribe/{subscriber.token}/", HTTP_ORIGIN=ORIGIN
        ),
    }
    for _number in range(5):
        sign_up(client, newsletter, {**GOOD, "email": "same@x.org"})
    answers["too-many"] = sign_up(client, newsletter, {**GOOD, "email": "same@x.org"})
    files = []
    for name, response in answers.items():
        assert response.status_code in (200, 400, 429), name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))


# Purging unconfirmed addresses.


def test_the_purge_deletes_only_old_unconfirmed_subscriptions(db):
    now = timezone.now()
    old_pending = SubscriberFactory(subscribed_at=now - timedelta(days=31))
    recent_pending = SubscriberFactory(subscribed_at=now - timedelta(days=29))
    old_confirmed = SubscriberFactory(subscribed_at=now - timedelta(days=400), confirmed=True)
    output = StringIO()
    call_command("purge_newsletter_signups", "--older-than", "30", stdout=output)
    assert "1 unconfirmed subscription(s) deleted." in output.getvalue()
    assert set(Subscriber.objects.all()) == {recent_pending, old_confirmed}
    assert not Subscriber.objects.filter(pk=old_pending.pk).exists()


def test_the_purge_waits_for_the_days_the_setting_says(db, settings):
    SubscriberFactory(subscribed_at=timezone.now() - timedelta(days=20))
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "newsletter_signups": 25}
    output = StringIO()
    call_command("purge_newsletter_signups", stdout=output)
    assert "0 unconfirmed subscription(s) deleted." in output.getvalue()
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "newsletter_signups": 15}
    call_command("purge_newsletter_signups", stdout=output)
    assert "1 unconfirmed subscription(s) deleted." in output.getvalue()


@pytest.mark.parametrize("days", ["abc", "-1", "99999999"])
def test_the_purge_refuses_a_bad_number_of_days(days):
    with pytest.raises(CommandError):
        call_command("purge_newsletter_signups", "--older-than", days, stdout=StringIO())
