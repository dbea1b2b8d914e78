"""The site search's index: one row per indexed object and language, with its words.

Wagtail's own search backend indexes every language with English stemming and indexes a
missing translation as the word "None". Here each row holds one language's own text only (an
object without text in a language has no row in it) and its words are stemmed with that
language's PostgreSQL text search configuration, stored and indexed (GIN) by PostgreSQL.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchConfig, SearchVector, SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.folding import folded
from publications.models import SEARCH_CONFIGURATIONS

# How much a match counts in each part of a text (ts_rank's weights, D C B A): the title
# (A) above the summary (B) above the body (C).
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]


class Kind(models.TextChoices):
    """What a result is, named as a filter; a new kind of content adds its value here, its
    name in ``KIND_NAMES`` and its source to ``search.registry.SOURCES``."""

    PAGE = "page", _("Pages")
    NEWS = "news", _("News")
    EVENT = "event", _("Events")
    PROJECT = "project", _("European projects")
    PUBLICATION = "publication", _("Publications")
    PRACTICE = "practice", _("Practices")
    MEMBER = "member", _("Member authorities")


# What one result of each kind is called.
KIND_NAMES = {
    Kind.PAGE: _("Page"),
    Kind.NEWS: _("News article"),
    Kind.EVENT: _("Event"),
    Kind.PROJECT: _("European project"),
    Kind.PUBLICATION: _("Publication"),
    Kind.PRACTICE: _("Practice"),
    Kind.MEMBER: _("Member authority"),
}


def language_configuration():
    """The text search configuration of the row's language. Each branch is a constant
    ``regconfig``, so the expression stays immutable, as a stored generated column needs."""
    return models.Case(
        *(
            models.When(language=code, then=SearchConfig(configuration))
            for code, configuration in SEARCH_CONFIGURATIONS.items()
        ),
        output_field=models.TextField(),
    )


def weighted_words():
    """The title's words (weight A), the summary's (B) and the body's (C), folded (accents
    and case left aside, as ``publications.models.search_query`` folds a query) and stemmed
    in the row's language."""
    configuration = language_configuration()
    return (
        SearchVector(folded(models.F("title")), config=configuration, weight="A")
        + SearchVector(folded(models.F("summary")), config=configuration, weight="B")
        + SearchVector(folded(models.F("body")), config=configuration, weight="C")
    )


class SearchEntry(models.Model):
    """An object's text in one language, as the search finds and shows it."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    title = models.TextField(_("title"))
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    url = models.CharField(_("address"), max_length=1000)
    members_only = models.BooleanField(_("members only"), default=False)
    # The language of the text when it is not the entry's own: a practice's original text,
    # found by a search in a language it has no translation into.
    text_language = models.CharField(
        _("language of the text"), max_length=5, choices=settings.LANGUAGES, blank=True
    )
    # Found only by those who read members-only content (a members-only practice); a
    # members-only publication's page is public, and so is its entry.
    hidden_from_public = models.BooleanField(_("hidden from the public"), default=False)
    date = models.DateField(_("date"), null=True, blank=True)
    vector = models.GeneratedField(
        expression=weighted_words(), output_field=SearchVectorField(), db_persist=True
    )

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_entry_per_language"
            )
        ]
        indexes = [
            # One per language: a search reads its own language's index only, without
            # combining it with an index of the languages or matching the other languages.
            *(
                GinIndex(
                    fields=["vector"],
                    condition=models.Q(language=code),
                    name=f"search_entry_words_{code}",
                )
                for code in SEARCH_CONFIGURATIONS
            ),
            models.Index(fields=["language", "kind"], name="search_entry_language_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
