"""What the site search indexes: one source per kind of content, in one place.

News and events join with one line each: a ``PageSource(Kind.NEWS, NewsArticlePage)`` before
the general pages (the first source that claims a page wins), or a ``QuerySource`` for a model
whose queryset has ``search_documents(language)``.
"""

from members.models import MemberAuthority, MemberDirectoryPage
from publications.models import LibraryPage, Publication
from search.indexing import PageSource, QuerySource
from search.models import Kind

SOURCES = [
    QuerySource(Kind.PUBLICATION, Publication, shown_under=LibraryPage),
    QuerySource(Kind.MEMBER, MemberAuthority, shown_under=MemberDirectoryPage),
    PageSource(Kind.PAGE),
]


def source_of(obj):
    """The source that indexes ``obj``, or None when it is not indexed."""
    return next((source for source in SOURCES if source.claims(obj)), None)


def query_sources() -> list[QuerySource]:
    return [source for source in SOURCES if isinstance(source, QuerySource)]
