"""Registrations in the Wagtail admin: a list for staff, filtered by event and status and
exported (CSV or Excel), and a link to an event's registrations from its page in the admin.
Registrations come from the public form only: staff change their status or delete them,
never add one."""

import django_filters
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.models import EventPage, Registration
from pages.admin_access import PermissionCheckedChooserViewSet

EXPORTED = ["event", "name", "organisation", "email", "language", "status", "registered_at"]


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the public form: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=EventPage.objects.order_by("-starts_at")
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "language"]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "calendar-check"
    menu_label = _("Event registrations")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "organisation", "email", "status", "event", "registered_at"]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "organisation", "email"]
    search_backend_name = None
    ordering = "-registered_at"
    list_export = EXPORTED
    export_headings = {name: name for name in EXPORTED}
    export_filename = "event-registrations"
    copy_view_enabled = False
    chooser_viewset_class = PermissionCheckedChooserViewSet

    def get_queryset(self, request):
        return Registration.objects.select_related("event")

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"add", "preview_on_add"}
        ]


registration_viewset = RegistrationViewSet()
register_snippet(registration_viewset)


def registrations_url(event) -> str:
    return reverse(registration_viewset.get_url_name("list")) + f"?event={event.pk}"


def reads_registrations(user) -> bool:
    return user.has_perm("events.view_registration")


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    """On an event's pages in the admin: "Registrations: 12 confirmed, 3 on the waiting list"."""
    if page.specific_class is EventPage and reads_registrations(user):
        counts = Registration.objects.filter(event_id=page.pk).aggregate(
            confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
        )
        label = _("Registrations — confirmed: %(confirmed)s, waiting list: %(waiting)s") % counts
        yield Button(label, registrations_url(page), icon_name="calendar-check", priority=40)


@hooks.register("register_page_listing_more_buttons")
def registrations_listing_button(page, user, next_url=None):
    """In the page listing's "More" menu of an event (no count: one query per row)."""
    if page.specific_class is EventPage and reads_registrations(user):
        yield Button(
            _("Registrations"), registrations_url(page), icon_name="calendar-check", priority=45
        )
