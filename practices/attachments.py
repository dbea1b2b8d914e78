"""Files members attach to a practice: documents (PDF and office documents) and images (JPEG,
PNG, WebP), up to ``PRACTICE_UPLOAD_MAX_BYTES``.

A file's type is read from its content (the ``filetype`` package reads its first bytes),
never from its name or the type the browser claims: a ``.pdf`` that is a program or a web
page is refused, and a file is stored under the extension of what it is. Images become the
site's images (``pages.SiteImage``, with renditions like every other image) in the
collection "Practice images". Documents become Wagtail documents in the collection
"Practice files", which only signed-in people may open: Wagtail's document URL never serves
them to the public, and the guard on that URL (``before_serve_document``) keeps them for
staff; readers get them through the practice's own file route, which checks who they are.
Neither records who uploaded it: the practice's authority owns it.

An image or a document taken off a practice is deleted, its file with it, once no version of
a practice that may still be shown uses it: neither a practice's live rows (what visitors
see until staff approve a change) nor its latest revision (what is being written or
reviewed), nor anything else the site links to it from (Wagtail's reference index). Only
what members uploaded here is deleted: images and documents of the practices' collections.
Earlier revisions naming a deleted file are read without it. A practice staff delete takes
its images and documents with it (``discard_with``), but those something else uses.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import models, transaction
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

from pages.uploads import Upload, collection
from practices.models import Practice, PracticeFile, PracticeImage

IMAGES_COLLECTION = "Practice images"
FILES_COLLECTION = "Practice files"


def store_document(upload: Upload, title: str):
    document = get_document_model()(
        title=title,
        file=File(upload.file, name=upload.stored_name),
        collection=collection(FILES_COLLECTION, restricted=True),
    )
    document._set_document_file_metadata()
    document.save()
    return document


@dataclass(frozen=True)
class Kind:
    """A kind of attachment: the practice's rows holding it, their field naming the file,
    and the collection members' uploads of that kind go to."""

    rows: type[models.Model]
    field: str
    collection: str

    @property
    def relation(self) -> str:
        """The practice's relation to its rows (``images``, ``files``)."""
        return self.rows._meta.get_field("practice").remote_field.related_name

    @property
    def model(self) -> type[models.Model]:
        return self.rows._meta.get_field(self.field).related_model


KINDS = {
    "image": Kind(PracticeImage, "image", IMAGES_COLLECTION),
    "document": Kind(PracticeFile, "document", FILES_COLLECTION),
}


def shown_by(practice_pk: int) -> dict[str, set[int]]:
    """The keys of the images and documents the practice's live rows show, by kind."""
    return {
        name: set(kind.rows.objects.filter(practice=practice_pk).values_list(kind.field, flat=True))
        for name, kind in KINDS.items()
    }


def in_use(kind: Kind, file) -> bool:
    """Whether a practice's live rows or latest revision, or anything else, uses ``file``."""
    if kind.rows.objects.filter(**{kind.field: file}).exists():
        return True
    in_revision = {f"latest_revision__content__{kind.relation}__contains": [{kind.field: file.pk}]}
    if Practice.objects.filter(**in_revision).exists():
        return True
    practices = ContentType.objects.get_for_model(Practice)
    return ReferenceIndex.get_references_to(file).exclude(base_content_type=practices).exists()


def discard(kind_name: str, keys: Iterable[int]) -> None:
    """Delete the uploads of ``kind_name`` among ``keys`` that nothing uses any more; Wagtail
    deletes their files (and an image's renditions) once the deletion is committed."""
    kind = KINDS[kind_name]
    for file in kind.model.objects.filter(pk__in=keys, collection__name=kind.collection):
        if not in_use(kind, file):
            file.delete()


def held_by(practice: Practice) -> dict[str, set[int]]:
    """The keys of the images and documents the practice's live rows or its latest revision
    hold, by kind."""
    held = shown_by(practice.pk)
    revision = practice.latest_revision.content if practice.latest_revision_id else {}
    for name, kind in KINDS.items():
        held[name] |= {row.get(kind.field) for row in revision.get(kind.relation, [])} - {None}
    return held


def discard_with(sender, instance: Practice, **kwargs) -> None:
    """Before a practice is deleted (``pre_delete``), note what it holds; once its deletion
    (its rows and revisions with it) is committed, discard that."""
    held = held_by(instance)

    def discard_held():
        for name, keys in held.items():
            discard(name, keys)

    transaction.on_commit(discard_held)


def after_publication(practice_pk: int, shown_before: dict[str, set[int]]) -> None:
    """What publishing a practice's revision changes beyond its rows: its images take the
    descriptions written with it, and what it no longer shows is discarded."""
    for item in PracticeImage.objects.filter(practice=practice_pk).select_related("image"):
        describe(item.image, item.alt_texts)
    shown_now = shown_by(practice_pk)
    for name, keys in shown_before.items():
        discard(name, keys - shown_now[name])


def describe(image, alt_texts: dict[str, str]) -> None:
    """Give ``image`` the descriptions ``alt_texts`` (by language), saving it if they change."""
    changed = [
        f"description_{code}"
        for code, alt in alt_texts.items()
        if getattr(image, f"description_{code}", alt) != alt
    ]
    for field in changed:
        setattr(image, field, alt_texts[field.removeprefix("description_")])
    if changed:
        image.save(update_fields=changed)
