"""Fields of the working groups translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from groups.models import GroupIndexPage, WorkingGroup


@register(WorkingGroup)
class GroupTranslation(TranslationOptions):
    fields = ("name", "description")


@register(GroupIndexPage)
class GroupIndexPageTranslation(TranslationOptions):
    fields = ()
