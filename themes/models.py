"""The themes: one translated list of the subjects the network works on, shared by every app
that publishes (publications, projects, news, events), and the themes page.

The apps link to ``Theme``; this app imports none of them. A theme's page gathers what they
hold about it through their template tags (``templates/themes/theme.html``)."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.i18n import shows_english_for
from pages.models import BasePage


class Theme(models.Model):
    """A subject the network works on; one list shared by everything the site publishes."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("key"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]), FieldPanel("description")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name

    @property
    def shows_fallback(self) -> bool:
        """Whether the name or description show the English text for the visitor's language."""
        language = translation.get_language()
        return any(shows_english_for(self, field, language) for field in ("name", "description"))


class ThemeIndexPage(RoutablePageMixin, BasePage):
    """The themes: ``""`` lists them, ``<slug>/`` gathers one theme's latest news, upcoming
    events, projects and publications."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("themes page")

    @path("")
    def themes(self, request):
        from themes.views import theme_list

        return theme_list(request, self)

    @path("<slug:slug>/")
    def theme(self, request, slug):
        from themes.views import theme_detail

        return theme_detail(request, self, slug)

    def theme_url(self, slug: str) -> str:
        """The page of the theme ``slug``, in the current language."""
        return self.url + self.reverse_subpage("theme", args=[slug])
