"""The check that every model holding a person's address or user is declared (``privacy.E001``)."""

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.db import models

from privacy.registry import OUT_OF_SCOPE, declarations

NAMES_OF_ADDRESSES = ("email", "mail", "address")


def holds_a_person(field) -> bool:
    """An email address, a field named like one (or like another address), or a user."""
    if isinstance(field, models.EmailField):
        return True
    if field.concrete and not field.is_relation:
        return any(word in field.name.lower() for word in NAMES_OF_ADDRESSES)
    return (
        field.concrete
        and field.is_relation
        and field.related_model is not None
        and field.related_model._meta.label == settings.AUTH_USER_MODEL
    )


def models_holding_people() -> list:
    """Each model with such a field of its own (a page's owner is Wagtail's page's)."""
    return [
        model
        for model in apps.get_models()
        if any(holds_a_person(field) for field in model._meta.get_fields(include_parents=False))
    ]


@checks.register()
def check_personal_data_registry(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    declared = {declaration.label for declaration in declarations()} | OUT_OF_SCOPE.keys()
    return [
        checks.Error(
            f"{model._meta.label} holds an email address or a user, but the personal-data "
            "registry does not say what the export and the erasure do with it.",
            hint="Declare it in its app's personal_data.py (privacy.registry.declare) or add "
            "it to OUT_OF_SCOPE in privacy/registry.py, saying why.",
            obj=model,
            id="privacy.E001",
        )
        for model in sorted(models_holding_people(), key=lambda model: model._meta.label)
        if model._meta.label not in declared
    ]
