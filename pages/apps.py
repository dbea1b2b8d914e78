from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        # After wagtail-modeltranslation has patched the page classes (see pages.routing).
        from wagtail.models import Page

        from pages import caching, exports, mail
        from pages.routing import route_for_request

        Page.route_for_request = staticmethod(route_for_request)
        self.empty_page_cache_on_changes()
        caching.connect_request_signals()
        mail.connect_signals()
        exports.protect_csv_exports()

    def empty_page_cache_on_changes(self):
        from django.db.models.signals import post_save
        from wagtail.documents import get_document_model
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from pages.caching import (
            empty_page_cache,
            empty_page_cache_for_new_pages,
            empty_page_cache_on_changes_to,
        )
        from pages.models import SiteImage, SiteSettings

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(empty_page_cache, dispatch_uid=f"empty_page_cache_{id(signal)}")
        post_save.connect(empty_page_cache_for_new_pages, dispatch_uid="empty_page_cache_new_page")
        # Site settings show in every footer; an image's alt text wherever the image shows;
        # a document's size and type beside every link to it; where the view restrictions
        # are is kept there (BasePage.get_view_restrictions), and each host's site
        # (pages.routing.site_for_request).
        empty_page_cache_on_changes_to(
            SiteSettings, SiteImage, get_document_model(), PageViewRestriction, Site
        )
