"""The library: publications with one file per language, and their downloads."""

from django import forms
from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.db import models
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable

from pages.folding import folded
from pages.i18n import shows_english_for
from pages.models import BasePage
from pages.models.base import LANGUAGE_CODES
from pages.models.editorial import image_field
from pages.routing import live_page, routed_slug_url_expression
from search.documents import document

# PostgreSQL's text search configuration for each language: its stemming and stop words.
SEARCH_CONFIGURATIONS = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
}


def shown_text(field: str, language: str):
    """The text of a translated field that a visitor reading ``language`` sees: its
    translation, or the English text when it has none."""
    if language == settings.LANGUAGE_CODE:
        return models.F(f"{field}_{language}")
    text = models.TextField()
    translated = NullIf(f"{field}_{language}", models.Value(""), output_field=text)
    return Coalesce(translated, f"{field}_{settings.LANGUAGE_CODE}", output_field=text)


def search_vector(language: str) -> SearchVector:
    """The words of a publication's title and summary in ``language``, folded (accents and
    case left aside) and stemmed in that language."""
    return SearchVector(
        folded(shown_text("title", language)),
        folded(shown_text("summary", language)),
        config=SEARCH_CONFIGURATIONS[language],
    )


def search_query(text: str, language: str) -> SearchQuery:
    """The words of a visitor's ``text`` (a web search: "quoted phrases", or, -word), folded
    and stemmed in ``language`` as the search vectors are."""
    return SearchQuery(
        folded(models.Value(text)), config=SEARCH_CONFIGURATIONS[language], search_type="websearch"
    )


def search_field(language: str) -> models.GeneratedField:
    """``search_vector(language)``, stored and kept up to date by PostgreSQL: a search reads
    it, or its GIN index, instead of stemming every summary again."""
    return models.GeneratedField(
        expression=search_vector(language), output_field=SearchVectorField(), db_persist=True
    )


def title_sort_key(language: str):
    """The title in ``language`` in small letters without accents ("État" among the E, on
    any server, with or without ICU collations); indexed per language."""
    return Lower(folded(shown_text("title", language)))


class PublicationQuerySet(models.QuerySet):
    def public(self):
        return self.filter(access=Publication.Access.PUBLIC)

    def members_only(self):
        return self.filter(access=Publication.Access.MEMBERS)

    def newest_first(self):
        return self.order_by("-published_on", "-pk")

    def with_languages(self):
        """With ``languages``: the languages it has a file in, in the files' order."""
        files = PublicationFile.objects.filter(publication=models.OuterRef("pk"))
        return self.annotate(
            languages=ArraySubquery(files.order_by("sort_order").values("language"))
        )

    def for_listing(self):
        """With what a list's cards show, in one query however many publications: the cover,
        ``languages``, and ``theme_ids`` (the themes' primary keys, for a list that has
        loaded the themes already). The covers' renditions are for the cards that are drawn
        (``publications.library.publication_cards``)."""
        links = Publication.themes.through.objects.filter(publication=models.OuterRef("pk"))
        return (
            self.with_languages()
            .annotate(theme_ids=ArraySubquery(links.values("theme_id")))
            .select_related("cover")
        )

    def for_page(self):
        """With what a publication's page shows: its cover, its themes, and its files with
        their documents. The cover's picture is kept in the page cache, its renditions read
        only when it is drawn."""
        files = PublicationFile.objects.select_related("document")
        return (
            self.with_languages()
            .select_related("cover")
            .prefetch_related("themes", models.Prefetch("files", queryset=files))
        )

    def by_title(self, language: str):
        """In the order of their titles in ``language`` (English where it has none)."""
        return self.order_by(title_sort_key(language), "-published_on", "-pk")

    def matching(self, text: str, language: str):
        """Those whose title or summary in ``language`` hold the words of ``text`` (a web
        search: "quoted phrases", or, -word), accents and case left aside, stemmed in that
        language."""
        return self.filter(**{f"search_{language}": search_query(text, language)})

    def published_in(self, years):
        """Published in any of ``years``: a date range each, which the date indexes serve."""
        in_years = models.Q()
        for year in years:
            in_years |= models.Q(published_on__year=year)
        return self.filter(in_years)

    def about_any(self, themes):
        links = Publication.themes.through.objects.filter(
            publication=models.OuterRef("pk"), theme__in=themes
        )
        return self.filter(models.Exists(links))

    def search_documents(self, language: str):
        """What the site search indexes of these publications in ``language``: those with a
        title of their own in that language, their title, summary and authors, never their
        files, each linked to its page in the live library (none without one)."""
        library = live_page("publications.LibraryPage")
        if library is None:
            return self.none()
        text = models.TextField()
        return (
            self.exclude(**{f"title_{language}__isnull": True})
            .exclude(**{f"title_{language}": ""})
            .order_by()
            .values(
                **document(
                    object_id=models.F("pk"),
                    title=models.F(f"title_{language}"),
                    summary=Coalesce(f"summary_{language}", models.Value(""), output_field=text),
                    body=models.F("authors"),
                    url=routed_slug_url_expression(library, "detail", language),
                    members_only=models.Q(access=Publication.Access.MEMBERS),
                    date=models.F("published_on"),
                )
            )
        )

    def available_in(self, languages):
        """Those with a file in any of ``languages``."""
        files = PublicationFile.objects.filter(
            publication=models.OuterRef("pk"), language__in=languages
        )
        return self.filter(models.Exists(files))


class PublicationManager(models.Manager.from_queryset(PublicationQuerySet)):
    def get_queryset(self):
        """Publications without their search columns, which only searches read."""
        return super().get_queryset().defer(*(f"search_{code}" for code in LANGUAGE_CODES))


class Publication(ClusterableModel):
    """A report, guide or other document Efus publishes, in one or several languages."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        PRACTICE_SHEET = "practice_sheet", _("Practice sheet")
        GUIDE = "guide", _("Guide")
        POSITION_PAPER = "position_paper", _("Position paper")
        MANIFESTO = "manifesto", _("Manifesto")
        ACTIVITY_REPORT = "activity_report", _("Activity report")
        PROCEEDINGS = "proceedings", _("Conference proceedings")

    class Access(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBERS = "members", _("Members only")

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("key"), max_length=100, unique=True, help_text=_("Part of the publication's address.")
    )
    summary = models.TextField(_("summary"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    themes = ParentalManyToManyField(
        "themes.Theme", verbose_name=_("themes"), blank=True, related_name="publications"
    )
    published_on = models.DateField(_("publication date"))
    cover = image_field(_("cover"))
    authors = models.CharField(
        _("authors"),
        max_length=500,
        blank=True,
        help_text=_("People or partner organisations who wrote it, as they should be credited."),
    )
    access = models.CharField(
        _("access"), max_length=10, choices=Access.choices, default=Access.PUBLIC
    )

    search_en = search_field("en")
    search_fr = search_field("fr")
    search_de = search_field("de")
    search_it = search_field("it")
    search_es = search_field("es")
    search_pt = search_field("pt")

    objects = PublicationManager()

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("slug")]),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_on"), FieldPanel("access")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("authors"),
        FieldPanel("cover"),
        MultiFieldPanel(
            [InlinePanel("files", label=_("file"))],
            heading=_("Files, one per language"),
        ),
    ]

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [
            models.Index(fields=["-published_on", "-id"], name="publication_newest"),
            models.Index(fields=["access", "-published_on"], name="publication_access"),
            models.Index(fields=["kind", "-published_on"], name="publication_kind"),
            # The facets count from this index alone (an index-only scan).
            models.Index(
                fields=["kind", "access", "published_on", "id"], name="publication_facets"
            ),
            *(
                GinIndex(fields=[f"search_{code}"], name=f"publication_search_{code}")
                for code in LANGUAGE_CODES
            ),
            *(
                models.Index(title_sort_key(code), name=f"publication_title_{code}")
                for code in LANGUAGE_CODES
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_members_only(self) -> bool:
        return self.access == self.Access.MEMBERS

    def files_for_visitor(self) -> list["PublicationFile"]:
        """Its files, the one in the visitor's language first, then the others in their
        editors' order."""
        language = translation.get_language()
        return sorted(self.files.all(), key=lambda file: file.language != language)

    @property
    def shows_fallback(self) -> bool:
        """Whether the title or summary show the English text for the visitor's language."""
        language = translation.get_language()
        return any(shows_english_for(self, field, language) for field in ("title", "summary"))


class PublicationFile(Orderable):
    """The publication in one language: a Wagtail document."""

    publication = ParentalKey(Publication, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="publication_files",
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"], name="one_file_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "publication"], name="file_language")]

    def __str__(self) -> str:
        return f"{self.publication} ({self.language})"

    def download_url(self) -> str | None:
        """The library's download address of this file, in the current language (None
        without a live library: files are only ever served through it)."""
        library = live_page("publications.LibraryPage")
        if library is None:
            return None
        return library.url + library.reverse_subpage(
            "download", args=[self.publication.slug, self.language]
        )


class Download(models.Model):
    """One served file: what, in which language, for which member authority, on which day.
    Nothing about the person who downloaded it (no address, no browser)."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="downloads")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="downloads",
    )
    downloaded_on = models.DateField(_("date"), auto_now_add=True)

    class Meta:
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        indexes = [
            models.Index(fields=["downloaded_on"], name="download_date"),
            models.Index(fields=["publication", "downloaded_on"], name="download_publication"),
            models.Index(fields=["authority", "downloaded_on"], name="download_authority"),
        ]

    def __str__(self) -> str:
        return f"{self.publication} ({self.language}, {self.downloaded_on})"


class LibraryPage(RoutablePageMixin, BasePage):
    """The library: every publication with facets and search; it also serves each
    publication's page, its downloads and the feed of public publications."""

    content_panels = BasePage.content_panels
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("library page")

    @path("")
    def library(self, request):
        from publications.views import library

        return library(request, self)

    @path("feed/")
    def feed(self, request):
        from publications.feeds import PublicationFeed

        return PublicationFeed(self)(request)

    @path("<slug:slug>/")
    def detail(self, request, slug):
        from publications.views import detail

        return detail(request, self, slug)

    @path("<slug:slug>/download/<str:language>/")
    def download(self, request, slug, language):
        from publications.downloads import download

        return download(request, self, slug, language)

    def publication_url(self, publication: Publication) -> str:
        """The publication's page, in the current language."""
        return self.url + self.reverse_subpage("detail", args=[publication.slug])

    def publication_url_in(self, publication: Publication, language: str, request=None) -> str:
        """The publication's page, as a full URL in ``language``."""
        return self.url_in(language, request) + self.reverse_subpage(
            "detail", args=[publication.slug]
        )
