"""What a member may upload, checked before anything is stored: documents (PDF and office
documents) and images (JPEG, PNG, WebP), up to ``PRACTICE_UPLOAD_MAX_BYTES``.

A file's type is read from its content (the ``filetype`` package reads its first bytes),
never from its name or the type the browser claims: a ``.pdf`` that is a program or a web
page is refused, and a file is stored under the extension of what it is. An image must open
and stay within the site's pixel limit (no image bombs).
"""

import secrets
from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.files import File
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

# The bytes the type is read from: enough for an office document's first entries.
HEAD_BYTES = 8192

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
IMAGE_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


class UploadRefused(Exception):
    def __init__(self, message, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Upload:
    """An uploaded file whose content was recognised: ``extension`` says what it is."""

    file: File
    extension: str

    @property
    def is_image(self) -> bool:
        return self.extension in IMAGE_TYPES

    @property
    def stored_name(self) -> str:
        """The name it is stored under: the uploaded name's stem, the content's extension."""
        stem = slugify(PurePath(self.file.name or "").stem)[:60] or "file"
        return f"{stem}.{self.extension}"

    @staticmethod
    def accepted_types() -> list[str]:
        """What the file picker offers (the content is checked all the same)."""
        return [*DOCUMENT_TYPES.values(), *IMAGE_TYPES.values()]


def recognise(file) -> Upload:
    """``file`` as an ``Upload``, or ``UploadRefused`` saying why not."""
    if file.size > settings.PRACTICE_UPLOAD_MAX_BYTES:
        megabytes = settings.PRACTICE_UPLOAD_MAX_BYTES // (1024 * 1024)
        raise UploadRefused(
            _("This file is larger than %(megabytes)s MB.") % {"megabytes": megabytes}, "size"
        )
    file.seek(0)
    kind = filetype.guess(file.read(HEAD_BYTES))
    file.seek(0)
    extension = kind.extension if kind else ""
    if extension not in DOCUMENT_TYPES and extension not in IMAGE_TYPES:
        raise UploadRefused(
            _(
                "This file is not a PDF, an office document or a JPEG, PNG or WebP image, "
                "whatever its name says: its content was checked."
            ),
            "type",
        )
    upload = Upload(file, extension)
    if upload.is_image:
        check_image(file)
    return upload


def check_image(file) -> None:
    """The image must open, and not be larger than the site's images may be."""
    try:
        with Image.open(file) as image:
            width, height = image.size
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
        raise UploadRefused(_("This image cannot be read."), "unreadable") from None
    finally:
        file.seek(0)
    if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        raise UploadRefused(_("This image has too many pixels."), "pixels")


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


def leave_out_collection(images, name: str):
    """``images`` without those of the collection ``name`` (under the root): for the
    admin's image choosers, by the collection itself, a filter their search also applies."""
    found = Collection.objects.filter(name=name, depth=2).first()
    return images if found is None else images.exclude(collection=found)


def store_image(
    upload: Upload,
    description: str,
    language: str,
    collection_name: str,
    restricted: bool = False,
):
    """A site image of ``upload`` in the collection ``collection_name`` (public, unless
    ``restricted``: then under a random name, which no rendition's name can be guessed
    from), described in ``language`` (the alt text)."""
    name = f"{secrets.token_urlsafe(18)}.{upload.extension}" if restricted else upload.stored_name
    image = get_image_model()(
        title=description,
        file=File(upload.file, name=name),
        collection=collection(collection_name, restricted=restricted),
        **{f"description_{language}": description},
    )
    image._set_image_file_metadata()
    image.save()
    return image
