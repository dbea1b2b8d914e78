"""Class 7, the member import: a small file cannot fill the server's memory or the preview page.
A cell longer than a member's text could be, a row wider than the sheet, or a workbook that
unpacks to more than its limit is refused at once with a clear message, before the workbook is
loaded; a bad value is echoed only as a short excerpt."""

import csv
import io
import re
import time
import tracemalloc
import zipfile

import openpyxl
import pytest

from members import importing

PREVIEW_URL = "/admin/members/import/preview/"
ENORMOUS = 5_000_000


def xlsx_of(rows: list[list]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


MEMBER = {"slug": "ville-x", "name": "Ville X", "kind": "local", "country": "FR", "city": "X"}


def member_row(**cells) -> list[str]:
    row = {**MEMBER, "status": "active", **cells}
    return [row.get(column, "") for column in importing.COLUMNS]


def csv_of(rows: list[list[str]]) -> bytes:
    output = io.StringIO()
    csv.writer(output).writerows(rows)
    return output.getvalue().encode()


@pytest.fixture
def preview_page(admin_client):
    """The admin's preview of an uploaded file, and how long the upload and preview took."""

    def upload(file_bytes: bytes, filename: str):
        file = io.BytesIO(file_bytes)
        file.name = filename
        started = time.monotonic()
        assert admin_client.post("/admin/members/import/", {"file": file}).status_code == 302
        response = admin_client.get(PREVIEW_URL)
        assert response.status_code == 200
        return response.content.decode(), time.monotonic() - started

    return upload


def test_an_xlsx_with_one_enormous_cell_is_refused_quickly_without_echoing_it(preview_page):
    enormous = "A" * ENORMOUS
    workbook = xlsx_of([importing.COLUMNS, member_row(kind=enormous)])
    assert len(workbook) < 100_000

    html, seconds = preview_page(workbook, "members.xlsx")

    assert "<td>2</td><td>a cell is longer than 10000 characters</td>" in html
    assert "A" * 100 not in html
    assert "Confirm import" not in html
    assert seconds < 5


def test_refusing_an_enormous_cell_takes_little_memory(db):
    workbook = xlsx_of([importing.COLUMNS, member_row(description_en="A" * ENORMOUS)])

    report, peak = with_peak_memory(lambda: importing.preview(workbook, "members.xlsx"))

    assert [str(error) for error in report.errors] == [
        "line 2: a cell is longer than 10000 characters"
    ]
    assert peak < 50 * 1024 * 1024


def with_peak_memory(work):
    """What ``work()`` returns, and the most memory it held at once."""
    tracemalloc.start()
    try:
        return work(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def zip_bomb() -> bytes:
    """A small workbook whose shared strings unpack to more than the import reads."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_of([importing.COLUMNS, member_row()])))
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    strings += b"<si><t>" + b"A" * (importing.MAX_UNPACKED_BYTES + 1) + b"</t></si></sst>"
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as bomb:
        for entry in source.infolist():
            if entry.filename != "xl/sharedStrings.xml":
                bomb.writestr(entry, source.read(entry))
        bomb.writestr("xl/sharedStrings.xml", strings)
    return output.getvalue()


def test_a_zip_bomb_is_refused_without_being_loaded(preview_page, monkeypatch):
    bomb = zip_bomb()
    assert len(bomb) < importing.MAX_BYTES
    loaded = []
    monkeypatch.setattr(importing.openpyxl, "load_workbook", lambda *a, **k: loaded.append(a))

    html, seconds = preview_page(bomb, "members.xlsx")

    assert "the workbook unpacks to more than 50 MB" in html
    assert loaded == []
    assert seconds < 5


@pytest.mark.parametrize("length", [10_001, 200_000])
def test_a_csv_with_an_over_long_cell_is_refused_without_echoing_it(preview_page, length):
    sheet = csv_of(
        [importing.COLUMNS, member_row(), member_row(slug="y", description_fr="B" * length)]
    )

    html, _seconds = preview_page(sheet, "members.csv")

    assert "<td>3</td><td>a cell is longer than 10000 characters</td>" in html
    assert "B" * 100 not in html


def test_a_cell_of_the_longest_accepted_length_imports(db):
    sheet = csv_of([importing.COLUMNS, member_row(description_en="B" * importing.MAX_CELL_CHARS)])

    report = importing.preview(sheet, "members.csv")

    assert report.errors == []
    assert [change.slug for change in report.new] == ["ville-x"]


WIDE_ROW = [*member_row(), *[""] * 200, "far away"]


def test_a_csv_row_wider_than_any_sheet_is_refused(db):
    report = importing.preview(csv_of([importing.COLUMNS, WIDE_ROW]), "members.csv")

    assert [str(error) for error in report.errors] == ["line 2: this row has more than 50 columns"]


def test_a_sheet_wider_than_any_sheet_is_refused(db):
    report = importing.preview(xlsx_of([importing.COLUMNS, WIDE_ROW]), "members.xlsx")

    assert [str(error) for error in report.errors] == ["the sheet has more than 50 columns"]


FAR_RIGHT_ROWS = 2000


def far_right_cells(declares_width: bool) -> bytes:
    """Rows that each end at a spreadsheet's last column, 16,384 cells a row if read whole;
    the sheet says how wide it is, or says nothing, as a hand-made file may."""
    rows = [importing.COLUMNS] + [member_row(slug=f"m-{n}") for n in range(FAR_RIGHT_ROWS)]
    source = zipfile.ZipFile(io.BytesIO(xlsx_of(rows)))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as changed:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = with_far_right_cells(data, declares_width)
            changed.writestr(entry, data)
    return output.getvalue()


def with_far_right_cells(sheet: bytes, declares_width: bool) -> bytes:
    far_cell = rb'<c r="XFD\1" t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = re.sub(rb'(?<=<row r=")(\d+)(".*?)</row>', rb"\1\2" + far_cell, sheet, flags=re.S)
    dimension = b'<dimension ref="A1:XFD%d"/>' % (FAR_RIGHT_ROWS + 1) if declares_width else b""
    return re.sub(rb"<dimension [^>]*/>", dimension, sheet)


def test_a_sheet_with_cells_far_to_the_right_is_refused_quickly(db):
    workbook = far_right_cells(declares_width=True)

    started = time.monotonic()
    report = importing.preview(workbook, "members.xlsx")

    assert time.monotonic() - started < 2
    assert [str(error) for error in report.errors] == ["the sheet has more than 50 columns"]


def test_a_sheet_hiding_its_width_is_never_read_cell_by_cell_to_the_far_right(db):
    workbook = far_right_cells(declares_width=False)
    assert b"<dimension" not in zipfile.ZipFile(io.BytesIO(workbook)).read(
        "xl/worksheets/sheet1.xml"
    )

    sheet, peak = with_peak_memory(lambda: importing.read_sheet(workbook, "members.xlsx"))

    assert len(sheet.rows) == FAR_RIGHT_ROWS
    assert peak < 50 * 1024 * 1024


def test_a_bad_value_is_echoed_as_a_short_excerpt(db):
    sheet = csv_of([importing.COLUMNS, member_row(kind="C" * 5000, country="D" * 5000)])

    report = importing.preview(sheet, "members.csv")

    assert len(report.errors) == 1
    reason = report.errors[0].reason
    assert "“CCCCCCCCCC" in reason and "…”" in reason
    assert "C" * 100 not in reason and "D" * 100 not in reason
    assert len(reason) < 600


def test_an_unknown_column_is_named_by_a_short_excerpt(db):
    sheet = csv_of([[*importing.COLUMNS, "E" * 5000]])

    report = importing.preview(sheet, "members.csv")

    assert "unknown columns: eeee" in report.errors[0].reason
    assert "e" * 100 not in report.errors[0].reason
