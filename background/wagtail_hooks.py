"""The outbox in the admin (Settings → Emails): every email the site wrote, whether it has
left, and why not; a failed one can be sent again. Nobody writes or edits one here."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from background.mail import send_again
from background.models import OutgoingEmail

URL_NAMESPACE = "outgoing_emails"


class OutgoingEmailPermissionPolicy(ModelPermissionPolicy):
    """Emails are written by the site: staff may look at them, send a failed one again
    (the permission "send") and delete them, never add or edit one."""

    refused = {"add", "change"}

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.refused])


register_permission_policy(OutgoingEmail, OutgoingEmailPermissionPolicy(OutgoingEmail))


def email_url(action: str, email: OutgoingEmail) -> str:
    return reverse(f"{URL_NAMESPACE}:{action}", args=[email.pk])


class OutgoingEmailIndexView(generic.IndexView):
    @cached_property
    def columns(self):
        subject_column = self._get_title_column_class(TitleColumn)
        return [
            subject_column(
                "subject",
                label=_("Subject"),
                sort_key="subject",
                get_url=lambda email: email_url("inspect", email),
            ),
            Column("to", label=_("To"), accessor=lambda email: ", ".join(email.recipients)),
            Column("about", label=_("About")),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("attempts", label=_("Attempts")),
            Column("last_error", label=_("Last error")),
            DateColumn("created_at", label=_("Written"), sort_key="created_at"),
            DateColumn("sent_at", label=_("Sent"), sort_key="sent_at"),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == OutgoingEmail.Status.FAILED and self.user_has_permission("send"):
            buttons.append(
                ListingMenuItem(
                    _("Send again"), email_url("send_again", instance), icon_name="mail"
                )
            )
        return buttons


class SendAgainView(
    BaseObjectMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Asks first, then starts a new round of attempts for a failed email."""

    model = OutgoingEmail
    permission_required = "send"
    template_name = "admin/confirm_action.html"
    header_icon = "mail"
    page_title = _("Send the email again")
    index_url_name = f"{URL_NAMESPACE}:index"

    def get_page_subtitle(self):
        return self.object.subject

    def get_context_data(self, **kwargs):
        question = _("Send “%(subject)s” to %(to)s again?") % {
            "subject": self.object.subject,
            "to": ", ".join(self.object.recipients),
        }
        return super().get_context_data(
            question=question, button_label=_("Yes, send it again"), **kwargs
        )

    def post(self, request, *args, **kwargs):
        if self.object.status == OutgoingEmail.Status.FAILED:
            send_again(self.object)
            messages.success(request, _("The email will be sent again in a moment."))
        return redirect(self.index_url_name)


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    name = URL_NAMESPACE
    url_prefix = "emails"
    icon = "mail"
    menu_label = _("Emails")
    add_to_settings_menu = True
    index_view_class = OutgoingEmailIndexView
    inspect_view_enabled = True
    list_filter = ["status"]
    search_fields = ["subject", "about"]
    search_backend_name = None
    form_fields = ["about"]  # no form is ever shown: the permission policy refuses editing

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("send-again/<int:pk>/", self.construct_view(SendAgainView), name="send_again")
        ]


@hooks.register("register_admin_viewset")
def register_outgoing_emails():
    return OutgoingEmailViewSet()
