"""Build (or bring up to date) the demo members: forums, authorities and their two pages.

Every run gives the same data: members are matched by their slug, forums by their country
and pages by their English slug, so that rerunning ``manage.py load_demo`` updates rows in
place and never duplicates them.
"""

import random

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from members.demo import content
from members.demo.descriptions import describe
from members.demo.places import Place, place
from members.models import JoinPage, Kind, MemberAuthority, MemberDirectoryPage, NationalForum
from pages.demo.builder import translated, upsert_page
from pages.demo.images import badge, save_image
from pages.translation_status import refresh_statuses

LANGUAGES = [code for code, _name in settings.LANGUAGES]
Role = MemberAuthority.CommitteeRole
LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe"}
)
# Every column the demo sets; the untranslated ``city`` and ``description`` columns hold the
# English text.
MEMBER_FIELDS = [
    "name", "kind", "country", "city", *(f"city_{code}" for code in LANGUAGES), "latitude",
    "longitude", "population", "website",
    "logo", "member_since", "status", "national_forum", "committee_role", "committee_since",
    "description", *(f"description_{code}" for code in LANGUAGES),
]  # fmt: skip


def upsert_forums() -> dict[str, NationalForum]:
    """The six national forums, by country code."""
    forums = {}
    for forum in content.NATIONAL_FORUMS:
        about = {code: f"{forum['about'][code]} {content.FORUM_ROLE[code]}" for code in LANGUAGES}
        forums[forum["country"]], _created = NationalForum.objects.update_or_create(
            country=forum["country"],
            defaults={
                "name": forum["name"]["en"],
                "description": about["en"],
                "website": forum["website"],
                **translated("name", forum["name"]),
                **translated("description", about),
            },
        )
    return forums


def authority(kind: str, name: str, city: Place) -> MemberAuthority:
    return MemberAuthority(
        kind=kind,
        name=name,
        country=city.country,
        city=city.name,
        **translated("city", city.names),
        latitude=city.latitude,
        longitude=city.longitude,
        population=city.population if kind == Kind.LOCAL else None,
    )


def planned_authorities() -> list[MemberAuthority]:
    """Every demo authority with its place, local authorities first, in a stable order."""
    members = [
        authority(Kind.LOCAL, city.name, city)
        for country, names in content.LOCAL_AUTHORITIES.items()
        for city in (place(country, name) for name in names)
    ]
    members += [
        authority(kind, name, place(country, city))
        for kind, country, name, city in content.OTHER_AUTHORITIES
    ]
    return members


def slug_for(name: str) -> str:
    """The name in ASCII, including the letters that have no accent to drop (Łódź → lodz)."""
    return slugify(name.translate(LETTERS))


def give_slugs(members: list[MemberAuthority]) -> None:
    """A slug from each name, made unique with the country code, then a number."""
    taken = set()
    for member in members:
        slug = slug_for(member.name)
        if slug in taken:
            slug = f"{slug}-{member.country.code.lower()}"
        number = 2
        while slug in taken:
            slug, number = f"{slug_for(member.name)}-{number}", number + 1
        taken.add(slug)
        member.slug = slug
        member.website = f"https://www.example.org/{slug}"


def give_membership(members: list[MemberAuthority], rng: random.Random) -> None:
    """Membership years, and a few local authorities that have left the network."""
    for member in members:
        member.member_since = rng.randint(content.FIRST_YEAR, content.LAST_YEAR)
        member.status = MemberAuthority.Status.ACTIVE
    local = [member for member in members if member.kind == Kind.LOCAL]
    for member in rng.sample(local, content.FORMER_COUNT):
        member.status = MemberAuthority.Status.FORMER


def give_committee(members: list[MemberAuthority], rng: random.Random) -> None:
    """An executive committee of active local authorities: a president, vice-presidents and
    members, each on the committee since a year when it was already a member."""
    for member in members:
        member.committee_role, member.committee_since = "", None
    candidates = [m for m in members if m.kind == Kind.LOCAL and m.is_active]
    committee = rng.sample(candidates, content.COMMITTEE_SIZE)
    roles = [Role.PRESIDENT] + [Role.VICE_PRESIDENT] * content.VICE_PRESIDENTS
    for position, member in enumerate(committee):
        member.committee_role = roles[position] if position < len(roles) else Role.MEMBER
        member.committee_since = rng.randint(
            max(member.member_since, content.COMMITTEE_FROM), content.LAST_YEAR
        )


def give_forums(members: list[MemberAuthority], forums: dict[str, NationalForum]) -> None:
    for member in members:
        member.national_forum = forums.get(member.country.code) if member.is_active else None


def give_descriptions(members: list[MemberAuthority]) -> None:
    for member in members:
        for code in LANGUAGES:
            setattr(member, f"description_{code}", describe(member, code))


def give_logos(members: list[MemberAuthority]) -> None:
    """A drawn logo for the largest active local authorities with a short name."""
    for member in members:
        member.logo = None
    candidates = [m for m in members if m.kind == Kind.LOCAL and m.is_active and len(m.name) <= 12]
    candidates.sort(key=lambda m: (-m.population, m.slug))
    for member in candidates[: content.LOGO_COUNT]:
        alt = {code: text.format(name=member.name) for code, text in content.LOGO_ALT.items()}
        member.logo = save_image(f"Logo {member.name}", badge(600, 200, member.name), alt)


def save_authorities(members: list[MemberAuthority]) -> None:
    """Insert the new authorities and update the existing ones, matched by slug."""
    existing = dict(
        MemberAuthority.objects.filter(slug__in=[m.slug for m in members]).values_list("slug", "pk")
    )
    for member in members:
        member.pk = existing.get(member.slug)
    MemberAuthority.objects.bulk_create([m for m in members if m.pk is None])
    MemberAuthority.objects.rewrite(False).bulk_update(
        [m for m in members if m.slug in existing], MEMBER_FIELDS, batch_size=500
    )
    refresh_statuses(MemberAuthority.objects.filter(pk__in=[m.pk for m in members]))


def build_authorities(forums: dict[str, NationalForum]) -> list[MemberAuthority]:
    rng = random.Random(content.SEED)  # noqa: S311 - illustrative data, not security
    members = planned_authorities()
    give_slugs(members)
    give_membership(members, rng)
    give_committee(members, rng)
    give_forums(members, forums)
    give_descriptions(members)
    give_logos(members)
    save_authorities(members)
    return members


def build_pages(home) -> None:
    upsert_page(home, MemberDirectoryPage, content.DIRECTORY_PAGE)
    join = content.JOIN_PAGE
    upsert_page(
        home,
        JoinPage,
        join,
        **translated("conditions", join["conditions"]),
        **translated("benefits", join["benefits"]),
        **translated("thank_you", join["thank_you"]),
    )


@transaction.atomic
def build_demo_members(home) -> None:
    """The demo's national forums, 250 member authorities, the directory and the join page."""
    with translation.override(settings.LANGUAGE_CODE):
        forums = upsert_forums()
        build_authorities(forums)
        build_pages(home)
