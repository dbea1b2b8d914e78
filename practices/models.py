"""The practice exchange: what a member authority did for urban security, told so that
another city can learn from it and do it too.

A practice is written in one language (its original) and may be translated into the others;
each language's text is a ``PracticeText``. Members write and submit practices from the
members' area; staff review them in the admin through Wagtail's workflow (``review.py``),
which publishes the reviewed revision: what visitors read are the live fields, while a
published practice's later edits wait, as a revision, for the same review.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.expressions import ArraySubquery
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Cast, Concat, JSONObject
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TaskState,
    WorkflowMixin,
    WorkflowState,
)

from pages.models import BasePage
from pages.models.base import LANGUAGE_CODES
from pages.routing import live_page, routed_slug_url_expression
from search.documents import document

YEAR_VALIDATORS = [MinValueValidator(1970), MaxValueValidator(2100)]


@dataclass(frozen=True)
class Section:
    """A part of a practice's text: its field, its heading, and whether a practice needs it
    before it is submitted for review."""

    field: str
    heading: str
    required: bool


SECTIONS = (
    Section("summary", _("Summary"), True),
    Section("problem", _("Problem and context"), True),
    Section("objectives", _("Objectives"), True),
    Section("actions", _("What was done"), True),
    Section("participation", _("Partners and citizens’ participation"), False),
    Section("resources", _("Resources and budget"), False),
    Section("results", _("Results and evaluation"), True),
    Section("transfer", _("What others need to transfer it"), False),
)


@dataclass(frozen=True)
class Criterion:
    """One of the four criteria of evidence of the European Crime Prevention Network, in the
    order a practice meets them: its level is the last one met with all those before."""

    field: str
    name: str
    meaning: str


EVIDENCE = (
    Criterion(
        "described",
        _("Described"),
        _("The problem, the intervention and its context are described well enough to repeat it."),
    ),
    Criterion(
        "plausible",
        _("Plausible"),
        _("How the intervention addresses the problem is explained and makes sense."),
    ),
    Criterion(
        "evaluated",
        _("Evaluated"),
        _("Its outcomes have been evaluated, and the evaluation is available."),
    ),
    Criterion(
        "transferred",
        _("Transferred"),
        _("Another city or region has adapted it and reports on how it went."),
    ),
)


@dataclass(frozen=True)
class Assessment:
    """A criterion of evidence as a practice's page shows it: whether the practice meets it,
    and why, in the words of its text."""

    criterion: Criterion
    met: bool
    because: str


class Stage(models.TextChoices):
    """Where a practice stands, as its authors see it in the members' area."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    CHANGES_IN_DRAFT = "changes_in_draft", _("Published, with changes not yet reviewed")
    DECLINED = "declined", pgettext_lazy("practice", "Declined")


# The columns a list's card or a feed's entry reads of a practice and of its authority.
LISTED_FIELDS = (
    "slug",
    "started_in",
    "ended_in",
    "status",
    "access",
    *(criterion.field for criterion in EVIDENCE),
    "first_published_at",
    "last_published_at",
    "created_at",
    "authority__name",
    "authority__country",
)


class PracticeQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def public(self):
        return self.filter(access=Practice.Access.PUBLIC)

    def of_authority(self, authority):
        return self.filter(authority=authority)

    def shown_to(self, reads_members_only: bool):
        """The live practices a visitor sees: members-only ones too for those who read
        members-only content (``members.access.reads_members_only``)."""
        return self.live() if reads_members_only else self.live().public()

    def newest_first(self):
        return self.order_by(models.F("first_published_at").desc(nulls_last=True), "-pk")

    def about_any(self, themes):
        links = Practice.themes.through.objects.filter(
            practice=models.OuterRef("pk"), theme__in=themes
        )
        return self.filter(models.Exists(links))

    def available_in(self, language: str):
        texts = PracticeText.objects.filter(practice=models.OuterRef("pk"), language=language)
        return self.filter(models.Exists(texts))

    def with_text_in(self, language: str, fields=("title", "summary")):
        """With ``text_row``: ``fields`` and the language of the text a visitor reading
        ``language`` sees (its translation, or the original), read in the same query
        (``Practice.shown_text``)."""
        texts = PracticeText.objects.filter(practice=models.OuterRef("pk")).filter(
            models.Q(language=language) | models.Q(language=models.OuterRef("original_language"))
        )
        own_first = models.Case(models.When(language=language, then=0), default=1)
        row = JSONObject(language="language", **{field: field for field in fields})
        return self.annotate(
            text_row=models.Subquery(texts.order_by(own_first).values_list(row)[:1])
        )

    def with_facts(self):
        """With ``theme_ids`` (the themes' primary keys, for a page that has loaded the
        themes already) and ``language_codes`` (the languages of its texts)."""
        links = Practice.themes.through.objects.filter(practice=models.OuterRef("pk"))
        texts = PracticeText.objects.filter(practice=models.OuterRef("pk"))
        return self.annotate(
            theme_ids=ArraySubquery(links.values("theme_id")),
            language_codes=ArraySubquery(texts.values("language")),
        )

    def for_listing(self, language: str):
        """What a card or a feed's entry shows, in one query however many practices, and
        nothing more (``LISTED_FIELDS``): the text in ``language`` (or the original), the
        themes' keys and the languages."""
        listed = self.select_related("authority").only(*LISTED_FIELDS)
        return listed.with_facts().with_text_in(language)

    def search_documents(self, language: str):
        """What the site search indexes of these practices in ``language``: each live one's
        text in that language, or its original where it has none (the entry names the
        original's language), linked to its page in the live practices page (none without
        one); members-only ones found only by those who read them."""
        library = live_page("practices.PracticeLibraryPage")
        if library is None:
            return self.none()
        translated = PracticeText.objects.filter(
            practice=models.OuterRef("practice"), language=language
        )
        original = models.Q(language=models.F("practice__original_language")) & ~models.Exists(
            translated
        )
        texts = PracticeText.objects.filter(practice__in=self.live().values("pk")).filter(
            models.Q(language=language) | original
        )
        members_only = models.Q(practice__access=Practice.Access.MEMBERS)
        # Every section but the summary, a blank line after each.
        body = [
            part
            for section in SECTIONS[1:]
            for part in (models.F(section.field), models.Value("\n\n"))
        ]
        return texts.order_by().values(
            **document(
                object_id=models.F("practice_id"),
                title=models.F("title"),
                summary=models.F("summary"),
                body=Concat(*body, output_field=models.TextField()),
                url=routed_slug_url_expression(library, "detail", language, "practice__slug"),
                members_only=members_only,
                date=Cast(models.Value(None), models.DateField()),
                text_language=models.Case(
                    models.When(language=language, then=models.Value("")),
                    default=models.F("language"),
                ),
                hidden_from_public=members_only,
            )
        )

    def places(self):
        """One row per city of these practices' authorities, as ``pages.map.Place`` reads
        them: its English name, country, coordinates, how many practices and its name in
        each language."""
        names = {
            f"city_in_{code}": models.Max(f"authority__city_{code}") for code in LANGUAGE_CODES
        }
        return (
            self.order_by()
            .annotate(
                city_en=models.F("authority__city_en"), country=models.F("authority__country")
            )
            .values("city_en", "country")
            .annotate(
                latitude=models.Avg("authority__latitude"),
                longitude=models.Avg("authority__longitude"),
                count=models.Count("pk"),
                **names,
            )
            .order_by("country", "city_en")
        )

    def near(self, authority):
        """Other authorities' practices from ``authority``'s country or on a theme of its
        own practices."""
        practice_themes = Practice.themes.through.objects
        own_themes = practice_themes.filter(practice__authority=authority).values("theme")
        on_its_themes = practice_themes.filter(theme__in=own_themes).values("practice")
        return self.exclude(authority=authority).filter(
            models.Q(authority__country=authority.country) | models.Q(pk__in=on_its_themes)
        )


class Practice(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """A practice of a member authority. Its texts (one per language) are ``texts``."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")

    class Access(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBERS = "members", _("Members only")

    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        on_delete=models.PROTECT,
        related_name="practices",
    )
    slug = models.SlugField(
        _("key"), max_length=100, unique=True, help_text=_("Part of the practice's address.")
    )
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=settings.LANGUAGES,
        help_text=_("The language it was written in: shown where a language has no translation."),
    )
    themes = ParentalManyToManyField(
        "themes.Theme", verbose_name=_("themes"), blank=True, related_name="practices"
    )
    started_in = models.PositiveSmallIntegerField(
        _("started in"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    ended_in = models.PositiveSmallIntegerField(
        _("ended in"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    contact = models.ForeignKey(
        "members.MemberAccount",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        help_text=_("Shown to signed-in members only."),
    )
    access = models.CharField(
        _("access"), max_length=10, choices=Access.choices, default=Access.PUBLIC
    )
    described = models.BooleanField(_("described"), default=False)
    plausible = models.BooleanField(_("plausible"), default=False)
    evaluated = models.BooleanField(_("evaluated"), default=False)
    transferred = models.BooleanField(_("transferred"), default=False)
    declined_at = models.DateTimeField(_("declined on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="practice",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="practice",
        for_concrete_model=False,
    )

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        indexes = [
            models.Index(fields=["live", "access"], name="practice_live_access"),
            # The lists' order (``newest_first``): a page of them reads a few rows of it.
            models.Index(
                models.F("first_published_at").desc(nulls_last=True),
                models.F("id").desc(),
                name="practice_newest_first",
            ),
        ]

    def __str__(self) -> str:
        return self.original_text.title if self.original_text else self.slug

    @property
    def is_members_only(self) -> bool:
        return self.access == self.Access.MEMBERS

    def publish(self, revision, *args, **kwargs):
        """Wagtail's publication; then the images take the descriptions written with the
        practice, and the images and documents it showed and shows no more are deleted,
        unless something else uses them (``attachments.py``)."""
        from practices.attachments import after_publication, shown_by

        shown_before = shown_by(self.pk)
        published = super().publish(revision, *args, **kwargs)
        after_publication(self.pk, shown_before)
        return published

    def with_content_json(self, content):
        """A revision's practice, declined or not as the practice is now: staff's decline is
        not written in its revisions."""
        practice = super().with_content_json(content)
        practice.declined_at = self.declined_at
        return practice

    @property
    def evidence_level(self) -> int:
        """How many of the criteria it meets in a row, from the first (0 to 4)."""
        level = 0
        for criterion in EVIDENCE:
            if not getattr(self, criterion.field):
                break
            level += 1
        return level

    @cached_property
    def texts_by_language(self) -> dict:
        return {text.language: text for text in self.texts.all()}

    @property
    def original_text(self):
        return self.texts_by_language.get(self.original_language)

    @property
    def languages(self) -> list[str]:
        """The languages it can be read in, in the site's order."""
        return [code for code in LANGUAGE_CODES if code in self.texts_by_language]

    def text_for(self, language: str):
        """The text a visitor reading ``language`` sees: its translation, or the original."""
        return self.texts_by_language.get(language) or self.original_text

    def shown_text(self) -> "PracticeText | None":
        """The text ``PracticeQuerySet.with_text_in`` read with the practice (only the
        fields it read)."""
        row = getattr(self, "text_row", None)
        return PracticeText(practice=self, **row) if row else None

    @property
    def listed_languages(self) -> list[str]:
        """The languages it can be read in, in the site's order, as a list read them
        (``PracticeQuerySet.with_facts``)."""
        return [code for code in LANGUAGE_CODES if code in self.language_codes]

    def assessments(self, text) -> list[Assessment]:
        """Each criterion of evidence, met or not, with ``text``'s justification."""
        return [
            Assessment(
                criterion,
                getattr(self, criterion.field),
                getattr(text, f"{criterion.field}_because", "") if text else "",
            )
            for criterion in EVIDENCE
        ]

    @property
    def evidence_name(self) -> str:
        """The name of its evidence level: the last criterion it meets in a row."""
        level = self.evidence_level
        return str(EVIDENCE[level - 1].name) if level else gettext("No criterion met yet")

    @property
    def period(self) -> str:
        """When it ran: "2016–2019", "Since 2019", "2019", or ''."""
        if self.started_in and self.ended_in and self.ended_in != self.started_in:
            return f"{self.started_in}–{self.ended_in}"
        if self.started_in and self.status == self.Status.RUNNING:
            return gettext("Since %(year)s") % {"year": self.started_in}
        return str(self.started_in or self.ended_in or "")

    @cached_property
    def stage(self) -> Stage:
        """Where it stands in its review (``review.py`` moves it along)."""
        if self.declined_at:
            return Stage.DECLINED
        state = self.current_workflow_state
        if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return Stage.CHANGES_REQUESTED
        if state:
            return Stage.IN_REVIEW
        if self.live:
            return Stage.CHANGES_IN_DRAFT if self.has_unpublished_changes else Stage.PUBLISHED
        return Stage.DRAFT

    @property
    def may_be_edited(self) -> bool:
        """Its authors may change it unless it is being reviewed or was declined."""
        return self.stage not in (Stage.IN_REVIEW, Stage.DECLINED)

    def reviewer_comment(self) -> str:
        """What the reviewer wrote when they last asked for changes or declined it."""
        task_state = (
            TaskState.objects.filter(
                workflow_state__in=WorkflowState.objects.for_instance(self),
                status__in=(TaskState.STATUS_REJECTED, TaskState.STATUS_CANCELLED),
            )
            .exclude(comment="")
            .order_by("-finished_at")
            .first()
        )
        return task_state.comment if task_state else ""


class PracticeText(models.Model):
    """A practice's text in one language: its original, or a translation."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    problem = models.TextField(_("problem and context"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    actions = models.TextField(_("what was done"), blank=True)
    participation = models.TextField(_("partners and citizens’ participation"), blank=True)
    resources = models.TextField(_("resources and budget"), blank=True)
    results = models.TextField(_("results and evaluation"), blank=True)
    transfer = models.TextField(_("what others need to transfer it"), blank=True)
    described_because = models.TextField(_("why it is described"), blank=True)
    plausible_because = models.TextField(_("why it is plausible"), blank=True)
    evaluated_because = models.TextField(_("why it is evaluated"), blank=True)
    transferred_because = models.TextField(_("why it is transferred"), blank=True)

    class Meta:
        verbose_name = _("practice text")
        verbose_name_plural = _("practice texts")
        constraints = [
            models.UniqueConstraint(fields=["practice", "language"], name="practice_text_language")
        ]

    def __str__(self) -> str:
        return self.title

    def filled_sections(self) -> list[tuple[Section, str]]:
        """The sections it has text in, in their order, with that text."""
        found = [(section, getattr(self, section.field, "")) for section in SECTIONS]
        return [(section, value) for section, value in found if value.strip()]

    @property
    def missing_sections(self) -> list[Section]:
        """The sections a practice needs before review that this text leaves empty."""
        return [s for s in SECTIONS if s.required and not getattr(self, s.field).strip()]


class Adaptation(Orderable):
    """Another member authority that adapted the practice."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="adaptations")
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        on_delete=models.CASCADE,
        related_name="adaptations",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("adaptation")
        verbose_name_plural = _("adapted by")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "authority"], name="practice_adaptation_authority"
            )
        ]


@dataclass(frozen=True)
class Picture:
    """One of a practice's images as a reader of one language sees it: described in that
    language, else in the practice's original language, else in English; ``lang`` names the
    description's language when it is not the page's."""

    image: models.Model
    alt: str
    lang: str | None


class PracticeImage(Orderable):
    """An image of a practice. What it shows is written in each language with the practice's
    texts (``alt_texts``, kept in the practice's revisions so that it waits for review like
    the text); publishing the practice gives the image (a ``pages.SiteImage``) those
    descriptions, which its page reads."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_texts = models.JSONField(
        _("descriptions"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("What the image shows, by language, as its authors wrote it."),
    )

    def alt_text(self, language: str) -> str:
        """What the image shows in ``language``: as written with the practice, else as the
        image itself says it."""
        if language in self.alt_texts:
            return self.alt_texts[language]
        return getattr(self.image, f"description_{language}", "") or ""

    def picture(self, language: str, original_language: str) -> Picture:
        """The image as a reader of ``language`` sees it, when the practice was written in
        ``original_language``."""
        for code in dict.fromkeys((language, original_language, settings.LANGUAGE_CODE)):
            alt = self.alt_text(code)
            if alt:
                return Picture(self.image, alt, None if code == get_language() else code)
        return Picture(self.image, self.image.title, None)


class PracticeFile(Orderable):
    """A document attached to a practice, served through the practice's file route only."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="files")
    # CASCADE, as for images: a revision naming a deleted document is read without it.
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="practice_files",
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, blank=True)


class PracticeLibraryPage(RoutablePageMixin, BasePage):
    """The practice exchange: ``""`` lists the published practices with filters and a map,
    ``feed/`` the public ones as Atom, ``<slug>/`` one practice, ``<slug>/files/<id>/`` one
    of its files."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1
    menu_group = "network"

    class Meta:
        verbose_name = _("practices page")

    @path("")
    def practices(self, request):
        from practices.views import practice_list

        return practice_list(request, self)

    @path("feed/")
    def feed(self, request):
        from practices.feeds import PracticeFeed

        return PracticeFeed(self)(request)

    @path("<slug:slug>/")
    def detail(self, request, slug):
        from practices.views import practice_detail

        return practice_detail(request, self, slug)

    @path("<slug:slug>/files/<int:file_id>/")
    def file(self, request, slug, file_id):
        from practices.views import practice_file

        return practice_file(request, self, slug, file_id)

    def practice_url(self, practice: Practice) -> str:
        """The practice's page, in the current language."""
        return self.url + self.reverse_subpage("detail", args=[practice.slug])

    def practice_url_in(self, practice: Practice, language: str, request=None) -> str:
        """The practice's page, as a full URL in ``language``."""
        return self.url_in(language, request) + self.reverse_subpage("detail", args=[practice.slug])

    def file_url(self, practice_file: "PracticeFile") -> str:
        return self.url + self.reverse_subpage(
            "file", args=[practice_file.practice.slug, practice_file.pk]
        )


def practices_page() -> PracticeLibraryPage | None:
    return live_page("practices.PracticeLibraryPage")


class PracticeReviewTask(AbstractGroupApprovalTask):
    """Staff's review of a practice: approve it (it is published), ask for changes with a
    comment, or decline it."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:
            actions.append(("decline", _("Decline"), True))
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "decline":
            from practices.review import decline

            return decline(task_state, user, kwargs.get("comment", ""))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve a practice, ask for changes or decline it")

    class Meta:
        verbose_name = _("practice review")
        verbose_name_plural = _("practice reviews")
