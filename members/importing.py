"""Importing the member list that the Paris team keeps in a spreadsheet (CSV or XLSX).

``preview`` reads a file and says which rows are new, changed, unchanged or wrong, and which
existing values an empty cell would erase, without writing anything. A spreadsheet is the
member list as it should be: an empty cell empties the member's value, and the preview lists
each such erasure, row by row and column by column, before staff confirm. ``apply`` loads
every row or none: any wrong row and nothing is written. Rows match existing members on
``slug``.
"""

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import PurePath

import openpyxl
import tablib
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django_countries import countries
from import_export import fields, resources, widgets
from import_export.instance_loaders import CachedInstanceLoader

from members.models import Kind, MemberAuthority, NationalForum
from pages.caching import page_cache_emptied_once
from pages.exports import restored

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 50
# A member's longest text, its description in one language, fits in a few pages.
MAX_CELL_CHARS = 10_000
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# How much of a bad value a message quotes.
EXCERPT_CHARS = 40
SUFFIXES = (".csv", ".xlsx")
DESCRIPTION_COLUMNS = [f"description_{code}" for code, _name in settings.LANGUAGES]
# The city's name in English is the ``city`` column; its names in the other languages follow,
# the only columns a file may leave out (the names it does not give stay as they are).
CITY_COLUMNS = [f"city_{code}" for code, _name in settings.LANGUAGES[1:]]
OPTIONAL_COLUMNS = frozenset(CITY_COLUMNS)
COLUMNS = [
    "slug",
    "name",
    "kind",
    "country",
    "city",
    "latitude",
    "longitude",
    "population",
    "website",
    "member_since",
    "status",
    "national_forum",
    "committee_role",
    "committee_since",
    *DESCRIPTION_COLUMNS,
    *CITY_COLUMNS,
]
WHOLE_NUMBER = re.compile(r"[+-]?\d{1,15}", re.ASCII)
DECIMAL_NUMBER = re.compile(r"[+-]?\d{1,3}(?:[.,]\d{1,15})?", re.ASCII)

OnRow = Callable[[int, int], None]


@dataclass(frozen=True)
class RowError:
    """A wrong row (or the whole file, when ``line`` is None) and why."""

    line: int | None
    reason: str

    def __str__(self) -> str:
        if self.line is None:
            return self.reason
        return _("line %(line)d: %(reason)s") % {"line": self.line, "reason": self.reason}


@dataclass(frozen=True)
class Erasure:
    """A value that an empty cell erases: its column and the start of what it holds now."""

    column: str
    text: str


@dataclass(frozen=True)
class RowChange:
    line: int
    slug: str
    name: str
    fields: tuple[str, ...] = ()
    erased: tuple[Erasure, ...] = ()


@dataclass
class ImportPreview:
    new: list[RowChange] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    unchanged: list[RowChange] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def erasures(self) -> list[tuple[RowChange, Erasure]]:
        """Every existing value that an empty cell erases, row by row."""
        return [(row, erasure) for row in self.changed for erasure in row.erased]


class ImportRejected(Exception):
    """At least one row is wrong: nothing was written."""

    def __init__(self, preview: ImportPreview):
        super().__init__("; ".join(str(error) for error in preview.errors))
        self.preview = preview


class FileRefused(Exception):
    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.error = RowError(line, reason)


@dataclass
class Sheet:
    """The file's header and its non-blank rows, each with its line number."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


def preview(file_bytes: bytes, filename: str, on_row: OnRow | None = None) -> ImportPreview:
    """What importing the file would do; nothing is written."""
    return run(file_bytes, filename, dry_run=True, on_row=on_row)


def apply(file_bytes: bytes, filename: str, on_row: OnRow | None = None) -> ImportPreview:
    """Load every row of the file, or raise ``ImportRejected`` having written nothing."""
    with transaction.atomic(), page_cache_emptied_once():
        report = run(file_bytes, filename, dry_run=False, on_row=on_row)
        if not report.is_valid:
            raise ImportRejected(report)
    return report


def run(file_bytes: bytes, filename: str, *, dry_run: bool, on_row: OnRow | None):
    try:
        sheet = read_sheet(file_bytes, filename)
    except FileRefused as refused:
        return ImportPreview(errors=[refused.error])
    rows, errors = checked_rows(sheet)
    if errors and not dry_run:
        return ImportPreview(errors=errors)
    report = import_rows(rows, dry_run=dry_run, on_row=on_row)
    report.errors = sorted(errors + report.errors, key=lambda error: error.line or 0)
    return report


# Reading the file


def read_sheet(file_bytes: bytes, filename: str) -> Sheet:
    if len(file_bytes) > MAX_BYTES:
        raise FileRefused(_("the file is larger than %(size)d MB") % {"size": MAX_BYTES >> 20})
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise FileRefused(_("only .csv and .xlsx files can be imported"))
    records = read_csv(file_bytes) if suffix == ".csv" else read_xlsx(file_bytes)
    records = [(line, row_cells(line, cells)) for line, cells in islice(records, MAX_ROWS + 2)]
    if len(records) > MAX_ROWS + 1:
        raise FileRefused(_("the file has more than %(count)d rows") % {"count": MAX_ROWS})
    if not records or not records[0][1]:
        raise FileRefused(_("the file is empty: its first line must name the columns"), line=1)
    header = [cell.lower() for cell in records[0][1]]
    return Sheet(header, [(line, cells) for line, cells in records[1:] if cells])


def row_cells(line: int, cells: list[str]) -> list[str]:
    """A row's cells without surrounding spaces, trailing blank cells, or the quote that the
    site's CSV export puts before a formula; refused when a cell is longer, or the row wider,
    than a member's row can be."""
    if any(len(cell) > MAX_CELL_CHARS for cell in cells):
        raise FileRefused(cell_too_long(), line)
    cells = without_trailing_blanks([restored(cell).strip() for cell in cells])
    if len(cells) > MAX_COLUMNS:
        raise FileRefused(
            _("this row has more than %(count)d columns") % {"count": MAX_COLUMNS}, line
        )
    return cells


def cell_too_long() -> str:
    return _("a cell is longer than %(count)d characters") % {"count": MAX_CELL_CHARS}


def read_csv(file_bytes: bytes) -> Iterator[tuple[int, list[str]]]:
    text = decoded(file_bytes)
    first_line = text.partition("\n")[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        # The csv module stops at its own limit (131,072 characters), above the one here.
        if str(error).startswith("field larger than field limit"):
            raise FileRefused(cell_too_long(), line) from None
        reason = _("the file is not valid CSV: %(error)s") % {"error": error}
        raise FileRefused(reason, line) from None


def decoded(file_bytes: bytes) -> str:
    data = file_bytes.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileRefused(
            _("the file is not UTF-8 text; save it as “CSV UTF-8” and try again"), line
        ) from None


def read_xlsx(file_bytes: bytes) -> Iterator[tuple[int, list[str]]]:
    """The first sheet's rows, streamed. A sheet says how wide it is; one that says nothing
    (a hand-made file) is read up to the column after the last one allowed, whatever lies
    further right, rather than as 16,384 cells a row."""
    workbook = opened_workbook(file_bytes)
    try:
        sheet = workbook.worksheets[0]
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise FileRefused(
                _("the sheet has more than %(count)d columns") % {"count": MAX_COLUMNS}
            )
        rows = sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
        for line, values in enumerate(rows, start=1):
            yield line, [cell_text(value) for value in values]
    except FileRefused:
        raise
    except Exception:
        raise FileRefused(_("the file cannot be read as an Excel workbook (.xlsx)")) from None
    finally:
        workbook.close()


def opened_workbook(file_bytes: bytes):
    """The workbook, opened only once its size unpacked is known to be sane: openpyxl reads
    every shared string into memory."""
    try:
        unpacked = unpacked_size(file_bytes)
    except Exception:
        raise FileRefused(_("the file cannot be read as an Excel workbook (.xlsx)")) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileRefused(
            _("the workbook unpacks to more than %(size)d MB") % {"size": MAX_UNPACKED_BYTES >> 20}
        )
    try:
        return openpyxl.load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True)
    except Exception:
        raise FileRefused(_("the file cannot be read as an Excel workbook (.xlsx)")) from None


def unpacked_size(file_bytes: bytes) -> int:
    """What an XLSX file (a zip archive) holds once unpacked, as its entries declare; reading
    an entry never unpacks more than it declares."""
    with zipfile.ZipFile(io.BytesIO(file_bytes)) as archive:
        return sum(entry.file_size for entry in archive.infolist())


def cell_text(value) -> str:
    """A spreadsheet cell as the text a CSV file would hold."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def excerpt(value: str) -> str:
    """The start of a bad value, short enough to quote in a message."""
    return Truncator(value).chars(EXCERPT_CHARS)


def without_trailing_blanks(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


# Checking the header and rows before importing them


def checked_rows(sheet: Sheet) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """The rows as dicts by column, and what is wrong with the header or single rows."""
    header_errors = header_problems(sheet.header)
    if header_errors:
        return [], [RowError(1, reason) for reason in header_errors]
    rows, errors, first_line_of = [], [], {}
    for line, cells in sheet.rows:
        if len(cells) > len(sheet.header):
            errors.append(RowError(line, too_many_cells(len(cells), len(sheet.header))))
            continue
        row = dict(zip(sheet.header, cells + [""] * (len(sheet.header) - len(cells)), strict=True))
        if row["slug"] in first_line_of:
            errors.append(RowError(line, duplicate(row["slug"], first_line_of[row["slug"]], line)))
            continue
        if row["slug"]:
            first_line_of[row["slug"]] = line
        rows.append((line, row))
    return rows, errors


def header_problems(header: list[str]) -> list[str]:
    problems = []
    missing = [column for column in COLUMNS if column not in header + [*OPTIONAL_COLUMNS]]
    unknown = [excerpt(column) or _("(empty)") for column in header if column not in COLUMNS]
    repeated = sorted({excerpt(column) for column in header if header.count(column) > 1})
    if missing:
        problems.append(_("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
    if unknown:
        problems.append(_("unknown columns: %(columns)s") % {"columns": ", ".join(unknown)})
    if repeated:
        problems.append(_("repeated columns: %(columns)s") % {"columns": ", ".join(repeated)})
    if problems:
        problems.append(_("the first line must name these columns: %s") % ", ".join(COLUMNS))
    return problems


def too_many_cells(cells: int, columns: int) -> str:
    return _("this row has %(cells)d cells but the header names %(columns)d columns") % {
        "cells": cells,
        "columns": columns,
    }


def duplicate(slug: str, first: int, line: int) -> str:
    return _("the slug “%(slug)s” appears twice, on lines %(first)d and %(line)d") % {
        "slug": excerpt(slug),
        "first": first,
        "line": line,
    }


# Importing the rows


def import_rows(rows: list[tuple[int, dict]], *, dry_run: bool, on_row: OnRow | None):
    given = [column for column in COLUMNS if not rows or column in rows[0][1]]
    dataset = tablib.Dataset(headers=given)
    for _line, row in rows:
        dataset.append([row[column] for column in given])
    resource = MemberResource(on_row=on_row)
    result = resource.import_data(
        dataset, dry_run=dry_run, use_transactions=True, rollback_on_validation_errors=True
    )
    report = ImportPreview(errors=[RowError(None, str(e.error)) for e in result.base_errors])
    for (line, row), row_result in zip(rows, result.rows, strict=True):
        record(report, line, row, row_result)
    return report


def record(report: ImportPreview, line: int, row: dict, row_result) -> None:
    changes = getattr(row_result, "changes", {})
    erased = tuple(
        Erasure(column, excerpt(old)) for column, (old, new) in changes.items() if not new
    )
    change = RowChange(line, row["slug"], row["name"], tuple(changes), erased)
    if row_result.is_new():
        report.new.append(change)
    elif row_result.is_update():
        report.changed.append(change)
    elif row_result.is_skip():
        report.unchanged.append(change)
    else:
        report.errors.append(RowError(line, row_failure(row_result)))


def row_failure(row_result) -> str:
    if row_result.validation_error is None:
        return "; ".join(str(error.error) for error in row_result.errors)
    messages = getattr(row_result.validation_error, "message_dict", None) or {
        NON_FIELD_ERRORS: row_result.validation_error.messages
    }
    return "; ".join(
        message if column == NON_FIELD_ERRORS else f"{column}: {message}"
        for column, column_messages in messages.items()
        for message in column_messages
    )


# How each column is read


def empty_cell(accepted: str) -> ValueError:
    return ValueError(_("this cell is empty; write %(accepted)s") % {"accepted": accepted})


class TextWidget(widgets.Widget):
    """Text without surrounding spaces; an empty cell becomes ``empty``."""

    def __init__(self, empty=""):
        super().__init__()
        self.empty = empty

    def clean(self, value, row=None, **kwargs):
        return (value or "").strip() or self.empty


class ChoiceWidget(widgets.Widget):
    """One of a model's choices, written as its code (``local``, ``active``…)."""

    def __init__(self, choices, optional=False):
        super().__init__()
        self.codes = list(choices.values)
        self.optional = optional

    def clean(self, value, row=None, **kwargs):
        code = (value or "").strip().lower()
        if code in self.codes or (self.optional and not code):
            return code
        accepted = _("one of: %(codes)s") % {"codes": ", ".join(self.codes)}
        if not code:
            raise empty_cell(accepted)
        raise ValueError(
            _("“%(value)s” is not accepted; write %(accepted)s")
            % {"value": excerpt(value), "accepted": accepted}
        )


class CountryWidget(widgets.Widget):
    """A country, written as its ISO 3166 two-letter code."""

    def clean(self, value, row=None, **kwargs):
        code = (value or "").strip().upper()
        if len(code) == 2 and code in countries:
            return code
        if not code:
            raise empty_cell(_("the country's ISO 3166 two-letter code, such as FR or IT"))
        raise ValueError(
            _("“%(value)s” is not an ISO 3166 two-letter country code such as FR or IT")
            % {"value": excerpt(value)}
        )

    def render(self, value, obj=None, **kwargs):
        return getattr(value, "code", value) or ""


class ForumWidget(widgets.Widget):
    """A national forum, written as its country's two-letter code; empty for none."""

    def __init__(self):
        super().__init__()
        self.forums = None

    def clean(self, value, row=None, **kwargs):
        code = (value or "").strip().upper()
        if not code:
            return None
        if self.forums is None:
            self.forums = {forum.country.code: forum for forum in NationalForum.objects.all()}
        if code not in self.forums:
            raise ValueError(
                _("there is no national forum for “%(value)s”") % {"value": excerpt(value)}
            )
        return self.forums[code]

    def render(self, value, obj=None, **kwargs):
        return value.country.code if value else ""


class WholeNumberWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = (value or "").strip()
        if not text:
            return None
        if not WHOLE_NUMBER.fullmatch(text):
            raise ValueError(
                _("“%(value)s” is not a whole number (digits only, such as 125000)")
                % {"value": excerpt(text)}
            )
        return int(text)


class CoordinateWidget(widgets.Widget):
    """A latitude or longitude in degrees, rounded to five decimal places."""

    def clean(self, value, row=None, **kwargs):
        text = (value or "").strip()
        if not text:
            return None
        if not DECIMAL_NUMBER.fullmatch(text):
            raise ValueError(
                _("“%(value)s” is not a number of degrees such as 48.85341")
                % {"value": excerpt(text)}
            )
        return Decimal(text.replace(",", ".")).quantize(Decimal("0.00001"))


def column(name: str, widget: widgets.Widget) -> fields.Field:
    return fields.Field(attribute=name, column_name=name, widget=widget)


class MemberResource(resources.ModelResource):
    """One spreadsheet row per member authority, matched on ``slug``."""

    slug = column("slug", TextWidget())
    name = column("name", TextWidget())
    kind = column("kind", ChoiceWidget(Kind))
    country = column("country", CountryWidget())
    city = fields.Field(attribute="city_en", column_name="city", widget=TextWidget())
    latitude = column("latitude", CoordinateWidget())
    longitude = column("longitude", CoordinateWidget())
    population = column("population", WholeNumberWidget())
    website = column("website", TextWidget())
    member_since = column("member_since", WholeNumberWidget())
    status = column("status", ChoiceWidget(MemberAuthority.Status))
    national_forum = column("national_forum", ForumWidget())
    committee_role = column(
        "committee_role", ChoiceWidget(MemberAuthority.CommitteeRole, optional=True)
    )
    committee_since = column("committee_since", WholeNumberWidget())
    locals().update(
        {name: column(name, TextWidget(empty=None)) for name in CITY_COLUMNS + DESCRIPTION_COLUMNS}
    )

    class Meta:
        model = MemberAuthority
        fields = COLUMNS
        import_order = COLUMNS
        import_id_fields = ["slug"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        skip_html_diff = True
        store_instance = True
        instance_loader_class = CachedInstanceLoader

    def __init__(self, on_row: OnRow | None = None, **kwargs):
        super().__init__(**kwargs)
        self.on_row = on_row
        self.total_rows = 0

    def get_queryset(self):
        return MemberAuthority.objects.select_related("national_forum")

    def before_import(self, dataset, **kwargs):
        self.total_rows = len(dataset)

    def import_row(self, row, instance_loader, **kwargs):
        row_result = super().import_row(row, instance_loader, **kwargs)
        if row_result.is_update():
            row_result.changes = self.changes(row_result.instance, row_result.original)
        row_result.instance = row_result.original = None
        if self.on_row:
            self.on_row(kwargs["row_number"], self.total_rows)
        return row_result

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors or original is None or original.pk is None:
            return False
        return not self.changes(instance, original)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The model's ``full_clean``, less what the columns already checked: the country
        code, and the slug's uniqueness (the instance loader matched every slug)."""
        errors = dict(import_validation_errors or {})
        if self._meta.clean_model_instances:
            try:
                instance.full_clean(exclude=[*errors, "country"], validate_unique=False)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def changes(self, instance, original) -> dict[str, tuple[str, str]]:
        """The changed columns, each with its value before and after, as the file writes them."""
        values = (
            (field.column_name, str(field.export(original)), str(field.export(instance)))
            for field in self.get_import_fields()
        )
        return {column: (old, new) for column, old, new in values if old != new}

    def import_data_inner(self, dataset, dry_run, raise_errors, using_transactions, *args, **kw):
        """A preview validates each row without writing it, so it needs no savepoints."""
        writes = using_transactions and not dry_run
        return super().import_data_inner(dataset, dry_run, raise_errors, writes, *args, **kw)
