from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from members import joining
from members.sitemaps import MemberProfilesSitemap
from pages import views as page_views
from practices.sitemaps import PracticePagesSitemap
from publications.sitemaps import PublicationPagesSitemap
from search import views as search_views
from themes.sitemaps import ThemePagesSitemap

# The sitemap's sections: /sitemap.xml lists their files.
SITEMAPS = {
    "pages": Sitemap,
    "members": MemberProfilesSitemap,
    "publications": PublicationPagesSitemap,
    "themes": ThemePagesSitemap,
    "practices": PracticePagesSitemap,
}

urlpatterns = [
    path("", page_views.language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    path("healthz", page_views.healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Image renditions only, as nginx serves them in production; documents always go
    # through Wagtail's document view, which applies their access rules.
    urlpatterns += static(
        settings.MEDIA_URL + "images/", document_root=settings.MEDIA_ROOT / "images"
    )

urlpatterns += i18n_patterns(
    path("join/apply/", joining.join_apply, name="join_apply"),
    path("account/", include("members.account_urls")),
    path("account/", include("people.account_urls")),
    path("account/practices/", include("practices.account_urls")),
    path("account/groups/", include("groups.account_urls")),
    path("search/", search_views.search_page, name="search"),
    # Wagtail's page view, letting the public forms of routable pages post without a CSRF
    # cookie (pages.views.serve_page).
    re_path(r"^((?:[\w\-]+/)*)$", page_views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "pages.views.page_not_found"
handler500 = "pages.views.server_error"
