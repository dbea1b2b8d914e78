"""Publications, their files and the themes show on the library, the home page and the
feeds: a change to any of them empties the page cache (downloads do not)."""

from django.db.models.signals import post_delete, post_save

from pages.caching import empty_page_cache
from publications.models import Publication, PublicationFile, Theme


def empty_page_cache_on_changes() -> None:
    for model in (Publication, PublicationFile, Theme):
        for signal in (post_save, post_delete):
            signal.connect(
                empty_page_cache,
                sender=model,
                dispatch_uid=f"empty_page_cache_{model.__name__}_{id(signal)}",
            )
