"""The admin's form of a post: staff hide it (with the reason, kept) or show it again."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class PostAdminForm(WagtailAdminModelForm):
    hidden = forms.BooleanField(
        label=_("Hidden by moderators"),
        required=False,
        help_text=_("Members then read “hidden by moderators”; staff and leads still see it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hidden"].initial = self.instance.hidden_at is not None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hidden") and not cleaned.get("hidden_reason", "").strip():
            self.add_error("hidden_reason", _("Say why the post is hidden."))
        return cleaned

    def save(self, commit=True):
        post = self.instance
        if not self.cleaned_data["hidden"]:
            post.hidden_at = None
        elif post.hidden_at is None:
            post.hidden_at = timezone.now()
        return super().save(commit)
