"""A result's title and excerpt as the visitor reads them: the text's own letters, the matching
words marked, and passages that start where a sentence (or at least a word) starts.

The database finds the passages and the matching words in the folded text (accents and case
left aside, as it was indexed: ``pages.folding``), where "securite" matches "sécurité".
Folding keeps every letter in place or widens it to two ("œ" → "oe"), so each passage is
found again in the text the entry holds and shown from there.
"""

import re

from pages.folding import fold_with_offsets

# ts_headline marks matching words with these characters and separates passages with the
# third (all from Unicode's private use area): stored text never reaches the page as markup.
START, STOP, BETWEEN = "\ue000", "\ue001", "\ue002"
MARKERS = re.compile(f"[{START}{STOP}]")
ELLIPSIS = "…"
REPEATED_ELLIPSES = re.compile(f"{ELLIPSIS}(?: {ELLIPSIS})+")
# The end of a sentence: its punctuation, closing quotes or brackets, then a space; or the
# end of a line.
SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*\s+|\n\s*")
SENTENCE_CLOSED = re.compile(f"[.!?…][\"'»”’)]*{STOP}?$")
# How far before a passage its sentence's start may be for the passage to start there.
NEAR = 80


def marked_title(headline: str, title: str) -> str:
    """The ``title`` with the words ts_headline marked in its folded form marked."""
    found = restored(headline, title, fold_with_offsets(title))
    return found[2] if found else title


def excerpt(headline: str, text: str) -> str:
    """The passages ts_headline chose in the folded ``text``, in ``text``'s own letters (see
    ``widened`` for where each starts and ends), separated by ellipses."""
    folding = fold_with_offsets(text)
    passages = []
    for passage in headline.split(BETWEEN):
        if found := restored(passage, text, folding):
            passages.append(widened(*found, text))
    return REPEATED_ELLIPSES.sub(ELLIPSIS, f" {ELLIPSIS} ".join(passages))


def restored(passage: str, text: str, folding: tuple[str, list[int]]):
    """Where the folded ``passage`` (with its markers) lies in ``text``: its start, its end,
    and that part of ``text`` with the markers around the same words; None if it is not
    there. ``folding`` is ``text`` folded, with its offsets (``fold_with_offsets``)."""
    folded, offsets = folding
    plain = MARKERS.sub("", passage)
    position = folded.find(plain) if plain.strip() else -1
    if position < 0:
        return None
    start = copied = offsets[position]
    pieces = []
    for part in re.split(f"([{START}{STOP}])", passage):
        if part in (START, STOP):
            pieces.append(part)
            continue
        position += len(part)
        pieces.append(text[copied : offsets[position]])
        copied = offsets[position]
    return start, copied, "".join(pieces)


def widened(start: int, end: int, marked: str, text: str) -> str:
    """``marked`` (``text[start:end]`` with markers) from its sentence's start when that is
    at most ``NEAR`` characters before, else from the first sentence in it that starts
    before its first marked word, else from its first word's start after an ellipsis; and
    with an ellipsis after it when it stops inside a sentence."""
    before = text[max(start - NEAR, 0) : start]
    sentence_ends = list(SENTENCE_END.finditer(before))
    first_mark = marked.find(START)
    inside = SENTENCE_END.search(marked, 0, first_mark if first_mark >= 0 else len(marked))
    if sentence_ends:
        marked = before[sentence_ends[-1].end() :] + marked
    elif start <= NEAR:
        marked = text[:start] + marked
    elif inside:
        marked = marked[inside.end() :]
    else:
        marked = f"{ELLIPSIS} {text[word_start(text, start) : start]}{marked}"
    marked = marked.strip()
    if text[end:].strip() and not SENTENCE_CLOSED.search(marked):
        marked = f"{marked} {ELLIPSIS}"
    return marked


def word_start(text: str, position: int) -> int:
    """The start of the word at ``position`` in ``text``."""
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position
