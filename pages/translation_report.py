"""The Translations report and its dashboard panel.

The report has one row per translated object (pages, orderables, snippets, settings, images,
and the kinds other apps register, such as practices), with the status of each language
against the object's reference (English, or a practice's original language), for the
objects the viewer may edit: an editor of one section sees its pages (and their orderables)
and nothing else; staff who may edit nothing translated do not see the report. It opens on
what is incomplete (the complete objects are behind the status filter), under a summary: per
language, how many objects are complete and how many are not. The rows, their count and the
summary are read from the stored statuses (``TranslationStatus``, one row per object),
filtered and ordered in SQL; only the objects of the page shown are then loaded (the pages
in one query, the others one query per model), so the report costs the same queries with 20
or 20,000 members.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from pages.caching import kept
from pages.models import TranslationStatus
from pages.models.base import LANGUAGE_CODES
from pages.translation_status import (
    COMPLETE,
    MISSING,
    PAGE_KIND,
    PARTIAL,
    TranslatedKind,
    completeness,
    measured_languages,
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
    return [(code, names[code]) for code in measured_languages()]


def languages_of(kind: str = "") -> list[str]:
    """The languages the objects of ``kind`` (of every kind without one) are measured in."""
    measured = {
        code for item in translatables() if item.kind == kind or not kind for code in item.languages
    }
    return [code for code in LANGUAGE_CODES if code in measured]


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


# What a row of the report shows of a status.
SHOWN_COLUMNS = ["reference_fields", *(f"status_{code}" for code in LANGUAGE_CODES)]


def permission_model(item: TranslatedKind):
    """The model whose permissions say who may edit ``item``'s objects: pages for pages and
    their orderables."""
    return Page if item.parent_page_field or item.kind == PAGE_KIND else item.model


def may_see_report(user) -> bool:
    """Whether ``user`` may edit objects of at least one translated kind."""
    return any(
        policy_registry.get_by_type(permission_model(item)).user_has_permission(user, "change")
        for item in translatables()
    )


def editable_statuses(user, kind: str = ""):
    """The statuses of the objects of ``kind`` (all kinds without one) that ``user`` may
    edit, filtered in SQL."""
    items = [item for item in translatables() if not kind or item.kind == kind]
    statuses = TranslationStatus.objects.filter(editable_rows(user, items))
    if kind == PAGE_KIND:
        return statuses.filter(kind=PAGE_KIND)  # every page type, not their orderables
    if kind:
        return statuses.filter(model=kind)  # the other kinds are one model each
    return statuses


def editable_rows(user, items: list[TranslatedKind]) -> Q:
    """The rows of ``items`` that ``user`` may edit: those of the pages (a page's own and its
    orderables') the page permissions allow, and those of the objects of each other model
    its policy allows, a model whose every object is allowed without looking at them."""
    models_by_policy = {}
    for item in items:
        models_by_policy.setdefault(permission_model(item), []).append(item.model)
    editable, entirely = Q(pk__in=[]), []
    for policy_model, models in models_by_policy.items():
        policy = policy_registry.get_by_type(policy_model)
        allowed = policy.instances_user_has_permission_for(user, "change").values("pk")
        if policy_model is Page:
            editable |= Q(page__in=allowed)
        elif not allowed.query.where:  # unfiltered: every object
            entirely += [model._meta.label_lower for model in models]
        else:
            editable |= Q(model=policy_model._meta.label_lower, object_id__in=allowed)
    return editable | Q(model__in=entirely)


def rows_matching(user, kind: str = "", language: str = "", status: str = "") -> "ReportRows":
    """The statuses of the rows that match the filters and that ``user`` may edit."""
    matching = status_matches(status, language) if status and status != ANY_STATUS else Q()
    return ReportRows(editable_statuses(user, kind), matching)


class ReportRows:
    """The statuses the report lists, in its order, as Django's paginator reads them: the
    pages in the tree's order, then the other objects model by model. The two parts are read
    apart, each in the order of an index, so that a page of the report reads its own rows
    rather than sorting every match; one pass over the statuses counts both parts and the
    summary's figures."""

    def __init__(self, statuses, matching: Q):
        self.statuses = statuses  # what the viewer may edit, of the kind chosen
        self.matching = matching  # the status filter
        shown = statuses.filter(matching).values("model", "object_id", "kind", *SHOWN_COLUMNS)
        self.parts = [
            shown.filter(kind=PAGE_KIND).order_by("page__path"),
            shown.exclude(kind=PAGE_KIND).order_by("model", "object_id"),
        ]

    @cached_property
    def counts(self) -> dict[str, int]:
        """How many rows match in each part, how many there are in all, and how many of
        them are complete in each language."""
        is_page = Q(kind=PAGE_KIND)
        return self.statuses.aggregate(
            pages=Count("pk", filter=self.matching & is_page),
            others=Count("pk", filter=self.matching & ~is_page),
            total=Count("pk"),
            **{
                code: Count("pk", filter=Q(**{f"status_{code}": COMPLETE}))
                for code in LANGUAGE_CODES
            },
        )

    def count(self) -> int:
        return self.counts["pages"] + self.counts["others"]

    __len__ = count

    def __getitem__(self, window: slice) -> list[dict]:
        rows, start, stop = [], window.start or 0, window.stop
        sizes = (self.counts["pages"], self.counts["others"])
        for part, size in zip(self.parts, sizes, strict=True):
            if start < size and stop > 0:
                rows += part[start : min(stop, size)]
            start, stop = max(start - size, 0), stop - size
        return rows

    def iterator(self):
        for part in self.parts:
            yield from part.iterator()


def status_matches(status: str, language: str = "") -> Q:
    """In ``language``: with that status, or incomplete (partial or missing). In every
    language: complete, or incomplete, partial or missing in at least one."""
    if language:
        matches = Q(**{f"status_{language}": COMPLETE})
        return ~matches if status == INCOMPLETE else Q(**{f"status_{language}": status})
    if status in (COMPLETE, INCOMPLETE):
        return Q(complete=status == COMPLETE)
    matches = Q()
    for code in LANGUAGE_CODES:
        matches |= Q(**{f"status_{code}": status})
    return matches


@dataclass
class LanguageSummary:
    """One language's line of the summary, with links to its complete and incomplete objects."""

    name: str
    complete: int
    incomplete: int
    complete_url: str
    incomplete_url: str


def language_summaries(rows: ReportRows, languages, kind: str = "") -> list[LanguageSummary]:
    counts = rows.counts
    names = dict(settings.LANGUAGES)
    kind_filter = {"kind": kind} if kind else {}

    def url(language, status):
        query = urlencode({**kind_filter, "language": language, "status": status})
        return f"{reverse('translation_report')}?{query}"

    return [
        LanguageSummary(
            names[code],
            counts[code],
            counts["total"] - counts[code],
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
        if name.startswith("status_") and name[7:] in LANGUAGE_CODES:
            return self.status_label(name[7:])
        raise AttributeError(name)


def load_rows(statuses, languages) -> list[ReportRow]:
    """The report's rows for ``statuses`` (dicts of a ``TranslationStatus``'s model,
    object_id, kind and shown columns): one query for the pages (Wagtail's own table holds
    what a row shows of one) and one per other model among them. A row whose object is gone
    (deleted by SQL, not measured again since) is left out."""
    items = {item.key: item for item in translatables()}
    ids_by_source = {}
    for entry in statuses:
        ids_by_source.setdefault(source_of(entry), []).append(entry["object_id"])
    loaded = {}
    for source, ids in ids_by_source.items():
        for instance in shown_objects(source, items).filter(pk__in=ids):
            loaded[source, instance.pk] = instance
    rows = []
    for entry in statuses:
        instance = loaded.get((source_of(entry), entry["object_id"]))
        if instance is not None:
            rows.append(report_row(instance, items[entry["model"]], entry, languages))
    return rows


def source_of(status: dict) -> str:
    """Where the object of a status is read: Wagtail's page table for a page, else its model."""
    return PAGE_KIND if status["kind"] == PAGE_KIND else status["model"]


def shown_objects(source: str, items: dict[str, TranslatedKind]):
    return Page.objects.all() if source == PAGE_KIND else items[source].listed()


def report_row(instance, item: TranslatedKind, status: dict, languages) -> ReportRow:
    return ReportRow(
        kind=item.kind_label(instance),
        label=item.label(instance),
        edit_url=EDIT_URLS.get_edit_url(item.edited(instance)),
        reference_fields=status["reference_fields"],
        statuses={code: status[f"status_{code}"] for code in LANGUAGE_CODES},
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
            "reference_fields": _("Fields in the reference"),
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
        return [language] if language else languages_of(self.chosen.get("kind", ""))

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
        context["summaries"] = language_summaries(
            self.object_list, self.shown_languages, self.chosen.get("kind", "")
        )
        return context


def cached_completeness() -> dict[str, int]:
    """The dashboard's figures, kept in the page cache (emptied whenever content changes)."""
    return kept("translation-completeness", draw=completeness, by_language=False)


class TranslationPanel(Component):
    """The dashboard panel: each language's share of the texts to translate that is
    translated."""

    name = "translations"
    order = 150
    template_name = "pages/admin/translation_panel.html"

    def get_context_data(self, parent_context=None):
        names = dict(settings.LANGUAGES)
        figures = cached_completeness()
        return {
            "languages": [(code, names[code], figures[code]) for code in figures],
            "report_url": reverse("translation_report"),
        }
