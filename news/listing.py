"""What the news list shows: its filters (theme, year), its pages and its cards.

Filters come from the query string and are never trusted: a value that does not validate (an
unknown theme, letters or a year without news, script text…) is ignored, so a visitor always
gets the news, filtered by whatever made sense.

The themes and years to choose from, and each article's card, are kept in the page cache,
which publishing (or changing a theme or an image) empties.
"""

from django import forms
from django.core.paginator import Page
from django.db import models
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from news.models import NewsArticlePage, NewsIndexPage
from pages.caching import kept, kept_each
from pages.listing import ListingFilters, paginate
from themes.listing import by_name, listed_themes, theme_choices
from themes.models import Theme

PER_PAGE = 12


class NewsFilters(ListingFilters):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)

    def __init__(self, data, *, themes: list[Theme], years: list[int]):
        super().__init__(data, label_suffix="")
        self.themes = themes
        self.fields["theme"].choices = theme_choices(themes)
        self.fields["year"].choices = [("", _("All years")), *((year, year) for year in years)]

    @property
    def chosen_theme(self) -> Theme | None:
        slug = self.chosen.get("theme")
        return next((theme for theme in self.themes if theme.slug == slug), None)

    @property
    def chosen_year(self) -> int | None:
        return self.chosen.get("year")

    def apply(self, articles):
        if self.chosen_theme:
            articles = articles.about(self.chosen_theme)
        if self.chosen_year:
            articles = articles.in_year(self.chosen_year)
        return articles


def news_filters(index: NewsIndexPage, data) -> NewsFilters:
    return NewsFilters(data, themes=themes_with_news(index), years=years_with_news(index))


def themes_with_news(index: NewsIndexPage) -> list[Theme]:
    """The themes of at least one article of ``index``, sorted by their name in the
    visitor's language (accents ignored)."""

    def sorted_themes():
        links = NewsArticlePage.themes.through.objects.filter(
            theme=models.OuterRef("pk"), newsarticlepage__in=index.articles()
        )
        return by_name(Theme.objects.filter(models.Exists(links)))

    return kept("news-themes", index.pk, draw=sorted_themes)


def years_with_news(index: NewsIndexPage) -> list[int]:
    """The years of the articles of ``index``, newest first."""

    def years():
        dates = index.articles().order_by().dates("date", "year", order="DESC")
        return [day.year for day in dates]

    return kept("news-years", index.pk, draw=years, by_language=False)


def articles_page(index: NewsIndexPage, filters: NewsFilters, articles, requested) -> Page:
    """The requested page of ``articles`` (their keys: ``article_cards`` draws them). How many
    the filters leave is counted with the first page drawn, then kept in the page cache (as
    long as a cached page), so that the list reads only the rows it shows."""
    first_drawn = []

    def count() -> int:
        first_drawn.append(paginate(articles.only("pk"), requested, PER_PAGE))
        return first_drawn[0].paginator.count

    total = kept("news-count", index.pk, filters.query_string(), draw=count, per_query=True)
    if first_drawn:
        return first_drawn[0]
    return paginate(articles.only("pk"), requested, PER_PAGE, total)


def article_cards(listed, request, themes: list[Theme]) -> list[str]:
    """The card of each of the ``listed`` articles, as HTML, in their order.

    Cards are kept in the page cache by language and article: a list loads and draws only
    those missing (one query, with their images and theme ids, and one for the images'
    renditions), their themes among ``themes`` (loaded once for the list)."""

    def draw(missing) -> dict[int, str]:
        pks = [article.pk for article in missing]
        articles = list(NewsArticlePage.objects.filter(pk__in=pks).for_cards())
        prefetch_related_objects(articles, "image__renditions")
        return {
            article.pk: render_to_string(
                "news/article_card.html",
                {"article": article, "themes": listed_themes(article, themes)},
                request,
            )
            for article in articles
        }

    return kept_each("article-card", listed, draw)
