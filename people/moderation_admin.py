"""Staff moderate the people's profiles in the admin: Members → People's profiles lists them
(searched by name, email address or authority; filtered by listed, photo, taken out), each
opens on what its person wrote, with its photo, and offers the actions of
``people.moderation``, each confirmed with a reason the person reads in their email.

Everything here needs ``people.moderate_profile`` (the Moderators group holds it): reaching
the admin is not enough. A profile's photo reaches a moderator through this viewset's own
route, never a rendition: a rendition is a public file.
"""

from abc import ABC, abstractmethod

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from people import moderation, photos
from people.models import MODERATE_PERMISSION, Profile

URL_NAMESPACE = "profile_moderation"
# What staff do with profiles here, each needing the one permission "moderate".
ACTIONS = {"view", "moderate"}


class ProfilePermissionPolicy(ModelPermissionPolicy):
    """Listing, opening and moderating profiles all need ``people.moderate_profile``; nobody
    adds, edits or deletes a profile here (its person writes it)."""

    def user_has_permission(self, user, action):
        return action in ACTIONS and super().user_has_permission(user, "moderate")

    def users_with_any_permission(self, actions):
        if not ACTIONS.intersection(actions):
            return get_user_model().objects.none()
        return super().users_with_any_permission(["moderate"])


register_permission_policy(Profile, ProfilePermissionPolicy(Profile))


def url_of(action: str, profile: Profile) -> str:
    return reverse(f"{URL_NAMESPACE}:{action}", args=[profile.pk])


class ProfileFilterSet(WagtailFilterSet):
    listed = django_filters.BooleanFilter(label=_("Listed in the directory"))
    has_photo = django_filters.BooleanFilter(
        field_name="photo", lookup_expr="isnull", exclude=True, label=_("With a photo")
    )
    unlisted_by_staff = django_filters.BooleanFilter(label=_("Taken out by staff"))

    class Meta:
        model = Profile
        fields = []


class ProfileIndexView(generic.IndexView):
    queryset = Profile.objects.select_related("account__user", "account__authority")
    default_ordering = "account__user__last_name"

    def search_queryset(self, queryset):
        return queryset.found_by_staff(self.search_query) if self.is_searching else queryset

    def get_edit_url(self, instance):
        return url_of("profile", instance)

    @cached_property
    def columns(self):
        name_column = self._get_title_column_class(TitleColumn)
        return [
            name_column(
                "name",
                label=_("Name"),
                accessor="name",
                sort_key="account__user__last_name",
                get_url=self.get_edit_url,
            ),
            Column("email", label=_("Email"), accessor="account.user.email"),
            Column(
                "authority",
                label=_("Member authority"),
                accessor="account.authority.name",
                sort_key="account__authority__name",
            ),
            BooleanColumn("listed", label=_("Listed"), sort_key="listed"),
            BooleanColumn("photo", label=_("Photo"), accessor="photo_id"),
            BooleanColumn("unlisted_by_staff", label=_("Taken out by staff")),
            DateColumn("updated_at", label=_("Updated on"), sort_key="updated_at"),
        ]

    def get_list_more_buttons(self, instance):
        return [
            ListingMenuItem(label, url_of(action, instance), icon_name=icon)
            for action, label, icon in available_actions(instance)
        ]


def available_actions(profile: Profile) -> list[tuple[str, str, str]]:
    """What staff may do to ``profile`` now: ``(action, label, icon)``."""
    actions = []
    if profile.unlisted_by_staff:
        actions.append(("allow_listing", _("Allow listing again"), "view"))
    else:
        actions.append(("unlist", _("Take out of the directory"), "no-view"))
    if profile.photo_id:
        actions.append(("remove_photo", _("Remove the photo"), "bin"))
    return actions


class ProfileObjectMixin(BaseObjectMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin):
    model = Profile
    permission_required = "moderate"
    header_icon = "user"
    index_url_name = f"{URL_NAMESPACE}:index"

    def get_object(self):
        return get_object_or_404(
            Profile.objects.select_related("account__user", "account__authority"),
            pk=self.kwargs["pk"],
        )

    def get_page_subtitle(self):
        return self.object.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": Profile._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_subtitle()},
        ]


class ProfileView(ProfileObjectMixin, TemplateView):
    """What the person wrote, their photo, and what staff may do."""

    template_name = "people/admin/profile.html"
    page_title = _("Profile")

    def get_context_data(self, **kwargs):
        profile = self.object
        return super().get_context_data(
            profile=profile,
            photo_url=photo_url(profile),
            history_url=reverse(f"{URL_NAMESPACE}:history", args=[profile.pk]),
            actions=[
                (url_of(action, profile), label)
                for action, label, _icon in available_actions(profile)
            ],
            **kwargs,
        )


def photo_url(profile: Profile) -> str:
    """The photo's address, which changes with the photo (a browser keeps it a while)."""
    if not profile.photo_id:
        return ""
    return reverse(f"{URL_NAMESPACE}:photo", args=[profile.pk, profile.photo_id])


class PhotoView(ProfileObjectMixin, TemplateView):
    """The photo's bytes, for moderators alone (listed or not)."""

    def get(self, request, *args, **kwargs):
        if self.object.photo_id != self.kwargs["photo_id"]:
            raise Http404("Not this profile's photo.")
        return photos.photo_response(self.object.photo)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("The person reads it in the email telling them, in their language."),
        max_length=moderation.REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ModerationActionView(ABC, ProfileObjectMixin, TemplateView):
    """Asks staff to confirm (and why, when the action takes a reason), then acts (POST) and
    returns to the list."""

    template_name = "admin/confirm_action.html"
    question = ""
    button_label = ""
    done_message = ""
    takes_reason = True

    def get_context_data(self, form=None, **kwargs):
        if form is None and self.takes_reason:
            form = ReasonForm()
        question = self.question % {"name": self.object.name}
        return super().get_context_data(
            question=question, button_label=self.button_label, form=form, **kwargs
        )

    def post(self, request, *args, **kwargs):
        form = ReasonForm(request.POST) if self.takes_reason else None
        if form is not None and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if not self.applies():
            messages.error(request, _("This was done already."))
            return redirect(self.index_url_name)
        self.act(form.cleaned_data["reason"] if form else "")
        messages.success(request, self.done_message % {"name": self.object.name})
        return redirect(self.index_url_name)

    def applies(self) -> bool:
        return any(action == self.action for action, _l, _i in available_actions(self.object))

    @property
    @abstractmethod
    def action(self) -> str:
        """The action's name in ``available_actions``."""

    @abstractmethod
    def act(self, reason: str) -> None:
        """What the confirmed action does to ``self.object``."""


class UnlistView(ModerationActionView):
    action = "unlist"
    page_title = _("Take out of the directory")
    question = _(
        "Take %(name)s out of the people directory? They may not list themselves again until "
        "you allow it, and they are told why by email."
    )
    button_label = _("Yes, take them out")
    done_message = _("%(name)s is out of the people directory; they are told why.")

    def act(self, reason):
        moderation.unlist(self.object, self.request.user, reason)


class AllowListingView(ModerationActionView):
    action = "allow_listing"
    page_title = _("Allow listing again")
    question = _(
        "Let %(name)s list themselves in the people directory again? They stay unlisted until "
        "they choose to be listed, and they are told by email."
    )
    button_label = _("Yes, allow it")
    done_message = _("%(name)s may list themselves again.")
    takes_reason = False

    def act(self, reason):
        moderation.allow_listing(self.object, self.request.user)


class RemovePhotoView(ModerationActionView):
    action = "remove_photo"
    page_title = _("Remove the photo")
    question = _("Remove the photo of %(name)s? It is deleted, and they are told why by email.")
    button_label = _("Yes, remove it")
    done_message = _("The photo of %(name)s is deleted; they are told why.")

    def act(self, reason):
        moderation.remove_photo(self.object, self.request.user, reason)


class ProfileHistoryView(HistoryView):
    """Who moderated the profile, when, and why (the reasons as comments)."""

    any_permission_required = ["moderate"]

    def get_edit_url(self, instance):
        return url_of("profile", instance)


class ProfileURLFinder(ModelAdminURLFinder):
    """A profile's link in the admin (the site's history, for one): its page, for
    moderators."""

    edit_url_name = f"{URL_NAMESPACE}:profile"

    def get_edit_url(self, instance):
        if self.user and not self.user.has_perm(MODERATE_PERMISSION):
            return None
        return self.construct_edit_url(instance)


class ProfileModerationViewSet(ModelViewSet):
    """Listed, opened and moderated only: nobody adds, edits or deletes a profile here."""

    model = Profile
    name = URL_NAMESPACE
    url_prefix = "people/profiles"
    icon = "user"
    menu_label = _("People's profiles")
    menu_hook = "register_members_menu_item"
    menu_order = 450
    index_view_class = ProfileIndexView
    history_view_class = ProfileHistoryView
    url_finder_class = ProfileURLFinder
    filterset_class = ProfileFilterSet
    search_fields = ["account__user__email"]  # searched by ``Profile.found_by_staff``
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = []  # no form: the add and edit views are not routed

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Profile), codename="moderate_profile"
        )

    def get_urlpatterns(self):
        kept = [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in {"index", "index_results", "history", "history_results"}
        ]
        views = {
            "profile": ("<int:pk>/", ProfileView),
            "photo": ("<int:pk>/photo/<int:photo_id>/", PhotoView),
            "unlist": ("<int:pk>/unlist/", UnlistView),
            "allow_listing": ("<int:pk>/allow-listing/", AllowListingView),
            "remove_photo": ("<int:pk>/remove-photo/", RemovePhotoView),
        }
        return kept + [
            path(route, self.construct_view(view), name=name)
            for name, (route, view) in views.items()
        ]
