"""The members app in the Wagtail admin: member authorities, national forums, applications."""

import django_filters
from django.db.models import Count
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from members import admin_views
from members.directory import country_choices
from members.importing import COLUMNS
from members.models import JoinApplication, MemberAuthority, NationalForum


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications come from the public form: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


register_permission_policy(JoinApplication, ApplicationPermissionPolicy(JoinApplication))


def countries_with_members():
    codes = MemberAuthority.objects.order_by().values_list("country", flat=True).distinct()
    return country_choices(codes)


class MemberFilterSet(WagtailFilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), choices=countries_with_members)

    class Meta:
        model = MemberAuthority
        fields = ["kind", "status", "country", "national_forum", "committee_role"]


def country_code(country) -> str:
    return country.code or ""


def forum_country_code(forum) -> str:
    return forum.country.code if forum else ""


class MemberIndexView(IndexView):
    """The member listing, exported with the import's columns, and a link to the import."""

    custom_field_preprocess = {
        "country": {"csv": country_code, "xlsx": country_code},
        "national_forum": {"csv": forum_country_code, "xlsx": forum_country_code},
    }

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if admin_views.can_import(self.request.user):
            url = reverse("members_import:upload")
            buttons.append(HeaderButton(_("Import members"), url=url, icon_name="upload"))
        return buttons


class MemberAuthorityViewSet(SnippetViewSet):
    model = MemberAuthority
    icon = "group"
    index_view_class = MemberIndexView
    list_display = ["name", "city", "country", "kind", "status", "committee_role"]
    filterset_class = MemberFilterSet
    search_fields = ["name", "city"]
    search_backend_name = None
    list_export = COLUMNS
    export_headings = {name: name for name in COLUMNS}
    export_filename = "members"
    copy_view_enabled = False

    def get_queryset(self, request):
        return MemberAuthority.objects.select_related("national_forum")


class NationalForumViewSet(SnippetViewSet):
    model = NationalForum
    icon = "site"
    list_display = [
        "name",
        "country",
        "website",
        Column("member_count", label=_("Members"), sort_key="member_count"),
    ]
    copy_view_enabled = False

    def get_queryset(self, request):
        return NationalForum.objects.annotate(member_count=Count("members"))


class JoinApplicationViewSet(SnippetViewSet):
    model = JoinApplication
    icon = "mail"
    list_display = ["organisation", "country", "contact_name", "status", "submitted_at"]
    list_filter = ["status"]
    ordering = "-submitted_at"
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"add", "preview_on_add"}
        ]


class MembersGroup(SnippetViewSetGroup):
    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    submenu_hook = "register_members_menu_item"
    items = (MemberAuthorityViewSet, NationalForumViewSet, JoinApplicationViewSet)


register_snippet(MembersGroup)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import(request.user)


@hooks.register("register_members_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import members"), reverse("members_import:upload"), icon_name="upload", order=900
    )


@hooks.register("register_admin_urls")
def import_urls():
    return [path("members/import/", include((admin_views.urlpatterns, "members_import")))]
