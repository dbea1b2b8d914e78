"""The pages app in the Wagtail admin: the Translations report and its dashboard panel, the
editors' locale picker made to keep a language's fields in orderables and to be readable, and
the admin API's documents and images limited to what the viewer may see."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.admin_access import register_permitted_api_endpoints
from pages.translation_report import TranslationPanel, TranslationReportView, may_see_report

# After Wagtail's own endpoints, which these replace.
hooks.register("construct_admin_api", register_permitted_api_endpoints, order=1)


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


# Staff who may edit pages or another translated model see the report, with those rows only.
@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return TranslationReportMenuItem(
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
    if may_see_report(request.user):
        panels.append(TranslationPanel())


@hooks.register("insert_editor_js")
def locale_picker_fixes():
    """After wagtail-modeltranslation's own picker (its app's hooks are registered first)."""
    return format_html(
        '<script src="{}"></script><link rel="stylesheet" href="{}">',
        static("pages/admin/locale_picker.js"),
        static("pages/admin/locale_picker.css"),
    )
