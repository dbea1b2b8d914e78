"""Text compared as people type it: accents, ligatures and case left aside.

PostgreSQL's ``unaccent`` extension is missing from some servers (the embedded one among
them), so letters are folded with built-in functions (``normalize`` to NFD, then the
combining accents removed, and ``replace``/``translate`` for the letters Unicode does not
decompose): immutable functions that stored generated columns and expression indexes may
use, the same on every server. Search vectors are written from the folded text and queries
are folded the same way, so "securite", "SÉCURITÉ" and "sécurité" are one word; titles sort
by their folded text, and names sorted in Python by ``alphabetical``. ``fold_with_offsets``
folds in Python exactly as the database does, for the search to find in the original text
what it matched in the folded one; ``name_pattern`` finds a name without folding every name
(the directory's name search).
"""

import re
import unicodedata

from django.db import models

# Letters folded to two: typed "oe", "ae" and "ss" as often as with the ligature.
LIGATURES = {"ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"}
# Letters with a stroke, which Unicode does not decompose.
STROKED = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h"}
# The combining accents (Unicode's Combining Diacritical Marks).
ACCENTS = re.compile("[\u0300-\u036f]")


def folded(expression) -> models.Func:
    """``expression`` (a text) with its letters folded, case kept: "Cœur élu" → "Coeur elu"."""
    text = models.TextField()
    for ligature, letters in LIGATURES.items():
        expression = models.Func(
            expression, models.Value(ligature), models.Value(letters), function="replace"
        )
    decomposed = models.Func(expression, template="normalize(%(expressions)s, NFD)")
    unaccented = models.Func(
        decomposed,
        models.Value(ACCENTS.pattern),
        models.Value(""),
        models.Value("g"),
        function="regexp_replace",
        output_field=text,
    )
    return models.Func(
        unaccented,
        models.Value("".join(STROKED)),
        models.Value("".join(STROKED.values())),
        function="translate",
        output_field=text,
    )


def fold(character: str) -> str:
    """One character folded as ``folded`` folds it."""
    if character in LIGATURES:
        return LIGATURES[character]
    if character in STROKED:
        return STROKED[character]
    return ACCENTS.sub("", unicodedata.normalize("NFD", character))


def alphabetical(text: str) -> tuple[str, str]:
    """The key that sorts names as a dictionary does in every language of the site: accents,
    ligatures and case left aside ("árabe" before "búlgaro", "Émirats" among the E), the
    name itself breaking ties."""
    return "".join(map(fold, text)).casefold(), text


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded as ``folded`` folds it in the database, and for each character of the
    folded text the position in ``text`` of the character it comes from (with one more, the
    end of ``text``)."""
    characters, offsets = [], []
    for position, character in enumerate(text):
        replacement = fold(character)
        characters.append(replacement)
        offsets += [position] * len(replacement)
    return "".join(characters), [*offsets, len(text)]


def letter_variants() -> dict[str, str]:
    """Each plain small letter and the Latin letters folded to it, in both cases."""
    variants = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        plain = fold(letter).lower()
        if len(plain) == 1 and plain.isascii() and plain.isalpha():
            variants[plain] = variants.get(plain, "") + letter
    return variants


VARIANTS = letter_variants()
LIGATURE_PAIRS = {"ss": "ß", "ae": "æÆ", "oe": "œŒ"}


def name_pattern(text: str) -> str:
    """A regular expression that PostgreSQL's case-insensitive ``~*`` matches in a text that
    holds ``text``, accents, ligatures and case left aside: "etienne" finds "Étienne" and
    "giessen" "Gießen"."""
    plain = "".join(map(fold, text)).lower()
    pieces, position = [], 0
    while position < len(plain):
        pair = plain[position : position + 2]
        if pair in LIGATURE_PAIRS:
            letters = letter_class(pair[0]) + letter_class(pair[1])
            pieces.append(f"(?:{letters}|[{LIGATURE_PAIRS[pair]}])")
            position += 2
        else:
            pieces.append(letter_class(plain[position]))
            position += 1
    return "".join(pieces)


def letter_class(letter: str) -> str:
    return f"[{letter}{VARIANTS[letter]}]" if letter in VARIANTS else re.escape(letter)
