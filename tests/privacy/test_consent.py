"""Consent is recorded when it is given: to which words, in which language, when and how."""

import pytest
from django.utils import translation

from events.models import Registration
from members.factories import MemberAccountFactory
from members.joining import JoinForm
from news.factories import NewsletterPageFactory, SubscriberFactory
from news.newsletter import SignupForm
from privacy.addresses import address_hash
from privacy.models import Consent, ConsentText
from tests.events.test_registration import GOOD as REGISTRATION
from tests.events.test_registration import register_and_confirm
from tests.members.test_join import GOOD as APPLICATION
from tests.members.test_join import apply
from tests.privacy.conftest import ADDRESS

ORIGIN = "http://testserver"


def test_an_application_records_the_ticked_box_in_the_page_language(client, site_tree):
    apply(client, language="fr")

    consent = Consent.objects.get()
    assert consent.address_hash == address_hash(APPLICATION["email"])
    assert consent.method == Consent.Method.CHECKBOX
    assert (consent.text.purpose, consent.text.version, consent.text.language) == ("join", 1, "fr")
    with translation.override("fr"):
        assert consent.text.text == JoinForm.consent_text()
    assert "Efus conserve ces informations" in consent.text.text


def test_a_confirmed_newsletter_address_records_the_double_opt_in(client, site_tree):
    newsletter = NewsletterPageFactory(parent=site_tree.home)
    subscriber = SubscriberFactory(email=ADDRESS)
    link = newsletter.url_in("de").removeprefix("http://localhost") + f"confirm/{subscriber.token}/"

    client.get(link)
    assert not Consent.objects.exists()  # asking is not agreeing
    client.post(link, HTTP_ORIGIN=ORIGIN)
    client.post(link, HTTP_ORIGIN=ORIGIN)  # confirmed once

    consent = Consent.objects.get()
    assert consent.address_hash == address_hash(ADDRESS)
    assert consent.method == Consent.Method.DOUBLE_OPT_IN
    assert (consent.text.purpose, consent.text.language) == ("newsletter", "de")
    with translation.override("de"):
        assert consent.text.text == SignupForm.consent_text()


def test_an_event_registration_records_its_consent_once_confirmed(client, event):
    register_and_confirm(client, event)

    consent = Consent.objects.get()
    assert consent.address_hash == address_hash(REGISTRATION["email"])
    assert consent.method == Consent.Method.DOUBLE_OPT_IN
    assert consent.text.purpose == "event-registration"


def test_a_member_registering_their_own_address_records_the_ticked_box(client, event):
    account = MemberAccountFactory(user__email=REGISTRATION["email"])
    client.force_login(account.user)
    path = event.url_in("en").removeprefix("http://localhost") + "register/"

    client.post(path, REGISTRATION, HTTP_ORIGIN=ORIGIN)

    assert Registration.objects.get().is_confirmed
    assert Consent.objects.get().method == Consent.Method.CHECKBOX


@pytest.mark.django_db
def test_the_words_of_a_version_are_stored_once_per_language():
    first = ConsentText.shown_by(SignupForm, "it")
    assert ConsentText.shown_by(SignupForm, "it") == first
    assert ConsentText.shown_by(SignupForm, "pt") != first
    assert ConsentText.objects.count() == 2


def test_an_unsubscription_leaves_the_consent_without_the_address(client, site_tree):
    newsletter = NewsletterPageFactory(parent=site_tree.home)
    subscriber = SubscriberFactory(email=ADDRESS)
    path = newsletter.url_in("en").removeprefix("http://localhost")
    client.post(f"{path}confirm/{subscriber.token}/", HTTP_ORIGIN=ORIGIN)
    client.post(f"{path}unsubscribe/{subscriber.token}/", HTTP_ORIGIN=ORIGIN)

    consent = Consent.objects.get()
    assert ADDRESS not in str(vars(consent))
    assert consent.address_hash == address_hash(ADDRESS)
