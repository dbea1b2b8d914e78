"""What the site holds about a person, declared once per model, read by the export and the
erasure.

Each app lists, in its ``personal_data.py``, the models that hold something about a person,
found by the person's email address: ``declare(PersonalData("app.Model", address=…,
fields=…))``. The export shows every declared model's ``fields`` for the address; the erasure
deletes its rows (or calls ``erase`` on them, to anonymise what aggregate figures still
need). A model holding an email address or a link to a user must be declared, or listed in
``OUT_OF_SCOPE`` with the reason: the system check ``privacy.E001`` (``privacy/checks.py``)
fails at start-up otherwise, so a new model cannot be forgotten.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.db.models import QuerySet
from django.db.models.functions import Lower

from privacy.addresses import address_hash, normalised


def delete_rows(rows: QuerySet) -> None:
    rows.delete()


@dataclass(frozen=True)
class PersonalData:
    """One model's rows about a person: found by ``address`` (a lookup to an email address,
    "email" or "user__email", or to its keyed hash when ``hashed``), shown by ``fields``,
    removed by ``erase`` (deleted unless said otherwise)."""

    label: str
    address: str
    fields: tuple[str, ...]
    erase: Callable[[QuerySet], None] = delete_rows
    hashed: bool = False

    @property
    def model(self):
        return apps.get_model(self.label)

    def rows_for(self, address: str) -> QuerySet:
        if self.hashed:
            return self.rows_for_hashes({address_hash(address)})
        return (
            self.model._default_manager.alias(person_address=Lower(self.address))
            .filter(person_address=normalised(address))
            .order_by("pk")
        )

    def rows_for_hashes(self, hashes: set[str]) -> QuerySet:
        """The rows whose address hashes to one of ``hashes`` (the erasures recorded)."""
        if self.hashed:
            return self.model._default_manager.filter(**{f"{self.address}__in": hashes}).order_by(
                "pk"
            )
        addresses = self.model._default_manager.values_list(self.address, flat=True).distinct()
        matching = {address for address in addresses if address and address_hash(address) in hashes}
        return (
            self.model._default_manager.alias(person_address=Lower(self.address))
            .filter(person_address__in={normalised(address) for address in matching})
            .order_by("pk")
        )

    def exported(self, address: str) -> list[dict]:
        return list(self.rows_for(address).values(*self.fields))


_declared: dict[str, PersonalData] = {}


def declare(*declarations: PersonalData) -> None:
    for declaration in declarations:
        _declared[declaration.label] = declaration


def declarations() -> list[PersonalData]:
    """Every declaration, in the order the apps declared them."""
    return list(_declared.values())


# Models that hold an address or a user but are not exported or erased, and why.
OUT_OF_SCOPE = {
    "privacy.DataRequest": "a keyed hash of an address: the record that a request was answered",
    "wagtailadmin.FormState": "an editor's unsaved admin form: staff",
    "wagtailcore.APIToken": "a staff member's token for the admin API, deleted with the user",
    "pages.SiteSettings": "the organisation's own address and email, not a person's",
    "wagtailcore.Page": "the editor who owns or locked a page: staff, whose erasure is refused",
    "wagtailcore.Revision": "who saved a revision: staff, or a member writing their "
    "authority's practice (the practice is the authority's; the link goes with the user)",
    "wagtailcore.PageLogEntry": "the editor of a page's history: staff",
    "wagtailcore.ModelLogEntry": "who did an action in a history: staff, or a member "
    "submitting a practice (the link goes with the user); a profile's moderation goes with "
    "the profile",
    "wagtailcore.Comment": "an editor's comment on a page: staff",
    "wagtailcore.CommentReply": "an editor's reply to a comment: staff",
    "wagtailcore.PageSubscription": "an editor's notification settings: staff",
    "wagtailcore.WorkflowState": "who asked for a review: staff, or a member submitting "
    "their authority's practice (the link goes with the user)",
    "wagtailcore.TaskState": "the moderator who acted: staff",
    "wagtailcore.UploadedFile": "a staff member's upload in progress",
    "wagtailusers.UserProfile": "admin preferences, deleted with the user",
    "wagtailimages.Image": "who uploaded an image: staff",
    "pages.SiteImage": "who uploaded an image: staff",
    "wagtaildocs.Document": "who uploaded a document: staff",
    "wagtailadmin.EditingSession": "an editor's open editing session: staff",
    "admin.LogEntry": "Django admin's history, unused on this site: staff",
}
