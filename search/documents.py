"""The shape of a search document: what a source gives the index for one object in one
language, whether the database or Python writes it."""

COLUMNS = ("object_id", "title", "summary", "body", "url", "members_only", "date")


def alias(column: str) -> str:
    """The name a column takes in a source's ``values()``: one that no model field has."""
    return f"document_{column}"


def document(**expressions) -> dict:
    """``QuerySet.values()``'s keyword arguments for a source's rows: an expression for each
    of ``COLUMNS``."""
    if set(expressions) != set(COLUMNS):
        raise TypeError(f"A document has exactly these columns: {', '.join(COLUMNS)}")
    return {alias(column): expressions[column] for column in COLUMNS}
