"""The pages app in the Wagtail admin: the Translations report and its dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.translation_report import TranslationPanel, TranslationReportView


# Every member of staff who reaches the admin (editors, moderators) sees the report.
@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Translations"),
        reverse("translation_report"),
        name="translations",
        icon_name="globe",
        order=1200,
    )


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


@hooks.register("construct_homepage_panels")
def translation_panel(request, panels):
    panels.append(TranslationPanel())
