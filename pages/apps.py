from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        # After wagtail-modeltranslation has patched the page classes (see pages.routing).
        from pages.models import HomePage
        from pages.routing import route_from_root

        HomePage.route = route_from_root
        self.empty_page_cache_on_changes()

    def empty_page_cache_on_changes(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from pages.caching import empty_page_cache
        from pages.models import SiteImage, SiteSettings

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(empty_page_cache, dispatch_uid=f"empty_page_cache_{id(signal)}")
        # Site settings show in every footer; an image's alt text wherever the image shows.
        for model in (SiteSettings, SiteImage):
            for signal in (post_save, post_delete):
                signal.connect(
                    empty_page_cache,
                    sender=model,
                    dispatch_uid=f"empty_page_cache_{model.__name__}_{id(signal)}",
                )
