"""The practices app's models for wagtail-modeltranslation: a practice's texts are rows of
``PracticeText``, one per language, so none of its fields is translated column by column."""

from modeltranslation.translator import TranslationOptions, register

from practices.models import Practice, PracticeLibraryPage


@register(Practice)
class PracticeTranslation(TranslationOptions):
    fields = ()


@register(PracticeLibraryPage)
class PracticeLibraryPageTranslation(TranslationOptions):
    fields = ()
