"""Changes to an authority's public profile, proposed by its people and decided by staff.

A person of an active member authority proposes what its profile should say: its description
in any of the site's languages, its website, its logo. Staff approve the proposal, which
writes it to the authority (and the page cache starts anew, as on any change to it), or
decline it with a reason the person reads in the members' area. A proposal keeps only what
differs from the profile when it was sent, so approving it never undoes what staff changed
meanwhile in another field. An authority has at most one pending proposal: sending a new one
replaces it (the members' form starts from it, so a colleague's changes stay unless changed).

A proposed logo waits in the collection "Proposed logos", restricted to signed-in people, and
is never given a rendition (a public file) while it waits: its bytes reach staff who decide
proposals and the authority's own people through ``members.account_views.proposed_logo``
alone. Approved, it moves to the public collection "Member logos"; declined or replaced, it
is deleted, its file with it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.log_actions import log

from members.models.network import MemberAuthority
from pages.models.editorial import image_field
from pages.uploads import collection

DESCRIPTION_FIELDS = [f"description_{code}" for code, _name in settings.LANGUAGES]
# What a proposal may change, besides the logo: the profile's texts.
PROPOSED_FIELDS = [*DESCRIPTION_FIELDS, "website"]
APPROVE_ACTION = "members.proposal_approved"
DECLINE_ACTION = "members.proposal_declined"
LOG_ACTIONS = {APPROVE_ACTION: _("Approve"), DECLINE_ACTION: _("Decline")}
LOGOS_COLLECTION = "Member logos"
PROPOSED_LOGOS_COLLECTION = "Proposed logos"
# Who decides proposals in the admin, and so sees a proposed logo.
DECIDE_PERMISSION = "members.change_profileproposal"


def profile_value(authority: MemberAuthority, field: str) -> str:
    """What the profile holds in ``field``, an empty translation as an empty text."""
    return getattr(authority, field) or ""


def proposed_field(field: str) -> str:
    """The authority's field a proposed one writes to: ``description`` in any language."""
    return "description" if field in DESCRIPTION_FIELDS else field


@dataclass(frozen=True)
class Difference:
    """One field of a proposal: its name, what the profile says, what is proposed."""

    label: str
    language: str
    current: str
    proposed: str


class ProfileProposal(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the Efus team")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", pgettext_lazy("profile change", "Declined")

    authority = models.ForeignKey(
        MemberAuthority,
        verbose_name=_("member authority"),
        on_delete=models.CASCADE,
        related_name="profile_proposals",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="profile_proposals",
    )
    proposed_at = models.DateTimeField(_("proposed on"), default=timezone.now)
    # The new value of each field of ``PROPOSED_FIELDS`` that the proposal changes.
    changes = models.JSONField(_("proposed changes"), default=dict, blank=True)
    logo = image_field(_("proposed logo"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    reason = models.TextField(_("reason for declining"), blank=True)

    class Meta:
        ordering = ["-proposed_at"]
        verbose_name = _("profile change")
        verbose_name_plural = _("profile changes")
        constraints = [
            models.UniqueConstraint(
                fields=["authority"],
                condition=models.Q(status="pending"),
                name="one_pending_proposal_per_authority",
            )
        ]

    def __str__(self) -> str:
        return str(self.authority)

    @staticmethod
    def forget_proposers(proposals) -> None:
        proposals.update(proposed_by=None)

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    def differences(self) -> list[Difference]:
        """Each proposed text beside what the profile says now, in the fields' order (the
        logo is shown as images)."""
        authority = self.authority
        return [
            Difference(
                str(MemberAuthority._meta.get_field(proposed_field(field)).verbose_name),
                field.removeprefix("description_") if field in DESCRIPTION_FIELDS else "",
                profile_value(authority, field),
                self.changes[field],
            )
            for field in PROPOSED_FIELDS
            if field in self.changes
        ]

    def approve(self, user) -> None:
        """Write the proposal to the authority's profile, and record who did."""
        with transaction.atomic():
            authority = MemberAuthority.objects.select_for_update().get(pk=self.authority_id)
            for field, value in self.changes.items():
                setattr(authority, field, value)
            if self.logo_id:
                self.publish_logo()
                authority.logo_id = self.logo_id
            authority.save()
            self.decide(self.Status.APPROVED, user)
            log(authority, "wagtail.edit", user=user)
            log(self, APPROVE_ACTION, user=user)

    def decline(self, user, reason: str) -> None:
        with transaction.atomic():
            self.forget_logo()
            self.reason = reason
            self.decide(self.Status.DECLINED, user)
            log(self, DECLINE_ACTION, user=user, data={"reason": reason})

    def publish_logo(self) -> None:
        """Move the approved logo to the public collection, where the profile shows it."""
        self.logo.collection = collection(LOGOS_COLLECTION, restricted=False)
        self.logo.save(update_fields=["collection"])

    def logo_seen_by(self, user) -> bool:
        """Whether ``user`` may see the logo proposed: staff who decide proposals, and the
        people of the proposing authority while it is a member."""
        if not user.is_authenticated or not user.is_active:
            return False
        if user.has_perm(DECIDE_PERMISSION):
            return True
        account = getattr(user, "member_account", None)
        if account is None or account.authority_id != self.authority_id:
            return False
        return account.grants_access

    def forget_logo(self) -> None:
        """Delete the proposed logo, its file with it, unless an authority shows it: a logo
        declined or replaced by another stays nowhere."""
        if self.logo_id and not MemberAuthority.objects.filter(logo=self.logo_id).exists():
            self.logo.delete()
        self.logo = None

    def decide(self, status: str, user) -> None:
        self.status, self.decided_by, self.decided_at = status, user, timezone.now()
        self.save(update_fields=["status", "decided_by", "decided_at", "reason", "logo"])
