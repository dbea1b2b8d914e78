"""Synthetic member authorities in bulk, for scale tests and benchmarks.

They are valid members spread over the demo's countries and cities (so that the map keeps a
bounded number of dots), described in English only, and never on the executive committee.
"""

import random

from django.conf import settings
from django.db import models, transaction
from django.db.models.functions import Cast, Substr
from django.utils import translation

from members.demo import content
from members.demo.builder import authority
from members.demo.descriptions import describe
from members.demo.places import Place, local_places
from members.models import Kind, MemberAuthority, NationalForum
from pages.bulk import refresh_statistics
from pages.caching import page_cache_emptied_once
from pages.translation_status import refresh_statuses
from search.indexing import reindex
from search.models import SearchEntry

BATCH_SIZE = 2000
SLUG_PREFIX = "bulk-"
FORMER_SHARE = 0.04
# Kinds with their weights, and the word each one adds to a synthetic member's name.
KINDS = {
    Kind.LOCAL: (88, "Borough"),
    Kind.REGIONAL: (4, "Region"),
    Kind.NATIONAL: (1, "Agency"),
    Kind.NGO: (4, "Association"),
    Kind.RESEARCH: (3, "Institute"),
}


def next_number() -> int:
    """The number after the highest ``bulk-<n>`` slug, so that reruns add new rows."""
    highest = (
        MemberAuthority.objects.filter(slug__regex=rf"^{SLUG_PREFIX}[0-9]+$")
        .annotate(number=Cast(Substr("slug", len(SLUG_PREFIX) + 1), models.IntegerField()))
        .aggregate(highest=models.Max("number"))["highest"]
    )
    return (highest or 0) + 1


def bulk_member(
    number: int, rng: random.Random, places: list[Place], forums: dict[str, NationalForum]
) -> MemberAuthority:
    city = rng.choice(places)
    kind = rng.choices(list(KINDS), weights=[weight for weight, _word in KINDS.values()])[0]
    active = rng.random() >= FORMER_SHARE
    member = authority(kind, f"{city.name} {KINDS[kind][1]} {number}", city)
    member.slug = f"{SLUG_PREFIX}{number}"
    member.website = f"https://www.example.org/{SLUG_PREFIX}{number}"
    member.member_since = rng.randint(content.FIRST_YEAR, content.LAST_YEAR)
    member.status = MemberAuthority.Status.ACTIVE if active else MemberAuthority.Status.FORMER
    member.national_forum = forums.get(city.country) if active else None
    member.description_en = describe(member, "en")
    return member


def create_bulk_members(count: int, seed: int = 0) -> int:
    """Insert ``count`` synthetic authorities with slugs ``bulk-<n>``; return how many."""
    if count <= 0:
        return 0
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    places = local_places()
    forums = {forum.country.code: forum for forum in NationalForum.objects.all()}
    with (
        translation.override(settings.LANGUAGE_CODE),
        transaction.atomic(),
        page_cache_emptied_once(),
    ):
        start = next_number()
        members = [bulk_member(start + n, rng, places, forums) for n in range(count)]
        MemberAuthority.objects.bulk_create(members, batch_size=BATCH_SIZE)
        added = MemberAuthority.objects.filter(pk__range=(members[0].pk, members[-1].pk))
        reindex(added)
        refresh_statuses(added)
    refresh_statistics(MemberAuthority, SearchEntry)
    return len(members)
