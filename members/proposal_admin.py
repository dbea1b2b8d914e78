"""Staff decide the profile changes members propose: Members → Profile changes lists them,
the pending first; each opens on the profile's current text beside the proposed one, with
the buttons to approve (the change is written to the authority and logged) or to decline
with a reason (the proposer reads it). Either way the proposer is emailed."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from members import self_service
from members.models import ProfileProposal

URL_NAMESPACE = "profile_proposals"
# What staff may do to a proposal: decide it ("change"). Members add them; none is deleted.
ACTIONS = {"change", "view"}


class ProposalPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action in ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in ACTIONS])


register_permission_policy(ProfileProposal, ProposalPermissionPolicy(ProfileProposal))


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        help_text=_("The person who proposed the change reads it in the members' area."),
        max_length=self_service.REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def proposer_name(proposal) -> str:
    person = proposal.proposed_by
    return (person.get_full_name() or person.email) if person else "–"


class ProposalIndexView(generic.IndexView):
    queryset = ProfileProposal.objects.select_related("authority", "proposed_by").order_by(
        "-status", "-proposed_at"
    )

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "authority",
                label=_("Member authority"),
                sort_key="authority__name",
                get_url=self.get_edit_url,
            ),
            Column("proposed_by", label=_("Proposed by"), accessor=proposer_name),
            DateColumn("proposed_at", label=_("Proposed on"), sort_key="proposed_at"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda proposal: proposal.is_pending,
                sort_key="status",
            ),
        ]


class ReviewView(BaseObjectMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: the side-by-side; POST ``approve``, or ``decline`` with a reason."""

    model = ProfileProposal
    permission_required = "change"
    template_name = "members/admin/proposal_review.html"
    page_title = _("Profile change")
    header_icon = "edit"
    index_url_name = f"{URL_NAMESPACE}:index"

    def get_object(self):
        return ProfileProposal.objects.select_related(
            "authority__logo", "logo", "proposed_by", "decided_by"
        ).get(pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object.authority)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse(self.index_url_name),
                "label": ProfileProposal._meta.verbose_name_plural,
            },
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_context_data(self, decline_form=None, **kwargs):
        return super().get_context_data(
            proposal=self.object,
            proposer=proposer_name(self.object),
            differences=self.object.differences(),
            decline_form=decline_form or DeclineForm(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        proposal = self.object
        if not proposal.is_pending:
            messages.error(request, _("This proposal has already been decided."))
            return redirect(self.index_url_name)
        if "approve" in request.POST:
            self_service.approve(proposal, request.user)
            messages.success(
                request, _("The profile of %(authority)s is changed.") % {"authority": proposal}
            )
            return redirect(self.index_url_name)
        form = DeclineForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(decline_form=form))
        self_service.decline(proposal, request.user, form.cleaned_data["reason"])
        messages.success(request, _("The proposal is declined; its author is told why."))
        return redirect(self.index_url_name)


class ProfileProposalViewSet(ModelViewSet):
    """Listed and reviewed only: members propose, nobody adds, edits or deletes one here; its
    "edit" is the review."""

    model = ProfileProposal
    name = URL_NAMESPACE
    url_prefix = "members/profile-changes"
    icon = "edit"
    menu_label = _("Profile changes")
    index_view_class = ProposalIndexView
    copy_view_enabled = False
    list_filter = ["status"]
    search_fields = ["authority__name"]
    search_backend_name = None
    exclude_form_fields = ["changes"]

    def get_urlpatterns(self):
        kept = [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in {"index", "index_results"}
        ]
        return kept + [path("<int:pk>/", self.construct_view(ReviewView), name="edit")]
