"""The download report in the admin: downloads per publication, per month or per member
authority, filtered, drawn as a bar chart and exported as CSV or XLSX.

Each view counts in SQL: one query for the rows of the page (and one for their number),
whatever the number of downloads; the chart draws the rows of the page.
"""

import calendar
from abc import ABC, abstractmethod
from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import get_language
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.widgets import AdminSnippetChooser

from members.models import MemberAuthority
from pages.i18n import month_and_year
from publications.chart import bar_chart
from publications.models import Download, Publication, shown_text

PERMISSION = "publications.view_download"
# Query parameters that belong to one request, not to the report's state.
TRANSIENT_PARAMETERS = ("p", "export", "_w_filter_fragment")


def can_view_report(user) -> bool:
    return user.has_perm(PERMISSION)


class PublicationChooser(AdminSnippetChooser):
    """The publication chooser, which shows no choice for an id that is not a number."""

    def __init__(self, **kwargs):
        super().__init__(Publication, **kwargs)

    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except ValueError:
            return None


class DownloadFilterSet(WagtailFilterSet):
    downloaded_on = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )
    publication = django_filters.ModelChoiceFilter(
        label=_("Publication"),
        queryset=Publication.objects.all(),
        widget=PublicationChooser(),
    )
    authority = django_filters.ModelChoiceFilter(
        label=_("Member authority"),
        queryset=MemberAuthority.objects.order_by("name"),
        null_label=_("Not signed in"),
    )
    language = django_filters.ChoiceFilter(
        label=_("File language"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    class Meta:
        model = Download
        fields = ["downloaded_on", "publication", "authority", "language"]


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: what it counts, how many downloads, where to look closer."""

    label: str
    downloads: int
    url: str
    export_label: str


class DownloadReportView(ABC, ReportView):
    """The report's common part; each subclass groups the downloads its own way."""

    results_template_name = "publications/admin/download_report_results.html"
    page_title = _("Downloads")
    header_icon = "download"
    filterset_class = DownloadFilterSet
    paginate_by = 25
    permission_policy = ModelPermissionPolicy(Download)
    permission_required = "view"
    list_export = ["export_label", "downloads"]

    name = ""
    tab_label = ""
    row_heading = ""
    chart_title = ""

    @property
    def index_url_name(self):
        return f"download_report:{self.name}"

    @property
    def index_results_url_name(self):
        return f"download_report:{self.name}_results"

    @property
    def export_headings(self):
        return {"export_label": self.row_heading, "downloads": _("Downloads")}

    def get_filename(self):
        return f"downloads-per-{self.name}"

    def get_queryset(self):
        return Download.objects.all()

    def get_filtered_queryset(self):
        return self.counts(self.filter_queryset(self.get_queryset()))

    @abstractmethod
    def counts(self, downloads):
        """The downloads, grouped and counted: one dict per row. Each report says how."""

    @abstractmethod
    def report_row(self, counted: dict) -> ReportRow:
        """The line one of ``counts()``' dicts makes, linking to the closer look that suits
        it. Each report says how."""

    def get_paginator(self, *args, **kwargs):
        """The pagination counts the rows (months, publications…), not the downloads."""
        paginator = super().get_paginator(*args, **kwargs)
        paginator.verbose_name = self.verbose_name
        paginator.verbose_name_plural = self.verbose_name_plural
        return paginator

    def decorate_paginated_queryset(self, object_list):
        self.rows = [self.report_row(counted) for counted in object_list]
        return self.rows

    def chart_rows(self) -> list[ReportRow]:
        return self.rows

    @cached_property
    def chart(self):
        return bar_chart(
            self.chart_title, [(row.label, row.downloads) for row in self.chart_rows()]
        )

    def report_url(self, name: str, **changes) -> str:
        """The address of one of the report's views, with the current filters and ``changes``."""
        parameters = self.request.GET.copy()
        for parameter in TRANSIENT_PARAMETERS:
            parameters.pop(parameter, None)
        for key, value in changes.items():
            parameters[key] = value
        query = parameters.urlencode()
        return reverse(f"download_report:{name}") + (f"?{query}" if query else "")

    @cached_property
    def tabs(self) -> list[dict]:
        return [
            {
                "label": view.tab_label,
                "url": self.report_url(view.name),
                "current": view is type(self),
            }
            for view in REPORT_VIEWS
        ]


class DownloadsPerPublicationView(DownloadReportView):
    name = "publication"
    verbose_name = _("publication")
    verbose_name_plural = _("publications")
    tab_label = _("Per publication")
    row_heading = _("Publication")
    chart_title = _("Downloads per publication")

    def counts(self, downloads):
        title = shown_text("publication__title", get_language())
        return (
            downloads.values("publication_id")
            .annotate(label=title, downloads=Count("pk"))
            .order_by("-downloads", "label", "publication_id")
        )

    def report_row(self, counted):
        url = self.report_url("month", publication=counted["publication_id"])
        return ReportRow(counted["label"], counted["downloads"], url, counted["label"])


class DownloadsPerMonthView(DownloadReportView):
    name = "month"
    verbose_name = _("month")
    verbose_name_plural = _("months")
    tab_label = _("Per month")
    row_heading = _("Month")
    chart_title = _("Downloads per month")

    def counts(self, downloads):
        return (
            downloads.annotate(month=TruncMonth("downloaded_on"))
            .values("month")
            .annotate(downloads=Count("pk"))
            .order_by("-month")
        )

    def report_row(self, counted):
        month = counted["month"]
        last_day = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        url = self.report_url(
            "publication",
            downloaded_on_from=month.isoformat(),
            downloaded_on_to=last_day.isoformat(),
        )
        label = month_and_year(month)
        return ReportRow(label, counted["downloads"], url, month.strftime("%Y-%m"))

    def chart_rows(self):
        return self.rows[::-1]  # oldest first, as time runs


class DownloadsPerAuthorityView(DownloadReportView):
    name = "authority"
    verbose_name = _("member authority")
    verbose_name_plural = _("member authorities")
    tab_label = _("Per member authority")
    row_heading = _("Member authority")
    chart_title = _("Downloads per member authority")

    def counts(self, downloads):
        label = Coalesce("authority__name", Value(gettext("Not signed in")))
        return (
            downloads.values("authority_id")
            .annotate(label=label, downloads=Count("pk"))
            .order_by("-downloads", "label")
        )

    def report_row(self, counted):
        url = self.report_url("publication", authority=counted["authority_id"] or "null")
        return ReportRow(counted["label"], counted["downloads"], url, counted["label"])


REPORT_VIEWS = (DownloadsPerPublicationView, DownloadsPerMonthView, DownloadsPerAuthorityView)


def url_patterns():
    patterns = []
    for view in REPORT_VIEWS:
        prefix = "" if view is DownloadsPerPublicationView else f"{view.name}/"
        patterns += [
            path(prefix, view.as_view(), name=view.name),
            path(f"{prefix}results/", view.as_view(results_only=True), name=f"{view.name}_results"),
        ]
    return patterns
