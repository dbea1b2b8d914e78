"""A practice as its authors write it in the members' area.

Creating a practice saves its rows, not live, and a first revision. Every later change (its
facts, a text, an attachment) is a new revision built on the latest one, as Wagtail's own
editor does: a published practice keeps what visitors read until staff approve the change
(``review.py``), and the members' area reads what is being written from that revision
(``working_copy``). An image's description in each language is written with the text in
that language and kept with the practice's image (``PracticeImage.alt_texts``). A file taken
off the practice is deleted once no live or pending version uses it (``attachments.discard``;
publishing discards what the published version no longer shows).
"""

from dataclasses import dataclass

from django.db import models, transaction
from django.utils.text import slugify
from wagtail.models import WorkflowState

from pages.models.base import LANGUAGE_CODES
from pages.uploads import Upload, store_image
from practices.attachments import IMAGES_COLLECTION, KINDS, discard, store_document
from practices.models import Practice, PracticeFile, PracticeImage, PracticeText

# The slug's length before a "-2", "-3"… that makes it unique (the field holds 100).
SLUG_LENGTH = 90


def working_copy(practice: Practice) -> Practice:
    """What its authors last saved: its latest revision, or its rows when no change waits."""
    return practice.get_latest_revision_as_object()


def unique_slug(title: str) -> str:
    base = slugify(title)[:SLUG_LENGTH].strip("-") or "practice"
    taken = set(Practice.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def create(practice: Practice, original: PracticeText, themes, user) -> Practice:
    """Save a new practice, not live, with its original text, and its first revision."""
    practice.slug = unique_slug(original.title)
    practice.live = False
    practice.themes = themes
    original.language = practice.original_language
    practice.texts = [original]
    practice.save()
    practice.save_revision(user=user, log_action="wagtail.create")
    return practice


def keep(copy: Practice, user) -> None:
    """Save the working copy ``copy``, as changed, as the practice's latest revision."""
    copy.__dict__.pop("texts_by_language", None)  # the title in the revision's name
    copy.save_revision(user=user, log_action=True)


def save_original(
    copy: Practice, original: PracticeText, language_before: str, alt_texts: dict, user
) -> None:
    """Keep ``copy`` with ``original`` as its original text and ``alt_texts`` (by image key)
    as its images' descriptions, in its original language (which may have changed from
    ``language_before``: the descriptions move with the text)."""
    original.language = copy.original_language
    copy.texts = [
        *(t for t in copy.texts.all() if t.language not in (language_before, original.language)),
        original,
    ]
    if original.language != language_before:
        moved = {item.image_id: item.alt_text(language_before) for item in copy.images.all()}
        describe_images(copy, language_before, dict.fromkeys(moved, ""))
        describe_images(copy, original.language, moved)
    describe_images(copy, original.language, alt_texts)
    keep(copy, user)


def save_translation(copy: Practice, text: PracticeText, alt_texts: dict, user) -> None:
    """Keep ``copy`` with the translation ``text`` and ``alt_texts`` (by image key), its
    images' descriptions in that language."""
    copy.texts = [*(t for t in copy.texts.all() if t.language != text.language), text]
    describe_images(copy, text.language, alt_texts)
    keep(copy, user)


def remove_translation(copy: Practice, language: str, user) -> None:
    """Keep ``copy`` without its text in ``language``, nor its images' descriptions in it."""
    copy.texts = [t for t in copy.texts.all() if t.language != language]
    describe_images(copy, language, {item.image_id: "" for item in copy.images.all()})
    keep(copy, user)


def describe_images(copy: Practice, language: str, alt_texts: dict[int, str]) -> None:
    """Describe in ``language`` those of the copy's images that ``alt_texts`` names by key."""
    images = list(copy.images.all())
    for item in images:
        if item.image_id in alt_texts:
            item.alt_texts = {**item.alt_texts, language: alt_texts[item.image_id]}
    copy.images = images


def attach(copy: Practice, upload: Upload, title: str, language: str, user) -> None:
    """Store ``upload`` and add it to the practice: an image described by ``title`` in the
    practice's language, or a document titled ``title`` in ``language`` (or none)."""
    if upload.is_image:
        language = copy.original_language
        image = store_image(upload, title, language, IMAGES_COLLECTION)
        images = list(copy.images.all())
        added = PracticeImage(image=image, sort_order=len(images), alt_texts={language: title})
        copy.images = [*images, added]
    else:
        document = store_document(upload, title)
        files = list(copy.files.all())
        copy.files = [
            *files,
            PracticeFile(document=document, language=language, sort_order=len(files)),
        ]
    keep(copy, user)


@transaction.atomic
def detach(copy: Practice, kind_name: str, file_id: int, user) -> bool:
    """Take the image or document ``file_id`` off the practice, deleting it unless a live
    or pending version still uses it; False when the practice has none."""
    kind = KINDS[kind_name]
    attached = list(getattr(copy, kind.relation).all())
    kept = [item for item in attached if getattr(item, f"{kind.field}_id") != file_id]
    if len(kept) == len(attached):
        return False
    setattr(copy, kind.relation, kept)
    keep(copy, user)
    discard(kind_name, [file_id])
    return True


@dataclass(frozen=True)
class Written:
    """A practice as its authority's list shows it: its title in its original language
    (``language``) and the languages it is written in, as its authors last saved them."""

    practice: Practice
    title: str
    language: str
    languages: list[str]


def as_written(practice: Practice) -> Written:
    """Read from the latest revision's data without building the practice again (which
    costs queries): with ``latest_revision`` selected and ``texts`` prefetched, none."""
    if practice.has_unpublished_changes and practice.latest_revision is not None:
        content = practice.latest_revision.content
        titles = {text["language"]: text["title"] for text in content.get("texts", [])}
        original = content.get("original_language", practice.original_language)
    else:
        titles = {text.language: text.title for text in practice.texts.all()}
        original = practice.original_language
    languages = [code for code in LANGUAGE_CODES if code in titles]
    return Written(practice, titles.get(original) or practice.slug, original, languages)


def written_by(authority, limit: int | None = None) -> list[Written]:
    """The authority's practices, newest first, each with its stage ready (its review's
    state prefetched): four queries however many."""
    reviews = models.Prefetch(
        "workflow_states",
        queryset=WorkflowState.objects.active().select_related("current_task_state__task"),
        to_attr="_current_workflow_states",
    )
    practices = (
        Practice.objects.of_authority(authority)
        .select_related("latest_revision")
        .prefetch_related("texts", reviews)
    )
    return [as_written(practice) for practice in practices[:limit]]
