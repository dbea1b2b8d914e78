"""Build the demo practice exchange: the practices page in the network's menu group, and the
twelve stories of ``stories.py`` told by five cities each, sixty practices.

Most practices are published in bulk (``practices.bulk``). Those of ``content.REVIEWS`` go
through the review as members and staff do: a revision saved by their author, submitted,
then approved, sent back with a comment or declined by a Moderator (``review.py`` and the
review task), so that the demo has a practice at every stage with the history behind it.
The sign-in accounts of ``manage.py demo_accounts`` write the practices of their authorities
(Paris and Rome), which are at every stage between them.

The practices are made once: while one of them exists, a rerun only updates the page, so
that it neither doubles them nor replays their review.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone, translation

from background.models import OutgoingEmail
from members.management.commands.demo_accounts import PEOPLE, largest_active
from members.models import MemberAccount, MemberAuthority, MemberDirectoryPage
from pages.caching import page_cache_emptied_once
from pages.demo.builder import upsert_page
from practices import review
from practices.bulk import NewPractice, add_practices
from practices.demo import content
from practices.demo.texts import Story, stories
from practices.models import EVIDENCE, Practice, PracticeLibraryPage, PracticeText

TRANSLATED_INTO = ("en", "fr")  # the other cities' practices are also read in these
CLAIMED_BY_OTHERS = 2  # the most evidence a city telling a story again claims
SHORT_LIVED = 3  # the fourth city of a story ran it for two years only
REVIEWERS = "Moderators"
Theme = Practice.themes.field.related_model


@transaction.atomic
def build_demo_practices(home) -> None:
    with translation.override(settings.LANGUAGE_CODE), page_cache_emptied_once():
        build_page(home)
        if Practice.objects.filter(slug__in=tellings()).exists():
            return
        cities = {c for story in stories() for c in (*story.cities, *story.adapted_by)}
        authorities = MemberAuthority.objects.in_bulk(cities, field_name="slug")
        accounts = author_accounts(authorities)
        themes = dict(Theme.objects.values_list("slug", "pk"))
        add_practices(
            [
                planned(story, number, authorities, accounts, themes)
                for story in stories()
                for number in range(len(story.cities))
            ]
        )
        replay_reviews(accounts)


def build_page(home) -> PracticeLibraryPage:
    """The practices page, placed right after the member directory when it is made."""
    made = PracticeLibraryPage.objects.exists()
    page = upsert_page(home, PracticeLibraryPage, content.PRACTICES_PAGE)
    directory = MemberDirectoryPage.objects.child_of(home).first()
    if not made and directory is not None:
        page.move(directory, pos="right")
    return page


def tellings() -> dict[str, tuple[Story, str]]:
    """Each demo practice's slug, with its story and city (an authority's slug)."""
    return {slug_of(story, city): (story, city) for story in stories() for city in story.cities}


def slug_of(story: Story, city: str) -> str:
    return f"{story.key}-{city}"


def planned(
    story: Story, number: int, authorities: dict, accounts: dict, themes: dict[str, int]
) -> NewPractice:
    """The story as its ``number``-th city tells it: the first as the story has it, the others
    later and claiming less evidence."""
    city = story.cities[number]
    authority, account = authorities[city], accounts.get(city)
    slug = slug_of(story, city)
    first = number == 0
    evidence = story.evidence if first else min(story.evidence, CLAIMED_BY_OTHERS)
    started_in = min(story.started_in + number, timezone.localdate().year)
    ended_in = story.ended_in if first else ended(started_in, number)
    texts = texts_of(story, authority, first, evidence)
    practice = Practice(
        authority=authority,
        slug=slug,
        original_language=texts[0].language,
        started_in=started_in,
        ended_in=ended_in,
        status=Practice.Status.FINISHED if ended_in else Practice.Status.RUNNING,
        access=Practice.Access.MEMBERS if story.members_only else Practice.Access.PUBLIC,
        contact=account,
        live=slug not in content.REVIEWS,
        **{criterion.field: level < evidence for level, criterion in enumerate(EVIDENCE)},
    )
    for text in texts:
        for field in content.REVIEWS.get(slug, {}).get("empty", ()):
            setattr(text, field, "")
    return NewPractice(
        practice,
        texts,
        themes=[themes[theme] for theme in story.themes if theme in themes],
        adapted_by=[authorities[other].pk for other in story.adapted_by] if first else [],
        author_id=account.user_id if account else None,
    )


def texts_of(
    story: Story, authority: MemberAuthority, first: bool, evidence: int
) -> list[PracticeText]:
    """The texts of the story as ``authority`` tells it, the original first: the first city
    in every language of the story, the others in their own (or else the story's) and in
    English and French where the story has them."""
    language = content.COUNTRY_LANGUAGES.get(authority.country.code, "en")
    original = language if language in story.texts else story.original
    languages = story.languages if first else [original, *TRANSLATED_INTO]
    ordered = [original, *(code for code in story.languages if code != original)]
    return [
        PracticeText(language=code, **story.text(code, city_in(authority, code), evidence))
        for code in ordered
        if code in languages
    ]


def ended(started_in: int, number: int) -> int | None:
    if number == SHORT_LIVED and started_in + 2 < timezone.localdate().year:
        return started_in + 2
    return None


def city_in(authority: MemberAuthority, language: str) -> str:
    return getattr(authority, f"city_{language}") or authority.city_en


def author_accounts(authorities: dict[str, MemberAuthority]) -> dict[str, MemberAccount]:
    """The member accounts writing the practices, by their authority's slug: the people of
    ``content.AUTHORS``, and the demo's sign-in people for their authorities."""
    people = {city: person for city, person in content.AUTHORS.items() if city in authorities}
    for first, last, language, country in PEOPLE:
        authority = largest_active(country) if country else None
        if authority is not None and authority.slug in authorities:
            people[authority.slug] = (first, last, f"{first}.{last}@example.org".lower(), language)
    return {city: member_account(authorities[city], *person) for city, person in people.items()}


def member_account(authority, first: str, last: str, email: str, language: str):
    user = person(first, last, email)
    account, _created = MemberAccount.objects.get_or_create(
        user=user, defaults={"authority": authority, "language": language}
    )
    return account


def person(first: str, last: str, email: str, **fields):
    """The user signing in with ``email``; a new one has no password until reset."""
    user, created = get_user_model().objects.get_or_create(
        username=email, defaults={"email": email, "first_name": first, "last_name": last, **fields}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def reviewer():
    """The member of the Efus team who reviews the demo practices."""
    user = person(*content.REVIEWER, is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


def replay_reviews(accounts: dict[str, MemberAccount]) -> None:
    staff = reviewer()
    told = tellings()
    with review_emails_held_back():
        for slug, review_of in content.REVIEWS.items():
            story, city = told[slug]
            practice_id = Practice.objects.get(slug=slug).pk
            empty = review_of.get("empty", ())
            Replay(practice_id, story, accounts[city].user, staff, empty).run(review_of["steps"])


@contextmanager
def review_emails_held_back():
    """The reviews the demo replays happened before: nobody hears of them again. What they
    would send is taken out of the outbox, sent nowhere."""
    last = OutgoingEmail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with override_settings(EMAIL_DELIVERY_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        yield
    OutgoingEmail.objects.filter(pk__gt=last).delete()


@dataclass
class Replay:
    """A practice's way through the review, step by step (``content.REVIEWS``): its author
    submits, completes and edits it, the reviewer approves, rejects or declines it."""

    practice_id: int
    story: Story
    author: AbstractBaseUser
    reviewer: AbstractBaseUser
    empty: tuple[str, ...]

    def run(self, steps) -> None:
        self.practice().save_revision(user=self.author)
        for name, *argument in steps:
            getattr(self, name)(self.practice(), *argument)

    def practice(self) -> Practice:
        return Practice.objects.get(pk=self.practice_id)

    def submit(self, practice: Practice) -> None:
        review.submit(practice, self.author)

    def approve(self, practice: Practice) -> None:
        self.act(practice, "approve", "")

    def reject(self, practice: Practice, comment: dict[str, str]) -> None:
        self.act(practice, "reject", comment[practice.original_language])

    def decline(self, practice: Practice, comment: dict[str, str]) -> None:
        self.act(practice, "decline", comment[practice.original_language])

    def act(self, practice: Practice, action: str, comment: str) -> None:
        task_state = practice.current_workflow_task_state
        task_state.task.specific.on_action(task_state, self.reviewer, action, comment=comment)

    def complete(self, practice: Practice) -> None:
        """The fields left empty, filled in as the story has them."""
        city = practice.authority
        self.change(
            practice,
            lambda text: {
                field: self.story.text(text.language, city_in(city, text.language), 0)[field]
                for field in self.empty
            },
        )

    def edit(self, practice: Practice, additions: dict[str, dict[str, str]]) -> None:
        """Sentences added to the end of fields, in the texts of their language."""
        self.change(
            practice,
            lambda text: {
                field: f"{getattr(text, field)} {sentence}"
                for field, sentence in additions.get(text.language, {}).items()
            },
        )

    def change(self, practice: Practice, changes) -> None:
        """A new revision of ``practice``, each text changed as ``changes(text)`` says."""
        draft = practice.get_latest_revision_as_object()  # the practice itself when live
        texts = list(draft.texts.all())
        for text in texts:
            for field, value in changes(text).items():
                setattr(text, field, value)
        draft.texts = texts  # held in the draft, not saved: the revision carries them
        draft.save_revision(user=self.author)
