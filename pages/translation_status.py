"""How complete each translation is, counted in SQL.

Everything registered with modeltranslation is found in its registry, so that ``pages`` needs
to know no other app: pages, their orderables, snippets, settings and images alike. A
translation is measured against English, the reference: of the fields written in English, a
language is *complete* when it has them all, *partial* when it has some, *missing* when it
has none. A field "has text" by the rule the site's fallback uses (``pages.i18n.has_text``):
rich text without visible text and an empty StreamField count as empty. The rule is written
once as SQL, and measured when an object is written: each object's statuses are stored in a
``TranslationStatus`` row, written for many objects at once by one ``INSERT … SELECT`` per
model, which the report and the dashboard read. Saving or deleting an object rewrites its
row (the receivers below); what writes without signals (``bulk_create``, ``COPY``, SQL)
calls ``refresh_statuses`` for what it wrote, and the migrations are followed by a
measure of everything (``manage.py refresh_translation_status`` does the same).
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.db.models import BooleanField, F, IntegerField, Sum, Value
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_migrate, post_save
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.models.base import LANGUAGE_CODES
from pages.models.translation_statuses import (
    COMPLETE,
    MISSING,
    PARTIAL,
    TRANSLATIONS,
    TranslationStatus,
)

REFERENCE = settings.LANGUAGE_CODE
PAGE_KIND = "page"
# Columns that wagtail-modeltranslation keeps for itself (derived from the slugs). A model's
# ``optional_translations`` (names of places and organisations, right in English unless a
# language has its own) are not measured either.
DERIVED_FIELDS = {"url_path"}
# What a TranslationStatus row holds beside the statuses, in the order they are measured.
MEASURED = ["model", "object_id", "kind", "page_id", *(f"written_{c}" for c in LANGUAGE_CODES)]
STORED = [*MEASURED, *(f"status_{code}" for code in TRANSLATIONS), "complete"]


# Text that is only white space and tags: what ``strip_tags(text).strip()`` leaves empty.
BLANK_HTML = r"^(\s|<[^>]*>)*$"


def has_text(column: str, field) -> str:
    """SQL for ``pages.i18n.has_text`` on ``column`` (qualified), the translation column of
    the model ``field``. The cheap tests come first: most columns are empty or start with a
    word. Written as SQL text, without parameters: a model's measure repeats it for every
    field and language, and Django's expressions took seconds to compile there."""
    if isinstance(field, StreamField):  # a list of blocks
        return f"coalesce(jsonb_array_length({column}), 0) > 0"
    return (
        f"coalesce({column} <> '' AND ({column} !~ '{BLANK_HTML}' "
        f"OR strpos({column}, '<embed') > 0), false)"
    )


def sql(text: str, output_field) -> RawSQL:
    """An expression of SQL written here from the models' own column names and constants."""
    return RawSQL(text, (), output_field=output_field)  # noqa: S611


def status_sql(written: str, reference: str) -> str:
    """SQL: a language's status, from how many fields it has (``written``) of the
    ``reference`` fields written in English. Nothing to translate is complete."""
    return (
        f"CASE WHEN {written} = {reference} THEN '{COMPLETE}' "
        f"WHEN {written} = 0 THEN '{MISSING}' ELSE '{PARTIAL}' END"
    )


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

    def columns(self) -> set[tuple[str, str]]:
        """(table, column) of every translation measured."""
        columns = set()
        for field in self.fields:
            for language in LANGUAGE_CODES:
                column = self.model._meta.get_field(build_localized_fieldname(field, language))
                columns.add((column.model._meta.db_table, column.column))
        return columns

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

    def page_sql(self) -> str:
        """SQL: the page the object is, or belongs to."""
        if self.kind == PAGE_KIND:
            return f'"{self.model._meta.db_table}"."{self.model._meta.pk.column}"'
        if self.parent_page_field:
            column = self.model._meta.get_field(self.parent_page_field).column
            return f'"{self.model._meta.db_table}"."{column}"'
        return "NULL::bigint"

    def measures(self, objects) -> tuple[str, list]:
        """SQL and parameters: the MEASURED values of ``objects``, a queryset of this model,
        each named ``measured_<column>``."""
        values = [
            Value(self.key),
            F("pk"),
            Value(self.kind),
            sql(self.page_sql(), IntegerField()),
            *(sql(self.written_count_sql(code), IntegerField()) for code in LANGUAGE_CODES),
        ]
        named = {f"measured_{name}": value for name, value in zip(MEASURED, values, strict=True)}
        return objects.order_by().annotate(**named).values(*named).query.sql_with_params()

    def store_statuses(self, objects) -> None:
        """Measure ``objects`` (a queryset of this model) and store their statuses."""
        measures, params = self.measures(objects)
        with connection.cursor() as cursor:
            cursor.execute(storing_sql(measures), params)


def storing_sql(measures: str) -> str:
    """SQL: store the statuses of the objects whose MEASURED values ``measures`` selects, in
    one statement that leaves alone the rows whose statuses have not changed."""
    table = TranslationStatus._meta.db_table
    reference = f"measured_written_{REFERENCE}"
    values = [
        *(f"measured_{name}" for name in MEASURED),
        *(status_sql(f"measured_written_{code}", reference) for code in TRANSLATIONS),
        " AND ".join(f"measured_written_{code} = {reference}" for code in TRANSLATIONS),
    ]
    changing = STORED[2:]  # all but the object's identity
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in changing)
    stored = ", ".join(f"{table}.{name}" for name in changing)
    measured = ", ".join(f"EXCLUDED.{name}" for name in changing)
    return (
        f"INSERT INTO {table} ({', '.join(STORED)}) "  # noqa: S608 - our columns
        f"SELECT {', '.join(values)} FROM ({measures}) AS measured "
        f"ON CONFLICT (model, object_id) DO UPDATE SET {updates} "
        f"WHERE ({stored}) IS DISTINCT FROM ({measured})"
    )


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


@cache
def translatable_models() -> dict[type, Translatable]:
    return {item.model: item for item in translatables()}


def refresh_statuses(objects) -> None:
    """Measure again ``objects``, a queryset of one translated model: for what was written
    without signals (``bulk_create``, ``update``, ``COPY``, SQL)."""
    item = translatable_models()[objects.model]
    item.store_statuses(item.objects().filter(pk__in=objects.values("pk")))


@transaction.atomic
def refresh_all_statuses() -> int:
    """Measure every translated object again, forget the objects gone, and return how many
    are measured."""
    translatable_keys = [item.key for item in translatables()]
    TranslationStatus.objects.exclude(model__in=translatable_keys).delete()
    for item in translatables():
        TranslationStatus.objects.filter(model=item.key).exclude(
            object_id__in=item.objects().values("pk")
        ).delete()
        item.store_statuses(item.objects())
    with connection.cursor() as cursor:  # the query planner sees the new rows at once
        cursor.execute(f"ANALYZE {TranslationStatus._meta.db_table}")
    return TranslationStatus.objects.count()


def object_saved(sender, instance, raw=False, **kwargs) -> None:
    """A translated object was saved (a page, even through Wagtail's base ``Page``)."""
    if raw:  # a fixture being loaded: its rows are not all there yet
        return
    item = translatable_models().get(instance.specific_class if sender is Page else sender)
    if item is not None:
        item.store_statuses(item.objects().filter(pk=instance.pk))


def object_deleted(sender, instance, **kwargs) -> None:
    TranslationStatus.objects.filter(model=sender._meta.label_lower, object_id=instance.pk).delete()


def database_has_columns() -> bool:
    """Whether every column measured or stored exists: on a new database,
    wagtail-modeltranslation adds the pages' translations after the migrations."""
    table = TranslationStatus._meta.db_table
    needed = {(table, field.column) for field in TranslationStatus._meta.concrete_fields}
    for item in translatables():
        needed |= item.columns()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
        existing = set(cursor.fetchall())
    return needed <= existing


def refresh_after_migrations(plan=None, **kwargs) -> None:
    """Migrations write text too (a column copied into a new language): after those that
    ran, everything is measured again."""
    if plan and database_has_columns():
        refresh_all_statuses()


def keep_statuses_current() -> None:
    """Connect the receivers that measure an object again when it is saved or deleted. A
    page's rows, and its orderables', go with it (``TranslationStatus.page``)."""
    post_save.connect(object_saved, sender=Page, dispatch_uid="status_page")
    for item in translatables():
        post_save.connect(object_saved, sender=item.model, dispatch_uid=f"status_{item.key}")
        if item.kind != PAGE_KIND:
            post_delete.connect(
                object_deleted, sender=item.model, dispatch_uid=f"status_gone_{item.key}"
            )
    post_migrate.connect(
        refresh_after_migrations,
        sender=apps.get_app_config("pages"),
        dispatch_uid="status_after_migrations",
    )


def completeness() -> dict[str, int]:
    """Per language, the share (in %) of the texts written in English that are translated:
    one sum over the stored statuses."""
    totals = TranslationStatus.objects.aggregate(
        **{code: Sum(f"written_{code}", default=0) for code in LANGUAGE_CODES}
    )
    reference = totals[REFERENCE]
    return {
        language: 100 if not reference else int(100 * totals[language] / reference)
        for language in TRANSLATIONS
    }
