"""Every model that holds a person's address or user is declared, and every declaration can
be read: a new model cannot be left out of the export and the erasure."""

import pytest
from django.apps import apps
from django.core.checks import run_checks

from privacy import registry
from privacy.checks import check_personal_data_registry, models_holding_people


def test_every_model_holding_a_person_is_declared_or_out_of_scope():
    assert check_personal_data_registry() == []


def test_a_model_left_out_fails_the_check(monkeypatch):
    declared = {
        label: declaration
        for label, declaration in registry._declared.items()
        if label != "news.Subscriber"
    }
    monkeypatch.setattr(registry, "_declared", declared)
    [error] = check_personal_data_registry()
    assert error.id == "privacy.E001"
    assert error.obj is apps.get_model("news.Subscriber")


def test_the_check_finds_addresses_users_and_sign_in_records():
    labels = {model._meta.label for model in models_holding_people()}
    assert {
        "members.JoinApplication",
        "members.MemberAccount",
        "events.Registration",
        "news.Subscriber",
        "privacy.Consent",
        "auth.User",
        "axes.AccessLog",
    } <= labels


def test_what_is_declared_and_what_is_out_of_scope_do_not_overlap():
    declared = {declaration.label for declaration in registry.declarations()}
    assert not declared & registry.OUT_OF_SCOPE.keys()


def test_every_model_out_of_scope_is_one_the_check_would_ask_about():
    labels = {model._meta.label for model in models_holding_people()}
    assert set(registry.OUT_OF_SCOPE) <= labels


@pytest.mark.django_db
def test_every_declaration_reads_its_fields():
    for declaration in registry.declarations():
        assert declaration.exported("nobody@example.org") == []


def test_the_check_runs_with_django_s_own_checks(monkeypatch):
    monkeypatch.setattr(registry, "_declared", {})
    assert "privacy.E001" in {message.id for message in run_checks()}
