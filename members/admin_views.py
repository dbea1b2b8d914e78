"""Importing members in the admin: upload a spreadsheet, check its preview, confirm."""

import base64
import hashlib
from dataclasses import dataclass
from functools import wraps
from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from members import importing
from members.models import MemberAuthority

IMPORT_PERMISSIONS = ("members.add_memberauthority", "members.change_memberauthority")
SESSION_KEY = "members_import_file"
FORBIDDEN_TEMPLATE = "members/admin/import_forbidden.html"


def can_import(user) -> bool:
    return user.has_perms(IMPORT_PERMISSIONS)


@dataclass(frozen=True)
class KeptFile:
    """The uploaded spreadsheet, kept in the user's session between preview and confirm."""

    name: str
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def keep(self, session) -> None:
        session[SESSION_KEY] = {"name": self.name, "data": base64.b64encode(self.data).decode()}

    @classmethod
    def kept(cls, session):
        stored = session.get(SESSION_KEY)
        if not stored:
            return None
        return cls(stored["name"], base64.b64decode(stored["data"]))

    @staticmethod
    def forget(session) -> None:
        session.pop(SESSION_KEY, None)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_("A CSV file saved as UTF-8, or an Excel workbook (.xlsx); at most 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(importing.SUFFIXES)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in importing.SUFFIXES:
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        if upload.size > importing.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


class ConfirmForm(forms.Form):
    digest = forms.CharField(widget=forms.HiddenInput, max_length=64)


def members_listing_url() -> str:
    return reverse(MemberAuthority.snippet_viewset.get_url_name("list"))


def import_summary(report: importing.ImportPreview) -> str:
    created, updated = len(report.new), len(report.changed)
    return ngettext(
        "%(created)d member created, %(updated)d updated",
        "%(created)d members created, %(updated)d updated",
        created,
    ) % {"created": created, "updated": updated}


def import_permission_required(view):
    """Wagtail turns PermissionDenied into a redirect; the import answers 403 instead."""

    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if not can_import(request.user):
            context = {"page_title": ImportViewMixin.page_title, "header_icon": "warning"}
            return TemplateResponse(request, FORBIDDEN_TEMPLATE, context, status=403)
        return view(request, *args, **kwargs)

    return checked_view


class ImportViewMixin(WagtailAdminTemplateMixin):
    page_title = _("Import members")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": members_listing_url(), "label": MemberAuthority._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]


class UploadView(ImportViewMixin, FormView):
    template_name = "members/admin/import_upload.html"
    form_class = UploadForm

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        KeptFile(upload.name, upload.read()).keep(self.request.session)
        return redirect("members_import:preview")

    def get_context_data(self, **kwargs):
        return super().get_context_data(columns=importing.COLUMNS, **kwargs)


class PreviewView(ImportViewMixin, FormView):
    """GET shows what the kept file would change; POST confirms and imports it."""

    template_name = "members/admin/import_preview.html"
    form_class = ConfirmForm

    def dispatch(self, request, *args, **kwargs):
        self.kept = KeptFile.kept(request.session)
        if self.kept is None:
            messages.error(request, _("Choose the file to import."))
            return redirect("members_import:upload")
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"digest": self.kept.digest}

    def get_context_data(self, report=None, **kwargs):
        if report is None:
            report = importing.preview(self.kept.data, self.kept.name)
        return super().get_context_data(report=report, filename=self.kept.name, **kwargs)

    def form_valid(self, form):
        if form.cleaned_data["digest"] != self.kept.digest:
            messages.error(self.request, _("The file changed: check its preview again."))
            return redirect("members_import:preview")
        try:
            report = importing.apply(self.kept.data, self.kept.name)
        except importing.ImportRejected as rejected:
            return self.render_to_response(self.get_context_data(report=rejected.preview))
        KeptFile.forget(self.request.session)
        messages.success(self.request, import_summary(report))
        return redirect(members_listing_url())

    def form_invalid(self, form):
        return redirect("members_import:preview")


urlpatterns = [
    path("", import_permission_required(UploadView.as_view()), name="upload"),
    path("preview/", import_permission_required(PreviewView.as_view()), name="preview"),
]
