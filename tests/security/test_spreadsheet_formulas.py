"""Class 2: text that visitors type (on a public form, or in a member sheet staff import) never
runs as a formula in a spreadsheet staff open. Every CSV the admin exports starts such a cell
with a quote; the XLSX exports keep the text as it was, stored as text."""

import csv
import datetime
import io

import openpyxl
import pytest
from wagtail.log_actions import log

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import Registration
from members import importing
from members.factories import MemberAuthorityFactory
from news.factories import SubscriberFactory
from pages.exports import neutralised
from publications.factories import PublicationFactory
from publications.models import Download
from tests.events.conftest import ORIGIN, route_path

# What visitors type, from OWASP's list of cells that spreadsheets run as formulas.
FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
# XML reads a carriage return in a cell's text as a line feed.
XLSX_FORMULAS = [text.replace("\r", "\n") for text in FORMULAS]


@pytest.fixture
def events_index(site_tree):
    return EventIndexPageFactory(parent=site_tree.home)


def exported(admin_client, url: str, export_format: str) -> bytes:
    separator = "&" if "?" in url else "?"
    response = admin_client.get(f"{url}{separator}export={export_format}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def csv_column(content: bytes, heading: str) -> list[str]:
    rows = csv.DictReader(io.StringIO(content.decode("utf-8"), newline=""))
    return [row[heading] for row in rows]


def xlsx_column(content: bytes, heading: str) -> list[openpyxl.cell.Cell]:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    headings = [cell.value for cell in sheet[1]]
    index = headings.index(heading)
    return [row[index] for row in sheet.iter_rows(min_row=2)]


def registrations(db, events_index):
    event = EventPageFactory(parent=events_index, name="Summit")
    for number, text in enumerate(FORMULAS):
        RegistrationFactory(event=event, name=text, email=f"person{number}@x.org")
    return "/admin/snippets/events/registration/", "name"


def subscribers(db, events_index):
    for text in FORMULAS:
        SubscriberFactory(email=f"{text}@evil.example")
    return "/admin/snippets/news/subscriber/", "email"


def members(db, events_index):
    for number, text in enumerate(FORMULAS):
        MemberAuthorityFactory(name=f"Member {number}", slug=f"member-{number}", city=text)
    return "/admin/snippets/members/memberauthority/", "city"


def downloads_per_authority(db, events_index):
    publication = PublicationFactory(title_en="Guide")
    for text in FORMULAS:
        authority = MemberAuthorityFactory(name=text, slug=f"member-{len(text)}-{ord(text[0])}")
        Download.objects.create(publication=publication, language="en", authority=authority)
    return "/admin/reports/downloads/authority/", "Member authority"


def downloads_per_publication(db, events_index):
    for text in FORMULAS:
        publication = PublicationFactory(title_en=text)
        Download.objects.create(publication=publication, language="en")
    return "/admin/reports/downloads/", "Publication"


def translations(db, events_index):
    for number, text in enumerate(FORMULAS):
        MemberAuthorityFactory(name=text, slug=f"member-{number}")
    return "/admin/reports/translations/?kind=members.memberauthority", "Object"


def site_history(db, events_index):
    """Wagtail's own report: what staff did to a registration carries the visitor's name."""
    event = EventPageFactory(parent=events_index, name="Summit")
    for number, text in enumerate(FORMULAS):
        registration = RegistrationFactory(event=event, name=text, email=f"person{number}@x.org")
        log(registration, "wagtail.edit")
    return "/admin/reports/site-history/", "Name"


EXPORTS = [
    registrations,
    subscribers,
    members,
    downloads_per_authority,
    downloads_per_publication,
    translations,
    site_history,
]


def exported_texts(column: list[str], texts=FORMULAS) -> list[str]:
    """The cells that hold one of the ``texts``, whatever else the column holds."""
    return sorted(cell for cell in column if cell and any(text in cell for text in texts))


@pytest.mark.parametrize("export", EXPORTS, ids=lambda export: export.__name__)
def test_every_csv_export_starts_a_formula_with_a_quote(admin_client, db, events_index, export):
    url, heading = export(db, events_index)
    column = csv_column(exported(admin_client, url, "csv"), heading)
    cells = exported_texts(column)
    assert len(cells) == len(FORMULAS), column
    assert all(cell.startswith("'") for cell in cells), cells
    for text in FORMULAS:
        assert any(cell.startswith("'" + text) for cell in cells), text


@pytest.mark.parametrize("export", EXPORTS, ids=lambda export: export.__name__)
def test_every_xlsx_export_stores_a_formula_as_plain_text(admin_client, db, events_index, export):
    url, heading = export(db, events_index)
    cells = xlsx_column(exported(admin_client, url, "xlsx"), heading)
    texts = exported_texts([cell.value for cell in cells], XLSX_FORMULAS)
    assert len(texts) == len(FORMULAS), texts
    assert not any(text.startswith("'") for text in texts)
    assert {cell.data_type for cell in cells} == {"s"}


def test_a_registration_typed_on_the_public_form_exports_neutralised(
    client, admin_client, events_index
):
    event = EventPageFactory(parent=events_index, name="Summit", registration_open=True)
    data = {
        "name": FORMULAS[0],
        "organisation": "+1+1",
        "email": "-2+3@evil.example",
        "language": "en",
        "consent": "on",
    }
    client.post(route_path(event, "register"), data, HTTP_ORIGIN=ORIGIN)
    assert Registration.objects.filter(name=data["name"]).exists()
    content = exported(admin_client, "/admin/snippets/events/registration/", "csv")
    row = next(csv.DictReader(io.StringIO(content.decode("utf-8"), newline="")))
    assert row["name"] == "'" + data["name"]
    assert row["organisation"] == "'+1+1"
    assert row["email"] == "'-2+3@evil.example"


def test_an_imported_sheet_exports_neutralised_and_imports_back_unchanged(admin_client, db):
    sheet = members_sheet(
        {"slug": "ville-x", "name": "@SUM(A1)", "city": "-2+3", "description_en": "- Nightlife"}
    )
    assert importing.apply(sheet, "members.csv").new
    url = "/admin/snippets/members/memberauthority/"
    content = exported(admin_client, url, "csv")
    row = next(csv.DictReader(io.StringIO(content.decode("utf-8"), newline="")))
    assert (row["name"], row["city"], row["description_en"]) == (
        "'@SUM(A1)",
        "'-2+3",
        "'- Nightlife",
    )
    preview = importing.preview(content, "members.csv")
    assert preview.is_valid, preview.errors
    assert [change.slug for change in preview.unchanged] == ["ville-x"]


def members_sheet(values: dict) -> bytes:
    row = {"kind": "local", "country": "FR", "status": "active", **values}
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=importing.COLUMNS)
    writer.writeheader()
    writer.writerow({column: row.get(column, "") for column in importing.COLUMNS})
    return output.getvalue().encode()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[(text, "'" + text) for text in FORMULAS],
        ("Ville de Lyon", "Ville de Lyon"),
        ("", ""),
        (-2, -2),
        (12, 12),
        (None, None),
        (datetime.date(2024, 1, 2), datetime.date(2024, 1, 2)),
    ],
)
def test_only_text_that_starts_like_a_formula_is_changed(value, expected):
    assert neutralised(value) == expected
