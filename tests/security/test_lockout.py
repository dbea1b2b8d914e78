"""Locking others out: wrong passwords lock out the address they come from, never the account,
on the members' sign-in and the admin's alike; a username's variants count as one; attempts
while locked out do not make the lock last longer; behind the proxy, each client is counted
by its own address."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.utils import timezone

from members.factories import MemberAccountFactory, UserFactory
from members.sign_in import sign_in_name

PASSWORD = UserFactory.PASSWORD
ATTACKER = "203.0.113.9"
VICTIM = "198.51.100.4"
PROXY = "10.0.0.2"
SIGN_IN_PAGES = {"members": "/en/account/login/", "admin": "/admin/login/"}


@pytest.fixture
def victim(db):
    """A person who is staff too, so that both sign-in pages let them in."""
    account = MemberAccountFactory(user__email="ana@lyon.example.org")
    account.user.is_staff = True
    account.user.is_superuser = True
    account.user.save()
    return account.user


@pytest.fixture
def clock(monkeypatch):
    """django-axes's time, moved on by ``clock.advance(minutes)``."""

    class Clock:
        now = timezone.now()

        def advance(self, minutes: float) -> None:
            self.now += timedelta(minutes=minutes)

    clock = Clock()
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: clock.now)
    return clock


def client_at(address: str, proxied: bool = False) -> Client:
    if proxied:
        return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.1, {address}")
    return Client(REMOTE_ADDR=address)


def sign_in(client, username, password=PASSWORD, page="members"):
    return client.post(SIGN_IN_PAGES[page], {"username": username, "password": password})


def is_signed_in(client) -> bool:
    return SESSION_KEY in client.session


def fail(client, username, times, page="members") -> list[int]:
    return [sign_in(client, username, "not the password", page).status_code for _ in range(times)]


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_wrong_passwords_from_one_address_do_not_keep_the_victim_out(victim, page):
    attacker = client_at(ATTACKER)
    answers = fail(attacker, victim.username, settings.AXES_FAILURE_LIMIT + 3, page)
    assert answers[settings.AXES_FAILURE_LIMIT - 1 :] == [429] * 4
    assert sign_in(attacker, victim.username, page=page).status_code == 429

    elsewhere = client_at(VICTIM)
    assert sign_in(elsewhere, victim.username, page=page).status_code == 302
    assert is_signed_in(elsewhere)


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_variants_of_a_username_sign_in_and_count_as_one(victim, page):
    variants = ["ANA@Lyon.Example.org", "  ana@lyon.example.org ", "ＡＮＡ@ｌｙｏｎ.example.org"]
    assert {sign_in_name(variant) for variant in variants} == {victim.username}

    for variant in variants:
        person = client_at(VICTIM)
        assert sign_in(person, variant, page=page).status_code == 302, variant
        assert is_signed_in(person)

    attacker = client_at(ATTACKER)
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(attacker, variants[attempt % len(variants)], "wrong", page)
    assert sign_in(attacker, victim.username, page=page).status_code == 429
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {victim.username}


def test_a_username_whose_case_folding_differs_from_lower_case_still_signs_in(db):
    user = UserFactory(email="Straße@Köln.example.org")
    for typed in (user.username, "straße@köln.example.org", "ＳＴＲＡßＥ@Köln.example.org"):
        person = client_at(VICTIM)
        assert sign_in(person, typed).status_code == 302, typed


def test_attempts_while_locked_out_do_not_make_the_lock_last_longer(victim, clock):
    attacker = client_at(ATTACKER)
    fail(attacker, victim.username, settings.AXES_FAILURE_LIMIT)
    cool_off = settings.AXES_COOLOFF_TIME.total_seconds() / 60

    for _minute in range(int(cool_off) - 1):  # one more try every minute of the lock
        clock.advance(1)
        assert fail(attacker, victim.username, 1) == [429]
    clock.advance(2)

    assert sign_in(attacker, victim.username).status_code == 302


def test_an_address_that_tries_many_usernames_is_locked_out(victim, settings):
    settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 8
    attacker = client_at(ATTACKER)
    answers = [
        fail(attacker, f"person{number}@city.example.org", 1)[0]
        for number in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT)
    ]

    assert answers == [200] * (settings.SIGN_IN_ADDRESS_FAILURE_LIMIT - 1) + [429]
    assert sign_in(attacker, victim.username).status_code == 429
    assert sign_in(attacker, victim.username, page="admin").status_code == 429
    assert not is_signed_in(attacker)
    assert sign_in(client_at(VICTIM), victim.username).status_code == 302


def test_behind_the_proxy_each_client_is_counted_and_logged_by_its_own_address(
    victim, settings, caplog
):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 8
    attacker = client_at(ATTACKER, proxied=True)
    with caplog.at_level(logging.WARNING, logger="axes"):
        for number in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT):
            fail(attacker, f"person{number}@city.example.org", 1)
    assert sign_in(attacker, victim.username).status_code == 429

    neighbour = client_at(VICTIM, proxied=True)
    assert sign_in(neighbour, victim.username).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    assert ATTACKER in caplog.text
    assert PROXY not in caplog.text
