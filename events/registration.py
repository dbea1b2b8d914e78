"""Registering for an event, confirming and cancelling: the form, the views behind
``EventPage``'s ``register/``, ``confirm/<token>/`` and ``cancel/<token>/`` routes, and the
emails.

An event's page is cached for anonymous visitors like any other: its form carries no CSRF
token and no answer sets a cookie. The routes are exempt from Django's token check
(``csrf_exempt`` on ``EventPage.register`` and ``EventPage.cancel``) and the views accept only
requests sent from this site's own pages instead (``same_origin_only``).

A registration for an address nobody has confirmed (``Registration.request``) holds no place:
the answer is the same whatever the address (new, waiting, registered already), and the
address receives only the site's own words, with a link that confirms it. Once confirmed,
places are counted by ``Registration.confirm``, which puts people on the waiting list once
the event is full, and the email says which. A signed-in person registering their own
address, confirmed already, gets a place (or the waiting list) at once.
"""

from django import forms
from django.core.mail import EmailMessage
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from background import mail
from events.calendar import calendar_file_name, event_calendar_text
from events.models import EventPage, Registration
from pages.forms import (
    PublicForm,
    current_language,
    language_choices,
    may_email,
    receive,
    render_email,
    same_origin_only,
    single_line,
    too_many_requests,
)
from pages.models.base import LANGUAGE_CODES
from privacy.models import Consent

# What is done with a registrant's data, and for how long: shown beside the consent box and
# in every email. The deletion is ``manage.py purge_event_registrations``'s job, run daily
# (``RETENTION_DAYS["event_registrations"]``: the period written here).
DATA_NOTICE = _(
    "Efus keeps your name, organisation and email address to organise this event and to "
    "write to you about it, and shares them with no one. They are deleted 30 days after "
    "the event."
)


class RegistrationForm(PublicForm, forms.ModelForm):
    data_notice = DATA_NOTICE
    consent_purpose = "event-registration"
    consent_label = _("I agree that Efus keeps these details to organise the event")
    consent_required = _("Tick this box: without your consent we cannot register you.")
    too_large_message = _("The registration is too long to be received: shorten it.")

    language = forms.ChoiceField(label=_("Language of our emails"), choices=language_choices)

    class Meta:
        model = Registration
        fields = ["name", "organisation", "email", "language"]
        labels = {"name": _("Your name"), "organisation": _("Organisation"), "email": _("Email")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "organisation"):
            self.fields[name].validators.append(single_line)

    @classmethod
    def for_page(cls) -> "RegistrationForm":
        """An empty form, its language the page's."""
        return cls(initial={"language": current_language()})

    def details(self) -> dict:
        """What ``Registration.register`` takes."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


# Emails.


def confirmation_email(request, event: EventPage, registration: Registration) -> EmailMessage:
    """The link that confirms a registration, to an address nobody has confirmed yet: the
    site's own words only, nothing the visitor typed."""
    language = registration.language
    context = {
        "event": event,
        "event_url": event.url_in(language, request),
        "confirm_url": event.confirm_url(registration, request),
        "data_notice": DATA_NOTICE,
    }
    subject, body = render_email("events/emails/confirm", language, context)
    return EmailMessage(
        subject, body, to=[registration.email], headers={"Content-Language": language}
    )


def registration_email(request, event: EventPage, registration: Registration, promoted=False):
    """Where the registration of a confirmed address stands, in the registrant's language,
    with a link to cancel; the event's calendar file is attached to a confirmed place."""
    language = registration.language
    context = {
        "event": event,
        "registration": registration,
        "promoted": promoted,
        "event_url": event.url_in(language, request),
        "cancel_url": event.cancel_url(registration, request),
        "data_notice": DATA_NOTICE,
    }
    subject, body = render_email("events/emails/registration", language, context)
    message = EmailMessage(
        subject, body, to=[registration.email], headers={"Content-Language": language}
    )
    if registration.is_confirmed:
        with translation.override(language):
            calendar = event_calendar_text(event, request)
        message.attach(calendar_file_name(event), calendar, "text/calendar; charset=utf-8")
    return message


def send(message: EmailMessage) -> None:
    """Send ``message`` with the registration it is about (a worker sends it)."""
    mail.send([message], "event registration")


def record_consent(registration: Registration, method: str) -> None:
    """The registrant agreed to the form's words, in the page's language."""
    Consent.record(RegistrationForm, registration.email, current_language(), method)


# The views.


def event_response(request, event: EventPage, status: int = 200, **context) -> TemplateResponse:
    """The event's page, with ``context`` on top of its own (a bound form, an outcome…)."""
    full_context = event.get_context(request)
    full_context.update(context)
    return TemplateResponse(request, event.get_template(request), full_context, status=status)


def is_own_address(user, email: str) -> bool:
    """Whether ``email`` is the signed-in person's own address, confirmed already."""
    return user.is_authenticated and user.email.strip().lower() == email.strip().lower()


@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def register(request, event: EventPage):
    """Take a registration: a signed-in person's own address gets its place (or the
    waiting list) at once; any other address is asked to confirm, with the same answer
    whoever it belongs to. Or show the event's page again with the form's errors."""
    if request.method != "POST":
        return redirect(event.get_url(request))
    if not event.takes_registrations:
        return event_response(request, event, status=409, closed=True)
    submission = receive(request, RegistrationForm, "event-registration")
    if submission.too_many:
        return too_many_requests(event_response(request, event, too_many=True))
    if submission.robot:
        return event_response(request, event, outcome="check_inbox")
    if not submission.is_valid:
        return event_response(request, event, status=400, form=submission.form)
    details = submission.form.details()
    if is_own_address(request.user, details["email"]):
        registration, is_new = Registration.register(event, **details)
        if is_new:
            record_consent(registration, Consent.Method.CHECKBOX)
        send(registration_email(request, event, registration))
        outcome = registration.status if is_new else "already"
        return event_response(request, event, outcome=outcome, registration=registration)
    registration, waits = Registration.request(event, **details)
    if may_email("event-registration", registration.email):
        if waits:
            send(confirmation_email(request, event, registration))
        else:
            send(registration_email(request, event, registration))
    return event_response(request, event, outcome="check_inbox")


def registration_for(event: EventPage, token: str) -> Registration:
    registration = Registration.objects.filter(event=event, token=token).first()
    if registration is None:
        raise Http404
    registration.event = event
    return registration


def link_response(request, event: EventPage, registration, template: str, route: str, **context):
    """The page a registration's emailed link leads to, in every language; it names a
    person: no shared cache may keep it."""
    token = registration.token
    context.update(
        page=event,
        registration=registration,
        alternate_urls={
            code: event.url_in(code, request) + event.reverse_subpage(route, args=[token])
            for code in LANGUAGE_CODES
        },
    )
    response = TemplateResponse(request, template, context)
    add_never_cache_headers(response)
    return response


@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, event: EventPage, token: str):
    """The link emailed to confirm an address: asks (mail scanners follow links), and the
    button confirms: the registration then takes a place, or one on the waiting list."""
    registration = registration_for(event, token)
    confirmed_now = request.method == "POST" and registration.confirm()
    if confirmed_now:
        record_consent(registration, Consent.Method.DOUBLE_OPT_IN)
        send(registration_email(request, event, registration))
    return link_response(
        request,
        event,
        registration,
        "events/confirm_registration.html",
        "confirm",
        confirmed_now=confirmed_now,
    )


@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, event: EventPage, token: str):
    """The link in a registrant's emails: asks to confirm (mail scanners follow links), and
    the button cancels. The first person waiting then gets the place, and an email."""
    registration = registration_for(event, token)
    cancelled_now = False
    if request.method == "POST" and not registration.is_cancelled:
        promoted = registration.cancel()
        if promoted is not None:
            send(registration_email(request, event, promoted, promoted=True))
        cancelled_now = True
    return link_response(
        request,
        event,
        registration,
        "events/cancel_registration.html",
        "cancel",
        cancelled_now=cancelled_now,
    )
