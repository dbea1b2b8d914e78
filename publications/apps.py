from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = "Publications"

    def ready(self):
        from publications.collections import connect_signals
        from publications.signals import empty_page_cache_on_changes

        connect_signals()
        empty_page_cache_on_changes()
