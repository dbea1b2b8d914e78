"""Fields of the news app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from news.models import NewsArticlePage, NewsIndexPage, NewsletterPage, Subscriber


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ()


@register(NewsArticlePage)
class NewsArticlePageTranslation(TranslationOptions):
    fields = ("body",)


@register(NewsletterPage)
class NewsletterPageTranslation(TranslationOptions):
    fields = ()


@register(Subscriber)
class SubscriberTranslation(TranslationOptions):
    fields = ()
