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
"""

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from pages.uploads import Upload

IMAGES_COLLECTION = "Practice images"
FILES_COLLECTION = "Practice files"


def collection(name: str, restricted: bool) -> Collection:
    """The collection ``name`` under the root, created the first time it is needed; a
    restricted one opens to signed-in people only."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first()
    if found is not None:
        return found
    created = root.add_child(name=name)
    if restricted:
        CollectionViewRestriction.objects.create(
            collection=created, restriction_type=BaseViewRestriction.LOGIN
        )
    return created


def store_image(upload: Upload, description: str, language: str):
    """A site image of ``upload``, described in ``language`` (the alt text)."""
    image = get_image_model()(
        title=description,
        file=File(upload.file, name=upload.stored_name),
        collection=collection(IMAGES_COLLECTION, restricted=False),
        **{f"description_{language}": description},
    )
    image._set_image_file_metadata()
    image.save()
    return image


def store_document(upload: Upload, title: str):
    document = get_document_model()(
        title=title,
        file=File(upload.file, name=upload.stored_name),
        collection=collection(FILES_COLLECTION, restricted=True),
    )
    document._set_document_file_metadata()
    document.save()
    return document
