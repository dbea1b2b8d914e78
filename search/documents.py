"""The shape of a search document: what a source gives the index for one object in one
language, whether the database or Python writes it."""

from django.db.models import Value

COLUMNS = (
    "object_id",
    "title",
    "summary",
    "body",
    "url",
    "members_only",
    "date",
    "text_language",
    "hidden_from_public",
)
# What a source need not say: its text is in the entry's own language (``text_language``
# names another: a practice's original, standing in for a missing translation), and everyone
# finds it (``hidden_from_public``: only those who read members-only content do).
DEFAULTS = {"text_language": "", "hidden_from_public": False}


def alias(column: str) -> str:
    """The name a column takes in a source's ``values()``: one that no model field has."""
    return f"document_{column}"


def document(**expressions) -> dict:
    """``QuerySet.values()``'s keyword arguments for a source's rows: an expression for each
    of ``COLUMNS`` (those of ``DEFAULTS`` may be left out)."""
    expressions = {**{name: Value(value) for name, value in DEFAULTS.items()}, **expressions}
    if set(expressions) != set(COLUMNS):
        raise TypeError(f"A document has exactly these columns: {', '.join(COLUMNS)}")
    return {alias(column): expressions[column] for column in COLUMNS}
