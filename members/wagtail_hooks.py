"""The members app in the Wagtail admin: member authorities, national forums, applications
and member accounts."""

from abc import ABC, abstractmethod

import django_filters
from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from members import admin_views
from members.accounts import InviteForm, account_state, send_invitation
from members.directory import country_choices
from members.importing import COLUMNS
from members.models import JoinApplication, MemberAccount, MemberAuthority, NationalForum
from members.models.proposals import LOG_ACTIONS as PROPOSAL_LOG_ACTIONS
from members.models.proposals import PROPOSED_LOGOS_COLLECTION
from members.proposal_admin import ProfileProposalViewSet
from pages.admin_access import PermissionCheckedChooserViewSet
from pages.uploads import leave_out_collection


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
    chooser_viewset_class = PermissionCheckedChooserViewSet

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
    chooser_viewset_class = PermissionCheckedChooserViewSet

    def get_queryset(self, request):
        return NationalForum.objects.annotate(member_count=Count("members"))


class JoinApplicationViewSet(SnippetViewSet):
    model = JoinApplication
    icon = "mail"
    list_display = ["organisation", "country", "contact_name", "status", "submitted_at"]
    list_filter = ["status"]
    ordering = "-submitted_at"
    copy_view_enabled = False
    chooser_viewset_class = PermissionCheckedChooserViewSet

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"add", "preview_on_add"}
        ]


# Member accounts: staff invite people, resend invitations, deactivate accounts.

ACCOUNTS_URL_NAMESPACE = "member_accounts"


def account_url(action: str, account: MemberAccount) -> str:
    return reverse(f"{ACCOUNTS_URL_NAMESPACE}:{action}", args=[account.pk])


def tell_invitation_sent(request, account: MemberAccount) -> None:
    messages.success(request, _("Invitation sent to %(email)s.") % {"email": account.user.email})


class AccountIndexView(generic.IndexView):
    add_item_label = _("Invite a person")
    queryset = MemberAccount.objects.select_related("user", "authority")

    @cached_property
    def columns(self):
        email_column = self._get_title_column_class(TitleColumn)
        return [
            email_column(
                "email",
                label=_("Email"),
                accessor="user.email",
                sort_key="user__email",
                get_url=self.get_edit_url,
            ),
            Column(
                "name",
                label=_("Name"),
                accessor=lambda account: account.user.get_full_name(),
                sort_key="user__last_name",
            ),
            Column("authority", label=_("Member authority"), sort_key="authority__name"),
            Column(
                "authority_status",
                label=_("Authority status"),
                accessor=lambda account: account.authority.get_status_display(),
                sort_key="authority__status",
            ),
            Column("state", label=_("Account"), accessor=account_state),
            BooleanColumn("is_contact", label=_("Contact"), sort_key="is_contact"),
            DateColumn(
                "last_login",
                label=_("Last sign-in"),
                accessor="user.last_login",
                sort_key="user__last_login",
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.user_has_permission("change"):
            return buttons
        user = instance.user
        if user.is_active and not user.has_usable_password():
            buttons.append(
                ListingMenuItem(
                    _("Resend the invitation"), account_url("resend", instance), icon_name="mail"
                )
            )
        action = "deactivate" if user.is_active else "reactivate"
        label = _("Deactivate") if user.is_active else _("Reactivate")
        buttons.append(ListingMenuItem(label, account_url(action, instance), icon_name="lock"))
        return buttons


class InviteView(generic.CreateView):
    """Creates the person's user (without a password) and account, and emails them the
    link to choose a password, in the language chosen for them."""

    page_title = _("Invite a person")
    submit_button_label = _("Send the invitation")
    submit_button_active_label = _("Sending…")

    def get_page_subtitle(self):
        return self.page_title

    def get_breadcrumbs_items(self):
        *parents, _new = super().get_breadcrumbs_items()
        return [*parents, {"url": "", "label": self.page_title}]

    def save_instance(self):
        account = self.form.save()
        log(account, "wagtail.create", user=self.request.user)
        send_invitation(account)
        return account

    def save_action(self):
        tell_invitation_sent(self.request, self.object)
        return redirect(self.get_success_url())


class AccountDeleteView(generic.DeleteView):
    """Deleting an account deletes the person's user with it: nothing is left to sign in."""

    @property
    def confirmation_message(self):
        return _(
            "Delete the account of %(email)s? The person will no longer be able to sign in."
        ) % {"email": self.object.user.email}

    def delete_action(self):
        super().delete_action()
        self.object.user.delete()


class AccountActionView(
    ABC, BaseObjectMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Asks staff to confirm, then acts on one account (POST) and returns to the list."""

    model = MemberAccount
    permission_required = "change"
    template_name = "admin/confirm_action.html"
    header_icon = "user"
    index_url_name = None
    question = ""
    button_label = ""

    def get_page_subtitle(self):
        return self.object.user.email

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": MemberAccount._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        question = self.question % {"email": self.object.user.email}
        return super().get_context_data(question=question, button_label=self.button_label, **kwargs)

    def post(self, request, *args, **kwargs):
        self.act()
        return redirect(self.index_url_name)

    @abstractmethod
    def act(self) -> None:
        """What the confirmed action does to ``self.object``. Each action says what."""


class ResendInvitationView(AccountActionView):
    page_title = _("Resend the invitation")
    question = _("Send %(email)s the invitation again, with a new link to choose a password?")
    button_label = _("Yes, send it")

    def act(self):
        send_invitation(self.object)
        tell_invitation_sent(self.request, self.object)


class ActivationView(AccountActionView):
    is_active = None
    done_message = ""

    def act(self):
        self.object.user.is_active = self.is_active
        self.object.user.save(update_fields=["is_active"])
        messages.success(self.request, self.done_message % {"email": self.object.user.email})


class DeactivateView(ActivationView):
    page_title = _("Deactivate the account")
    question = _("Deactivate the account of %(email)s? The person can no longer sign in.")
    button_label = _("Yes, deactivate it")
    is_active = False
    done_message = _("The account of %(email)s is deactivated.")


class ReactivateView(ActivationView):
    page_title = _("Reactivate the account")
    question = _("Reactivate the account of %(email)s? The person can sign in again.")
    button_label = _("Yes, reactivate it")
    is_active = True
    done_message = _("The account of %(email)s is active again.")


class MemberAccountViewSet(ModelViewSet):
    model = MemberAccount
    name = ACCOUNTS_URL_NAMESPACE
    url_prefix = "members/accounts"
    icon = "user"
    menu_label = _("Member accounts")
    index_view_class = AccountIndexView
    add_view_class = InviteView
    delete_view_class = AccountDeleteView
    panels = [FieldPanel("authority"), FieldPanel("language"), FieldPanel("is_contact")]
    invite_panels = [FieldPanel(name) for name in InviteForm.field_order]
    search_fields = ["user__email", "user__first_name", "user__last_name", "authority__name"]
    search_backend_name = None

    def get_add_view_kwargs(self, **kwargs):
        panel = ObjectList(self.invite_panels).bind_to_model(MemberAccount)
        return super().get_add_view_kwargs(form_class=InviteForm, panel=panel, **kwargs)

    def get_urlpatterns(self):
        actions = {
            "resend": ResendInvitationView,
            "deactivate": DeactivateView,
            "reactivate": ReactivateView,
        }
        return super().get_urlpatterns() + [
            path(f"{action}/<int:pk>/", self.construct_view(view), name=action)
            for action, view in actions.items()
        ]


class MembersGroup(SnippetViewSetGroup):
    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    submenu_hook = "register_members_menu_item"
    items = (
        MemberAuthorityViewSet,
        NationalForumViewSet,
        JoinApplicationViewSet,
        MemberAccountViewSet,
        ProfileProposalViewSet,
    )


register_snippet(MembersGroup)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import(request.user)


@hooks.register("register_members_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import members"), reverse("members_import:upload"), icon_name="upload", order=900
    )


@hooks.register("register_log_actions")
def register_proposal_actions(actions):
    for action, label in PROPOSAL_LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_admin_urls")
def import_urls():
    return [path("members/import/", include((admin_views.urlpatterns, "members_import")))]


@hooks.register("construct_image_chooser_queryset")
def leave_out_proposed_logos(images, request):
    """A logo waiting for staff's decision is shown on no page: a page's image gets public
    renditions."""
    return leave_out_collection(images, PROPOSED_LOGOS_COLLECTION)
