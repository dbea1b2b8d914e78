"""Registering for an event and cancelling: the form, the views behind ``EventPage``'s
``register/`` and ``cancel/<token>/`` routes, and the emails.

An event's page is cached for anonymous visitors like any other: its form carries no CSRF
token and no answer sets a cookie. The routes are exempt from Django's token check
(``csrf_exempt`` on ``EventPage.register`` and ``EventPage.cancel``) and the views accept only
requests sent from this site's own pages instead (``same_origin_only``). Places are counted
by ``Registration.register``, which puts people on the waiting list once the event is full;
the answer says which.
"""

import logging
import smtplib

from django import forms
from django.core.mail import EmailMessage, get_connection
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from events.calendar import calendar_file_name, event_calendar_text
from events.models import EventPage, Registration
from pages.forms import (
    HONEYPOT,
    DescribedBoundField,
    current_language,
    over_rate_limit,
    posted_data,
    render_email,
    same_origin_only,
    single_line,
)
from pages.models.base import LANGUAGE_CODES

logger = logging.getLogger(__name__)

# What is done with a registrant's data, and for how long: shown beside the consent box and
# in every email. The deletion is ``manage.py purge_event_registrations --older-than 30``'s
# job, run daily.
DATA_NOTICE = _(
    "Efus keeps your name, organisation and email address to organise this event and to "
    "write to you about it, and shares them with no one. They are deleted 30 days after "
    "the event."
)


def language_choices() -> list[tuple[str, str]]:
    """The site's languages, each named in itself: "Deutsch", "Français"…"""
    return [
        (code, capfirst(translation.get_language_info(code)["name_local"]))
        for code in LANGUAGE_CODES
    ]


class RegistrationForm(forms.ModelForm):
    bound_field_class = DescribedBoundField

    language = forms.ChoiceField(label=_("Language of our emails"), choices=language_choices)
    consent = forms.BooleanField(
        label=_("I agree that Efus keeps these details to organise the event"),
        help_text=DATA_NOTICE,
        error_messages={
            "required": _("Tick this box: without your consent we cannot register you.")
        },
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

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
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name in ("name", "organisation"):
            self.fields[name].validators.append(single_line)

    @classmethod
    def for_page(cls) -> "RegistrationForm":
        """An empty form, its language the page's."""
        return cls(initial={"language": current_language()})

    @classmethod
    def too_large(cls) -> "RegistrationForm":
        """An empty form that says the request was too large to be read."""
        form = cls.for_page()
        form.cleaned_data = {}
        form.add_error(None, _("The registration is too long to be received: shorten it."))
        return form

    def details(self) -> dict:
        """What ``Registration.register`` takes."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


# Emails.


def registration_email(request, event: EventPage, registration: Registration, promoted=False):
    """Where the registration stands, in the registrant's language, with a link to cancel;
    the event's calendar file is attached to a confirmed place."""
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
    """Send ``message``; the registration is stored already: a mail server that fails is
    logged, not shown."""
    try:
        get_connection().send_messages([message])
    except (smtplib.SMTPException, OSError):
        logger.exception("The email about a registration to %s was not sent", message.to)


# The views.


def event_response(request, event: EventPage, status: int = 200, **context) -> TemplateResponse:
    """The event's page, with ``context`` on top of its own (a bound form, an outcome…)."""
    full_context = event.get_context(request)
    full_context.update(context)
    return TemplateResponse(request, event.get_template(request), full_context, status=status)


@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def register(request, event: EventPage):
    """Take a registration and say where it stands (a place, the waiting list, registered
    already), or show the event's page again with the form's errors."""
    if request.method != "POST":
        return redirect(event.get_url(request))
    if not event.takes_registrations:
        return event_response(request, event, status=409, closed=True)
    data = posted_data(request)
    email = data.get("email", "").strip().lower() if data is not None else ""
    if over_rate_limit(request, email, "event-registration"):
        response = event_response(request, event, status=429, too_many=True)
        response["Retry-After"] = "3600"
        return response
    if data is not None and data.get(HONEYPOT):
        return event_response(request, event, outcome=Registration.Status.CONFIRMED)
    form = RegistrationForm(data) if data is not None else RegistrationForm.too_large()
    if not form.is_valid():
        return event_response(request, event, status=400, form=form)
    registration, is_new = Registration.register(event, **form.details())
    send(registration_email(request, event, registration))
    outcome = registration.status if is_new else "already"
    return event_response(request, event, outcome=outcome, registration=registration)


@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, event: EventPage, token: str):
    """The link in a registrant's emails: asks to confirm (mail scanners follow links), and
    the button cancels. The first person waiting then gets the place, and an email."""
    registration = Registration.objects.filter(event=event, token=token).first()
    if registration is None:
        raise Http404
    registration.event = event
    cancelled_now = False
    if request.method == "POST" and not registration.is_cancelled:
        promoted = registration.cancel()
        if promoted is not None:
            send(registration_email(request, event, promoted, promoted=True))
        cancelled_now = True
    context = {
        "page": event,
        "registration": registration,
        "cancelled_now": cancelled_now,
        "alternate_urls": {
            code: event.url_in(code, request) + event.reverse_subpage("cancel", args=[token])
            for code in LANGUAGE_CODES
        },
    }
    response = TemplateResponse(request, "events/cancel_registration.html", context)
    # The page names a person: no shared cache may keep it.
    add_never_cache_headers(response)
    return response
