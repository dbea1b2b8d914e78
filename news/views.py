"""The news list, served by ``NewsIndexPage``'s route."""

from django.template.response import TemplateResponse

from members.directory import paginate
from news.listing import PER_PAGE, article_cards, news_filters


def news_list(request, page):
    filters = news_filters(page, request.GET)
    articles = filters.apply(page.articles()).for_cards().newest_first()
    listing = paginate(articles, request.GET.get("page"), PER_PAGE)
    context = page.get_context(request)
    context.update(
        filters=filters,
        listing=listing,
        cards=article_cards(listing, request, filters.themes),
    )
    return TemplateResponse(request, "news/news_index_page.html", context)
