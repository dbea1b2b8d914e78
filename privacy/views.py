"""The admin's personal data requests: staff holding ``privacy.manage_personal_data`` type an
email address and download everything the site holds about it, or erase it after seeing
how many rows of each kind it would remove."""

from functools import wraps

from django import forms
from django.apps import apps
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from privacy.erasure import ErasureRefused, erase, rows_held
from privacy.export import export

PERMISSION = "privacy.manage_personal_data"


def may_manage(user) -> bool:
    return user.has_perm(PERMISSION)


def permission_required(view):
    """Answer 403 to staff without the permission (Wagtail would redirect)."""

    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if not may_manage(request.user):
            context = {"page_title": PersonalDataMixin.page_title, "header_icon": "warning"}
            return TemplateResponse(request, "privacy/admin/forbidden.html", context, status=403)
        return view(request, *args, **kwargs)

    return checked_view


class AddressForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)


class PersonalDataMixin(WagtailAdminTemplateMixin):
    page_title = _("Personal data")
    header_icon = "user"


def download(document: str) -> HttpResponse:
    response = HttpResponse(document, content_type="application/json; charset=utf-8")
    name = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    add_never_cache_headers(response)
    return response


def rows_to_erase(address: str) -> list[tuple[str, int]]:
    """Each kind of row the erasure would remove, named for staff, and how many."""
    return [
        (apps.get_model(label)._meta.verbose_name_plural, count)
        for label, count in rows_held(address).items()
        if count
    ]


class RequestView(PersonalDataMixin, FormView):
    """The address; "Download" answers with the JSON file, "Erase" asks to confirm."""

    template_name = "privacy/admin/request.html"
    form_class = AddressForm

    def form_valid(self, form):
        address = form.cleaned_data["email"]
        if self.request.POST.get("action") == "erase":
            context = self.get_context_data(form=form, rows=rows_to_erase(address))
            return TemplateResponse(self.request, "privacy/admin/erase_confirm.html", context)
        return download(export(address, self.request.user))


class EraseView(PersonalDataMixin, FormView):
    """The confirmed erasure; then back to the address form, saying what was done."""

    form_class = AddressForm
    http_method_names = ["post"]

    def form_valid(self, form):
        try:
            erase(form.cleaned_data["email"], self.request.user)
        except ErasureRefused:
            messages.error(
                self.request,
                _(
                    "This address belongs to a staff account: remove its access to the admin "
                    "first, then erase it."
                ),
            )
        else:
            messages.success(self.request, _("The person's data has been erased."))
        return redirect("privacy_admin:request")

    def form_invalid(self, form):
        messages.error(self.request, _("Enter a valid email address."))
        return redirect("privacy_admin:request")


urlpatterns = [
    path("", permission_required(RequestView.as_view()), name="request"),
    path("erase/", permission_required(EraseView.as_view()), name="erase"),
]
