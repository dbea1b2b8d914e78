"""The working groups in the admin (menu "Working groups"): the groups, and the memberships
with the requests waiting, which staff accept or decline there (a confirmation, then the
person's email, ``membership.py``)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from groups import membership as joining
from groups.models import (
    GroupMembership,
    Post,
    PostReport,
    SharedFile,
    Thread,
    WorkingGroup,
    groups_page,
)
from pages.admin_access import PermissionCheckedChooserViewSet
from pages.models.base import LANGUAGE_CODES

MEMBERSHIPS_URL_NAMESPACE = "group_memberships"


class GroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = _("Working groups")
    list_display = ["name", "slug", "status"]
    list_filter = ["status"]
    search_fields = [*(f"name_{code}" for code in LANGUAGE_CODES), "slug"]
    search_backend_name = None
    copy_view_enabled = False
    chooser_viewset_class = PermissionCheckedChooserViewSet


def decision_url(decision: str, membership: GroupMembership) -> str:
    return reverse(f"{MEMBERSHIPS_URL_NAMESPACE}:{decision}", args=[membership.pk])


class MembershipIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("group", "user")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_waiting and instance.group.is_open and self.user_has_permission("change"):
            buttons += [
                ListingMenuItem(_("Accept"), decision_url("accept", instance), icon_name="check"),
                ListingMenuItem(_("Decline"), decision_url("decline", instance), icon_name="cross"),
            ]
        return buttons


class DecisionView(
    BaseObjectMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Asks staff to confirm, then answers the request (POST) and returns to the list; a
    request already answered is not asked about again, and stays as it is."""

    model = GroupMembership
    permission_required = "change"
    template_name = "admin/confirm_action.html"
    header_icon = "group"
    index_url_name = f"{MEMBERSHIPS_URL_NAMESPACE}:list"
    decide = None
    question = ""
    button_label = ""
    done_message = ""

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        question = self.question % self.about()
        return super().get_context_data(question=question, button_label=self.button_label, **kwargs)

    def about(self) -> dict:
        return {"email": self.object.user.email, "group": self.object.group.name}

    def get(self, request, *args, **kwargs):
        if not self.object.is_waiting:
            refusal = joining.Refused("answered")
            messages.error(request, joining.refusal_message(refusal, self.object))
            return redirect(self.index_url_name)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            type(self).decide(self.object)
        except joining.Refused as refusal:
            messages.error(request, joining.refusal_message(refusal, self.object))
        else:
            messages.success(request, self.done_message % self.about())
        return redirect(self.index_url_name)


class AcceptView(DecisionView):
    page_title = _("Accept the request")
    question = _("Accept %(email)s in the group “%(group)s”? The person is told by email.")
    button_label = _("Yes, accept")
    done_message = _("%(email)s is now a member of “%(group)s”.")
    decide = joining.accept


class DeclineView(DecisionView):
    page_title = _("Decline the request")
    question = _(
        "Decline the request of %(email)s to join “%(group)s”? The person is told by email."
    )
    button_label = _("Yes, decline")
    done_message = _("The request of %(email)s to join “%(group)s” was declined.")
    decide = joining.decline


class GroupMembershipViewSet(SnippetViewSet):
    model = GroupMembership
    icon = "user"
    menu_label = _("Members and requests")
    url_namespace = MEMBERSHIPS_URL_NAMESPACE
    index_view_class = MembershipIndexView
    list_display = [
        "user",
        "group",
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("asked_at", label=_("Asked on")),
    ]
    list_filter = ["status", "group"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    search_backend_name = None
    copy_view_enabled = False
    ordering = ["-asked_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("accept/<int:pk>/", self.construct_view(AcceptView), name="accept"),
            path("decline/<int:pk>/", self.construct_view(DeclineView), name="decline"),
        ]


class ThreadViewSet(SnippetViewSet):
    model = Thread
    icon = "comment"
    menu_label = _("Discussions")
    list_display = ["title", "group", DateColumn("last_posted_at", label=_("Last post on"))]
    list_filter = ["group"]
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    ordering = ["-last_posted_at"]


class PostIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("thread__group", "author")


class PostViewSet(SnippetViewSet):
    """The posts: staff open one to hide it, with the reason, or to show it again."""

    model = Post
    icon = "comment"
    menu_label = _("Posts")
    index_view_class = PostIndexView
    list_display = [
        "__str__",
        "author",
        Column("hidden", label=_("Hidden"), accessor="is_hidden"),
        DateColumn("created_at", label=_("Posted on")),
    ]
    list_filter = ["thread__group", "language"]
    search_fields = ["text", "author__email"]
    search_backend_name = None
    copy_view_enabled = False
    ordering = ["-created_at"]


class PostReportViewSet(SnippetViewSet):
    """What members reported: each leads to the post, which staff may hide."""

    model = PostReport
    icon = "warning"
    menu_label = _("Reported posts")
    list_display = [
        "post",
        Column("post_text", label=_("Text"), accessor=lambda report: report.post.excerpt(160)),
        BooleanColumn(
            "post_hidden", label=_("Hidden"), accessor=lambda report: report.post.is_hidden
        ),
        "reporter",
        "reason",
        DateColumn("created_at", label=_("Reported on")),
    ]
    list_filter = ["post__thread__group"]
    search_backend_name = None
    copy_view_enabled = False
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return PostReport.objects.select_related("post__thread", "reporter")


class SharedFileViewSet(SnippetViewSet):
    model = SharedFile
    icon = "doc-full"
    menu_label = _("Shared files")
    list_display = [
        "title",
        "group",
        "shared_by",
        DateColumn("shared_at", label=_("Shared on")),
        "kept",
    ]
    list_filter = ["group", "kept"]
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    ordering = ["-shared_at"]


class GroupsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Working groups")
    menu_icon = "group"
    menu_order = 260
    items = (
        GroupViewSet,
        GroupMembershipViewSet,
        ThreadViewSet,
        PostViewSet,
        PostReportViewSet,
        SharedFileViewSet,
    )


# Before the library's guard (order 0), which would keep a document of a restricted
# collection for staff alone: a group's file goes to the space's file route, which checks
# that the reader takes part in the group.
@hooks.register("before_serve_document", order=-1)
def guard_group_document(document, request):
    shared = document.group_files.select_related("group").first()
    if shared is None:
        return None
    page = groups_page()
    if page is None:
        raise Http404("The working groups page is not published.")
    response = redirect(
        page.url + page.reverse_subpage("space_file", args=[shared.group.slug, shared.pk])
    )
    add_never_cache_headers(response)
    return response


register_snippet(GroupsViewSetGroup)
