"""A member's description, written as sentences in each language from its own data."""

from functools import cache

from django.utils import translation
from django.utils.formats import number_format
from django_countries import countries

from members.demo.content import CITY_POPULATION, KIND_NOUNS, SENTENCES
from members.models import Kind, MemberAuthority


@cache
def country_name(code: str, language: str) -> str:
    with translation.override(language):
        return str(countries.name(code))


@cache
def population_in(population: int, language: str) -> str:
    """The population with the language's thousands separator (522,250 / 522 250 / 522.250)."""
    with translation.override(language):
        return number_format(population, force_grouping=True)


def kind_noun(member: MemberAuthority, language: str) -> str:
    nouns = KIND_NOUNS[language]
    if member.kind == Kind.LOCAL:
        return nouns["city" if (member.population or 0) >= CITY_POPULATION else "town"]
    return nouns[member.kind]


def identity(member: MemberAuthority, language: str) -> str:
    """Who the member is: its name, country and kind, with its population or its seat."""
    values = {
        "name": member.name,
        "country": country_name(member.country.code, language),
        "kind": kind_noun(member, language),
        "city": member.city,
    }
    if member.kind == Kind.LOCAL and member.population:
        values["population"] = population_in(member.population, language)
        return SENTENCES[language]["with_population"].format(**values)
    return SENTENCES[language]["with_seat"].format(**values)


def describe(member: MemberAuthority, language: str) -> str:
    """The member's description in ``language``: identity and membership, then its national
    forum and its seat on the executive committee when it has them."""
    text = SENTENCES[language]
    membership = text[member.status].format(since=member.member_since)
    sentences = [f"{identity(member, language)}, {membership}"]
    if member.national_forum is not None:
        forum = getattr(member.national_forum, f"name_{language}")
        sentences.append(text["forum"].format(name=member.name, forum=forum))
    if member.committee_role:
        sentences.append(
            text[member.committee_role].format(name=member.name, year=member.committee_since)
        )
    return " ".join(sentences)
