"""How complete a practice's translations are, for Reports → Translations.

A practice is not translated column by column with modeltranslation: each language's text is
a ``PracticeText`` row, and the reference is the text in the practice's original language,
not English. A language is *complete* when its text has every field the original has
written (the title, the sections, the justifications of the criteria of evidence),
*partial* when it has some of them, *missing* when it has no text (or none of them); the
original is complete, and English is measured like any other language. A field is written
when it holds more than white space, as a practice's page reads it (``str.strip``). A
practice without a text in its original language (changed in the admin) is measured against
its fullest text, and its original language is missing.

``PracticeTranslations`` tells ``pages.translation_status`` how: one SQL statement measures
many practices, joining each one's original and its text in every language. It is
registered at start (``PracticesConfig.ready``), so that ``pages`` imports nothing from here;
a practice is measured again when it or one of its texts is saved or deleted, and the bulk
loader measures what it inserts.
"""

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext

from pages.models.base import LANGUAGE_CODES
from pages.translation_status import TranslatedKind
from practices.models import EVIDENCE, SECTIONS, Practice, PracticeText

# What a translation needs of the original, in the order of the editor.
TEXT_FIELDS = (
    "title",
    *(section.field for section in SECTIONS),
    *(f"{criterion.field}_because" for criterion in EVIDENCE),
)
PRACTICES = Practice._meta.db_table
TEXTS = PracticeText._meta.db_table


def column(table: str, field: str) -> str:
    return f'{table}."{PracticeText._meta.get_field(field).column}"'


def written_in(language: str) -> str:
    """SQL: how many of the original's written fields the text in ``language`` has too (none
    without a text: its joined row is NULL); every field it has without an original."""
    return " + ".join(
        f"(CASE WHEN coalesce({column('original', field)} ~ '\\S', true) "
        f"AND {column(f'text_{language}', field)} ~ '\\S' THEN 1 ELSE 0 END)"
        for field in TEXT_FIELDS
    )


def text_join(alias: str, language: str) -> str:
    """SQL: the text of each practice in ``language`` (a column of the practice's row, or a
    constant), as ``alias``."""
    practice = PracticeText._meta.get_field("practice").column
    return (
        f'LEFT JOIN {TEXTS} AS {alias} ON {alias}."{practice}" = practice.id '
        f"AND {alias}.language = {language}"
    )


class PracticeTranslations(TranslatedKind):
    model = Practice
    parts = {PracticeText: "practice_id"}

    def columns(self) -> set[tuple[str, str]]:
        fields = [*TEXT_FIELDS, "practice", "language"]
        return {
            (PRACTICES, Practice._meta.get_field("original_language").column),
            *((TEXTS, PracticeText._meta.get_field(field).column) for field in fields),
        }

    def measures(self, objects) -> tuple[str, list]:
        practices, params = objects.order_by().values("pk").query.sql_with_params()
        measured = [
            f"'{self.key}' AS measured_model",
            "practice.id AS measured_object_id",
            f"'{self.kind}' AS measured_kind",
            "NULL::bigint AS measured_page_id",
            *(f"{written_in(code)} AS measured_written_{code}" for code in LANGUAGE_CODES),
        ]
        joins = [
            text_join("original", "practice.original_language"),
            *(text_join(f"text_{code}", f"'{code}'") for code in LANGUAGE_CODES),
        ]
        statement = (
            f"SELECT {', '.join(measured)} FROM {PRACTICES} AS practice "  # noqa: S608 - our columns
            f"{' '.join(joins)} WHERE practice.id IN ({practices})"
        )
        return statement, list(params)

    def listed(self):
        """With its original text's title, as the practice is named everywhere."""
        original = PracticeText.objects.filter(
            practice=OuterRef("pk"), language=OuterRef("original_language")
        )
        return self.objects().annotate(original_title=Subquery(original.values("title")[:1]))

    def label(self, instance) -> str:
        return instance.original_title or instance.slug

    def kind_label(self, instance) -> str:
        language = dict(settings.LANGUAGES)[instance.original_language]
        return gettext("Practice (original: %(language)s)") % {"language": language}
