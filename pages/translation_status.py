"""How complete each translation is, counted in SQL.

Everything registered with modeltranslation is found in its registry, so that ``pages``
needs to know no other app: pages, their orderables, snippets, settings and images alike.
Such a translation is measured against English, the reference: of the fields written in
English, a language is *complete* when it has them all, *partial* when it has some,
*missing* when it has none. A field "has text" by the rule the site's fallback uses
(``pages.i18n.has_text``): rich text without visible text and an empty StreamField count as
empty. A model translated otherwise (a practice holds a row of text per language, measured
against its original language) measures itself: its app ``register``s a ``TranslatedKind``
at start, and pages knows it through that registry alone. A reference's own language is
complete; its number of fields is the most any language has.

The rule is written once as SQL, and measured when an object is written: each object's
statuses are stored in a ``TranslationStatus`` row, written for many objects at once by one
``INSERT … SELECT`` per model, which the report and the dashboard read. Saving or deleting
an object (or a part of it a kind names) rewrites its row (the receivers below); what
writes without signals (``bulk_create``, ``COPY``, SQL) calls ``refresh_statuses`` for what
it wrote, and the migrations are followed by a measure of everything (``manage.py
refresh_translation_status`` does the same).
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cache, partial

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.db.models import BooleanField, F, IntegerField, Model, Sum, Value
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
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
# What a kind measures of an object, in this order: ``written_<code>`` is how many of the
# fields written in its reference are written in that language too.
MEASURED = ["model", "object_id", "kind", "page_id", *(f"written_{c}" for c in LANGUAGE_CODES)]
STORED = [
    *MEASURED,
    "reference_fields",
    *(f"status_{code}" for code in LANGUAGE_CODES),
    "complete",
]


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
    ``reference`` fields. Nothing to translate is complete."""
    return (
        f"CASE WHEN {written} = {reference} THEN '{COMPLETE}' "
        f"WHEN {written} = 0 THEN '{MISSING}' ELSE '{PARTIAL}' END"
    )


class TranslatedKind(ABC):
    """A model whose objects' translations are measured, and how the report lists them.
    ``Translatable`` is every model registered with modeltranslation; another app describes
    a model translated otherwise with a subclass, and ``register``s it."""

    model: type
    # The languages measured against the reference (the reference's own is complete).
    languages: tuple[str, ...] = tuple(LANGUAGE_CODES)
    # Models whose rows are part of an object: saving or deleting one measures the object
    # again. Each with the name of its column holding the object's key.
    parts: dict[type, str] = {}

    @property
    def key(self) -> str:
        return self.model._meta.label_lower

    @property
    def kind(self) -> str:
        return self.key

    @property
    def parent_page_field(self) -> str | None:
        """For an orderable, the name of its key to the page that holds it."""
        return None

    def objects(self):
        return self.model._default_manager.all()

    @abstractmethod
    def columns(self) -> set[tuple[str, str]]:
        """(table, column) of everything measured: the columns that must exist first."""

    @abstractmethod
    def measures(self, objects) -> tuple[str, list]:
        """SQL and parameters: the MEASURED values of ``objects``, a queryset of this model,
        each named ``measured_<column>``."""

    def store_statuses(self, objects) -> None:
        """Measure ``objects`` (a queryset of this model) and store their statuses."""
        measures, params = self.measures(objects)
        with connection.cursor() as cursor:
            cursor.execute(storing_sql(measures), params)

    # How the report shows an object.
    def listed(self):
        """The objects as the report loads them, with what their rows show."""
        return self.objects()

    def label(self, instance) -> str:
        return str(instance)

    def kind_label(self, instance) -> str:
        return capfirst(self.model._meta.verbose_name)

    def edited(self, instance):
        """What staff open to translate ``instance``."""
        return instance


@dataclass(frozen=True)
class Translatable(TranslatedKind):
    """A model with fields translated with modeltranslation, English their reference."""

    model: type
    fields: tuple[str, ...]
    languages = tuple(TRANSLATIONS)

    @property
    def kind(self) -> str:
        return PAGE_KIND if issubclass(self.model, Page) else self.key

    @property
    def parent_page_field(self) -> str | None:
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
        values = [
            Value(self.key),
            F("pk"),
            Value(self.kind),
            sql(self.page_sql(), IntegerField()),
            *(sql(self.written_count_sql(code), IntegerField()) for code in LANGUAGE_CODES),
        ]
        named = {f"measured_{name}": value for name, value in zip(MEASURED, values, strict=True)}
        return objects.order_by().annotate(**named).values(*named).query.sql_with_params()

    def listed(self):
        if self.parent_page_field:
            return self.objects().select_related(self.parent_page_field)
        return self.objects()

    def label(self, instance) -> str:
        """The page's title, the object's name, or an orderable's first English text."""
        if type(instance).__str__ is not Model.__str__:
            return str(instance)
        for field in self.fields:
            value = getattr(instance, build_localized_fieldname(field, REFERENCE), None)
            text = strip_tags(str(value or "")).strip()
            if text:
                return Truncator(text).chars(80)
        return str(instance.pk)

    def kind_label(self, instance) -> str:
        kind = super().kind_label(instance)
        if self.parent_page_field:
            return f"{kind} ({self.edited(instance).title})"
        return kind

    def edited(self, instance):
        """An orderable's page, else the object itself."""
        if self.parent_page_field:
            return getattr(instance, self.parent_page_field)
        return instance


def storing_sql(measures: str) -> str:
    """SQL: store the statuses of the objects whose MEASURED values ``measures`` selects, in
    one statement that leaves alone the rows whose statuses have not changed. The reference
    has the most fields: every language's are among its."""
    table = TranslationStatus._meta.db_table
    written = [f"measured_written_{code}" for code in LANGUAGE_CODES]
    reference = f"GREATEST({', '.join(written)})"
    values = [
        *(f"measured_{name}" for name in MEASURED),
        reference,
        *(status_sql(language, reference) for language in written),
        " AND ".join(f"{language} = {reference}" for language in written),
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


# The kinds other apps register, beside modeltranslation's.
REGISTERED: list[TranslatedKind] = []


def register(kind: TranslatedKind) -> None:
    """Measure ``kind``'s objects too, and keep them measured: for a model translated
    otherwise than with modeltranslation, registered by its app's ``ready``."""
    REGISTERED.append(kind)
    translatables.cache_clear()
    translatable_models.cache_clear()
    keep_current(kind)


@cache
def translatables() -> tuple[TranslatedKind, ...]:
    """Every concrete model with translated fields, and the kinds registered, pages first, in
    a stable order."""
    found = [*REGISTERED]
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
def translatable_models() -> dict[type, TranslatedKind]:
    return {item.model: item for item in translatables()}


def measured_languages() -> list[str]:
    """The languages any kind measures, in the site's order: English only where a kind has
    another reference."""
    return [
        code for code in LANGUAGE_CODES if any(code in item.languages for item in translatables())
    ]


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


def part_changed(sender, instance, item: TranslatedKind, key: str, raw=False, **kwargs) -> None:
    """A part of an object of ``item`` (a practice's text) was saved or deleted."""
    if not raw:
        item.store_statuses(item.objects().filter(pk=getattr(instance, key)))


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


def keep_current(item: TranslatedKind) -> None:
    """Measure an object of ``item`` again when it, or a part of it, is saved or deleted,
    and forget it when it is deleted. A page's rows, and its orderables', go with it
    (``TranslationStatus.page``)."""
    post_save.connect(object_saved, sender=item.model, dispatch_uid=f"status_{item.key}")
    if item.kind != PAGE_KIND:
        post_delete.connect(
            object_deleted, sender=item.model, dispatch_uid=f"status_gone_{item.key}"
        )
    for part, key in item.parts.items():
        measure_again = partial(part_changed, item=item, key=key)
        for signal, name in ((post_save, "saved"), (post_delete, "gone")):
            signal.connect(
                measure_again,
                sender=part,
                weak=False,
                dispatch_uid=f"status_{item.key}_{name}_{part._meta.label_lower}",
            )


def keep_statuses_current() -> None:
    """Connect the receivers that keep the statuses of what modeltranslation registers
    current (the kinds registered later are connected by ``register``), and the measure
    after the migrations."""
    post_save.connect(object_saved, sender=Page, dispatch_uid="status_page")
    for item in translatables():
        keep_current(item)
    post_migrate.connect(
        refresh_after_migrations,
        sender=apps.get_app_config("pages"),
        dispatch_uid="status_after_migrations",
    )


def completeness() -> dict[str, int]:
    """Per language measured, the share (in %) of the texts written in their reference that
    are written in that language: one sum over the stored statuses."""
    languages = measured_languages()
    totals = TranslationStatus.objects.aggregate(
        reference=Sum("reference_fields", default=0),
        **{code: Sum(f"written_{code}", default=0) for code in languages},
    )
    reference = totals["reference"]
    return {
        language: 100 if not reference else int(100 * totals[language] / reference)
        for language in languages
    }
