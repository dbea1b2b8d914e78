"""The Translations report and its dashboard panel.

The report has one row per translated object (pages, orderables, snippets, settings, images),
with the status of each language, for the objects the viewer may edit: an editor of one
section sees its pages (and their orderables) and nothing else; staff who may edit nothing
translated do not see the report. It opens on what is incomplete (the complete objects are
behind the status filter), under a summary: per language, how many objects are complete and
how many are not. The rows are numbered by one SQL union of every translated model's ids,
filtered in SQL; only the rows of the page shown are then loaded, one query per model on
that page, so the report costs the same with 20 or 20,000 members.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import CharField, F, IntegerField, Model, Q, Value
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.http import urlencode
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from pages.caching import kept
from pages.translation_status import (
    COMPLETE,
    MISSING,
    PAGE_KIND,
    PARTIAL,
    REFERENCE,
    TRANSLATIONS,
    Translatable,
    completeness,
    translatables,
)

STATUS_LABELS = {COMPLETE: _("Complete"), PARTIAL: _("Partial"), MISSING: _("Missing")}
# The status filter's other choices: partial or missing (the report's default), and any.
INCOMPLETE, ANY_STATUS = "incomplete", "all"
STATUS_CHOICES = [
    (INCOMPLETE, _("Incomplete")),
    (MISSING, STATUS_LABELS[MISSING]),
    (PARTIAL, STATUS_LABELS[PARTIAL]),
    (COMPLETE, STATUS_LABELS[COMPLETE]),
    (ANY_STATUS, _("All")),
]
# Rows loaded at once while exporting the whole report.
EXPORT_BATCH = 500
# Edit URLs without a permission check: the report lists only what the viewer may edit.
EDIT_URLS = AdminURLFinder()


def language_choices():
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in TRANSLATIONS]


def kind_choices():
    choices = {PAGE_KIND: _("Pages")}
    for item in translatables():
        if item.kind != PAGE_KIND:
            choices[item.kind] = capfirst(item.model._meta.verbose_name_plural)
    return list(choices.items())


class TranslationFilterSet(WagtailFilterSet):
    """The report's filters; the report applies them itself, model by model."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        method="keep",
        widget=forms.RadioSelect,
        empty_label=None,
        initial=INCOMPLETE,
        help_text=_(
            "In the language chosen. Without one: complete in every language, or incomplete "
            "(partial, missing) in at least one."
        ),
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=kind_choices, empty_label=_("All"))

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = INCOMPLETE
        super().__init__(data, *args, **kwargs)


# Pages as in the page tree, then the other models' rows.
REPORT_ORDER = ("pages_first", "tree_path", "model_position", "object_id")


def permission_policy(item: Translatable):
    """Who may edit ``item``'s objects: its own policy; pages' for pages and orderables."""
    return policy_registry.get_by_type(
        Page if item.parent_page_field or item.kind == PAGE_KIND else item.model
    )


def may_see_report(user) -> bool:
    """Whether ``user`` may edit objects of at least one translated kind."""
    return any(
        permission_policy(item).user_has_permission(user, "change") for item in translatables()
    )


def editable(item: Translatable, user):
    """``item``'s objects that ``user`` may edit (an orderable: its page), in SQL."""
    allowed = permission_policy(item).instances_user_has_permission_for(user, "change")
    field = f"{item.parent_page_field}_id" if item.parent_page_field else "pk"
    return item.objects().filter(**{f"{field}__in": allowed.values("pk")})


def editable_of_kind(user, kind: str = ""):
    """(position, model, objects ``user`` may edit) for every translated model of ``kind``."""
    for position, item in enumerate(translatables()):
        if not kind or item.kind == kind:
            yield position, item, editable(item, user)


def rows_matching(user, kind: str = "", language: str = "", status: str = ""):
    """One SQL union of (model, id) for the rows that match the filters and that ``user`` may
    edit, in report order."""
    branches = []
    for position, item, objects in editable_of_kind(user, kind):
        if status and status != ANY_STATUS:
            objects = objects.alias(**item.status_annotations()).filter(
                status_matches(status, [language] if language else TRANSLATIONS)
            )
        is_page = item.kind == PAGE_KIND
        numbered = objects.annotate(
            pages_first=Value(0 if is_page else 1, output_field=IntegerField()),
            tree_path=F("path") if is_page else Value("", output_field=CharField()),
            model_position=Value(position, output_field=IntegerField()),
            object_id=F("pk"),
        )
        branches.append(numbered.order_by().values(*REPORT_ORDER))
    if not branches:
        return translatables()[0].objects().none().values("pk")
    first, *others = branches
    return first.union(*others, all=True).order_by(*REPORT_ORDER)


def status_matches(status: str, languages: list[str]) -> Q:
    """Complete in every language given; incomplete, partial or missing in at least one."""
    if status == INCOMPLETE:
        conditions = [~Q(**{f"status_{code}": COMPLETE}) for code in languages]
    else:
        conditions = [Q(**{f"status_{code}": status}) for code in languages]
    combine = Q.__and__ if status == COMPLETE else Q.__or__
    matches = conditions[0]
    for condition in conditions[1:]:
        matches = combine(matches, condition)
    return matches


def complete_counts(user, kind: str = "") -> tuple[int, dict[str, int]]:
    """How many objects of ``kind`` ``user`` may edit, and how many of them are complete in
    each language: one query over the union of every model's statuses."""
    columns = [f"status_{code}" for code in TRANSLATIONS]
    branches = [
        objects.annotate(**item.status_annotations()).order_by().values(*columns)
        for _position, item, objects in editable_of_kind(user, kind)
    ]
    if not branches:
        return 0, dict.fromkeys(TRANSLATIONS, 0)
    first, *others = branches
    sql, params = first.union(*others, all=True).query.sql_with_params()
    counts = ", ".join(f"count(*) FILTER (WHERE {column} = %s)" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*), {counts} FROM ({sql}) AS statuses",  # noqa: S608 - our columns
            [COMPLETE] * len(columns) + list(params),
        )
        total, *complete = cursor.fetchone()
    return total, dict(zip(TRANSLATIONS, complete, strict=True))


@dataclass
class LanguageSummary:
    """One language's line of the summary, with links to its complete and incomplete objects."""

    name: str
    complete: int
    incomplete: int
    complete_url: str
    incomplete_url: str


def language_summaries(user, languages, kind: str = "") -> list[LanguageSummary]:
    total, complete = complete_counts(user, kind)
    names = dict(settings.LANGUAGES)
    kind_filter = {"kind": kind} if kind else {}

    def url(language, status):
        query = urlencode({**kind_filter, "language": language, "status": status})
        return f"{reverse('translation_report')}?{query}"

    return [
        LanguageSummary(
            names[code],
            complete[code],
            total - complete[code],
            url(code, COMPLETE),
            url(code, INCOMPLETE),
        )
        for code in languages
    ]


@dataclass
class ReportRow:
    """One object and the status of its translations."""

    kind: str
    label: str
    edit_url: str | None
    reference_fields: int
    statuses: dict
    languages: list

    @property
    def cells(self) -> list[tuple[str, str, str]]:
        """(language, status, its label) for each language the report shows."""
        return [(code, self.statuses[code], self.status_label(code)) for code in self.languages]

    def status_label(self, language: str) -> str:
        return str(STATUS_LABELS[self.statuses[language]])

    def __getattr__(self, name):
        # The export's columns: status_fr, status_de…
        if name.startswith("status_") and name[7:] in TRANSLATIONS:
            return self.status_label(name[7:])
        raise AttributeError(name)


def english_text(instance, item: Translatable) -> str:
    for field in item.fields:
        value = getattr(instance, build_localized_fieldname(field, REFERENCE), None)
        text = strip_tags(str(value or "")).strip()
        if text:
            return Truncator(text).chars(80)
    return str(instance.pk)


def object_label(instance, item: Translatable) -> str:
    """The page's title, the object's name, or an orderable's first English text."""
    if type(instance).__str__ is not Model.__str__:
        return str(instance)
    return english_text(instance, item)


def load_rows(numbered, languages) -> list[ReportRow]:
    """The report's rows for ``numbered`` (dicts of model_position and object_id): one query
    per model among them."""
    models = translatables()
    ids_by_position = {}
    for entry in numbered:
        ids_by_position.setdefault(entry["model_position"], []).append(entry["object_id"])
    loaded = {}
    for position, ids in ids_by_position.items():
        item = models[position]
        objects = item.objects().annotate(**item.status_annotations())
        if item.parent_page_field:
            objects = objects.select_related(item.parent_page_field)
        for instance in objects.filter(pk__in=ids):
            loaded[position, instance.pk] = (instance, item)
    rows = {key: report_row(instance, item, languages) for key, (instance, item) in loaded.items()}
    return [rows[entry["model_position"], entry["object_id"]] for entry in numbered]


def edited_object(instance, item: Translatable):
    """What staff open to edit ``instance``: an orderable's page, else the object itself."""
    return getattr(instance, item.parent_page_field) if item.parent_page_field else instance


def report_row(instance, item: Translatable, languages) -> ReportRow:
    target = edited_object(instance, item)
    kind = capfirst(instance._meta.verbose_name)
    if item.parent_page_field:
        kind = f"{kind} ({target.title})"
    return ReportRow(
        kind=kind,
        label=object_label(instance, item),
        edit_url=EDIT_URLS.get_edit_url(target),
        reference_fields=instance.reference_fields,
        statuses={code: getattr(instance, f"status_{code}") for code in TRANSLATIONS},
        languages=languages,
    )


def batched(numbered, size):
    batch = []
    for entry in numbered:
        batch.append(entry)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    results_template_name = "pages/admin/translation_report_results.html"
    filterset_class = TranslationFilterSet
    paginate_by = 50
    export_filename = "translations"
    verbose_name = _("object")
    verbose_name_plural = _("objects")

    @property
    def list_export(self):
        return ["kind", "label", "reference_fields", *self.export_status_columns, "edit_url"]

    @property
    def export_status_columns(self):
        return [f"status_{code}" for code in self.shown_languages]

    @property
    def export_headings(self):
        names = dict(settings.LANGUAGES)
        headings = {
            "kind": _("Kind"),
            "label": _("Object"),
            "reference_fields": _("Fields in English"),
            "edit_url": _("Editor"),
        }
        for code in self.shown_languages:
            headings[f"status_{code}"] = names[code]
        return headings

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        # The filter form only: the report applies the choices itself, to every model.
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    @cached_property
    def chosen(self) -> dict:
        filters = self.filters
        if filters is None or not filters.is_valid():
            return {}
        return {name: value for name, value in filters.form.cleaned_data.items() if value}

    @cached_property
    def shown_languages(self) -> list[str]:
        language = self.chosen.get("language")
        return [language] if language else TRANSLATIONS

    def get_queryset(self):
        return rows_matching(self.request.user, **self.chosen)

    def get_paginator(self, *args, **kwargs):
        """The pagination counts objects of every kind, not the first model's."""
        paginator = super().get_paginator(*args, **kwargs)
        paginator.verbose_name = self.verbose_name
        paginator.verbose_name_plural = self.verbose_name_plural
        return paginator

    def filter_queryset(self, queryset):
        return queryset

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if row["edit_url"]:
            row["edit_url"] = self.request.build_absolute_uri(row["edit_url"])
        return row

    def decorate_paginated_queryset(self, object_list):
        if self.is_export:
            return (
                row
                for batch in batched(object_list.iterator(), EXPORT_BATCH)
                for row in load_rows(batch, self.shown_languages)
            )
        return load_rows(list(object_list), self.shown_languages)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = dict(settings.LANGUAGES)
        context["languages"] = [(code, names[code]) for code in self.shown_languages]
        context["reference_name"] = names[REFERENCE]
        context["summaries"] = language_summaries(
            self.request.user, self.shown_languages, self.chosen.get("kind", "")
        )
        return context


def cached_completeness() -> dict[str, int]:
    """The dashboard's figures, kept in the page cache (emptied whenever content changes)."""
    return kept("translation-completeness", draw=completeness, by_language=False)


class TranslationPanel(Component):
    """The dashboard panel: each language's share of the English texts that is translated."""

    name = "translations"
    order = 150
    template_name = "pages/admin/translation_panel.html"

    def get_context_data(self, parent_context=None):
        names = dict(settings.LANGUAGES)
        figures = cached_completeness()
        return {
            "languages": [(code, names[code], figures[code]) for code in TRANSLATIONS],
            "report_url": reverse("translation_report"),
        }
