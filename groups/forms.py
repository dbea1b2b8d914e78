"""The forms of a group's space: a new discussion, a reply or an edit, a moderator's reason
for hiding a post, a report to staff, a shared file, the emails a member gets. A refused form
shows back what was typed."""

from django import forms
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from groups.models import GroupMembership
from pages.uploads import Upload, UploadRefused, recognise

# The languages a post may be written in: the site's, then those of Efus's other member
# countries, each named in itself.
POST_LANGUAGES = (
    *("en", "fr", "de", "it", "es", "pt"),
    *("ca", "nl", "pl", "el", "hu", "ro", "cs", "sk", "sl", "hr", "bg", "sv", "da", "fi"),
)
TEXT_LENGTH = 20_000
REASON_LENGTH = 1_000


def language_choices() -> list[tuple[str, str]]:
    return [(code, get_language_info(code)["name_local"]) for code in POST_LANGUAGES]


class PostForm(forms.Form):
    text = forms.CharField(
        label=_("Your message"),
        max_length=TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Plain text: a blank line starts a paragraph, **bold**, *italics*; "
            "web addresses become links."
        ),
    )
    language = forms.ChoiceField(label=_("Written in"), choices=language_choices)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", translation.get_language())
        super().__init__(*args, **kwargs)


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Subject"), max_length=200)

    field_order = ["title", "text", "language"]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Why?"), max_length=REASON_LENGTH, widget=forms.Textarea(attrs={"rows": 3})
    )


class FileForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    file = forms.FileField(
        label=_("File"),
        help_text=_("A PDF, an office document or a JPEG, PNG or WebP image."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(Upload.accepted_types())}),
    )

    def __init__(self, *args, **kwargs):
        # On the space's page beside the discussion's form, whose title is "id_title".
        kwargs.setdefault("auto_id", "file_%s")
        super().__init__(*args, **kwargs)

    def clean_file(self):
        try:
            self.upload = recognise(self.cleaned_data["file"])
        except UploadRefused as refusal:
            raise forms.ValidationError(refusal.message, code=refusal.code) from None
        return self.cleaned_data["file"]

    def clean_title(self):
        return self.cleaned_data["title"].strip()

    @property
    def title_or_name(self) -> str:
        return self.cleaned_data["title"] or self.cleaned_data["file"].name[:200]


class EmailsForm(forms.Form):
    emails = forms.ChoiceField(
        label=_("About new discussions and replies, send me"),
        choices=GroupMembership.Emails.choices,
        widget=forms.RadioSelect,
    )
