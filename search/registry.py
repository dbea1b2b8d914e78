"""What the site search indexes: one source per kind of content, in one place.

A kind of content joins with one line: a ``PageSource`` for a page type, before the general
pages (the first source that claims a page wins), or a ``QuerySource`` for a model whose
queryset has ``search_documents(language)``.
"""

from events.models import EventPage
from members.models import MemberAuthority, MemberDirectoryPage
from news.models import NewsArticlePage
from practices.models import Practice, PracticeLibraryPage, PracticeText
from projects.models import ProjectPage
from publications.models import LibraryPage, Publication
from search.indexing import PageSource, QuerySource
from search.models import Kind

SOURCES = [
    QuerySource(Kind.PUBLICATION, Publication, shown_under=LibraryPage),
    QuerySource(
        Kind.PRACTICE,
        Practice,
        shown_under=PracticeLibraryPage,
        parts=((PracticeText, "practice"),),
    ),
    QuerySource(Kind.MEMBER, MemberAuthority, shown_under=MemberDirectoryPage),
    PageSource(Kind.NEWS, NewsArticlePage),
    PageSource(Kind.EVENT, EventPage),
    PageSource(Kind.PROJECT, ProjectPage),
    PageSource(Kind.PAGE),
]


def source_of(obj):
    """The source that indexes ``obj``, or None when it is not indexed."""
    return next((source for source in SOURCES if source.claims(obj)), None)


def query_sources() -> list[QuerySource]:
    return [source for source in SOURCES if isinstance(source, QuerySource)]
