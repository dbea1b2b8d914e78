"""Fields of the publications app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from publications.models import Download, LibraryPage, Publication, PublicationFile


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(PublicationFile)
class PublicationFileTranslation(TranslationOptions):
    fields = ()


@register(Download)
class DownloadTranslation(TranslationOptions):
    fields = ()


@register(LibraryPage)
class LibraryPageTranslation(TranslationOptions):
    fields = ()
