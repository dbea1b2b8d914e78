from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from search.signals import keep_index_current

        keep_index_current()
