"""How a document's bytes leave once access is granted: never read into the app's memory,
and never holding a worker while a slow client downloads."""

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django_sendfile import sendfile

from pages.uploads import IMAGE_TYPES

# How long a signed link to a document in the bucket stays valid.
SIGNED_URL_SECONDS = 60


def send_document(request, document):
    """The response that delivers ``document`` as an attachment named after its file:
    - nginx deployment (``SENDFILE_BACKEND`` set): an ``X-Accel-Redirect`` to nginx's
      internal location, which sends the file itself;
    - media in a private bucket: a redirect to a link signed for ``SIGNED_URL_SECONDS``;
    - otherwise (development, tests): the file streamed by Django, block by block.
    A file missing from the disk is a 404."""
    storage = document.file.storage
    local_path = local_path_of(document)
    if local_path and getattr(settings, "SENDFILE_BACKEND", None):
        return sendfile(
            request,
            local_path,
            attachment=True,
            attachment_filename=document.filename,
            mimetype=document.content_type,
        )
    if local_path is None and signs_private_urls(storage):
        parameters = {
            "ResponseContentDisposition": content_disposition_header(True, document.filename),
            "ResponseContentType": document.content_type,
        }
        return redirect(
            storage.url(document.file.name, parameters=parameters, expire=SIGNED_URL_SECONDS)
        )
    try:
        file = document.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The document's file is missing.") from missing
    return FileResponse(
        file,
        as_attachment=True,
        filename=document.filename,
        content_type=document.content_type,
    )


def local_path_of(document) -> str | None:
    """The document's file on this machine, or None when its storage keeps it elsewhere
    (S3, which has no local path and says so with ``NotImplementedError``)."""
    try:
        return document.file.path
    except NotImplementedError:
        return None


def signs_private_urls(storage) -> bool:
    """Whether the storage links to files with URLs signed for a while (S3 query-string
    authentication), rather than plain URLs that anyone could keep using."""
    return bool(getattr(storage, "querystring_auth", False)) and not getattr(
        storage, "custom_domain", None
    )


def send_private_image(image, max_age: int = 0) -> FileResponse:
    """The original bytes of ``image`` (a JPEG, PNG or WebP image that no public rendition
    shows), kept by the browser of the person who asked only, for ``max_age`` seconds (by
    none when 0). A missing file, or a file of another type, is a 404."""
    extension = image.file.name.rsplit(".", 1)[-1].lower()
    extension = "jpg" if extension == "jpeg" else extension
    if extension not in IMAGE_TYPES:
        raise Http404("Not an image.")
    try:
        file = image.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The image's file is missing.") from missing
    response = FileResponse(file, content_type=IMAGE_TYPES[extension])
    if max_age:
        patch_cache_control(response, private=True, max_age=max_age)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
