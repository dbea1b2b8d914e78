"""The form of a person's profile, in the members' area: their name (their user's), what
they tell peers, their photo and whether the directory lists them.

Texts are plain text: whatever is typed, HTML included, is kept as typed and shown escaped.
"""

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from pages.forms import DescribedBoundField, single_line
from people import photos
from people.models import Profile
from themes.models import Theme


class ProfileForm(forms.ModelForm):
    bound_field_class = DescribedBoundField

    first_name = forms.CharField(label=_("First name"), max_length=150, validators=[single_line])
    last_name = forms.CharField(label=_("Last name"), max_length=150, validators=[single_line])
    new_photo = forms.FileField(label=_("Photo"), required=False, widget=forms.FileInput)
    remove_photo = forms.BooleanField(label=_("Remove the photo"), required=False)

    class Meta:
        model = Profile
        fields = ["role", "about", "languages", "themes", "listed", "shows_email"]
        widgets = {
            "about": forms.Textarea(attrs={"rows": 4}),
            "languages": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
        }

    field_order = ["first_name", "last_name", "role", "about", "languages", "themes"]

    def __init__(self, *args, instance: Profile, **kwargs):
        user = instance.account.user
        initial = {"first_name": user.first_name, "last_name": user.last_name}
        super().__init__(*args, instance=instance, initial=initial, label_suffix="", **kwargs)
        self.fields["role"].validators.append(single_line)
        self.fields["themes"].queryset = Theme.objects.order_by("name")
        megabytes = settings.PROFILE_PHOTO_MAX_BYTES // (1024 * 1024)
        self.fields["new_photo"].help_text = _(
            "A JPEG, PNG or WebP image of you, up to %(megabytes)s MB. It is shown to the "
            "members of Efus only, never to the public."
        ) % {"megabytes": megabytes}
        self.fields["new_photo"].widget.attrs["accept"] = photos.accepted_types()
        if not instance.photo_id:
            del self.fields["remove_photo"]
        if instance.unlisted_by_staff:
            # Staff's decision holds until they allow listing again (``people.moderation``).
            self.fields["listed"].disabled = True
            self.fields["listed"].help_text = _(
                "The Efus team has taken your profile out of the directory; they will let you "
                "list yourself again once the matter is settled."
            )
        self.cleaned_photo = None

    def clean_new_photo(self):
        file = self.cleaned_data["new_photo"]
        if file:
            try:
                self.cleaned_photo = photos.cleaned_photo(file)
            except photos.PhotoRefused as refusal:
                raise forms.ValidationError(refusal.message, code=refusal.code) from None
        return file

    @transaction.atomic
    def save(self, commit=True) -> Profile:
        profile = super().save()
        user = profile.account.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        if self.cleaned_photo is not None:
            profile.replace_photo(photos.store(self.cleaned_photo))
        elif self.cleaned_data.get("remove_photo"):
            profile.replace_photo(None)
        return profile


def errors_of(form) -> list[tuple[str, str, str]]:
    """Every error of ``form`` for the summary above it: ``(the field's id, its label, the
    message)``."""
    errors = [("", "", error) for error in form.non_field_errors()]
    for field in form:
        errors += [(field.id_for_label, field.label, error) for error in field.errors]
    return errors
