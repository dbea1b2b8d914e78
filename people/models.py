"""The people of the network: the profile of each person who signs in for a member authority,
and what the members-only people directory finds of them.

A profile belongs to a member account (``members.MemberAccount``): the person's name is their
user's, their organisation their account's authority. It is written the first time its person
saves it, and the directory finds it only while its person chooses to be listed, their user is
active and their authority a member (``ProfileQuerySet.listed``). Everything in it is the
person's own words, in whatever language they wrote them: nothing is translated.

Staff holding ``MODERATE_PERMISSION`` moderate profiles (``people.moderation``): they take a
profile out of the directory, with a reason, and its person may not list themselves again
until staff allow it; or they remove its photo, with a reason, and the person may upload
another. Each is logged with its reason and told to the person by email.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, Concat, Lower
from django.db.models.signals import post_delete
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from members.models import CITY_LANGUAGES, MemberAccount, MemberAuthority
from pages.folding import name_pattern
from pages.forms import current_language
from pages.i18n import language_names, spoken_language_choices
from pages.models.editorial import LanguageListField
from people import photos

# The words of a search that must each be found; more are left out.
SEARCHED_WORDS = 6
# What a card or a person's page reads of a profile, its person and their authority.
SHOWN_COLUMNS = (
    "role",
    "about",
    "languages",
    "photo_id",
    "listed",
    "shows_email",
    "account__user__first_name",
    "account__user__last_name",
    "account__user__email",
    "account__user__is_active",
    "account__authority__name",
    "account__authority__slug",
    "account__authority__country",
    "account__authority__status",
    # The city in the visitor's language, English where it has no name of its own.
    *(f"account__authority__city_{code}" for code in CITY_LANGUAGES),
)
ROLE_LENGTH = 150
ABOUT_LENGTH = 600
MODERATE_PERMISSION = "people.moderate_profile"
UNLIST_ACTION = "people.unlisted"
ALLOW_LISTING_ACTION = "people.listing_allowed"
REMOVE_PHOTO_ACTION = "people.photo_removed"
LOG_ACTIONS = {
    UNLIST_ACTION: _("Take out of the directory"),
    ALLOW_LISTING_ACTION: _("Allow listing again"),
    REMOVE_PHOTO_ACTION: _("Remove the photo"),
}


def listed_condition() -> models.Q:
    """The profiles the directory shows: listed, of an active user and an active authority."""
    return models.Q(
        listed=True,
        account__user__is_active=True,
        account__authority__status=MemberAuthority.Status.ACTIVE,
    )


class ProfileQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(listed_condition())

    def seen_by(self, user):
        """The profiles ``user`` may open: the listed ones, and their own whatever it says."""
        return self.filter(listed_condition() | models.Q(account__user=user))

    def matching(self, text: str):
        """Those whose name, role, words about their work, authority or its city (by its
        English name or its name in the visitor's language: "Colónia" finds the people of
        Köln in Portuguese) hold every word of ``text`` (the first ``SEARCHED_WORDS``), accents
        and case left aside."""
        return self.holding_words(
            text,
            "account__user__first_name",
            "account__user__last_name",
            "role",
            "about",
            "account__authority__name",
            "account__authority__city_en",
            Coalesce(f"account__authority__city_{current_language()}", models.Value("")),
        )

    def found_by_staff(self, text: str):
        """What staff look a profile up by: its person's name or email address, or their
        authority's name, every word of ``text`` found, accents and case left aside."""
        return self.holding_words(
            text,
            "account__user__first_name",
            "account__user__last_name",
            "account__user__email",
            "account__authority__name",
        )

    def holding_words(self, text: str, *fields):
        """Those whose ``fields`` (names or expressions), taken together, hold every word of
        ``text`` (the first ``SEARCHED_WORDS``)."""
        parts = []
        for field in fields:
            parts += [field, models.Value(" ")]
        found = self.alias(searched=Concat(*parts[:-1], output_field=models.TextField()))
        for word in text.split()[:SEARCHED_WORDS]:
            found = found.filter(searched__iregex=name_pattern(word))
        return found

    def by_name(self):
        return self.order_by(
            Lower("account__user__last_name"), Lower("account__user__first_name"), "pk"
        )

    def shown(self):
        """With what a card or a person's page shows, and no more: the user, the authority,
        the themes."""
        return (
            self.select_related("account__user", "account__authority")
            .only(*SHOWN_COLUMNS)
            .prefetch_related("themes")
        )


class Profile(models.Model):
    """What a person of a member authority tells the network's other members about
    themselves."""

    account = models.OneToOneField(
        MemberAccount,
        verbose_name=_("member account"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    role = models.CharField(
        _("role or job title"),
        max_length=ROLE_LENGTH,
        blank=True,
        help_text=_("As you would introduce yourself to a colleague in another city."),
    )
    about = models.TextField(
        _("what you work on"),
        max_length=ABOUT_LENGTH,
        blank=True,
        help_text=_("A few lines on your work and what you could share with peers."),
    )
    languages = LanguageListField(
        models.CharField(max_length=8, choices=spoken_language_choices),
        verbose_name=_("languages spoken"),
        blank=True,
        default=list,
    )
    themes = models.ManyToManyField(
        "themes.Theme",
        verbose_name=_("themes of expertise"),
        blank=True,
        related_name="profiles",
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listed = models.BooleanField(
        _("list me in the people directory"),
        default=False,
        help_text=_(
            "The members of Efus then find your name, photo, role, authority, languages, "
            "themes and what you work on. Unlisted, you appear only in the groups you join."
        ),
    )
    shows_email = models.BooleanField(
        _("show my email address to members"),
        default=False,
        help_text=_("On your page in the directory, so that peers can write to you."),
    )
    unlisted_by_staff = models.BooleanField(
        _("taken out of the directory by staff"),
        default=False,
        help_text=_("Its person may not list themselves again until staff allow it."),
    )
    unlisted_reason = models.TextField(_("why staff took it out of the directory"), blank=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        permissions = [("moderate_profile", "Can moderate people's profiles")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("people:person", kwargs={"pk": self.pk})

    @property
    def name(self) -> str:
        user = self.account.user
        return user.get_full_name() or user.email

    @property
    def initials(self) -> str:
        """What stands for the photo when there is none: "CM" for Camille Moreau."""
        user = self.account.user
        return "".join(name[:1] for name in (user.first_name, user.last_name)).upper()

    @property
    def is_listed(self) -> bool:
        """Whether the directory shows the profile now (``listed_condition``, in Python)."""
        account = self.account
        return self.listed and account.user.is_active and account.authority.is_active

    def language_names(self) -> str:
        """The languages spoken, named in the visitor's language."""
        return language_names(self.languages)

    @property
    def photo_url(self) -> str:
        """The photo, through the view that checks who asks; its address changes with it."""
        if not self.photo_id:
            return ""
        return reverse("people:photo", kwargs={"pk": self.pk, "photo_id": self.photo_id})

    def replace_photo(self, image) -> None:
        """Show ``image`` (None: no photo) and discard the photo it replaces."""
        replaced = self.photo_id
        self.photo = image
        self.save(update_fields=["photo", "updated_at"])
        if replaced:
            photos.discard(replaced)

    # Staff's moderation: each logged with who did it and why.

    def unlist(self, user, reason: str) -> None:
        """Take the profile out of the directory until staff allow it back."""
        self.listed, self.unlisted_by_staff, self.unlisted_reason = False, True, reason
        self.save(update_fields=["listed", "unlisted_by_staff", "unlisted_reason", "updated_at"])
        log(self, UNLIST_ACTION, user=user, data={"reason": reason})

    def allow_listing(self, user) -> None:
        """Let the person list themselves again: it stays unlisted until they choose to."""
        self.unlisted_by_staff, self.unlisted_reason = False, ""
        self.save(update_fields=["unlisted_by_staff", "unlisted_reason", "updated_at"])
        log(self, ALLOW_LISTING_ACTION, user=user)

    def remove_photo(self, user, reason: str) -> None:
        """Delete the photo, its file with it once committed (``photos.discard``)."""
        self.replace_photo(None)
        log(self, REMOVE_PHOTO_ACTION, user=user, data={"reason": reason})


def discard_photo(sender, instance: Profile, **kwargs) -> None:
    """A profile deleted (by its person's erasure, or with their account) takes its photo,
    the image and its file, with it."""
    if instance.photo_id:
        photos.discard(instance.photo_id)


def forget_moderation(sender, instance: Profile, **kwargs) -> None:
    """A profile deleted takes the history of its moderation with it: its entries name the
    person and staff's reasons."""
    ModelLogEntry.objects.for_instance(instance).delete()


def connect_signals() -> None:
    post_delete.connect(discard_photo, sender=Profile, dispatch_uid="people_discard_photo")
    post_delete.connect(forget_moderation, sender=Profile, dispatch_uid="people_forget_moderation")
