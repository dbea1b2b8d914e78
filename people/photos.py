"""Profile photos: checked, cleaned, kept out of public reach and served only to those who
may see the person.

A photo's type is read from its content (``filetype``), never from its name: JPEG, PNG or
WebP, up to ``PROFILE_PHOTO_MAX_BYTES``, which Pillow must open within the site's pixel
limit (an image bomb is refused before it is decoded). It is then drawn again: turned
upright, reduced to ``PHOTO_SIZE`` pixels at most, and saved as WebP without its metadata (a
phone's photo says where and when it was taken). What is stored is that new file, never the
upload.

It is kept as a site image (``pages.SiteImage``) in the collection "People photos", under a
random name. Wagtail's renditions are public files (``/media/images/``, which nginx serves
to anyone): none is ever made of a photo, not even by the admin's image listing
(``pages.SiteImage`` makes none for a restricted collection). The original lies under
``/media/original_images/``, which nginx does not serve (``deploy/nginx.conf``), and Wagtail
has no public view of images: the bytes leave only through the people's photo view, which
checks who asks. The admin's image choosers leave the collection out
(``people.wagtail_hooks``), so that no page can show a photo. Saving or deleting a photo
leaves the page cache alone: no public page shows one.
"""

import io
import secrets

import filetype
from django.conf import settings
from django.core.files.base import ContentFile
from django.http import FileResponse
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from pages.serving import send_private_image

PHOTOS_COLLECTION = "People photos"
ACCEPTED_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}
# What Pillow must find in a file whose content says it is one of the accepted types.
PILLOW_FORMATS = {"JPEG", "PNG", "WEBP"}
HEAD_BYTES = 512
PHOTO_SIZE = 480  # the longest side kept, in pixels: twice what a page shows
STORED_FORMAT, STORED_EXTENSION = "WEBP", "webp"
STORED_QUALITY = 82
# A photo's address changes with the photo: a browser may keep it for its person.
CACHE_SECONDS = 3600


class PhotoRefused(Exception):
    def __init__(self, message, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def accepted_types() -> str:
    """What the file picker offers (the content is checked all the same)."""
    return ",".join(ACCEPTED_TYPES.values())


def cleaned_photo(file) -> bytes:
    """The photo uploaded as ``file``, checked and drawn again as a small WebP without
    metadata; ``PhotoRefused`` saying why not."""
    if file.size > settings.PROFILE_PHOTO_MAX_BYTES:
        megabytes = settings.PROFILE_PHOTO_MAX_BYTES // (1024 * 1024)
        raise PhotoRefused(
            _("This photo is larger than %(megabytes)s MB.") % {"megabytes": megabytes}, "size"
        )
    file.seek(0)
    kind = filetype.guess(file.read(HEAD_BYTES))
    file.seek(0)
    if kind is None or kind.extension not in ACCEPTED_TYPES:
        raise PhotoRefused(
            _(
                "This file is not a JPEG, PNG or WebP image, whatever its name says: its "
                "content was checked."
            ),
            "type",
        )
    try:
        return redrawn(file)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise PhotoRefused(_("This image cannot be read."), "unreadable") from None
    finally:
        file.seek(0)


def redrawn(file) -> bytes:
    with Image.open(file) as image:
        if image.format not in PILLOW_FORMATS:
            raise ValueError(image.format)
        width, height = image.size
        if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
            raise PhotoRefused(_("This image has too many pixels."), "pixels")
        # A JPEG is decoded at the smallest scale that still covers the size kept.
        image.draft("RGB", (PHOTO_SIZE * 2, PHOTO_SIZE * 2))
        upright = ImageOps.exif_transpose(image)
        mode = "RGBA" if "A" in upright.getbands() else "RGB"
        small = upright.convert(mode)
        small.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
        drawn = io.BytesIO()
        small.save(drawn, STORED_FORMAT, quality=STORED_QUALITY)
        return drawn.getvalue()


def photos_collection() -> Collection:
    """The collection "People photos" under the root, made the first time a photo is stored.
    Its restriction to signed-in people guards whatever Wagtail would serve from it."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=PHOTOS_COLLECTION).first()
    if found is not None:
        return found
    created = root.add_child(name=PHOTOS_COLLECTION)
    CollectionViewRestriction.objects.create(
        collection=created, restriction_type=BaseViewRestriction.LOGIN
    )
    return created


def not_on_public_pages(image):
    """``image`` marked as shown on no public page: its save or delete leaves the page cache
    as it is (``pages.cache_registry.empty_for_row``)."""
    image.shows_on_public_pages = False
    return image


def store(photo: bytes):
    """A site image of ``photo`` (a cleaned photo), under a random name."""
    image = not_on_public_pages(
        get_image_model()(
            title="Profile photo",
            file=ContentFile(photo, name=f"{secrets.token_urlsafe(18)}.{STORED_EXTENSION}"),
            collection=photos_collection(),
        )
    )
    image._set_image_file_metadata()
    image.save()
    return image


def discard(image_id: int) -> None:
    """Delete the photo ``image_id``; Wagtail deletes its file once the deletion is
    committed."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        not_on_public_pages(image).delete()


def photo_response(image) -> FileResponse:
    """The photo's bytes, kept by the browser of the person who asked only."""
    return send_private_image(image, max_age=CACHE_SECONDS)
