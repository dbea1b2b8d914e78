"""Practices in bulk, for scale tests, benchmarks and the demo.

Saving a practice as Wagtail does (a revision, then its publication) takes a few dozen
queries; thousands that way take minutes. ``add_practices`` inserts the rows of many at once:
the practices, their texts, themes and adaptations, and for the live ones the revision Wagtail
would have published, as their ``latest_revision`` and ``live_revision`` (the admin's editor
opens the latest revision, and the review starts from it). It writes no log entries (the
admin's history of these practices starts with their next change) and sends no signals: the
page cache is emptied once, their translations' statuses are measured at once, and the
caller indexes the practices for search.

``create_bulk_practices`` (``manage.py load_bulk_practices``) tells the demo's stories again
for the existing member authorities, in one to three languages each.
"""

import json
import random
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models.functions import Cast, Substr
from django.utils import timezone, translation
from modelcluster.models import get_all_child_relations, get_serializable_data_for_fields
from wagtail.models import Revision

from members.demo.bulk import create_bulk_members
from members.models import MemberAuthority
from pages.bulk import copy_rows, refresh_statistics, reserve_ids
from pages.caching import page_cache_emptied_once
from pages.translation_status import refresh_statuses
from practices.demo.content import COUNTRY_LANGUAGES
from practices.demo.texts import Story, stories
from practices.models import EVIDENCE, Adaptation, Practice, PracticeText
from search.indexing import reindex

BATCH_SIZE = 1000  # practices per INSERT (their links, two numbers each, go in at once)
SLUG_PREFIX = "bulk-"
MIN_AUTHORITIES = 20
LOCAL_STORY_SHARE = 0.8  # how often a story is one first told in the authority's language
MEMBERS_SHARE = 0.2
FINISHED_SHARE = 0.3
FIRST_YEAR = 2005
EVIDENCE_WEIGHTS = (10, 30, 30, 20, 10)  # of levels 0 to 4
Theme = Practice.themes.field.related_model


@dataclass
class NewPractice:
    """A practice to insert: its row, its texts, the primary keys of its themes and of the
    authorities that adapted it, and the user its revision is credited to."""

    practice: Practice
    texts: list[PracticeText]
    themes: list[int] = field(default_factory=list)
    adapted_by: list[int] = field(default_factory=list)
    author_id: int | None = None
    adaptations: list[Adaptation] = field(default_factory=list)  # once inserted

    @property
    def title(self) -> str:
        """Its original text's title, what Wagtail names it by."""
        original = self.practice.original_language
        return next(text.title for text in self.texts if text.language == original)


TEXT_FIELDS = [f.name for f in PracticeText._meta.concrete_fields]
REVISION_FIELDS = [
    "id", "content_type", "base_content_type", "object_id", "created_at", "user", "object_str",
    "content",
]  # fmt: skip


@transaction.atomic
def add_practices(new: list[NewPractice]) -> list[Practice]:
    """Insert ``new`` practices (unsaved); the live ones as published now, with their
    revision. The others are left for the caller to save a revision of."""
    live = [item for item in new if item.practice.live]
    now = timezone.now()
    for item, revision_id in zip(live, reserve_ids(Revision, len(live)), strict=True):
        item.practice.latest_revision_id = item.practice.live_revision_id = revision_id
        item.practice.first_published_at = item.practice.last_published_at = now
    with page_cache_emptied_once():
        practices = Practice.objects.bulk_create([item.practice for item in new], BATCH_SIZE)
        add_texts(new)
        add_themes(new)
        add_adaptations(new)
        content_type = ContentType.objects.get_for_model(Practice)
        copy_rows(
            Revision,
            REVISION_FIELDS,
            (
                (
                    item.practice.live_revision_id,
                    content_type.pk,
                    content_type.pk,
                    str(item.practice.pk),
                    now,
                    item.author_id,
                    item.title,
                    json.dumps(revision_content(item), cls=DjangoJSONEncoder),
                )  # fmt: skip
                for item in live
            ),
        )
        refresh_statuses(Practice.objects.filter(pk__in=[practice.pk for practice in practices]))
    return practices


def add_texts(new: list[NewPractice]) -> None:
    texts = [text for item in new for text in item.texts]
    for item in new:
        for text in item.texts:
            text.practice = item.practice
    for text, pk in zip(texts, reserve_ids(PracticeText, len(texts)), strict=True):
        text.pk = pk
    copy_rows(PracticeText, TEXT_FIELDS, (values(text, TEXT_FIELDS) for text in texts))


def add_themes(new: list[NewPractice]) -> None:
    links = Practice.themes.through
    links.objects.bulk_create(
        [links(practice_id=item.practice.pk, theme_id=t) for item in new for t in item.themes]
    )


def add_adaptations(new: list[NewPractice]) -> None:
    for item in new:
        item.adaptations = [
            Adaptation(practice=item.practice, authority_id=authority, sort_order=order)
            for order, authority in enumerate(item.adapted_by)
        ]
    Adaptation.objects.bulk_create([a for item in new for a in item.adaptations])


def values(obj: models.Model, fields: list[str]) -> tuple:
    return tuple(getattr(obj, obj._meta.get_field(name).attname) for name in fields)


def revision_content(item: NewPractice) -> dict:
    """What ``save_revision`` stores (modelcluster's ``serializable_data``: the practice's
    fields, its child rows and its themes), made from the rows in hand instead of queries."""
    practice = item.practice
    children = {"texts": item.texts, "adaptations": item.adaptations, "images": [], "files": []}
    content = get_serializable_data_for_fields(practice)
    for relation in get_all_child_relations(practice):
        name = relation.get_accessor_name()
        content[name] = [get_serializable_data_for_fields(child) for child in children[name]]
    content["themes"] = item.themes
    return content


def next_number() -> int:
    """The number after the highest ``bulk-<n>`` slug, so that reruns add new rows."""
    highest = (
        Practice.objects.filter(slug__regex=rf"^{SLUG_PREFIX}[0-9]+$")
        .annotate(number=Cast(Substr("slug", len(SLUG_PREFIX) + 1), models.IntegerField()))
        .aggregate(highest=models.Max("number"))["highest"]
    )
    return (highest or 0) + 1


@dataclass(frozen=True)
class Place:
    """A member authority as a practice needs it: its key, language and city in each."""

    pk: int
    language: str
    cities: dict[str, str]


def places() -> list[Place]:
    codes = [code for code, _name in settings.LANGUAGES]
    columns = [f"city_{code}" for code in codes]
    return [
        Place(
            row["pk"],
            COUNTRY_LANGUAGES.get(row["country"], "en"),
            {code: row[f"city_{code}"] or row["city_en"] for code in codes},
        )
        for row in MemberAuthority.objects.values("pk", "country", *columns)
    ]


def story_for(place: Place, rng: random.Random, all_stories: tuple[Story, ...]) -> Story:
    local = [story for story in all_stories if story.original == place.language]
    if local and rng.random() < LOCAL_STORY_SHARE:
        return rng.choice(local)
    return rng.choice(all_stories)


def bulk_practice(
    number: int, rng: random.Random, authorities: list[Place], themes: dict[str, int], year: int
) -> NewPractice:
    """A live practice of a random authority: a story told again in one to three of its
    languages, with varied years, status, access and evidence."""
    place = rng.choice(authorities)
    story = story_for(place, rng, stories())
    others = [code for code in story.languages if code != story.original]
    languages = [story.original, *rng.sample(others, rng.randint(0, min(2, len(others))))]
    level = rng.choices(range(len(EVIDENCE_WEIGHTS)), weights=EVIDENCE_WEIGHTS)[0]
    others_adapting = [a.pk for a in rng.sample(authorities, 3) if a is not place][:2]
    adapted_by = others_adapting if level == len(EVIDENCE) else []
    started_in = rng.randint(FIRST_YEAR, year)
    finished = started_in < year and rng.random() < FINISHED_SHARE
    practice = Practice(
        authority_id=place.pk,
        slug=f"{SLUG_PREFIX}{number}",
        original_language=story.original,
        started_in=started_in,
        ended_in=rng.randint(started_in + 1, year) if finished else None,
        status=Practice.Status.FINISHED if finished else Practice.Status.RUNNING,
        access=Practice.Access.MEMBERS if rng.random() < MEMBERS_SHARE else Practice.Access.PUBLIC,
        live=True,
        **{criterion.field: index < level for index, criterion in enumerate(EVIDENCE)},
    )
    texts = [
        PracticeText(language=code, **story.text(code, place.cities[code], level))
        for code in languages
    ]
    return NewPractice(
        practice,
        texts,
        themes=[themes[slug] for slug in story.themes if slug in themes],
        adapted_by=adapted_by,
    )


def create_bulk_practices(count: int, seed: int = 0) -> int:
    """Insert ``count`` live practices with slugs ``bulk-<n>``, over the member authorities
    (adding synthetic ones when there are fewer than ``MIN_AUTHORITIES``); return how many."""
    if count <= 0:
        return 0
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    missing = MIN_AUTHORITIES - MemberAuthority.objects.count()
    if missing > 0:
        create_bulk_members(missing, seed=seed)
    authorities = places()
    themes = dict(Theme.objects.values_list("slug", "pk"))
    year = timezone.localdate().year
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        start = next_number()
        new = [bulk_practice(start + n, rng, authorities, themes, year) for n in range(count)]
        practices = add_practices(new)
        # Their search entries, through the practices' source in ``search.registry``.
        reindex(Practice.objects.filter(pk__in=[practice.pk for practice in practices]))
    # Their texts and revisions, long to sample, are left to autovacuum.
    refresh_statistics(Practice, Practice.themes.through, Adaptation)
    return len(practices)
