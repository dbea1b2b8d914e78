"""A page's own text in one language, as the search indexes it.

Only the raw column of each language is read (``title_fr``, ``body_fr``…), never the
attribute wagtail-modeltranslation resolves with the English fallback: a page has a search
entry in a language only where it has a title of its own in that language, and its entry holds
nothing but that language's text.
"""

from urllib.parse import urlsplit

from wagtail.fields import RichTextField
from wagtail.rich_text import get_text_for_indexing

from pages.models.base import BasePage, translated_child_relations

# The page's fields that are its summary, in order of preference; the others are its body.
SUMMARY_FIELDS = ("intro", "search_description")


def raw_text(obj, field: str, language: str) -> str:
    """The plain text of ``obj.<field>`` in ``language``: '' where it has none."""
    value = getattr(obj, f"{field}_{language}", None)
    if value is None:
        return ""
    if hasattr(value, "stream_block"):  # a StreamField's value
        return " ".join(value.stream_block.get_searchable_content(value))
    if isinstance(obj._meta.get_field(f"{field}_{language}"), RichTextField):
        return get_text_for_indexing(value)
    return str(value).strip()


def page_body(page: BasePage, language: str) -> str:
    """The text of the page's own fields and of its orderables, in ``language``."""
    fields = [name for name in page.content_field_names() if name not in SUMMARY_FIELDS]
    texts = [raw_text(page, field, language) for field in fields]
    page.load_children()
    for relation, child_fields in translated_child_relations(type(page)).items():
        for child in getattr(page, relation).all():
            texts += [raw_text(child, field, language) for field in child_fields]
    return "\n".join(text for text in texts if text)


def page_document(page: BasePage, language: str) -> tuple | None:
    """The page's row in ``language`` (in the order of ``documents.COLUMNS``), or None
    when it has no title of its own in that language."""
    title = raw_text(page, "title", language)
    if not title:
        return None
    summary = next(
        (text for field in SUMMARY_FIELDS if (text := raw_text(page, field, language))), ""
    )
    url = urlsplit(page.url_in(language)).path
    body = page_body(page, language)
    return (page.pk, title, summary, body, url, False, page.search_date, "", False)
