"""News from the network, with its Atom feed, and the newsletter's subscribers."""

import secrets
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, PageManager

from pages.models import BasePage
from pages.models.base import LANGUAGE_CODES, VisiblePageQuerySet
from pages.models.editorial import body_field, image_field
from pages.routing import live_page

# The columns of an article that only its own page shows: lists and feeds leave them out.
BODY_COLUMNS = ["body", *(f"body_{code}" for code in LANGUAGE_CODES)]


def new_token() -> str:
    return secrets.token_urlsafe(32)


class NewsArticleQuerySet(VisiblePageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def about(self, theme):
        """On ``theme``: a theme, or its slug."""
        on_theme = {"theme__slug": theme} if isinstance(theme, str) else {"theme": theme}
        links = NewsArticlePage.themes.through.objects.filter(
            newsarticlepage=models.OuterRef("pk"), **on_theme
        )
        return self.filter(models.Exists(links))

    def in_year(self, year: int):
        return self.filter(date__year=year)

    def for_cards(self):
        """With what a card shows, in one query however many articles: the image, and
        ``theme_ids`` (the themes' primary keys, for a list that has loaded the themes
        already); without the bodies."""
        links = NewsArticlePage.themes.through.objects.filter(newsarticlepage=models.OuterRef("pk"))
        return (
            self.select_related("image")
            .defer(*BODY_COLUMNS)
            .annotate(theme_ids=ArraySubquery(links.values("theme_id")))
        )


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news, newest first, with filters by theme and year; ``feed/`` is its Atom feed."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("news page")

    @path("")
    def news(self, request):
        from news.views import news_list

        return news_list(request, self)

    @path("feed/")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)

    def articles(self) -> NewsArticleQuerySet:
        """The articles visitors may read, in no particular order."""
        return NewsArticlePage.objects.child_of(self).visible()


def routed_url(page: Page | None, route: str, slug: str) -> str | None:
    """The address of the route ``route`` for ``slug`` of ``page``, a routable page loaded as
    a base page; None without the page."""
    if page is None:
        return None
    return page.url + page.specific_class.get_resolver().reverse(route, slug)


@dataclass
class RelatedContent:
    """What an article is linked to, each item with the address of its page (None for a
    member authority that has no profile, being a former member); ``news`` is the news page
    above it (a base page), for the breadcrumbs."""

    news: Page | None
    themes: list
    authorities: list[tuple]
    projects: list
    publications: list[tuple]


class NewsArticlePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    image = image_field(_("image"))
    body = body_field()
    themes = ParentalManyToManyField(
        "themes.Theme", verbose_name=_("themes"), blank=True, related_name="news"
    )
    authorities = ParentalManyToManyField(
        "members.MemberAuthority",
        verbose_name=_("member authorities"),
        blank=True,
        related_name="news",
    )
    projects = ParentalManyToManyField(
        "projects.ProjectPage", verbose_name=_("projects"), blank=True, related_name="news"
    )
    publications = ParentalManyToManyField(
        "publications.Publication",
        verbose_name=_("publications"),
        blank=True,
        related_name="news",
    )

    objects = PageManager.from_queryset(NewsArticleQuerySet)()

    served_with = (*BasePage.served_with, "image")
    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("authorities"),
                FieldPanel("projects"),
                FieldPanel("publications"),
            ],
            heading=_("Related"),
        ),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @property
    def search_date(self):
        return self.date

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_content()
        return context

    def related_content(self) -> RelatedContent:
        """The themes, member authorities, live projects and publications of the article,
        a query each, and the pages that hold their links: the news page above it
        (``news_page``), the live member directory and library (``live_page``, kept in the
        page cache). A preview's unsaved choices are shown as they are."""
        self.load_relations()
        directory = live_page("members.MemberDirectoryPage")
        library = live_page("publications.LibraryPage")
        return RelatedContent(
            news=self.news_page(),
            themes=list(self.themes.all()),
            authorities=[
                (
                    member,
                    routed_url(directory, "profile", member.slug) if member.is_active else None,
                )
                for member in self.authorities.all()
            ],
            projects=[project for project in self.projects.all() if project.live],
            publications=[
                (publication, routed_url(library, "detail", publication.slug))
                for publication in self.publications.all()
            ],
        )

    def news_page(self) -> Page | None:
        """The live news page above the article (its breadcrumbs, its themes' links), as a
        base page, whose title and address are all the article shows."""
        if not self.path:
            return None
        news_type = ContentType.objects.get_for_model(NewsIndexPage)
        parent = Page.objects.live().filter(path=self.path[: -self.steplen], content_type=news_type)
        return parent.first()

    def load_relations(self) -> None:
        """Read each relation the page shows once, but those a preview holds in memory."""
        in_memory = getattr(self, "_cluster_related_objects", {})
        names = ["themes", "authorities", "projects", "publications"]
        missing = [name for name in names if name not in in_memory]
        if missing and self.pk is not None:
            models.prefetch_related_objects([self], *missing)


class NewsletterPage(RoutablePageMixin, BasePage):
    """The newsletter's signup form; its routes confirm and end subscriptions."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("newsletter page")

    # Exempt from Django's CSRF token, whose cookie would keep the page out of the page
    # cache: the views check the request's origin instead (pages.forms.same_origin_only).
    @path("")
    @csrf_exempt
    def signup(self, request):
        from news.newsletter import signup

        return signup(request, self)

    @path("confirm/<str:token>/")
    @csrf_exempt
    def confirm(self, request, token):
        from news.newsletter import confirm

        return confirm(request, self, token)

    @path("unsubscribe/<str:token>/")
    @csrf_exempt
    def unsubscribe(self, request, token):
        from news.newsletter import unsubscribe

        return unsubscribe(request, self, token)

    def confirm_url(self, subscriber: "Subscriber", request=None) -> str:
        """The full address that confirms ``subscriber``, in the newsletter's language."""
        return self.url_in(subscriber.language, request) + self.reverse_subpage(
            "confirm", args=[subscriber.token]
        )

    def unsubscribe_url(self, subscriber: "Subscriber", request=None) -> str:
        """The full address where ``subscriber`` ends the subscription, in its language."""
        return self.url_in(subscriber.language, request) + self.reverse_subpage(
            "unsubscribe", args=[subscriber.token]
        )


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def pending(self):
        return self.filter(confirmed_at__isnull=True)

    def purge_pending(self, subscribed_before) -> int:
        """Delete the subscriptions never confirmed that were made before
        ``subscribed_before``; how many there were."""
        deleted, _by_model = self.pending().filter(subscribed_at__lt=subscribed_before).delete()
        return deleted


class Subscriber(models.Model):
    """A newsletter subscription: pending until the address is confirmed by email. Ending
    it deletes the row: nothing is kept of a former subscriber."""

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    subscribed_at = models.DateTimeField(_("subscribed"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-subscribed_at"]
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")

    def __str__(self) -> str:
        return self.email

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def confirm(self) -> bool:
        """The address is confirmed (once: confirming again keeps the first date); whether
        it was confirmed now."""
        if self.confirmed_at is not None:
            return False
        self.confirmed_at = timezone.now()
        self.save(update_fields=["confirmed_at"])
        return True
