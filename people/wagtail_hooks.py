"""The people in the admin: their profiles, which staff holding ``people.moderate_profile``
moderate (Members → People's profiles, ``moderation_admin.py``); and the people's photos,
kept out of the admin's image choosers: no page may show one (a page's picture gets public
renditions, ``people.photos``)."""

from wagtail import hooks

from pages.uploads import leave_out_collection
from people.models import LOG_ACTIONS
from people.moderation_admin import ProfileModerationViewSet
from people.photos import PHOTOS_COLLECTION


@hooks.register("register_admin_viewset")
def register_profile_moderation():
    return ProfileModerationViewSet()


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("construct_image_chooser_queryset")
def leave_out_photos(images, request):
    return leave_out_collection(images, PHOTOS_COLLECTION)
