"""Fields of the events app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from events.models import EventIndexPage, EventPage, Registration


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ()


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("venue", "body")


@register(Registration)
class RegistrationTranslation(TranslationOptions):
    fields = ()
