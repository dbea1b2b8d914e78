"""Consent as it was given, the requests staff answered about a person's data, and the privacy
notice page."""

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from pages.models import BasePage
from pages.models.editorial import RICH_TEXT_FEATURES, body_field
from privacy.addresses import address_hash
from privacy.notice import processing


class ConsentText(models.Model):
    """The exact words a form showed beside its consent box, for one purpose, version and
    language. A form's ``consent_version`` is raised whenever its words change, so each row
    stays what people agreed to."""

    purpose = models.CharField(_("purpose"), max_length=40)
    version = models.PositiveSmallIntegerField(_("version"))
    language = models.CharField(_("language"), max_length=5)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        constraints = [
            models.UniqueConstraint(
                fields=["purpose", "version", "language"], name="one_consent_text_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.purpose} v{self.version} ({self.language})"

    @classmethod
    def shown_by(cls, form_class, language: str) -> "ConsentText":
        """The words ``form_class`` shows in ``language`` now, stored the first time."""
        with translation.override(language):
            text = form_class.consent_text()
        consent_text, _created = cls.objects.get_or_create(
            purpose=form_class.consent_purpose,
            version=form_class.consent_version,
            language=language,
            defaults={"text": text},
        )
        return consent_text


class Consent(models.Model):
    """A person's consent: to which words, when, and how it was given. The address is kept
    as a keyed hash: the record still shows that an address agreed once the data it covered
    is gone (an unsubscription, a purge), without keeping the address itself."""

    class Method(models.TextChoices):
        CHECKBOX = "checkbox", _("Box ticked in the form")
        DOUBLE_OPT_IN = "double_opt_in", _("Box ticked, then the link emailed to the address")

    address_hash = models.CharField(_("address (keyed hash)"), max_length=64, db_index=True)
    text = models.ForeignKey(
        ConsentText, verbose_name=_("text"), on_delete=models.PROTECT, related_name="consents"
    )
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    given_at = models.DateTimeField(_("given on"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return f"{self.text} {self.given_at:%Y-%m-%d}"

    @classmethod
    def record(cls, form_class, email: str, language: str, method: str) -> "Consent":
        """``email`` agreed to the words ``form_class`` shows in ``language``."""
        return cls.objects.create(
            address_hash=address_hash(email),
            text=ConsentText.shown_by(form_class, language),
            method=method,
        )


class DataRequest(models.Model):
    """A person's data exported or erased by staff: the address only as a keyed hash
    (``privacy.addresses.address_hash``). Erasures are re-applied after a restore."""

    class Kind(models.TextChoices):
        EXPORT = "export", _("Export")
        ERASURE = "erasure", _("Erasure")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    address_hash = models.CharField(_("address (keyed hash)"), max_length=64, db_index=True)
    made_at = models.DateTimeField(_("made on"), default=timezone.now)

    class Meta:
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        ordering = ["-made_at"]
        permissions = [("manage_personal_data", "Can export and erase a person's data")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.address_hash[:12]}"

    @classmethod
    def made(cls, kind: str, address: str) -> "DataRequest":
        return cls.objects.create(kind=kind, address_hash=address_hash(address))


class PrivacyPage(BasePage):
    """The privacy notice: the site lists each purpose, its legal basis and how long data is
    kept (from the settings the purges read); editors write who to contact and the rest."""

    rights = RichTextField(
        _("your rights"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("How people exercise their rights: whom to write to, and the authority."),
    )
    body = body_field()

    content_panels = BasePage.content_panels + [FieldPanel("rights"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("privacy notice page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["processing"] = processing()
        return context
