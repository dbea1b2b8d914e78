from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from pages.caching import empty_page_cache_on_changes_to
        from search.signals import keep_index_current

        keep_index_current()
        # What staff pin for a query shows on its search page, cached like every page.
        empty_page_cache_on_changes_to(SearchPromotion)
