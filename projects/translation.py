"""Fields of the projects app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner


@register(ProjectIndexPage)
class ProjectIndexPageTranslation(TranslationOptions):
    fields = ()


@register(ProjectPage)
class ProjectPageTranslation(TranslationOptions):
    fields = ("body",)


@register(ProjectPartner)
class ProjectPartnerTranslation(TranslationOptions):
    fields = ("name",)
