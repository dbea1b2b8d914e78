"""Member accounts: signing in, invitations and password resets.

A person signs in with their email address, which is also their username (lowercased). Staff
invite a person from the admin, and so does an authority's contact person for a colleague
(``members.self_service``); the invitation and the password reset both email a one-time
link to the same page, where the person chooses a password, in the person's language.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.core.validators import MaxLengthValidator
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_tasks import task

from background.mail import send
from members.models import MemberAccount, MemberAuthority
from pages.forms import DescribedBoundField, current_language, may_email, render_email

LINK_VALID_DAYS = settings.PASSWORD_RESET_TIMEOUT // (24 * 3600)


def users_at(address: str):
    """The users whose username or email address is ``address``, whatever its case."""
    return get_user_model().objects.filter(Q(username__iexact=address) | Q(email__iexact=address))


def active_users_at(address: str):
    """The active users at this address, those still invited too: for them the link is a
    new invitation."""
    return get_user_model().objects.filter(email__iexact=address, is_active=True)


def email_language(user) -> str:
    """The language of the emails to ``user``: their account's, else the current one."""
    account = MemberAccount.objects.filter(user=user).only("language").first()
    return account.language if account else current_language()


# Emails.


def site_url(view_name: str, language: str, **kwargs) -> str:
    """The absolute address of one of the site's views, in ``language``."""
    with translation.override(language):
        path = reverse(view_name, kwargs=kwargs)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def set_password_url(user, language: str) -> str:
    """The link where ``user`` chooses a password: it works once, for a few days."""
    return site_url(
        "account_set_password",
        language,
        uidb64=urlsafe_base64_encode(force_bytes(user.pk)),
        token=default_token_generator.make_token(user),
    )


def set_password_email(user, email_name: str, language: str, **context) -> EmailMessage:
    """The ``email_name`` message to ``user``, with a link to choose a password."""
    context.update(
        user=user,
        name=user.get_full_name() or user.email,
        link=set_password_url(user, language),
        sign_in_url=site_url("account_login", language),
        reset_url=site_url("account_password_reset", language),
        days=LINK_VALID_DAYS,
    )
    subject, body = render_email(f"members/emails/{email_name}", language, context)
    return EmailMessage(subject, body, to=[user.email], headers={"Content-Language": language})


def send_invitation(account: MemberAccount) -> None:
    """Email the person the invitation (a worker sends it)."""
    account.invited_at = timezone.now()
    account.save(update_fields=["invited_at"])
    message = set_password_email(
        account.user, "account_invitation", account.language, authority=account.authority
    )
    send([message], f"invitation of user {account.user_id}")


@task()
def send_password_resets(address: str) -> None:
    """Email each active user at ``address`` a link to choose a new password, in their
    language, at most once every ten minutes."""
    for user in active_users_at(address):
        if may_email("password_reset", user.email):
            message = set_password_email(user, "account_password_reset", email_language(user))
            send([message], f"password reset of user {user.pk}")


def account_state(account: MemberAccount) -> str:
    """Where the person stands: invited (no password yet), active or deactivated."""
    if not account.user.is_active:
        return _("Deactivated")
    if not account.user.has_usable_password():
        return _("Invited")
    return pgettext_lazy("member account", "Active")


# The site's forms.


class AccountFormMixin:
    """Labels without a colon; each input names its help text and errors."""

    bound_field_class = DescribedBoundField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class SignInForm(AccountFormMixin, AuthenticationForm):
    """Django's sign-in, with the email address as username (in any case or Unicode form:
    ``members.sign_in.SignInBackend``). A wrong password and an unknown address get the same
    message."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The email address or the password is not right. Check both and try again."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = _("Email address")
        username.widget.input_type = "email"
        username.validators.append(MaxLengthValidator(username.max_length))
        # Named in the site's own catalogue: another app's Portuguese one says "Senha".
        self.fields["password"].label = _("Password")


class PasswordResetRequestForm(AccountFormMixin, PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")

    def save(self, **kwargs):
        """Email each active user at the address a link to choose a new password: a worker
        looks them up, so that the answer takes the same time whether the address has an
        account or not."""
        send_password_resets.enqueue(self.cleaned_data["email"])


class NewPasswordForm(AccountFormMixin, SetPasswordForm):
    pass


class ChangePasswordForm(AccountFormMixin, PasswordChangeForm):
    pass


# The admin's form.


class NewPersonForm(forms.ModelForm):
    """A person to invite: a user without a password, and their member account. An address
    that already has an account is refused."""

    email = forms.EmailField(label=_("Email address"), max_length=150)
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    class Meta:
        model = MemberAccount
        fields = ["language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = current_language()

    def clean_email(self) -> str:
        address = self.cleaned_data["email"].lower()
        if users_at(address).exists():
            raise forms.ValidationError(_("This address already has an account."), code="duplicate")
        return address

    def save(self, commit=True) -> MemberAccount:
        account = super().save(commit=False)
        data = self.cleaned_data
        account.user = get_user_model().objects.create_user(
            username=data["email"],
            email=data["email"],
            first_name=data["first_name"],
            last_name=data["last_name"],
        )
        account.save()
        return account


class InviteForm(NewPersonForm):
    """Staff invite a person of any active authority, and say whether they are its contact."""

    field_order = ["email", "first_name", "last_name", "authority", "language", "is_contact"]

    class Meta(NewPersonForm.Meta):
        fields = ["authority", "language", "is_contact"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authority"].queryset = MemberAuthority.objects.active()
