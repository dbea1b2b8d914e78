"""The people in the admin: their profiles, which staff holding ``people.moderate_profile``
moderate (Members → People's profiles, ``moderation_admin.py``); and the people's photos,
kept out of the admin's image choosers: no page may show one (a page's picture gets public
renditions, ``people.photos``)."""

from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from pages.uploads import leave_out_collection
from people.models import LOG_ACTIONS
from people.moderation_admin import ProfileModerationViewSet
from people.photos import PHOTOS_COLLECTION


@hooks.register("register_admin_viewset")
def register_profile_moderation():
    return ProfileModerationViewSet()


class ModerationFormatter(LogFormatter):
    """A moderation's entry in the profile's history: the action, and staff's reason."""

    def format_message(self, log_entry):
        reason = log_entry.data.get("reason")
        if not reason:
            return self.label
        return _("%(action)s: %(reason)s") % {"action": self.label, "reason": reason}


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for action, label in LOG_ACTIONS.items():
        formatter = type("Formatter", (ModerationFormatter,), {"label": label, "message": label})
        actions.register_action(action)(formatter)


@hooks.register("construct_image_chooser_queryset")
def leave_out_photos(images, request):
    return leave_out_collection(images, PHOTOS_COLLECTION)
