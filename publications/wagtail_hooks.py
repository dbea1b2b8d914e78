"""The publications app in the Wagtail admin, and the guard on Wagtail's document URLs."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from publications import report
from publications.downloads import guard_document
from publications.viewsets import LibraryViewSetGroup

register_snippet(LibraryViewSetGroup)
hooks.register("before_serve_document", guard_document)


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_view_report(request.user)


@hooks.register("register_reports_menu_item")
def download_report_menu_item():
    return DownloadReportMenuItem(
        _("Downloads"),
        reverse("download_report:publication"),
        name="downloads",
        icon_name="download",
        order=1300,
    )


@hooks.register("register_admin_urls")
def download_report_urls():
    return [path("reports/downloads/", include((report.url_patterns(), "download_report")))]
