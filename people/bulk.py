"""People in bulk, for scale tests, benchmarks and the demo: users, their member accounts and
their profiles, each written with one ``bulk_create`` per table.

``add_people`` inserts the people it is given (``NewPerson``); ``create_bulk_people``
(``manage.py load_bulk_people``) makes up as many as asked over the active member
authorities, listed, with names of their country's language, a role, languages and themes.
The users have no usable password: they would choose one through a reset.
"""

import random
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from members.models import MemberAccount, MemberAuthority
from pages.bulk import refresh_statistics
from people.models import Profile
from themes.models import Theme

BATCH_SIZE = 2000
EMAIL_DOMAIN = "people.example.org"
# Names and the languages of the emails, by the language of the authority's country.
NAMES = {
    "fr": (
        ("Claire", "Julien", "Sophie", "Mathieu", "Amélie", "Karim", "Élodie", "Thomas"),
        ("Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "Roux", "Fontaine", "Mercier"),
    ),
    "de": (
        ("Anna", "Lukas", "Miriam", "Jan", "Sabine", "Felix", "Jürgen", "Leonie"),
        ("Müller", "Schmidt", "Weber", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf"),
    ),
    "it": (
        ("Francesca", "Marco", "Elena", "Davide", "Chiara", "Luca", "Sara", "Niccolò"),
        ("Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Conti"),
    ),
    "es": (
        ("Lucía", "Pablo", "Marta", "Sergio", "Nuria", "Álvaro", "Carmen", "Jordi"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Vidal"),
    ),
    "pt": (
        ("Ana", "João", "Mariana", "Tiago", "Beatriz", "Rui", "Sofia", "Gonçalo"),
        ("Silva", "Santos", "Ferreira", "Pereira", "Costa", "Oliveira", "Sousa", "Rodrigues"),
    ),
    "en": (
        ("Emma", "James", "Olivia", "Piotr", "Ingrid", "Lars", "Eva", "Niamh"),
        ("Smith", "Jansen", "Kowalski", "Andersson", "Novak", "Murphy", "Peeters", "Nielsen"),
    ),
}
COUNTRY_LANGUAGES = {
    "FR": "fr", "BE": "fr", "LU": "fr", "DE": "de", "AT": "de", "CH": "de", "IT": "it",
    "ES": "es", "PT": "pt",
}  # fmt: skip
ROLES = (
    "Head of crime prevention",
    "Urban security coordinator",
    "Deputy mayor for security",
    "Night-time economy officer",
    "Local prevention council coordinator",
    "Project manager, European affairs",
    "Youth and mediation officer",
    "Policy officer, public spaces",
)
ABOUT = (
    "I coordinate our local partnership for prevention and would gladly compare notes with "
    "cities working on {theme}."
)


@dataclass
class NewPerson:
    """A person to insert: their user's name and email, their authority and the language of
    their emails, and their profile."""

    first_name: str
    last_name: str
    email: str
    authority: MemberAuthority
    language: str = "en"
    role: str = ""
    about: str = ""
    languages: list[str] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)
    listed: bool = True


@transaction.atomic
def add_people(new: list[NewPerson]) -> list[Profile]:
    """Insert ``new`` people: a user, a member account and a profile each."""
    users = get_user_model().objects.bulk_create(
        [
            get_user_model()(
                username=person.email,
                email=person.email,
                first_name=person.first_name,
                last_name=person.last_name,
                password=make_password(None),
            )
            for person in new
        ],
        batch_size=BATCH_SIZE,
    )
    accounts = MemberAccount.objects.bulk_create(
        [
            MemberAccount(user=user, authority=person.authority, language=person.language)
            for user, person in zip(users, new, strict=True)
        ],
        batch_size=BATCH_SIZE,
    )
    return add_profiles(list(zip(accounts, new, strict=True)))


def add_profiles(pairs: list[tuple[MemberAccount, NewPerson]]) -> list[Profile]:
    """Insert a profile for each existing account, with what its ``NewPerson`` says."""
    profiles = Profile.objects.bulk_create(
        [
            Profile(
                account=account,
                role=person.role,
                about=person.about,
                languages=person.languages,
                listed=person.listed,
            )
            for account, person in pairs
        ],
        batch_size=BATCH_SIZE,
    )
    link = Profile.themes.through
    link.objects.bulk_create(
        [
            link(profile_id=profile.pk, theme_id=theme_id)
            for profile, (_account, person) in zip(profiles, pairs, strict=True)
            for theme_id in person.theme_ids
        ],
        batch_size=BATCH_SIZE * 3,
    )
    return profiles


def made_up(
    number: int, authority: MemberAuthority, rng: random.Random, themes: list[Theme]
) -> NewPerson:
    """The ``number``-th made-up person, of ``authority``."""
    language = COUNTRY_LANGUAGES.get(authority.country.code, "en")
    first_names, last_names = NAMES[language]
    chosen = rng.sample(themes, k=min(len(themes), rng.randint(1, 3)))
    spoken = [language, *(["en"] if language != "en" else []), *rng.sample(["fr", "de", "es"], 1)]
    return NewPerson(
        first_name=rng.choice(first_names),
        last_name=rng.choice(last_names),
        email=f"person-{number}@{EMAIL_DOMAIN}",
        authority=authority,
        language=language,
        role=rng.choice(ROLES),
        about=ABOUT.format(theme=chosen[0].name.lower()) if chosen else "",
        languages=list(dict.fromkeys(spoken)),
        theme_ids=[theme.pk for theme in chosen],
    )


def create_bulk_people(count: int, seed: int = 0) -> int:
    """Insert ``count`` made-up listed people over the active authorities; how many."""
    authorities = list(MemberAuthority.objects.active().order_by("pk"))
    if count <= 0 or not authorities:
        return 0
    rng = random.Random(seed)  # noqa: S311 - made-up data, not security
    themes = list(Theme.objects.order_by("pk"))
    start = get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count() + 1
    add_people([made_up(start + n, rng.choice(authorities), rng, themes) for n in range(count)])
    refresh_statistics(get_user_model(), MemberAccount, Profile, Profile.themes.through)
    return count
