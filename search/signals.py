"""The index follows the content: publishing, moving, restricting, unpublishing or deleting a
page, and saving or deleting a publication, a member, a practice or one of its texts,
reindex what changed.

Each change is indexed in the transaction that makes it, so the index never disagrees with
what was committed: a change rolled back leaves the index as it was too. Bulk writes (COPY,
``bulk_create``) send no signals: their loaders index the new rows themselves.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing
from search.registry import query_sources


def page_changed(instance, **kwargs) -> None:
    """The page and the pages under it (their addresses follow its slug), and the sources
    whose addresses start with it."""
    indexing.reindex(instance.get_descendants(inclusive=True))
    indexing.reindex_shown_under(instance.specific_class)


def restriction_changed(instance, **kwargs) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # else the restriction went with its deleted page
        page_changed(page)


def page_deleted(instance, **kwargs) -> None:
    indexing.forget(instance)
    indexing.reindex_shown_under(instance.specific_class)


def object_saved(sender, instance, **kwargs) -> None:
    indexing.reindex(sender._default_manager.filter(pk=instance.pk))


def object_deleted(instance, **kwargs) -> None:
    indexing.forget(instance)


def reindexing_owner(source, field: str):
    """A receiver for a row of a part of ``source``'s objects: it reindexes the object the
    row's ``field`` names."""

    def part_changed(instance, **kwargs) -> None:
        owner = getattr(instance, f"{field}_id")
        indexing.reindex(source.model._default_manager.filter(pk=owner))

    return part_changed


def keep_index_current() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(page_changed, dispatch_uid=f"search_page_changed_{id(signal)}")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="search_page_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{id(signal)}",
        )
    for source in query_sources():
        name = source.model.__name__
        post_save.connect(object_saved, sender=source.model, dispatch_uid=f"search_{name}_saved")
        post_delete.connect(
            object_deleted, sender=source.model, dispatch_uid=f"search_{name}_deleted"
        )
        for part, field in source.parts:
            receiver = reindexing_owner(source, field)
            for signal in (post_save, post_delete):
                signal.connect(
                    receiver,
                    sender=part,
                    weak=False,
                    dispatch_uid=f"search_{part.__name__}_{id(signal)}",
                )
