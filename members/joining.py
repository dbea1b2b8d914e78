"""Applications to join: the form, the view that receives it, its emails and its limits.

The join page (``members.models.JoinPage``) is an ordinary Wagtail page, cached for anonymous
visitors like any other: it carries no CSRF token and sets no cookie. Its form posts to
``join_apply``, which is exempt from Django's token check and accepts only requests sent from
this site's own pages instead (``same_origin_only``), so that no answer sets a cookie either.
"""

import ipaddress
import logging
import smtplib
import unicodedata
from functools import wraps
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import RegexValidator
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.forms.boundfield import BoundField
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.http import is_same_domain
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_countries import countries
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError
from wagtail.models import Site

from members.models import JoinApplication, JoinPage, Kind
from pages.models import SiteSettings

logger = logging.getLogger(__name__)

IP_RATE = "20/h"
EMAIL_RATE = "5/h"
HONEYPOT = "website"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
ADMIN_EDIT_PATH = "/admin/snippets/members/joinapplication/edit/{pk}/"
# What is done with an applicant's data, and for how long: shown beside the consent box and
# in the confirmation email. The deletion is `manage.py purge_join_applications`'s job.
DATA_NOTICE = _(
    "Efus keeps these details to examine your application and to reply to you, and shares "
    "them with no one. Your name, email address, telephone number and message are deleted "
    "six months after a decision on the application."
)


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
            message = gettext("This form can only be sent from the Efus website.")
            return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")
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


def over_rate_limit(request, email: str, purpose: str = "join") -> bool:
    """Counts this request for ``purpose`` (an application to join, a password reset): more
    than 20 within the hour from the visitor's address, or more than 5 for one email address,
    is too many. An unreachable Redis limits nothing."""
    limits = [(f"members.{purpose}.ip", "ip", IP_RATE)]
    if email:
        limits.append((f"members.{purpose}.email", lambda _group, _request: email, EMAIL_RATE))
    try:
        return any(
            is_ratelimited(request, group=group, key=key, rate=rate, increment=True)
            for group, key, rate in limits
        )
    except RedisError as error:
        logger.warning("Rate limits not counted, the cache is unreachable: %s", error)
        return False


# The form.


def single_line(value: str) -> None:
    if any(unicodedata.category(character) == "Cc" for character in value):
        raise ValidationError(
            _("Write this on one line, without control characters."), code="control"
        )


phone_number = RegexValidator(
    r"^\+?[0-9 ().\-/]{4,40}$",
    _("Enter a telephone number: digits, spaces and + ( ) - / only."),
    code="phone",
)


class TelInput(forms.TextInput):
    input_type = "tel"


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


class JoinForm(forms.ModelForm):
    bound_field_class = DescribedBoundField

    consent = forms.BooleanField(
        label=_("I agree that Efus processes these personal data to examine my application"),
        help_text=DATA_NOTICE,
        error_messages={
            "required": _("Tick this box: without your consent we cannot examine the application.")
        },
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    FIELDSETS = [
        (_("Your organisation"), ["organisation", "kind", "country", "city"]),
        (_("Contact person"), ["contact_name", "email", "phone"]),
        (_("Your application"), ["message", "consent"]),
    ]

    class Meta:
        model = JoinApplication
        fields = [
            "organisation",
            "kind",
            "country",
            "city",
            "contact_name",
            "email",
            "phone",
            "message",
        ]
        labels = {
            "kind": _("Type of organisation"),
            "contact_name": _("Your name"),
            "email": _("Email"),
            "phone": _("Telephone"),
            "message": _("Message"),
        }
        help_texts = {
            "message": _("Why your organisation wishes to join, and anything we should know."),
        }
        widgets = {
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "country": forms.Select(attrs={"autocomplete": "country"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": TelInput(attrs={"autocomplete": "tel"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", gettext("Choose a type")), *Kind.choices]
        self.fields["country"].choices = [("", gettext("Choose a country")), *countries]
        for name in ("organisation", "city", "contact_name"):
            self.fields[name].validators.append(single_line)
        self.fields["phone"].validators.append(phone_number)

    @classmethod
    def too_large(cls) -> "JoinForm":
        """An empty form that says the request was too large to be read."""
        form = cls()
        form.cleaned_data = {}
        form.add_error(None, _("The application is too long to be received: shorten it."))
        return form

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]


# Storing the application and telling people.


def current_language() -> str:
    language = translation.get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def open_duplicates(application):
    """The open applications for the same email address and organisation, compared as the
    model's unique constraint compares them."""
    return JoinApplication.objects.annotate(
        email_key=Lower("email"), organisation_key=Lower("organisation")
    ).filter(
        status__in=JoinApplication.OPEN_STATUSES,
        email_key=Lower(Value(application.email)),
        organisation_key=Lower(Value(application.organisation)),
    )


def store_application(form: JoinForm, language: str) -> JoinApplication | None:
    """The new application, or None when the same one is already open (sent twice)."""
    application = form.save(commit=False)
    application.language = language
    application.consented_at = timezone.now()
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        if open_duplicates(application).exists():
            return None
        raise
    return application


def render_email(name: str, language: str, context: dict) -> tuple[str, str]:
    with translation.override(language):
        subject = render_to_string(f"members/emails/{name}_subject.txt", context)
        body = render_to_string(f"members/emails/{name}_body.txt", context)
    return " ".join(subject.split()), body


def staff_email(application: JoinApplication, staff_address: str) -> EmailMessage:
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + ADMIN_EDIT_PATH.format(
        pk=application.pk
    )
    language = settings.LANGUAGE_CODE
    context = {"application": application, "admin_url": admin_url}
    subject, body = render_email("staff", language, context)
    return EmailMessage(
        subject,
        body,
        to=[staff_address],
        reply_to=[application.email],
        headers={"Content-Language": language},
    )


def applicant_email(application: JoinApplication, staff_address: str) -> EmailMessage:
    language = application.language
    context = {"application": application, "data_notice": DATA_NOTICE}
    subject, body = render_email("applicant", language, context)
    return EmailMessage(
        subject,
        body,
        to=[application.email],
        reply_to=[staff_address] if staff_address else None,
        headers={"Content-Language": language},
    )


def send_emails(request, application: JoinApplication) -> None:
    """Tell staff (the site settings' contact address) and confirm to the applicant. The
    application is stored already: a mail server that fails is logged, not shown."""
    staff_address = SiteSettings.for_request(request).email
    messages = [applicant_email(application, staff_address)]
    if staff_address:
        messages.insert(0, staff_email(application, staff_address))
    try:
        get_connection().send_messages(messages)
    except (smtplib.SMTPException, OSError):
        logger.exception("The emails about application %s were not sent", application.pk)


# The view.


def join_page_for(request) -> JoinPage:
    site = Site.find_for_request(request)
    page = JoinPage.objects.live().in_site(site).first() if site else None
    if page is None:
        raise Http404
    return page


def page_response(request, page: JoinPage, status: int, **context) -> TemplateResponse:
    """The join page itself, with ``context`` on top of its own (a bound form…)."""
    full_context = page.get_context(request)
    full_context.update(context)
    return TemplateResponse(request, page.get_template(request), full_context, status=status)


def posted_data(request):
    """The posted fields, or None when the request is too large to be read."""
    try:
        return request.POST
    except (RequestDataTooBig, TooManyFieldsSent):
        return None


def sent(request, page: JoinPage):
    return redirect(page.get_url(request) + "?sent=1")


@csrf_exempt
@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def join_apply(request):
    """Receive an application: store it, email staff and the applicant, and show the join
    page's thank-you text; or show the page again with the form's errors."""
    page = join_page_for(request)
    if request.method != "POST":
        return redirect(page.get_url(request))
    data = posted_data(request)
    email = data.get("email", "").strip().lower() if data is not None else ""
    if over_rate_limit(request, email):
        response = page_response(request, page, status=429, too_many=True)
        response["Retry-After"] = "3600"
        return response
    if data is not None and data.get(HONEYPOT):
        return sent(request, page)
    form = JoinForm(data) if data is not None else JoinForm.too_large()
    if not form.is_valid():
        return page_response(request, page, status=400, form=form)
    application = store_application(form, current_language())
    if application is not None:
        send_emails(request, application)
    return sent(request, page)
