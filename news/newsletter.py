"""The newsletter: signing up with a double opt-in, confirming and unsubscribing, served by
``NewsletterPage``'s routes.

The newsletter page is cached for anonymous visitors like any other page: its form carries no
CSRF token and no answer sets a cookie. The form posts to the page itself: Wagtail's page view
is exempt from Django's token check, and the routes that take a POST accept only requests sent
from this site's own pages (``same_origin_only``) instead.

Whatever the state of an address (new, waiting for confirmation, confirmed), a signup gets the
same answer, in the same time (the email leaves after the answer), so that the form tells no
one who subscribes. Links in emails carry the subscription's token; following one only asks
(mail scanners follow links): the button posts, and confirms or deletes the subscription.
Mail programs unsubscribe in one click (RFC 8058) with a POST from elsewhere, which the
unsubscribe link alone accepts (``same_origin_or_one_click``).
"""

import re

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from background.mail import send
from news.models import NewsletterPage, Subscriber
from pages.forms import (
    PublicForm,
    current_language,
    language_choices,
    may_email,
    receive,
    render_email,
    same_origin_only,
    same_origin_or_one_click,
    too_many_requests,
    unsubscribe_headers,
)
from privacy.models import Consent

DATA_NOTICE = _(
    "Efus uses your email address only to send you its newsletter, and shares it with no one. "
    "Every newsletter has a link to unsubscribe, which deletes your address at once; an "
    "address that is not confirmed within 30 days is deleted."
)
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


class SignupForm(PublicForm, forms.Form):
    data_notice = DATA_NOTICE
    consent_purpose = "newsletter"
    consent_label = _("I agree that Efus keeps my email address to send me its newsletter")
    consent_required = _("Tick this box: without your consent we cannot send you the newsletter.")
    too_large_message = _("The form is too long to be received.")

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=language_choices)

    def __init__(self, data=None, *, language: str):
        super().__init__(data, initial={"language": language})

    def clean_email(self) -> str:
        return self.cleaned_data["email"].lower()


# Storing subscriptions and writing to subscribers.


def subscribe(request, page: NewsletterPage, email: str, language: str) -> None:
    """Store the subscription and email the link that confirms it. An address waiting for
    its confirmation gets the email again (at most once every ten minutes), in the language
    chosen now; a confirmed one gets nothing."""
    subscriber, created = Subscriber.objects.get_or_create(
        email=email, defaults={"language": language}
    )
    if subscriber.is_confirmed:
        return
    if not created and subscriber.language != language:
        subscriber.language = language
        subscriber.save(update_fields=["language"])
    if may_email("newsletter", email):
        message = subscriber_email(request, page, subscriber, "news/emails/confirm")
        send([message], "newsletter confirmation")


def subscriber_email(
    request, page: NewsletterPage, subscriber: Subscriber, template: str
) -> EmailMessage:
    """A message to a subscriber, in the newsletter's language (the templates
    ``<template>_subject.txt`` and ``_body.txt``). Every one carries the link to unsubscribe,
    which its template shows, and the headers of the button that mail programs show."""
    unsubscribe_url = page.unsubscribe_url(subscriber, request)
    context = {
        "subscriber": subscriber,
        "confirm_url": page.confirm_url(subscriber, request),
        "unsubscribe_url": unsubscribe_url,
        "pending_days": settings.RETENTION_DAYS["newsletter_signups"],
    }
    subject, body = render_email(template, subscriber.language, context)
    return EmailMessage(
        subject,
        body,
        to=[subscriber.email],
        headers=unsubscribe_headers(unsubscribe_url, subscriber.language),
    )


def subscriber_for(token: str) -> Subscriber:
    if not TOKEN.fullmatch(token):
        raise Http404
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise Http404
    return subscriber


# The views.


def page_response(request, page: NewsletterPage, state: str, status: int = 200, **context):
    """The newsletter page in one of its states: ``form`` (with ``form``), ``sent``,
    ``too_many``, ``confirm`` and ``unsubscribe`` (the questions), ``confirmed`` and
    ``unsubscribed``."""
    full_context = page.get_context(request)
    full_context.update(state=state, **context)
    return TemplateResponse(request, page.get_template(request), full_context, status=status)


def private(response):
    """An answer about one subscription: no cache may keep it."""
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@same_origin_only
def signup(request, page: NewsletterPage):
    """The form, and what it answers: "check your inbox", or the form again with its
    errors."""
    language = current_language()
    if request.method != "POST":
        if request.GET.get("sent") == "1":
            return page_response(request, page, "sent")
        return page_response(request, page, "form", form=SignupForm(language=language))
    submission = receive(request, SignupForm, "newsletter", language=language)
    if submission.too_many:
        return too_many_requests(page_response(request, page, "too_many"))
    if submission.is_valid:
        data = submission.form.cleaned_data
        subscribe(request, page, data["email"], data["language"])
    elif not submission.robot:
        return page_response(request, page, "form", status=400, form=submission.form)
    return redirect(page.get_url(request) + "?sent=1")


@require_http_methods(["GET", "HEAD", "POST"])
@same_origin_only
def confirm(request, page: NewsletterPage, token: str):
    """GET asks to confirm; POST confirms the subscription."""
    subscriber = subscriber_for(token)
    if request.method != "POST":
        return private(page_response(request, page, "confirm", subscriber=subscriber))
    if subscriber.confirm():
        Consent.record(
            SignupForm, subscriber.email, current_language(), Consent.Method.DOUBLE_OPT_IN
        )
    return private(page_response(request, page, "confirmed", subscriber=subscriber))


@require_http_methods(["GET", "HEAD", "POST"])
@same_origin_or_one_click
def unsubscribe(request, page: NewsletterPage, token: str):
    """GET asks to confirm; POST (the page's button, or a mail program's one-click POST
    from elsewhere: the token is the key) deletes the subscription."""
    subscriber = subscriber_for(token)
    if request.method != "POST":
        return private(page_response(request, page, "unsubscribe", subscriber=subscriber))
    subscriber.delete()
    return private(page_response(request, page, "unsubscribed"))
