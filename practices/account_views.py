"""A member authority's practices in the members' area: what its people wrote, where each
stands in its review, and the pages to write, translate, illustrate, preview and submit them.

Only a person of an active member authority comes in (others are told why, with a 403;
anonymous visitors are asked to sign in), and only to their own authority's practices (any
other is a 404). What is being written is read from, and saved as, the practice's latest
revision (``drafts.py``); staff review it in the admin (``review.py``). Sending a form, an
upload and a submission for review are rate-limited per person. ``account_urls`` marks
every page ``never_cache`` (private, never stored).
"""

import logging
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from members.access import account_of
from pages.forms import too_many_requests
from pages.models.base import LANGUAGE_CODES
from practices import drafts, review
from practices.attachments import KINDS
from practices.forms import (
    AltTextForm,
    AttachmentForm,
    PracticeForm,
    TextForm,
    errors_of,
    evidence_rows,
)
from practices.models import Practice, PracticeText, Stage, practices_page

logger = logging.getLogger(__name__)

# Per person: forms saved, files uploaded, practices sent for review.
RATES = {"save": "60/h", "upload": "30/h", "submit": "10/h"}


# Who comes in.


def for_members(view):
    """Let in a person of an active member authority, the view receiving their account;
    tell anyone else why not (403), and ask anonymous visitors to sign in."""

    @login_required
    @wraps(view)
    def checked(request, *args, **kwargs):
        account = account_of(request.user)
        if account is None or not account.grants_access:
            return refused(request, account)
        return view(request, account, *args, **kwargs)

    return checked


def refused(request, account):
    context = {
        "title": _("Your authority's practices"),
        "account": account,
        "membership_ended": account is not None and not account.authority.is_active,
        "staff": request.user.has_perm("wagtailadmin.access_admin"),
    }
    return TemplateResponse(request, "practices/account/refused.html", context, status=403)


def practice_of(account, pk) -> Practice:
    """The practice ``pk`` of the person's authority; any other is not found."""
    return get_object_or_404(Practice, pk=pk, authority=account.authority)


def over_limit(request, purpose: str) -> bool:
    """Counts this request for ``purpose``; an unreachable Redis limits nothing."""
    try:
        return is_ratelimited(
            request, group=f"practices.{purpose}", key="user", rate=RATES[purpose], increment=True
        )
    except RedisError as error:
        logger.warning("Rate limits not counted, the cache is unreachable: %s", error)
        return False


def slow_down(request):
    context = {"title": _("Too many at once")}
    response = TemplateResponse(request, "practices/account/too_many.html", context)
    return too_many_requests(response)


def not_editable(request, practice):
    """The page a practice in review or declined shows instead of its forms."""
    context = {
        "title": str(practice),
        "practice": practice,
        "comment": practice.reviewer_comment() if practice.stage == Stage.DECLINED else "",
    }
    return TemplateResponse(request, "practices/account/not_editable.html", context)


def language_name(code: str) -> str:
    return translation.get_language_info(code)["name_translated"]


# The list.


@for_members
def practice_list(request, account):
    library = practices_page()
    entries = [
        (
            written,
            library.practice_url(written.practice) if library and written.practice.live else "",
        )
        for written in drafts.written_by(account.authority)
    ]
    context = {
        "title": _("Your authority's practices"),
        "authority": account.authority,
        "entries": entries,
        "commented": (Stage.CHANGES_REQUESTED, Stage.DECLINED),
    }
    return TemplateResponse(request, "practices/account/list.html", context)


# Writing.


@for_members
def new(request, account):
    blank = Practice(
        authority=account.authority,
        original_language=translation.get_language(),
        contact=account,
    )
    return write(request, account, blank, copy=blank)


@for_members
def edit(request, account, pk):
    practice = practice_of(account, pk)
    if not practice.may_be_edited:
        return not_editable(request, practice)
    return write(request, account, practice, copy=drafts.working_copy(practice))


def write(request, account, practice, copy):
    """The practice's form with its original text's; ``copy`` is what is being written
    (``practice`` itself when it is new)."""
    original = copy.original_text or PracticeText()
    language_before = copy.original_language
    data = request.POST if request.method == "POST" else None
    others = [code for code in copy.languages if code != language_before]
    practice_form = PracticeForm(
        data, instance=copy, authority=account.authority, other_languages=others
    )
    text_form = TextForm(data, instance=original, language=language_before)
    alt_form = AltTextForm(data, images=copy.images.all(), language=language_before)
    if data is not None:
        if over_limit(request, "save"):
            return slow_down(request)
        if all([practice_form.is_valid(), text_form.is_valid(), alt_form.is_valid()]):
            saved = save_practice(request, practice_form, text_form, alt_form, language_before)
            messages.success(request, _("Your draft is saved."))
            if "submit" in request.POST:
                return send_to_review(request, saved)
            return redirect("practices:edit", pk=saved.pk)
    context = {
        "title": str(copy) if copy.pk else _("Share a practice"),
        "practice": practice,
        "copy": copy,
        "practice_form": practice_form,
        "text_form": text_form,
        "alt_form": alt_form,
        "evidence_rows": evidence_rows(practice_form, text_form),
        "errors": errors_of(practice_form, text_form, alt_form),
        "translations": translation_links(copy) if copy.pk else [],
        "comment": changes_asked(practice),
    }
    return TemplateResponse(request, "practices/account/edit.html", context)


def changes_asked(practice) -> str:
    """What the reviewer asked for, while the practice waits for those changes."""
    if practice.pk and practice.stage == Stage.CHANGES_REQUESTED:
        return practice.reviewer_comment()
    return ""


def save_practice(request, practice_form, text_form, alt_form, language_before) -> Practice:
    copy = practice_form.save(commit=False)
    original = text_form.save(commit=False)
    if copy.pk is None:
        return drafts.create(copy, original, practice_form.cleaned_data["themes"], request.user)
    copy.themes = practice_form.cleaned_data["themes"]
    alt_texts = alt_form.alt_texts()
    drafts.save_original(copy, original, language_before, alt_texts, request.user)
    return copy


def translation_links(copy) -> list[tuple]:
    """``(code, name, has a text)`` for every language but the original."""
    return [
        (code, language_name(code), code in copy.texts_by_language)
        for code in LANGUAGE_CODES
        if code != copy.original_language
    ]


@for_members
def translate(request, account, pk, language):
    practice = practice_of(account, pk)
    if language not in LANGUAGE_CODES:
        raise Http404("No such language.")
    if not practice.may_be_edited:
        return not_editable(request, practice)
    copy = drafts.working_copy(practice)
    if language == copy.original_language:
        return redirect("practices:edit", pk=practice.pk)
    existing = copy.texts_by_language.get(language)
    data = request.POST if request.method == "POST" else None
    form = TextForm(data, instance=existing or PracticeText(language=language), language=language)
    alt_form = AltTextForm(
        data,
        images=copy.images.all(),
        language=language,
        original_language=copy.original_language,
    )
    if data is not None:
        if over_limit(request, "save"):
            return slow_down(request)
        if "remove" in data and existing is not None:
            drafts.remove_translation(copy, language, request.user)
            messages.success(request, _("The translation is removed."))
            return redirect("practices:edit", pk=practice.pk)
        if form.is_valid() and alt_form.is_valid():
            text = form.save(commit=False)
            text.language = language
            drafts.save_translation(copy, text, alt_form.alt_texts(), request.user)
            messages.success(request, _("The translation is saved."))
            return redirect("practices:translate", pk=practice.pk, language=language)
    original = copy.original_text
    context = {
        "title": _("Translation: %(language)s") % {"language": capfirst(language_name(language))},
        "practice": practice,
        "copy": copy,
        "form": form,
        "alt_form": alt_form,
        "errors": errors_of(form, alt_form),
        "language": language,
        "exists": existing is not None,
        "original": original,
        "original_name": language_name(copy.original_language),
        "rows": [(form[name], getattr(original, name)) for name in form.fields if name != "title"],
    }
    return TemplateResponse(request, "practices/account/translate.html", context)


# Attachments.


@for_members
def files(request, account, pk):
    practice = practice_of(account, pk)
    if not practice.may_be_edited:
        return not_editable(request, practice)
    copy = drafts.working_copy(practice)
    if request.method == "POST":
        if over_limit(request, "upload"):
            return slow_down(request)
        form = AttachmentForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            drafts.attach(copy, form.upload, data["title"], data["language"], request.user)
            messages.success(request, _("The file is added."))
            return redirect("practices:files", pk=practice.pk)
    else:
        form = AttachmentForm()
    context = {
        "title": _("Images and documents"),
        "practice": practice,
        "copy": copy,
        "form": form,
        "errors": errors_of(form),
        "images": copy.images.all(),
        "documents": copy.files.all(),
    }
    return TemplateResponse(request, "practices/account/files.html", context)


@require_POST
@for_members
def remove_file(request, account, pk, kind, file_id):
    practice = practice_of(account, pk)
    if kind not in KINDS:
        raise Http404("No such kind of file.")
    if not practice.may_be_edited:
        return not_editable(request, practice)
    if not drafts.detach(drafts.working_copy(practice), kind, file_id, request.user):
        raise Http404("No such file on this practice.")
    messages.success(request, _("The file is removed from the practice."))
    return redirect("practices:files", pk=practice.pk)


# Preview, submission, withdrawal.


@for_members
def preview(request, account, pk):
    practice = practice_of(account, pk)
    copy = drafts.working_copy(practice)
    language = request.GET.get("language")
    if language not in copy.languages:
        language = copy.original_language
    text = copy.text_for(language)
    context = {
        "title": _("Preview: %(title)s") % {"title": text.title},
        "practice": practice,
        "copy": copy,
        "text": text,
        "language": language,
        "pictures": [item.picture(language, copy.original_language) for item in copy.images.all()],
        "preview_languages": [(code, language_name(code)) for code in copy.languages],
        "may_submit": practice.stage in review.SUBMITTABLE,
    }
    return TemplateResponse(request, "practices/account/preview.html", context)


@require_POST
@for_members
def submit(request, account, pk):
    return send_to_review(request, practice_of(account, pk))


def send_to_review(request, practice):
    """Submit the practice as last saved; say what it lacks when it cannot go."""
    if over_limit(request, "submit"):
        return slow_down(request)
    practice = Practice.objects.get(pk=practice.pk)
    try:
        review.submit(drafts.working_copy(practice), request.user)
    except review.NotSubmittable as refusal:
        messages.error(request, refusal_message(practice, refusal.missing))
        return redirect("practices:edit", pk=practice.pk)
    practice = Practice.objects.get(pk=practice.pk)
    messages.success(
        request,
        _("Your practice is sent for review. Its stage: %(stage)s.")
        % {"stage": practice.stage.label},
    )
    return redirect("practices:list")


def refusal_message(practice, missing) -> str:
    if missing:
        headings = ", ".join(str(section.heading) for section in missing)
        return _("Add these sections before submitting: %(sections)s") % {"sections": headings}
    return _("It cannot be submitted at this stage: %(stage)s.") % {"stage": practice.stage.label}


@require_POST
@for_members
def withdraw(request, account, pk):
    practice = practice_of(account, pk)
    if practice.stage != Stage.IN_REVIEW:
        return redirect("practices:edit", pk=practice.pk)
    review.withdraw(practice, request.user)
    messages.success(request, _("Your practice is withdrawn from review: you can change it."))
    return redirect("practices:edit", pk=practice.pk)
