"""The members' area's forms for a practice: its facts with its original text (one page, sent
as one form), a translation, what its images show in the language of a text, and an
attachment.

Texts are plain text: whatever is typed, HTML included, is kept as typed and shown escaped.
A draft needs its title only; the sections a review needs are checked when it is submitted
(``review.submit``), so that saving never loses what was written.
"""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from members.models import MemberAccount
from pages.forms import DescribedBoundField, language_choices, single_line
from pages.uploads import Upload, UploadRefused, recognise
from practices.models import EVIDENCE, SECTIONS, Practice, PracticeText

SUMMARY_LENGTH = 1500
SECTION_LENGTH = 10_000
REASON_LENGTH = 2000
ALT_TEXT_LENGTH = 255  # as the images' own descriptions

SECTION_HELP = {
    "summary": _("A few sentences: what the city did, and what came of it."),
    "problem": _("The problem the city faced, where, and for whom."),
    "objectives": _("What the practice set out to change."),
    "actions": _("The steps taken, by whom, in what order."),
    "participation": _("The partners involved, and how residents took part."),
    "resources": _("People, money and time it took, and who paid."),
    "results": _("What changed, how it was measured, and what did not work."),
    "transfer": _("What another city would need to do it too."),
}


class PracticeFormMixin:
    bound_field_class = DescribedBoundField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class ContactChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, account) -> str:
        name = account.user.get_full_name()
        return f"{name} ({account.user.email})" if name else account.user.email


class PracticeForm(PracticeFormMixin, forms.ModelForm):
    """A practice's facts: original language, themes, period, status, access, contact and
    the four criteria of evidence."""

    class Meta:
        model = Practice
        fields = [
            "original_language",
            "themes",
            "started_in",
            "ended_in",
            "status",
            "access",
            "contact",
            *(criterion.field for criterion in EVIDENCE),
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "status": forms.RadioSelect,
            "access": forms.RadioSelect,
        }
        field_classes = {"contact": ContactChoiceField}
        labels = {criterion.field: criterion.name for criterion in EVIDENCE}
        help_texts = {criterion.field: criterion.meaning for criterion in EVIDENCE}

    def __init__(self, *args, authority, other_languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.other_languages = set(other_languages)
        self.fields["original_language"].choices = language_choices()
        self.fields["original_language"].help_text = _(
            "The language you write in. Translations can be added afterwards."
        )
        self.fields["contact"].queryset = (
            MemberAccount.objects.filter(authority=authority)
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "user__email")
        )
        self.fields["contact"].empty_label = _("No contact person")
        self.fields["contact"].help_text = _(
            "Shown to signed-in members only, so that peers can ask about it."
        )
        self.fields["access"].help_text = _(
            "Public practices are open to everyone; members-only ones to signed-in members."
        )
        for name in ("started_in", "ended_in"):
            self.fields[name].widget.attrs.update(inputmode="numeric", autocomplete="off")

    def clean_original_language(self):
        language = self.cleaned_data["original_language"]
        if language in self.other_languages:
            raise forms.ValidationError(
                _("There is already a translation in this language: choose another one."),
                code="taken",
            )
        return language

    def clean(self):
        cleaned = super().clean()
        started, ended = cleaned.get("started_in"), cleaned.get("ended_in")
        if started and ended and ended < started:
            self.add_error("ended_in", _("The end comes before the start."))
        return cleaned


def text_field(label, help_text, length: int) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=length,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class TextForm(PracticeFormMixin, forms.ModelForm):
    """A practice's text in one language: its title, its sections under their headings, and
    why it meets each criterion of evidence. Only the title is required."""

    class Meta:
        model = PracticeText
        fields = [
            "title",
            *(section.field for section in SECTIONS),
            *(f"{criterion.field}_because" for criterion in EVIDENCE),
        ]

    def __init__(self, *args, language="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].validators.append(single_line)
        for section in SECTIONS:
            length = SUMMARY_LENGTH if section.field == "summary" else SECTION_LENGTH
            field = text_field(section.heading, SECTION_HELP[section.field], length)
            field.needed_to_submit = section.required
            self.fields[section.field] = field
        for criterion in EVIDENCE:
            name = f"{criterion.field}_because"
            label = capfirst(PracticeText._meta.get_field(name).verbose_name)
            self.fields[name] = text_field(label, "", REASON_LENGTH)
            self.fields[name].widget.attrs["rows"] = 3
        if language:  # what is typed is in it, whatever the page's language
            for field in self.fields.values():
                field.widget.attrs["lang"] = language

    def section_fields(self):
        return [self[section.field] for section in SECTIONS]

    def reason_field(self, criterion):
        return self[f"{criterion.field}_because"]


class AltTextForm(PracticeFormMixin, forms.Form):
    """What each of a practice's images shows, in the language of the text written beside
    it; ``original_language``, for a translation, names the language whose descriptions are
    shown to translate from. A description left empty is read in the original language."""

    def __init__(self, *args, images, language, original_language="", **kwargs):
        super().__init__(*args, **kwargs)
        self.images = list(images)
        self.original_language = original_language
        for number, item in enumerate(self.images, start=1):
            field = forms.CharField(
                label=_("What image %(number)s shows") % {"number": number},
                required=False,
                max_length=ALT_TEXT_LENGTH,
                validators=[single_line],
                initial=item.alt_text(language),
            )
            field.widget.attrs["lang"] = language
            self.fields[self.field_name(item)] = field

    @staticmethod
    def field_name(item) -> str:
        return f"image-{item.image_id}"

    def rows(self) -> list[tuple]:
        """``(the field, the practice's image, its description in the original language)``
        for each image; no description without an ``original_language``."""
        return [
            (
                self[self.field_name(item)],
                item,
                item.alt_text(self.original_language) if self.original_language else "",
            )
            for item in self.images
        ]

    def alt_texts(self) -> dict[int, str]:
        """The descriptions sent, by image key: an image added since the form was drawn is
        not described as empty."""
        return {
            item.image_id: self.cleaned_data[name]
            for item in self.images
            if self.add_prefix(name := self.field_name(item)) in self.data
        }


def evidence_rows(practice_form: PracticeForm, text_form: TextForm) -> list[tuple]:
    """``(criterion's box, its justification)`` for each criterion, in order."""
    return [
        (practice_form[criterion.field], text_form.reason_field(criterion))
        for criterion in EVIDENCE
    ]


class AttachmentForm(PracticeFormMixin, forms.Form):
    """A document or an image for a practice: its type is read from the file's content."""

    file = forms.FileField(label=_("File"))
    title = forms.CharField(
        label=_("Title, or what the image shows"),
        help_text=_("For an image, describe it for people who cannot see it."),
        max_length=255,
        validators=[single_line],
    )
    language = forms.ChoiceField(label=_("Language of the document"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        megabytes = settings.PRACTICE_UPLOAD_MAX_BYTES // (1024 * 1024)
        self.fields["file"].help_text = _(
            "PDF, office documents (docx, xlsx, pptx, odt, ods, odp) or images (JPEG, PNG, "
            "WebP), up to %(megabytes)s MB."
        ) % {"megabytes": megabytes}
        self.fields["file"].widget.attrs["accept"] = ",".join(Upload.accepted_types())
        self.fields["language"].choices = [("", _("Not in one language")), *language_choices()]
        self.upload = None

    def clean_file(self):
        file = self.cleaned_data["file"]
        try:
            self.upload = recognise(file)
        except UploadRefused as refusal:
            raise forms.ValidationError(refusal.message, code=refusal.code) from None
        return file


def errors_of(*forms) -> list[tuple[str, str, str]]:
    """Every error of ``forms`` for the summary above them: ``(the field's id, its label,
    the message)``, with no id nor label for an error of the whole form."""
    errors = []
    for form in forms:
        errors += [("", "", error) for error in form.non_field_errors()]
        for field in form:
            errors += [(field.id_for_label, field.label, error) for error in field.errors]
    return errors
