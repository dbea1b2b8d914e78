"""The demo stories (``stories.STORIES``) read into ``Story`` objects, and a story's text as
the fields of a ``PracticeText`` for one city."""

from dataclasses import dataclass
from functools import cache

from practices.demo.stories import STORIES
from practices.models import EVIDENCE, SECTIONS

FIELDS = ("title", *(s.field for s in SECTIONS), *(f"{c.field}_because" for c in EVIDENCE))


@dataclass(frozen=True)
class Story:
    key: str
    original: str
    cities: tuple[str, ...]  # member authorities' slugs, the one that wrote it first
    adapted_by: tuple[str, ...]
    themes: tuple[str, ...]
    started_in: int
    ended_in: int | None
    evidence: int
    members_only: bool
    texts: dict[str, dict[str, str]]  # by language, each field's text with "{city}"

    @property
    def languages(self) -> list[str]:
        return list(self.texts)

    def text(self, language: str, city: str, evidence: int) -> dict[str, str]:
        """The fields of its text in ``language`` about ``city``, giving the reasons for the
        first ``evidence`` criteria only."""
        unmet = {f"{criterion.field}_because" for criterion in EVIDENCE[evidence:]}
        return {
            field: "" if field in unmet else value.format(city=city)
            for field, value in self.texts[language].items()
        }


def fields_of(block: str) -> dict[str, str]:
    """A text written as in ``stories``: the title on the first line, then ``field: text``
    with following lines continuing it and blank lines between paragraphs."""
    lines = block.strip().splitlines()
    fields = dict.fromkeys(FIELDS, "")
    fields["title"] = lines[0].strip()
    paragraphs, current = {}, None
    for line in lines[1:]:
        name, colon, rest = line.partition(":")
        if colon and name in fields:
            current = name
            paragraphs[current] = [[rest.strip()]]
        elif current is None:
            continue  # the blank line under the title
        elif not line.strip():
            paragraphs[current].append([])
        else:
            paragraphs[current][-1].append(line.strip())
    for name, parts in paragraphs.items():
        fields[name] = "\n\n".join(" ".join(words) for words in parts if words)
    return fields


@cache
def stories() -> tuple[Story, ...]:
    return tuple(
        Story(**(story | {"texts": {code: fields_of(b) for code, b in story["texts"].items()}}))
        for story in STORIES
    )
