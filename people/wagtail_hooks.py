"""The people's photos stay out of the admin's image choosers: no page may show one (a page's
picture gets public renditions, ``people.photos``)."""

from wagtail import hooks

from people.photos import PHOTOS_COLLECTION


@hooks.register("construct_image_chooser_queryset")
def leave_out_photos(images, request):
    return images.exclude(collection__name=PHOTOS_COLLECTION)
