"""Publications, their files and the themes show on the library, the home page and the
feeds: a change to any of them empties the page cache (downloads do not)."""

from pages.caching import empty_page_cache_on_changes_to
from publications.models import Publication, PublicationFile, Theme


def empty_page_cache_on_changes() -> None:
    empty_page_cache_on_changes_to(Publication, PublicationFile, Theme)
