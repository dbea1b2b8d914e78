"""The demo content's search index."""

from search.indexing import rebuild


def index_demo_content(home) -> None:
    """Index what the demo builders before this one made: they write in bulk, without the
    signals that keep the index current. Last in ``DEMO_CONTENT_BUILDERS``."""
    rebuild()
