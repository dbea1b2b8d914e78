"""Fields of the themes app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from themes.models import Theme, ThemeIndexPage


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(ThemeIndexPage)
class ThemeIndexPageTranslation(TranslationOptions):
    fields = ()
