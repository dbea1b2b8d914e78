"""Each translated object's status in every language, stored.

Measuring a status reads every translated column of an object (rich text tested with a
regular expression): at 70,000 objects that took the Translations report seconds. The
statuses are measured when an object is written instead (``pages.translation_status``
writes these rows, one statement per model) and the report, its summary and the dashboard
read them here.
"""

from django.conf import settings
from django.db import models
from wagtail.models import Page

from .base import LANGUAGE_CODES

COMPLETE, PARTIAL, MISSING = "complete", "partial", "missing"
TRANSLATIONS = [code for code in LANGUAGE_CODES if code != settings.LANGUAGE_CODE]


class TranslationStatus(models.Model):
    """How complete the translations of one object are: ``reference_fields`` fields written
    in its reference language (English, or a practice's original language), ``written_fr``
    of them in French…, and the status each language has (the reference's is complete)."""

    model = models.CharField(max_length=100)  # "app_label.model_name", as in its registry
    object_id = models.BigIntegerField()
    # "page" for every page type (they are listed together, in the tree's order), else the
    # model: the report's kind filter.
    kind = models.CharField(max_length=100)
    # The page itself, or the page an orderable belongs to: who may edit it, and where it
    # stands in the tree. Its rows go with it.
    page = models.ForeignKey(Page, null=True, on_delete=models.CASCADE, related_name="+")
    reference_fields = models.PositiveSmallIntegerField()
    locals().update(
        {f"written_{code}": models.PositiveSmallIntegerField() for code in LANGUAGE_CODES}
    )
    locals().update({f"status_{code}": models.CharField(max_length=8) for code in LANGUAGE_CODES})
    complete = models.BooleanField()  # in every language

    class Meta:
        constraints = [
            # Also the order of the report's rows other than pages.
            models.UniqueConstraint(fields=["model", "object_id"], name="translation_status_object")
        ]
        indexes = [models.Index(fields=["kind"], name="translation_status_kind")]  # the pages

    def __str__(self) -> str:
        return f"{self.model} {self.object_id}"
