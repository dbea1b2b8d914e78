"""Factories for the publications app: publications with real PDF files, the library."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from fpdf import FPDF

from pages.factories import BasePageFactory, in_written_languages
from publications import models


def sample_pdf(title: str, language: str) -> bytes:
    """A small, valid one-page PDF."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.multi_cell(0, 10, f"{title} ({language})")
    return bytes(pdf.output())


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(
        lambda obj: ContentFile(sample_pdf(obj.title, "en"), name="publication.pdf")
    )
    file_size = factory.LazyAttribute(lambda obj: obj.file.size)  # as the admin's upload sets it


class PublicationFactory(factory.django.DjangoModelFactory):
    """A public report, written in English and French, with an English file."""

    class Meta:
        model = models.Publication
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"publication-{n}")
    locals().update(in_written_languages("title", lambda obj, code: f"{obj.slug} [{code}]"))
    locals().update(
        in_written_languages("summary", lambda obj, code: f"Summary of {obj.slug} [{code}]")
    )
    kind = models.Publication.Kind.REPORT
    published_on = factory.Sequence(lambda n: datetime.date(2024, 1, 1) - datetime.timedelta(n))
    access = models.Publication.Access.PUBLIC

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        """The languages it has a file in: ``languages=["en", "fr"]``; English by default."""
        languages = extracted if extracted is not None else ["en"]
        for position, language in enumerate(languages):
            PublicationFileFactory(publication=self, language=language, sort_order=position)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.themes.commit()


class PublicationFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PublicationFile

    publication = factory.SubFactory(PublicationFactory, languages=[])
    language = "en"
    document = factory.LazyAttribute(
        lambda obj: DocumentFactory(
            title=f"{obj.publication.slug} {obj.language}",
            file=ContentFile(
                sample_pdf(obj.publication.slug, obj.language),
                name=f"{obj.publication.slug}-{obj.language}.pdf",
            ),
        )
    )


class LibraryPageFactory(BasePageFactory):
    class Meta:
        model = models.LibraryPage

    class Params:
        name = "Publications"
