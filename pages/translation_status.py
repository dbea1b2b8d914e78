"""How complete each translation is, counted in SQL.

Everything registered with modeltranslation is found in its registry, so that ``pages`` needs
to know no other app: pages, their orderables, snippets, settings and images alike. A
translation is measured against English, the reference: of the fields written in English, a
language is *complete* when it has them all, *partial* when it has some, *missing* when it
has none. A field "has text" by the rule the site's fallback uses (``pages.i18n.has_text``):
rich text without visible text and an empty StreamField count as empty. The rule is written
once as SQL, so that filtering and the dashboard's figures never load the rows themselves.
"""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db.models import BooleanField, CharField, Count, IntegerField
from django.db.models.expressions import RawSQL
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.models.base import LANGUAGE_CODES

REFERENCE = settings.LANGUAGE_CODE
TRANSLATIONS = [code for code in LANGUAGE_CODES if code != REFERENCE]
COMPLETE, PARTIAL, MISSING = "complete", "partial", "missing"
PAGE_KIND = "page"
# Columns that wagtail-modeltranslation keeps for itself (derived from the slugs). A model's
# ``optional_translations`` (names of places and organisations, right in English unless a
# language has its own) are not measured either.
DERIVED_FIELDS = {"url_path"}


# Text that is only white space and tags: what ``strip_tags(text).strip()`` leaves empty.
BLANK_HTML = r"^(\s|<[^>]*>)*$"


def has_text(column: str, field) -> str:
    """SQL for ``pages.i18n.has_text`` on ``column`` (qualified), the translation column of
    the model ``field``. The cheap tests come first: most columns are empty or start with a
    word. Written as SQL text, without parameters: the report's union repeats it for every
    field, language and model, and Django's expressions took seconds to compile there."""
    if isinstance(field, StreamField):  # a list of blocks
        return f"coalesce(jsonb_array_length({column}), 0) > 0"
    return (
        f"coalesce({column} <> '' AND ({column} !~ '{BLANK_HTML}' "
        f"OR strpos({column}, '<embed') > 0), false)"
    )


def sql(text: str, output_field) -> RawSQL:
    """An expression of SQL written here from the models' own column names and constants."""
    return RawSQL(text, (), output_field=output_field)  # noqa: S611


@dataclass(frozen=True)
class Translatable:
    """A model with translated fields, as the report lists it."""

    model: type
    fields: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.model._meta.label_lower

    @property
    def kind(self) -> str:
        return PAGE_KIND if issubclass(self.model, Page) else self.key

    @property
    def parent_page_field(self) -> str | None:
        """For an orderable, the name of its key to the page that holds it."""
        for field in self.model._meta.concrete_fields:
            if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
                return field.name
        return None

    def objects(self):
        manager = self.model._default_manager
        if issubclass(self.model, Page):  # each page once, under its own type
            return manager.exact_type(self.model)
        return manager.all()

    def written_sql(self, field: str, language: str) -> str:
        column = self.model._meta.get_field(build_localized_fieldname(field, language))
        qualified = f'"{column.model._meta.db_table}"."{column.column}"'
        return has_text(qualified, column)

    def written(self, field: str, language: str) -> RawSQL:
        return sql(self.written_sql(field, language), BooleanField())

    def written_count_sql(self, language: str) -> str:
        """How many of the fields written in English are written in ``language``."""
        return " + ".join(
            f"(CASE WHEN {self.written_sql(field, REFERENCE)} "
            f"AND {self.written_sql(field, language)} THEN 1 ELSE 0 END)"
            for field in self.fields
        )

    def status_annotations(self) -> dict:
        """SQL: the status of every language, and the number of fields written in English."""
        reference_count = self.written_count_sql(REFERENCE)
        annotations = {"reference_fields": sql(reference_count, IntegerField())}
        for language in TRANSLATIONS:
            done = self.written_count_sql(language)
            status = (
                f"CASE WHEN ({done}) = ({reference_count}) THEN '{COMPLETE}' "
                f"WHEN ({done}) = 0 THEN '{MISSING}' ELSE '{PARTIAL}' END"
            )
            annotations[f"status_{language}"] = sql(status, CharField())
        return annotations

    def field_counts(self) -> dict:
        """Aggregates: per field and language, how many rows have the English text and how many
        have the translation too."""
        counts = {}
        for field in self.fields:
            english = self.written(field, REFERENCE)
            counts[f"{field}__{REFERENCE}"] = Count("pk", filter=english)
            for language in TRANSLATIONS:
                translated = english & self.written(field, language)
                counts[f"{field}__{language}"] = Count("pk", filter=translated)
        return counts


@cache
def translatables() -> tuple[Translatable, ...]:
    """Every concrete model with translated fields, pages first, in a stable order."""
    found = []
    for model in translator.get_registered_models(abstract=False):
        if model is Page:
            continue
        options = translator.get_options_for_model(model)
        optional = set(getattr(model, "optional_translations", ()))
        fields = tuple(sorted(set(options.all_fields) - DERIVED_FIELDS - optional))
        if not fields:
            continue
        found.append(Translatable(model, fields))
    found.sort(key=lambda item: (item.kind != PAGE_KIND, item.key))
    return tuple(found)


def completeness() -> dict[str, int]:
    """Per language, the share (in %) of the texts written in English that are translated:
    one aggregate query per translated model."""
    totals = dict.fromkeys(LANGUAGE_CODES, 0)
    for item in translatables():
        counts = item.objects().aggregate(**item.field_counts())
        for name, count in counts.items():
            totals[name.rsplit("__", 1)[1]] += count
    reference = totals[REFERENCE]
    return {
        language: 100 if not reference else int(100 * totals[language] / reference)
        for language in TRANSLATIONS
    }
