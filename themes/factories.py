"""Factories for the themes app: themes, the themes page."""

import factory

from pages.factories import BasePageFactory, in_every_language, in_written_languages
from themes import models


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Theme
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"theme-{n}")
    locals().update(in_every_language("name", lambda obj, code: f"{obj.slug} [{code}]"))
    locals().update(
        in_written_languages("description", lambda obj, code: f"About {obj.slug} [{code}]")
    )


class ThemeIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.ThemeIndexPage

    class Params:
        name = "Themes"
