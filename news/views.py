"""The news list, served by ``NewsIndexPage``'s route."""

from django.template.response import TemplateResponse

from news.listing import article_cards, articles_page, news_filters


def news_list(request, page):
    filters = news_filters(page, request.GET)
    articles = filters.apply(page.articles()).newest_first()
    listing = articles_page(page, filters, articles, request.GET.get("page"))
    context = page.get_context(request)
    context.update(
        filters=filters,
        listing=listing,
        cards=article_cards(listing, request, filters.themes),
    )
    return TemplateResponse(request, "news/news_index_page.html", context)
