"""Factories for the privacy app: the privacy notice page and consents."""

import factory

from pages.factories import BasePageFactory, in_written_languages
from privacy import models
from privacy.addresses import address_hash


class PrivacyPageFactory(BasePageFactory):
    class Meta:
        model = models.PrivacyPage

    class Params:
        name = "Privacy"

    show_in_menus = False
    locals().update(in_written_languages("rights", lambda obj, code: f"<p>Rights [{code}]</p>"))


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ConsentText
        django_get_or_create = ("purpose", "version", "language")

    purpose = "newsletter"
    version = 1
    language = "en"
    text = "I agree."


class ConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Consent

    class Params:
        email = factory.Sequence(lambda n: f"person{n}@example.org")

    address_hash = factory.LazyAttribute(lambda obj: address_hash(obj.email))
    text = factory.SubFactory(ConsentTextFactory)
    method = models.Consent.Method.CHECKBOX
