"""The demo news: the news page with sixty articles in six languages over two years, linked
to themes, members and publications, and the newsletter page; loading it twice changes
nothing."""

import datetime

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsArticlePage, NewsIndexPage, NewsletterPage
from search.models import SearchEntry

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def test_the_demo_has_sixty_articles_in_six_languages(demo_content, client):
    index = NewsIndexPage.objects.get()
    assert index.show_in_menus and index.live
    assert index.title_fr == "Actualités" and index.slug_de == "nachrichten"
    articles = NewsArticlePage.objects.child_of(index).live()
    assert articles.count() == 60
    for article in articles:
        for code in LANGUAGE_CODES:
            assert getattr(article, f"title_{code}"), (article.slug, code)
            assert getattr(article, f"slug_{code}"), (article.slug, code)
            assert getattr(article, f"intro_{code}"), (article.slug, code)
            assert getattr(article, f"body_{code}"), (article.slug, code)
    today = timezone.localdate()
    dates = sorted(articles.values_list("date", flat=True))
    assert today - dates[0] > datetime.timedelta(days=600)
    assert today - dates[-1] < datetime.timedelta(days=60)
    assert len({article.title_fr for article in articles}) == 60


def test_demo_articles_are_linked_to_themes_members_and_publications(demo_content):
    articles = NewsArticlePage.objects.all()
    assert all(article.themes.exists() for article in articles)
    assert articles.filter(authorities__isnull=False).distinct().count() >= 10
    assert articles.filter(publications__isnull=False).distinct().count() >= 12
    assert articles.exclude(image=None).count() == 60


def test_the_newsletter_page_is_there_out_of_the_menu(demo_content, client):
    newsletter = NewsletterPage.objects.get()
    assert not newsletter.show_in_menus and newsletter.live
    assert newsletter.title_es == "Boletín"
    response = client.get(newsletter.url_in("es").removeprefix("http://localhost"))
    assert response.status_code == 200


def test_loading_the_demo_again_keeps_the_same_articles(demo_content):
    before = set(NewsArticlePage.objects.values_list("pk", "slug_en"))
    links = NewsArticlePage.themes.through.objects.count()
    call_command("load_demo", verbosity=0)
    assert set(NewsArticlePage.objects.values_list("pk", "slug_en")) == before
    assert NewsArticlePage.themes.through.objects.count() == links
    assert NewsIndexPage.objects.count() == NewsletterPage.objects.count() == 1


def test_bulk_articles_join_the_demo_and_the_search(demo_content):
    call_command("load_bulk_news", "--count", "30", verbosity=0)
    assert NewsArticlePage.objects.count() == 90
    bulk = NewsArticlePage.objects.get(slug_en="bulk-60-en")
    assert bulk.live and bulk.title_de == "Bulk article 60 [de]"
    assert SearchEntry.objects.filter(object_id=bulk.pk, language="pt").exists()
