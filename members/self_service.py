"""What the people of a member authority do for it themselves, in the members' area:
propose changes to its public profile (``ProfileProposal``, which staff decide in the admin),
and, for its contact persons, invite colleagues.

A proposed logo is checked like every member's upload (``pages.uploads``: its content must
be a JPEG, PNG or WebP image, within the size and pixel limits) and becomes a site image in
a restricted collection until staff approve it (``members.models.proposals``).
A colleague's invitation is staff's own (``accounts.send_invitation``: the same email, link
and expiry); staff are told of each, and of each proposal, at the site's contact address.
Every email goes through the outbox, in its reader's language.
"""

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from background.mail import send
from members.accounts import (
    AccountFormMixin,
    NewPersonForm,
    email_language,
    send_invitation,
    site_url,
    users_at,
)
from members.models import MemberAccount, MemberAuthority, ProfileProposal
from members.models.proposals import (
    DESCRIPTION_FIELDS,
    PROPOSED_FIELDS,
    PROPOSED_LOGOS_COLLECTION,
    profile_value,
)
from pages.forms import render_email
from pages.i18n import language_names
from pages.models import SiteSettings
from pages.uploads import IMAGE_TYPES, UploadRefused, recognise, store_image

DESCRIPTION_LENGTH = 5000
REASON_LENGTH = 2000


# Proposing changes to the profile.


class ProfileProposalForm(AccountFormMixin, forms.Form):
    """The profile as it would be: a description per language, the website, a new logo. It
    starts from the pending proposal if there is one, else from the profile."""

    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    logo = forms.FileField(
        label=_("New logo"),
        required=False,
        help_text=_("A JPEG, PNG or WebP image; leave empty to keep the logo as it is."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(IMAGE_TYPES.values())}),
    )

    def __init__(self, authority, pending=None, *args, **kwargs):
        self.authority = authority
        initial = {field: profile_value(authority, field) for field in PROPOSED_FIELDS}
        if pending is not None:
            initial.update(pending.changes)
        super().__init__(*args, initial=initial, **kwargs)
        self.upload = None
        for field in DESCRIPTION_FIELDS:
            code = field.removeprefix("description_")
            self.fields[field] = forms.CharField(
                label=_("Description in %(language)s") % {"language": language_names([code])},
                required=False,
                max_length=DESCRIPTION_LENGTH,
                widget=forms.Textarea(attrs={"rows": 6, "lang": code}),
            )
        self.order_fields([*DESCRIPTION_FIELDS, "website", "logo"])

    def clean_logo(self):
        file = self.cleaned_data["logo"]
        if not file:
            return None
        try:
            upload = recognise(file)
        except UploadRefused as refusal:
            raise forms.ValidationError(refusal.message, code=refusal.code) from None
        if not upload.is_image:
            raise forms.ValidationError(
                _("A logo must be a JPEG, PNG or WebP image."), code="not_image"
            )
        self.upload = upload
        return file

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.changes() and self.upload is None:
            raise forms.ValidationError(
                _("This is what the profile already says: change something before sending it."),
                code="unchanged",
            )
        return cleaned

    def changes(self) -> dict[str, str]:
        """The fields whose sent value differs from the profile's."""
        return {
            field: self.cleaned_data[field].strip()
            for field in PROPOSED_FIELDS
            if field in self.cleaned_data
            and self.cleaned_data[field].strip() != profile_value(self.authority, field)
        }


def pending_proposal(authority):
    return authority.profile_proposals.filter(status=ProfileProposal.Status.PENDING).first()


def latest_proposal(authority):
    """The authority's latest proposal: the pending one, else the last decided."""
    return authority.profile_proposals.order_by("-proposed_at").first()


def propose(form: ProfileProposalForm, user, request) -> ProfileProposal:
    """Record the form as the authority's pending proposal, replacing the one waiting if any
    (its logo stays unless a new one is sent), and tell staff."""
    authority = form.authority
    with transaction.atomic():
        # Two colleagues sending at once: the second waits, then replaces the first's.
        MemberAuthority.objects.select_for_update().get(pk=authority.pk)
        proposal = pending_proposal(authority) or ProfileProposal(authority=authority)
        proposal.proposed_by = user
        proposal.changes = form.changes()
        if form.upload is not None:
            proposal.forget_logo()
            proposal.logo = store_image(
                form.upload,
                authority.name,
                settings.LANGUAGE_CODE,
                PROPOSED_LOGOS_COLLECTION,
                restricted=True,
            )
        proposal.save()
        review = admin_url("profile_proposals:edit", pk=proposal.pk)
        tell_staff(request, "proposal_staff", proposal=proposal, admin_url=review)
    return proposal


def admin_url(view_name: str, **kwargs) -> str:
    """The full address of one of the admin's views, for staff's emails (in English)."""
    return site_url(view_name, settings.LANGUAGE_CODE, **kwargs)


# Staff's decisions.


def approve(proposal: ProfileProposal, user) -> None:
    with transaction.atomic():
        proposal.approve(user)
        tell_proposer(proposal)


def decline(proposal: ProfileProposal, user, reason: str) -> None:
    with transaction.atomic():
        proposal.decline(user, reason)
        tell_proposer(proposal)


def tell_proposer(proposal: ProfileProposal) -> None:
    """Email the person who proposed the changes what staff decided, in their language, with
    a link to the proposal's page in the members' area."""
    person = proposal.proposed_by
    if person is None or not person.is_active or not person.email:
        return
    language = email_language(person)
    context = {
        "authority": proposal.authority.name,
        "reason": proposal.reason,
        "link": site_url("account_authority", language),
    }
    subject, body = render_email(f"members/emails/proposal_{proposal.status}", language, context)
    message = EmailMessage(subject, body, to=[person.email], headers={"Content-Language": language})
    send([message], f"profile proposal {proposal.pk}: {proposal.status}")


def tell_staff(request, email_name: str, **context) -> None:
    """Email staff (the site settings' contact address, when there is one), in English."""
    staff_address = SiteSettings.for_request(request).email
    if not staff_address:
        return
    language = settings.LANGUAGE_CODE
    subject, body = render_email(f"members/emails/{email_name}", language, context)
    message = EmailMessage(
        subject, body, to=[staff_address], headers={"Content-Language": language}
    )
    send([message], email_name.replace("_", " "))


# Inviting colleagues.


class ColleagueInviteForm(AccountFormMixin, NewPersonForm):
    """A contact person invites a colleague to the members' area of their own authority. An
    address that already has an account is not refused: saying so would tell whoever types
    it who has an account on the site (``invite_colleague`` tells staff instead)."""

    field_order = ["email", "first_name", "last_name", "language"]

    class Meta(NewPersonForm.Meta):
        fields = ["language"]

    def clean_email(self) -> str:
        return self.cleaned_data["email"].lower()


def invite_colleague(form: ColleagueInviteForm, inviter: MemberAccount, request) -> str:
    """Create the colleague's account and send staff's invitation, telling staff who invited
    whom; for an address that already has an account, only tell staff, who decide (the
    inviter is answered the same). Gives the address."""
    address = form.cleaned_data["email"]
    if users_at(address).exists():
        found = admin_url("member_accounts:index") + "?" + urlencode({"q": address})
        tell_staff(
            request, "colleague_has_account", inviter=inviter, email=address, admin_url=found
        )
        return address
    with transaction.atomic():
        form.instance.authority = inviter.authority
        account = form.save()
        log(account, "wagtail.create", user=inviter.user)
        send_invitation(account)
        edit = admin_url("member_accounts:edit", pk=account.pk)
        tell_staff(request, "colleague_invited", account=account, inviter=inviter, admin_url=edit)
    return address
