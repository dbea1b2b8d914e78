from functools import cache

from django.conf import settings
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from pages.caching import kept
from pages.i18n import has_text, shows_english_for, sitemap_entries

# Page columns that wagtail-modeltranslation translates itself: not "content".
PAGE_OWN_FIELDS = {"title", "slug", "seo_title", "search_description", "url_path"}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@cache
def translated_child_relations(page_class) -> dict[str, list[str]]:
    """The child relations (orderables) of ``page_class`` whose model has translated fields:
    accessor name → the translated fields."""
    relations = {}
    for relation in get_all_child_relations(page_class):
        try:
            options = translator.get_options_for_model(relation.related_model)
        except NotRegistered:
            continue
        if options.fields:
            relations[relation.get_accessor_name()] = sorted(options.fields)
    return relations


class BlankTranslationsAsNull(models.Model):
    """Store an emptied rich text translation as NULL, so that it falls back to English.

    The rich text editor saves an empty field as ``<p></p>``, which would otherwise
    count as a translation and hide the English text.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        for field in self._meta.concrete_fields:
            is_translation = isinstance(field, RichTextField) and hasattr(field, "translated_field")
            value = field.value_from_object(self)
            if is_translation and value is not None and not has_text(value):
                setattr(self, field.attname, None)
        super().save(*args, **kwargs)


class BasePage(BlankTranslationsAsNull, Page):
    """Fields and behaviour shared by every page of the site."""

    # The main menu's group (a key of ``pages.navigation.MENU_GROUPS``) that a page of this
    # type is listed under, with its siblings of the group; None: a section of its own.
    menu_group = None

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few lines shown under the title and in lists."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing and sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + [FieldPanel("listing_image")]
    # The images every rendering of the page shows (the sharing image here), loaded with it
    # when it is served (pages.routing.page_to_serve).
    served_with = ("listing_image",)

    class Meta:
        abstract = True

    # Wagtail's untranslated columns (``title``, ``slug``, ``url_path``, ``draft_title``)
    # take the value of the language active while saving: whatever language the editor's
    # admin speaks, pages and their revisions are saved in English, the default language.
    def save(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super().save_revision(*args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail's check, which costs two queries, only for a page under a view restriction
        or an alias: where those are is kept in the page cache."""
        if any(self.path.startswith(path) for path in paths_to_check_for_restrictions()):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def content_field_names(self) -> list[str]:
        """The translated fields that carry this page's own text."""
        options = translator.get_options_for_model(type(self))
        return sorted(set(options.fields) - PAGE_OWN_FIELDS)

    def child_queryset(self, relation: str):
        """The queryset that loads ``relation``'s orderables, with what the template needs."""
        return getattr(type(self), relation).rel.related_model.objects.all()

    def load_children(self) -> None:
        """Load every translated child relation once (one query each), shared by the template
        and the fallback check. A preview's unsaved orderables are left as they are."""
        in_memory = getattr(self, "_cluster_related_objects", {})
        loaded = getattr(self, "_prefetched_objects_cache", {})
        missing = [
            Prefetch(name, queryset=self.child_queryset(name))
            for name in translated_child_relations(type(self))
            if name not in in_memory and name not in loaded
        ]
        if missing and self.pk is not None:
            prefetch_related_objects([self], *missing)

    def is_translated(self, language: str) -> bool:
        """True when every field written in English is written in ``language`` too, in the
        page itself and in its orderables."""
        if any(shows_english_for(self, name, language) for name in self.content_field_names()):
            return False
        self.load_children()
        return not any(
            shows_english_for(child, field, language)
            for relation, fields in translated_child_relations(type(self)).items()
            for child in getattr(self, relation).all()
            for field in fields
        )

    @property
    def shows_fallback(self) -> bool:
        return not self.is_translated(translation.get_language())

    @property
    def search_date(self):
        """The date a search result shows for this page: None, but for dated pages (news,
        events, projects)."""
        return None

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro

    def url_in(self, language: str, request=None) -> str:
        with translation.override(language):
            return self.get_full_url(request)

    def get_sitemap_urls(self, request=None):
        return sitemap_entries(
            {code: self.url_in(code, request) for code in LANGUAGE_CODES},
            lastmod=self.last_published_at or self.latest_revision_created_at,
        )


class VisiblePageQuerySet(PageQuerySet):
    def visible(self):
        """Live, under no view restriction and no alias: the paths of those come from the
        page cache (``paths_to_check_for_restrictions``), so that the check is a few path
        prefixes rather than a subquery per row (Wagtail's ``public()`` reads the
        restrictions in a query of its own every time)."""
        under_any = models.Q()
        for path in paths_to_check_for_restrictions():
            under_any |= models.Q(path__startswith=path)
        return self.live().exclude(under_any) if under_any else self.live()


def paths_to_check_for_restrictions() -> list[str]:
    """The tree paths of the pages that have a view restriction or are aliases (whose
    restrictions are their source's): a page under none of them has no restriction. Kept
    in the page cache, which a change to a restriction or to the tree empties."""
    return kept("restriction-paths", draw=restricted_or_alias_paths, by_language=False)


def restricted_or_alias_paths() -> list[str]:
    """In one query: the union of the restricted pages' paths and the aliases'."""
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    return sorted(restricted.order_by().union(aliases.order_by()))
