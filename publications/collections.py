"""The documents of members-only publications live in a Wagtail collection that only
signed-in people may open, so that Wagtail's document URL guards them even on its own.
Saving a publication or one of its files puts its documents where its access says."""

from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from publications.models import Publication, PublicationFile

MEMBERS_ONLY_COLLECTION = "Members-only publications"


def restricted_collections():
    return Collection.get_first_root_node().get_children().filter(name=MEMBERS_ONLY_COLLECTION)


def is_members_only(collection) -> bool:
    """Whether ``collection``, or one above it, is open to signed-in people only: the
    members-only collection, or one that staff restricted the same way. On this site a
    sign-in that opens documents means members-only (``members.access``)."""
    return any(
        restriction.restriction_type == BaseViewRestriction.LOGIN
        for restriction in collection.get_view_restrictions()
    )


def members_only_collection() -> Collection:
    """The restricted collection, created (under the root) the first time it is needed."""
    collection = restricted_collections().first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=MEMBERS_ONLY_COLLECTION)
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.LOGIN
        )
    return collection


def place_documents(publication) -> None:
    """A members-only publication's documents go to the restricted collection; a public
    one's come back to the root, unless a members-only publication uses them too."""
    documents = get_document_model().objects.filter(publication_files__publication=publication)
    if publication.is_members_only:
        move(documents, members_only_collection())
        return
    move(
        documents.filter(collection__in=restricted_collections()).exclude(
            publication_files__publication__access=Publication.Access.MEMBERS
        ),
        Collection.get_first_root_node(),
    )


def move(documents, collection) -> None:
    """Save each document that is elsewhere, so that its search entry follows it."""
    for document in documents.exclude(collection=collection).distinct():
        document.collection = collection
        document.save(update_fields=["collection"])


def publication_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        place_documents(instance)


def publication_file_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        place_documents(instance.publication)


def connect_signals() -> None:
    post_save.connect(publication_saved, sender=Publication, dispatch_uid="place_publication")
    post_save.connect(
        publication_file_saved, sender=PublicationFile, dispatch_uid="place_publication_file"
    )
