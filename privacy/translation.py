"""Fields of the privacy app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from privacy.models import PrivacyPage


@register(PrivacyPage)
class PrivacyPageTranslation(TranslationOptions):
    fields = ("rights", "body")
