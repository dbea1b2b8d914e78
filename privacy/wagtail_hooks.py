"""The personal data requests in the admin (Settings → Personal data), their permission in
the groups' editor, and their entries in Wagtail's audit log (which hold no address)."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from privacy import views


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_manage(request.user)


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data"), reverse("privacy_admin:request"), icon_name="user", order=900
    )


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [path("personal-data/", include((views.urlpatterns, "privacy_admin")))]


@hooks.register("register_permissions")
def personal_data_permission():
    return Permission.objects.filter(
        content_type__app_label="privacy", codename="manage_personal_data"
    )


@hooks.register("register_log_actions")
def personal_data_log_actions(actions):
    actions.register_action(
        "privacy.export", _("Export personal data"), _("Personal data exported")
    )
    actions.register_action("privacy.erasure", _("Erase personal data"), _("Personal data erased"))
