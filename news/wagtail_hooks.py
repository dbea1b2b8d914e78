"""The newsletter's subscribers in the Wagtail admin: a list for staff to filter and export
(CSV or Excel), so that the team sends the newsletter with the tool it chooses. Subscriptions
come from the public form only: staff may delete one, never add or change one."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import Subscriber
from pages.admin_access import PermissionCheckedChooserViewSet

EXPORTED = ["email", "language", "subscribed_at", "confirmed_at"]


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Read and delete only: nobody adds or changes a subscription in the admin."""

    READ_ONLY = {"add", "change"}

    def user_has_permission(self, user, action):
        return action not in self.READ_ONLY and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.READ_ONLY])


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


class SubscriberFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        label=pgettext_lazy("newsletter subscriber", "Confirmed"),
        field_name="confirmed_at",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = Subscriber
        fields = ["confirmed", "language"]


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["email", "language", "subscribed_at", "confirmed_at"]
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    search_backend_name = None
    ordering = "-subscribed_at"
    list_export = EXPORTED
    export_headings = {name: name for name in EXPORTED}
    export_filename = "newsletter-subscribers"
    copy_view_enabled = False
    chooser_viewset_class = PermissionCheckedChooserViewSet


register_snippet(SubscriberViewSet)
