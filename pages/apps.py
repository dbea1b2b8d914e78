from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        # After wagtail-modeltranslation has patched the page classes (see pages.routing).
        from pages.models import HomePage
        from pages.routing import route_from_root

        HomePage.route = route_from_root
