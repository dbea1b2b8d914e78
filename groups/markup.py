"""A post's text as HTML: paragraphs, line breaks, **bold**, *italics* and links, nothing
else.

Members write plain text; everything they type is escaped first, so HTML or script in a post
is shown as the characters typed and never runs. Only then are the few marks turned into
tags: a blank line starts a paragraph, a line break stays one, ``**…**`` is bold, ``*…*``
italics, and an address starting with http:// or https:// becomes a link that search
engines do not follow or credit (``rel="nofollow ugc noopener"``), opening no window.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# An address, in the escaped text, up to a space, a quote or an angle bracket (escaped), less
# the punctuation that ends a sentence around it.
URL = re.compile(
    r"https?://(?:(?!&(?:quot|lt|gt|#x27);)\S)+?(?=[.,;:!?)\]]*(?:\s|&(?:quot|lt|gt|#x27);|$))"
)
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def link(address: str) -> str:
    return f'<a href="{address}" rel="nofollow ugc noopener">{address}</a>'


def inline(line: str) -> str:
    """One escaped line with its marks and addresses turned into tags."""
    parts = URL.split(line)
    addresses = URL.findall(line)
    marked = [ITALIC.sub(r"<em>\1</em>", BOLD.sub(r"<strong>\1</strong>", part)) for part in parts]
    html = marked[0]
    for address, following in zip(addresses, marked[1:], strict=True):
        html += link(address) + following
    return html


def render(text: str) -> SafeString:
    """``text`` as safe HTML paragraphs."""
    escaped = escape(text.replace("\r\n", "\n").strip())
    paragraphs = [part.strip("\n") for part in PARAGRAPH_BREAK.split(escaped) if part.strip()]
    html = "".join(
        "<p>" + "<br>".join(inline(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return mark_safe(html)  # noqa: S308 - every character typed was escaped above
