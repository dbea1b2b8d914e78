"""What the site's public forms (join, event registration, newsletter) share: posting
without a CSRF cookie (same-origin check), rate limits, a consent box beside the data notice,
a honeypot field, accessible fields, how a submission is received, and the rules of their
emails.

Public forms sit on pages cached for anonymous visitors: they carry no CSRF token and set no
cookie. The views that receive them are exempt from Django's token check and accept only
requests sent from this site's own pages instead (``same_origin_only``); an unsubscribe link,
whose token is its key, also takes a mail program's one-click POST (``same_origin_or_one_click``).

The rules of their emails, so that the site relays nothing for anyone: an address typed in a
form receives only text the site wrote (never what the visitor typed: a name, an organisation,
a message) until the person has shown the address is theirs by following a link sent to it;
no subject carries anything a visitor typed; one address receives at most one such email per
form every ``EMAIL_INTERVAL_SECONDS``; and every email is left to a worker
(``background.mail.send``), so that the answer is the same, in the same time, whoever the
address belongs to.
"""

import ipaddress
import logging
import unicodedata
from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, ValidationError
from django.forms.boundfield import BoundField
from django.http import HttpResponseForbidden
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.http import is_same_domain
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

IP_RATE = "20/h"
# Per visitor's address and email address together: one visitor cannot use up another
# person's allowance (a password reset, a registration) by sending theirs.
EMAIL_RATE = "5/h"
# One email per form and address within this time; a later request's link is the same one.
EMAIL_INTERVAL_SECONDS = 600
# A field people never see (hidden with CSS): a form that fills it in is a robot's.
HONEYPOT = "website"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


# Same-origin check, in place of Django's CSRF token.


def request_origin(request) -> str:
    """The origin a request says it was sent from: its Origin header, else its Referer's."""
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.strip().lower()
    try:
        referer = urlsplit(request.headers.get("Referer", ""))
    except ValueError:
        return ""
    return f"{referer.scheme}://{referer.netloc}".lower() if referer.netloc else ""


def is_trusted_origin(request, origin: str) -> bool:
    """This site's own origin (the request's scheme and host) or one of CSRF_TRUSTED_ORIGINS
    (``https://*.example.org`` trusts the subdomains, as Django's CSRF check does)."""
    if origin == f"{request.scheme}://{request.get_host()}".lower():
        return True
    scheme, _sep, host = origin.partition("://")
    trusted = (urlsplit(item.lower()) for item in settings.CSRF_TRUSTED_ORIGINS)
    return any(
        item.scheme == scheme and item.netloc and is_same_domain(host, item.netloc.lstrip("*"))
        for item in trusted
    )


def comes_from_this_site(request) -> bool:
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return False
    origin = request_origin(request)
    return bool(origin) and is_trusted_origin(request, origin)


def same_origin_only(view):
    """Answer 403 to an unsafe request (POST…) that another site's page may have sent.

    It stands in for Django's CSRF token, whose cookie would keep the form's page out of the
    anonymous page cache. Browsers name the page a form was sent from in the Origin header
    (or, when they leave it out, in Referer) and tell whether it was another site in
    Sec-Fetch-Site: the origin must be this site's own scheme and host, or one of
    ``CSRF_TRUSTED_ORIGINS``; a request that names none is refused. Combine it with
    ``csrf_exempt``. Safe methods pass unchecked.
    """

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method not in SAFE_METHODS and not comes_from_this_site(request):
            return sent_from_elsewhere()
        return view(request, *args, **kwargs)

    return checked


def sent_from_elsewhere() -> HttpResponseForbidden:
    message = gettext("This form can only be sent from the Efus website.")
    return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")


# Unsubscribing in one click (RFC 8058).


def unsubscribe_headers(link: str, language: str) -> dict[str, str]:
    """The headers of an email that ``link`` unsubscribes from: mail programs show a button
    that POSTs ``List-Unsubscribe=One-Click`` to it."""
    return {
        "Content-Language": language,
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def is_one_click_unsubscribe(request) -> bool:
    return request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click"


def same_origin_or_one_click(view):
    """``same_origin_only``, letting through besides a mail program's one-click
    unsubscription: a POST of ``List-Unsubscribe=One-Click`` that the mail provider sends
    from elsewhere, without cookies. Only for a link whose address holds its key (a
    subscription's random token, a signed token): whoever posts to it can do no more than
    its owner asked. Combine it with ``csrf_exempt``."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method not in SAFE_METHODS and not (
            comes_from_this_site(request) or is_one_click_unsubscribe(request)
        ):
            return sent_from_elsewhere()
        return view(request, *args, **kwargs)

    return checked


# Rate limits.


def client_ip(request) -> str:
    """The visitor's address, for ``RATELIMIT_IP_META_KEY`` when ``CLIENT_IP_HEADER`` names
    the header in which a trusted proxy passes it: its last address, the one the proxy added
    (X-Forwarded-For lists the addresses before it as the client sent them)."""
    header = "HTTP_" + settings.CLIENT_IP_HEADER.upper().replace("-", "_")
    address = request.META.get(header, "").split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return request.META["REMOTE_ADDR"]


def over_rate_limit(request, email: str, purpose: str) -> bool:
    """Counts this request for ``purpose`` (an application to join, a password reset…): more
    than 20 within the hour from the visitor's address, or more than 5 from it for one email
    address, is too many. An unreachable Redis limits nothing."""
    limits = [(f"forms.{purpose}.ip", "ip", IP_RATE)]
    if email:
        limits.append(
            (
                f"forms.{purpose}.ip-email",
                lambda _group, request: f"{client_ip(request)} {address_key(email)}",
                EMAIL_RATE,
            )
        )
    try:
        return any(
            is_ratelimited(request, group=group, key=key, rate=rate, increment=True)
            for group, key, rate in limits
        )
    except RedisError as error:
        logger.warning("Rate limits not counted, the cache is unreachable: %s", error)
        return False


def address_key(email: str) -> str:
    """An email address as the limits keep it: a keyed hash, not the address."""
    return salted_hmac("pages.forms.address_key", email.strip().lower()).hexdigest()


def may_email(purpose: str, email: str) -> bool:
    """Whether ``email`` may receive the email of ``purpose`` now: not when it received one
    within ``EMAIL_INTERVAL_SECONDS`` (whoever asked), so that nobody can flood an inbox
    from many addresses. An unreachable Redis (read as a miss) limits nothing."""
    cache = caches[settings.RATELIMIT_USE_CACHE]
    key = f"emailed.{purpose}.{address_key(email)}"
    if cache.get(key):
        return False
    cache.set(key, 1, EMAIL_INTERVAL_SECONDS)
    return True


# Fields, posted data and emails.


def single_line(value: str) -> None:
    if any(unicodedata.category(character) == "Cc" for character in value):
        raise ValidationError(
            _("Write this on one line, without control characters."), code="control"
        )


class DescribedBoundField(BoundField):
    """A field whose input names its help text and its errors in ``aria-describedby``."""

    @property
    def help_id(self) -> str:
        return f"{self.auto_id}_helptext"

    @property
    def errors_id(self) -> str:
        return f"{self.auto_id}_errors"

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        described_by = [self.help_id] if self.help_text else []
        if self.errors:
            described_by.append(self.errors_id)
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


class PublicForm:
    """What every public form has, mixed into a Django form: a consent box with the data
    notice as its help text (and a link to the privacy notice), and a field people never see
    (the honeypot, hidden with CSS), which a robot fills in. A subclass sets the four texts
    and names the purpose of its consent; it raises ``consent_version`` whenever the consent
    box's label or the data notice changes, since each consent recorded points at the words
    of its version (``privacy.models.ConsentText``)."""

    bound_field_class = DescribedBoundField
    data_notice = consent_label = consent_required = too_large_message = ""
    consent_purpose = ""
    consent_version = 1

    @classmethod
    def consent_text(cls) -> str:
        """The words beside the consent box, in the active language."""
        return f"{cls.consent_label}\n\n{cls.data_notice}"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["consent"] = forms.BooleanField(
            label=self.consent_label,
            help_text=self.data_notice,
            error_messages={"required": self.consent_required},
        )
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    @classmethod
    def too_large(cls, **kwargs):
        """An empty form that says the request was too large to be read."""
        form = cls(**kwargs)
        form.cleaned_data = {}
        form.add_error(None, cls.too_large_message)
        return form


@dataclass
class Submission:
    """What a public form's POST brought: too many from this visitor, a robot's, or a form
    (valid or with its errors)."""

    form: forms.Form | None = None
    too_many: bool = False
    robot: bool = False

    @property
    def is_valid(self) -> bool:
        return self.form is not None and self.form.is_valid()


def receive(request, form_class, purpose: str, **form_kwargs) -> Submission:
    """Read a public form's POST: count it against the rate limits of ``purpose``, spot the
    robots, and bind ``form_class`` (its ``too_large`` form when the request cannot be read)."""
    data = posted_data(request)
    email = data.get("email", "").strip().lower() if data is not None else ""
    if over_rate_limit(request, email, purpose):
        return Submission(too_many=True)
    if data is not None and data.get(HONEYPOT):
        return Submission(robot=True)
    if data is None:
        return Submission(form_class.too_large(**form_kwargs))
    return Submission(form_class(data, **form_kwargs))


def too_many_requests(response):
    """``response`` (the form's page saying so) as a 429, to try again within the hour."""
    response.status_code = 429
    response["Retry-After"] = "3600"
    return response


def posted_data(request):
    """The posted fields, or None when the request is too large to be read."""
    try:
        return request.POST
    except (RequestDataTooBig, TooManyFieldsSent):
        return None


def language_choices() -> list[tuple[str, str]]:
    """The site's languages, each named in itself: "Deutsch", "Français"… (the language of
    a form's emails)."""
    return [
        (code, capfirst(translation.get_language_info(code)["name_local"]))
        for code, _name in settings.LANGUAGES
    ]


def current_language() -> str:
    language = translation.get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def render_email(template: str, language: str, context: dict) -> tuple[str, str]:
    """The subject (one line) and body of an email in ``language``: the templates
    ``<template>_subject.txt`` and ``<template>_body.txt``."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    return " ".join(subject.split()), body
