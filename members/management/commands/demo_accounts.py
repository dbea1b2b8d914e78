import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from members.demo.bulk import SLUG_PREFIX as BULK_PREFIX
from members.models import Kind, MemberAccount, MemberAuthority

PASSWORD_FILE = settings.BASE_DIR / "var" / "member-password.txt"
Status = MemberAuthority.Status
# Two people of active authorities in different countries, one of a former authority:
# (first name, last name, language of their emails, country of an active authority or None).
PEOPLE = (
    ("Camille", "Moreau", "fr", "FR"),
    ("Giulia", "Romano", "it", "IT"),
    ("Jonas", "Becker", "de", None),
)
# The first is her authority's contact person: she may invite colleagues.
CONTACT = "camille.moreau@example.org"


def demo_authorities():
    return MemberAuthority.objects.exclude(slug__startswith=BULK_PREFIX)


def largest_active(country: str) -> MemberAuthority | None:
    return (
        demo_authorities()
        .active()
        .filter(country=country, kind=Kind.LOCAL)
        .order_by("-population", "slug")
        .first()
    )


def former_authority() -> MemberAuthority | None:
    """A former member; when there is none, the smallest active local authority without a
    committee seat leaves the network."""
    former = demo_authorities().filter(status=Status.FORMER).order_by("slug").first()
    if former is not None:
        return former
    leaving = (
        demo_authorities()
        .active()
        .filter(kind=Kind.LOCAL, committee_role="")
        .order_by("population", "slug")
        .first()
    )
    if leaving is not None:
        leaving.status, leaving.national_forum = Status.FORMER, None
        leaving.save()
    return leaving


def upsert_person(first: str, last: str, language: str, authority, password: str) -> str:
    """The person's user (signing in with their email) and member account; returns the email."""
    email = f"{first}.{last}@example.org".lower()
    user, _created = get_user_model().objects.get_or_create(
        username=email, defaults={"email": email}
    )
    user.email, user.first_name, user.last_name = email, first, last
    user.is_active, user.is_staff, user.is_superuser = True, False, False
    user.set_password(password)
    user.save()
    MemberAccount.objects.update_or_create(
        user=user,
        defaults={"authority": authority, "language": language, "is_contact": email == CONTACT},
    )
    return email


def sign_in_url() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.WAGTAILADMIN_BASE_URL + reverse("account_login")


def ensure_accounts() -> tuple[str, list[tuple[str, MemberAuthority]]]:
    """The demo people's accounts exist with the password kept in var/: returns that password
    and each person's email and authority."""
    PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
    if not PASSWORD_FILE.exists():
        PASSWORD_FILE.write_text(secrets.token_urlsafe(12))
    password = PASSWORD_FILE.read_text().strip()
    people = []
    for first, last, language, country in PEOPLE:
        authority = largest_active(country) if country else former_authority()
        if authority is None:
            raise CommandError("No demo member authorities: run `manage.py load_demo` first.")
        people.append((upsert_person(first, last, language, authority, password), authority))
    return password, people


def standing(email: str, authority: MemberAuthority) -> str:
    if not authority.is_active:
        return "former member, no access"
    return "member, contact of the authority" if email == CONTACT else "member"


class Command(BaseCommand):
    help = (
        "Make sure the demo member accounts exist (two of active authorities, one of a former "
        "one) and print how to sign in with them."
    )

    def handle(self, *args, **options):
        password, people = ensure_accounts()
        sign_in = sign_in_url()
        for email, authority in people:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Member account ({authority.name}, {authority.country.name}, "
                    f"{standing(email, authority)}): {sign_in}  email: {email}  "
                    f"password: {password}"
                )
            )
