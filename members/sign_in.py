"""Signing in, on the site and in the admin: one form of each username, and the lockout.

A username is compared in one form, ``sign_in_name`` (Unicode NFKC, case folded, without
surrounding spaces), by the backend that signs people in and by django-axes, which counts
the failures: "ＡＮＡ@Lyon.eu " signs in as "ana@lyon.eu" and counts against it.

Failures lock out an address, never an account, so that nobody can keep a person from
signing in: ``SIGN_IN_FAILURE_LIMIT`` failures for one username lock that username from that
address, ``SIGN_IN_ADDRESS_FAILURE_LIMIT`` failures whatever the usernames lock the address,
each for ``SIGN_IN_LOCKOUT_MINUTES`` after the last failure counted. Attempts while locked
out are not counted (``AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT``): the lock ends on
time.
"""

import unicodedata

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Q, Sum, Value
from django.db.models.functions import Concat

from pages.forms import client_ip

# The length of django-axes's username column.
COUNTED_USERNAME_LENGTH = 255


def sign_in_name(text: str) -> str:
    """The one form of a username that signs in and is counted: "ＡＮＡ@Lyon.eu " (fullwidth,
    capitals, a space) is "ana@lyon.eu"."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def submitted_username(request, credentials) -> str:
    """The username django-axes counts failures against (``AXES_USERNAME_CALLABLE``): the
    submitted one in its sign-in form, cut to the length axes stores (Django's sign-in forms
    pass a username of any length on to authenticate)."""
    data = credentials or request.POST
    return sign_in_name(data.get("username") or "")[:COUNTED_USERNAME_LENGTH]


def client_address(request) -> str | None:
    """The client's address as django-axes records and logs it (``AXES_CLIENT_IP_CALLABLE``):
    the one the rate limits count (``CLIENT_IP_HEADER`` behind a proxy); none for a request
    made in code without one (a sign-in by ``Client.force_login``)."""
    return client_ip(request) if "REMOTE_ADDR" in request.META else None


def stored_username(submitted: str) -> str:
    """The username of the one user whose username has the sign-in form of ``submitted``,
    looked up as typed and in that form, whatever the case (a username stored as
    "Straße@Köln.de", whose sign-in form is "strasse@köln.de", is found as "straße@köln.de");
    else that sign-in form, which signs nobody in."""
    name = sign_in_name(submitted)
    as_typed = unicodedata.normalize("NFKC", submitted).strip()
    candidates = (
        get_user_model()
        .objects.filter(Q(username__iexact=name) | Q(username__iexact=as_typed))
        .values_list("username", flat=True)
    )
    matches = [username for username in candidates if sign_in_name(username) == name]
    return matches[0] if len(matches) == 1 else name


def permission_names(permissions) -> ArraySubquery:
    """``"app_label.codename"`` of each of ``permissions``, as Django names them."""
    return ArraySubquery(
        permissions.values(full_name=Concat("content_type__app_label", Value("."), "codename"))
    )


def signed_in_users():
    """The users as every request reads the one signed in: with their member account and its
    authority (``members.access.account_of``) and the names of their permissions, their own
    and their groups' (Wagtail's user bar asks on every page), in one query."""
    return (
        get_user_model()
        ._default_manager.select_related("member_account__authority")
        .annotate(
            own_permissions=permission_names(Permission.objects.filter(user=OuterRef("pk"))),
            group_permissions=permission_names(
                Permission.objects.filter(group__user=OuterRef("pk"))
            ),
        )
    )


class SignInBackend(ModelBackend):
    """Django's sign-in by username and password, the username compared in its sign-in
    form: the members' sign-in and the admin's both authenticate here."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is not None:
            username = stored_username(username)
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        """The signed-in person, read afresh on every request with their account and their
        permissions (``signed_in_users``): ``ModelBackend`` keeps the permissions on the
        user for the request, here from that same row (a superuser holds them all and is
        never asked)."""
        user = signed_in_users().filter(pk=user_id).first()
        if user is None or not self.user_can_authenticate(user):
            return None
        if not user.is_superuser:
            user._user_perm_cache = set(user.own_permissions)
            user._group_perm_cache = set(user.group_permissions)
            user._perm_cache = user._user_perm_cache | user._group_perm_cache
        return user


class SignInAttempts(AxesDatabaseHandler):
    """django-axes's record of failed sign-ins (``AXES_HANDLER``), which locks out a username
    from an address (``AXES_LOCKOUT_PARAMETERS``), and here also the address itself, past a
    higher limit: an address that tries many usernames."""

    def is_locked(self, request, credentials=None) -> bool:
        return super().is_locked(request, credentials) or self.address_is_locked(request)

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        """Counts the failure; the one that reaches the address's limit is answered with the
        lockout page, as the one that reaches a username's limit is."""
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is not None and not request.axes_locked_out and self.address_is_locked(request):
            request.axes_locked_out = True
            request.axes_credentials = credentials

    def address_is_locked(self, request) -> bool:
        """Whether the request's address failed ``SIGN_IN_ADDRESS_FAILURE_LIMIT`` times within
        the cool-off period, whatever the usernames."""
        failures = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address,
            attempt_time__gte=get_cool_off_threshold(request),
        ).aggregate(total=Sum("failures_since_start"))["total"]
        return (failures or 0) >= settings.SIGN_IN_ADDRESS_FAILURE_LIMIT
