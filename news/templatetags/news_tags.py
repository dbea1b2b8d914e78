"""News for templates of other apps: the latest articles (home page, theme pages), a
member's articles (its profile)."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from news.models import BODY_COLUMNS, NewsArticlePage
from pages.caching import kept
from pages.routing import live_page

register = template.Library()

MAX_COUNT = 12


@register.simple_tag(takes_context=True)
def latest_news(context, count: int = 3, theme=None) -> str:
    """A section with the ``count`` newest articles (on ``theme``, a theme or its slug, when
    given) and a link to the whole list, filtered by the theme; '' when there is none.

    Its HTML is kept in the page cache by language, theme and count (publishing empties
    it); drawing it costs two queries, the news page and its articles."""
    count = min(max(int(count), 1), MAX_COUNT)
    slug = getattr(theme, "slug", theme) or ""

    def draw():
        return render_latest_news(context.get("request"), count, slug)

    html = kept("latest-news", slug, count, draw=draw)
    return mark_safe(html)  # noqa: S308 - rendered from a template, escaped there


def render_latest_news(request, count: int, slug: str) -> str:
    index = live_page("news.NewsIndexPage")
    if index is None:
        return ""
    articles = index.articles()
    if slug:
        articles = articles.about(slug)
    articles = list(articles.for_cards().newest_first()[:count])
    if not articles:
        return ""
    context = {"index": index, "articles": articles, "theme_slug": slug}
    return render_to_string("news/latest_news.html", context, request)


@register.simple_tag(takes_context=True)
def news_with_member(context, authority, count: int = 5) -> str:
    """A section with the newest articles about ``authority`` (or saying there is none),
    kept in the page cache by authority and language (publishing empties it); drawing it
    costs one query."""

    def draw():
        return render_news_with_member(context.get("request"), authority, count)

    return mark_safe(kept("news-with-member", authority.pk, count, draw=draw))  # noqa: S308


def render_news_with_member(request, authority, count: int) -> str:
    articles = NewsArticlePage.objects.visible().filter(authorities=authority)
    articles = list(articles.defer(*BODY_COLUMNS).newest_first()[:count])
    return render_to_string("news/news_with_member.html", {"articles": articles}, request)
