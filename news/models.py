"""News from the network, with its Atom feed, and the newsletter's subscribers."""

import secrets

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.models import BasePage
from pages.models.editorial import body_field, image_field


def new_token() -> str:
    return secrets.token_urlsafe(32)


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


class NewsArticlePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    image = image_field(_("image"))
    body = body_field()
    themes = ParentalManyToManyField(
        "publications.Theme", verbose_name=_("themes"), blank=True, related_name="news"
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


class NewsletterPage(RoutablePageMixin, BasePage):
    """The newsletter's signup form; its routes confirm and end subscriptions."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("newsletter page")

    @path("")
    def signup(self, request):
        from news.newsletter import signup

        return signup(request, self)

    @path("confirm/<str:token>/")
    def confirm(self, request, token):
        from news.newsletter import confirm

        return confirm(request, self, token)

    @path("unsubscribe/<str:token>/")
    def unsubscribe(self, request, token):
        from news.newsletter import unsubscribe

        return unsubscribe(request, self, token)


class Subscriber(models.Model):
    """A newsletter subscription: pending until the address is confirmed by email. Ending
    it deletes the row: nothing is kept of a former subscriber."""

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    subscribed_at = models.DateTimeField(_("subscribed"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-subscribed_at"]
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")

    def __str__(self) -> str:
        return self.email

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None
