from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        # After wagtail-modeltranslation has patched the page classes (see pages.routing).
        from wagtail.models import Page

        from pages import cache_registry, caching, exports, translation_status
        from pages.routing import route_for_request

        Page.route_for_request = staticmethod(route_for_request)
        cache_registry.connect()
        caching.connect_request_signals()
        exports.protect_csv_exports()
        translation_status.keep_statuses_current()
