"""The people's photos stay out of the admin's image choosers: no page may show one (a page's
picture gets public renditions, ``people.photos``)."""

from wagtail import hooks
from wagtail.models import Collection

from people.photos import PHOTOS_COLLECTION


@hooks.register("construct_image_chooser_queryset")
def leave_out_photos(images, request):
    """By the collection itself, a filter the choosers' search also applies."""
    photos = Collection.objects.filter(name=PHOTOS_COLLECTION, depth=2).first()
    return images if photos is None else images.exclude(collection=photos)
