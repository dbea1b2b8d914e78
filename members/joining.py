"""Applications to join: the form, the view that receives it, its emails and its limits.

The join page (``members.models.JoinPage``) is an ordinary Wagtail page, cached for anonymous
visitors like any other: it carries no CSRF token and sets no cookie. Its form posts to
``join_apply``, which is exempt from Django's token check and accepts only requests sent from
this site's own pages instead (``same_origin_only``), so that no answer sets a cookie either.
"""

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.core.validators import RegexValidator
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_countries import countries
from wagtail.models import Site

from background.mail import send
from members.models import JoinApplication, JoinPage, Kind
from pages.forms import (
    PublicForm,
    current_language,
    may_email,
    receive,
    render_email,
    same_origin_only,
    single_line,
    too_many_requests,
)
from pages.models import SiteSettings
from privacy.models import Consent

ADMIN_EDIT_PATH = "/admin/snippets/members/joinapplication/edit/{pk}/"
# What is done with an applicant's data, and for how long: shown beside the consent box and
# in the confirmation email. The deletion is `manage.py purge_join_applications`'s job.
DATA_NOTICE = _(
    "Efus keeps these details to examine your application and to reply to you, and shares "
    "them with no one. Your name, email address, telephone number and message are deleted "
    "six months after a decision on the application."
)


# The form.


phone_number = RegexValidator(
    r"^\+?[0-9 ().\-/]{4,40}$",
    _("Enter a telephone number: digits, spaces and + ( ) - / only."),
    code="phone",
)


class TelInput(forms.TextInput):
    input_type = "tel"


class JoinForm(PublicForm, forms.ModelForm):
    data_notice = DATA_NOTICE
    consent_purpose = "join"
    consent_label = _("I agree that Efus processes these personal data to examine my application")
    consent_required = _("Tick this box: without your consent we cannot examine the application.")
    too_large_message = _("The application is too long to be received: shorten it.")

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
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", gettext("Choose a type")), *Kind.choices]
        self.fields["country"].choices = [("", gettext("Choose a country")), *countries]
        for name in ("organisation", "city", "contact_name"):
            self.fields[name].validators.append(single_line)
        self.fields["phone"].validators.append(phone_number)

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]


# Storing the application and telling people.


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
            Consent.record(JoinForm, application.email, language, Consent.Method.CHECKBOX)
    except IntegrityError:
        if open_duplicates(application).exists():
            return None
        raise
    return application


def staff_email(application: JoinApplication, staff_address: str) -> EmailMessage:
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + ADMIN_EDIT_PATH.format(
        pk=application.pk
    )
    language = settings.LANGUAGE_CODE
    context = {"application": application, "admin_url": admin_url}
    subject, body = render_email("members/emails/staff", language, context)
    return EmailMessage(
        subject,
        body,
        to=[staff_address],
        reply_to=[application.email],
        headers={"Content-Language": language},
    )


def applicant_email(application: JoinApplication, staff_address: str) -> EmailMessage:
    """The receipt, sent to an address nobody has confirmed: the site's own words only (the
    application's kind and country, chosen from lists), nothing the applicant typed."""
    language = application.language
    context = {
        "kind": application.get_kind_display(),
        "country": application.country.name,
        "data_notice": DATA_NOTICE,
    }
    subject, body = render_email("members/emails/applicant", language, context)
    return EmailMessage(
        subject,
        body,
        to=[application.email],
        reply_to=[staff_address] if staff_address else None,
        headers={"Content-Language": language},
    )


def send_emails(request, application: JoinApplication) -> None:
    """Tell staff (the site settings' contact address) and send the applicant a receipt
    (a worker sends them, whatever the mail server does)."""
    staff_address = SiteSettings.for_request(request).email
    messages = []
    if staff_address:
        messages.append(staff_email(application, staff_address))
    if may_email("join", application.email):
        messages.append(applicant_email(application, staff_address))
    send(messages, f"application {application.pk}")


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
    submission = receive(request, JoinForm, "join")
    if submission.too_many:
        return too_many_requests(page_response(request, page, status=200, too_many=True))
    if submission.robot:
        return sent(request, page)
    if not submission.is_valid:
        return page_response(request, page, status=400, form=submission.form)
    application = store_application(submission.form, current_language())
    if application is not None:
        send_emails(request, application)
    return sent(request, page)
