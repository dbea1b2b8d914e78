"""Text compared as people type it: accents, ligatures and case left aside.

PostgreSQL's ``unaccent`` extension is missing from some servers (the embedded one among
them), so letters are folded with the built-in ``replace()`` and ``translate()``: immutable
functions that stored generated columns and expression indexes may use, the same on every
server. Search vectors are written from the folded text and queries are folded the same way,
so "securite", "SÉCURITÉ" and "sécurité" are one word; titles sort by their folded text.
``fold_with_offsets`` folds in Python exactly as the database does, for the search to find
in the original text what it matched in the folded one.
"""

import unicodedata

from django.db import models

# Letters folded to two: typed "oe", "ae" and "ss" as often as with the ligature.
LIGATURES = {"ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"}
# Letters whose base letter Unicode does not give.
OTHER_LETTERS = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h"}


def single_letters() -> dict[str, str]:
    """Every Latin letter with a diacritic (Latin-1 and Latin Extended-A) and its base
    letter: "é" → "e", "Ç" → "C", "ő" → "o"."""
    letters = dict(OTHER_LETTERS)
    for code in range(0xC0, 0x180):
        letter = chr(code)
        base = unicodedata.normalize("NFD", letter)[0]
        if base != letter and base.isascii() and base.isalpha():
            letters[letter] = base
    return letters


SINGLE_LETTERS = single_letters()
ACCENTED = "".join(SINGLE_LETTERS)
UNACCENTED = "".join(SINGLE_LETTERS.values())
FOLDED = {**SINGLE_LETTERS, **LIGATURES}


def folded(expression) -> models.Func:
    """``expression`` (a text) with its letters folded, case kept: "Cœur élu" → "Coeur elu"."""
    for ligature, letters in LIGATURES.items():
        expression = models.Func(
            expression,
            models.Value(ligature),
            models.Value(letters),
            function="replace",
            output_field=models.TextField(),
        )
    return models.Func(
        expression,
        models.Value(ACCENTED),
        models.Value(UNACCENTED),
        function="translate",
        output_field=models.TextField(),
    )


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded as ``folded`` folds it in the database, and for each character of the
    folded text the position in ``text`` of the character it comes from (with one more, the
    end of ``text``)."""
    characters, offsets = [], []
    for position, character in enumerate(text):
        replacement = FOLDED.get(character, character)
        characters.append(replacement)
        offsets += [position] * len(replacement)
    return "".join(characters), [*offsets, len(text)]
