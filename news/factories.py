"""Factories for the news app: the news and newsletter pages, articles and subscribers."""

import datetime

import factory
from django.utils import timezone

from news import models
from pages.factories import BasePageFactory, in_written_languages


class NewsIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.NewsIndexPage

    class Params:
        name = "News"


def linked(relation: str) -> factory.PostGeneration:
    """A declaration that links the saved article to the items given for ``relation``."""

    def link(article, create, items, **kwargs):
        if items:
            manager = getattr(article, relation)
            manager.set(items)
            manager.commit()

    return factory.PostGeneration(link)


class NewsArticlePageFactory(BasePageFactory):
    """An article dated a day before the previous one, its body written in English and
    French; ``themes=[…]``, ``authorities=[…]``, ``projects=[…]``, ``publications=[…]``
    link it."""

    class Meta:
        model = models.NewsArticlePage
        skip_postgeneration_save = True

    class Params:
        name = factory.Sequence(lambda n: f"Article {n}")

    show_in_menus = False
    date = factory.Sequence(lambda n: datetime.date(2025, 6, 1) - datetime.timedelta(days=n))
    locals().update(
        in_written_languages(
            "body",
            lambda obj, code: [{"type": "paragraph", "value": f"<p>{obj.name} body [{code}]</p>"}],
        )
    )

    themes = linked("themes")
    authorities = linked("authorities")
    projects = linked("projects")
    publications = linked("publications")


class NewsletterPageFactory(BasePageFactory):
    class Meta:
        model = models.NewsletterPage

    class Params:
        name = "Newsletter"


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A subscription waiting for its confirmation; ``confirmed=True`` confirms it."""

    class Meta:
        model = models.Subscriber

    class Params:
        confirmed = factory.Trait(confirmed_at=factory.LazyFunction(timezone.now))

    email = factory.Sequence(lambda n: f"reader{n}@city.example.org")
    language = "en"
