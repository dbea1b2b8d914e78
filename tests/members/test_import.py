"""Importing the member spreadsheet: previews, all-or-nothing loads, the command, the admin."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.utils import translation

from members import importing
from members.factories import MemberAuthorityFactory, NationalForumFactory
from members.models import MemberAuthority

SAMPLE_PATH = Path(settings.BASE_DIR) / "docs" / "members-import-sample.csv"
SAMPLE = SAMPLE_PATH.read_bytes()
SAMPLE_TEXT = SAMPLE.decode("utf-8")
SAMPLE_SLUGS = [
    "ville-de-bordeaux",
    "regione-emilia-romagna",
    "ajuntament-de-barcelona",
    "camara-municipal-de-lisboa",
    "gemeente-rotterdam",
]


@pytest.fixture
def forums(db):
    return {code: NationalForumFactory(country=code) for code in ("FR", "IT", "ES", "PT")}


def edited(old: str, new: str) -> bytes:
    assert old in SAMPLE_TEXT
    return SAMPLE_TEXT.replace(old, new, 1).encode()


def sample_as_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    header, *rows = csv.reader(io.StringIO(SAMPLE_TEXT))
    sheet.append(header)
    for row in rows:
        sheet.append([typed(column, value) for column, value in zip(header, row, strict=True)])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def typed(column: str, value: str):
    """A cell as a spreadsheet holds it: numbers as numbers, empty cells as nothing."""
    if not value:
        return None
    if column in ("population", "member_since", "committee_since"):
        return int(value)
    if column in ("latitude", "longitude"):
        return float(value)
    return value


def test_the_sample_previews_as_five_new_members_then_imports_them(forums):
    preview = importing.preview(SAMPLE, "members.csv")

    assert preview.errors == []
    assert [row.slug for row in preview.new] == SAMPLE_SLUGS
    assert [row.line for row in preview.new] == [2, 3, 4, 5, 6]
    assert preview.changed == preview.unchanged == []
    assert not MemberAuthority.objects.exists()

    report = importing.apply(SAMPLE, "members.csv")

    assert len(report.new) == 5
    assert sorted(MemberAuthority.objects.values_list("slug", flat=True)) == sorted(SAMPLE_SLUGS)
    bordeaux = MemberAuthority.objects.get(slug="ville-de-bordeaux")
    assert bordeaux.national_forum == forums["FR"]
    assert bordeaux.country.code == "FR"
    assert bordeaux.latitude == Decimal("44.83778")
    assert bordeaux.population == 261804
    assert bordeaux.committee_role == MemberAuthority.CommitteeRole.MEMBER
    rotterdam = MemberAuthority.objects.get(slug="gemeente-rotterdam")
    assert rotterdam.national_forum is None
    assert rotterdam.status == MemberAuthority.Status.FORMER
    assert rotterdam.description_en.endswith('part in the "Safer Cities" projects.')


def test_translated_descriptions_land_in_their_language_columns(forums):
    importing.apply(SAMPLE, "members.csv")

    lisbon = MemberAuthority.objects.get(slug="camara-municipal-de-lisboa")
    assert lisbon.name == "Câmara Municipal de Lisboa"
    assert lisbon.description_pt == (
        "O município de Lisboa, ativo na prevenção nos espaços públicos."
    )
    assert lisbon.description_fr.startswith("La municipalité de Lisbonne")
    assert lisbon.description_de is None
    with translation.override("pt"):
        assert lisbon.description.startswith("O município de Lisboa")
    with translation.override("de"):
        assert lisbon.description.startswith("Lisbon's municipality")


def test_importing_the_same_file_again_changes_nothing(forums):
    importing.apply(SAMPLE, "members.csv")

    again = importing.apply(SAMPLE, "members.csv")

    assert [row.slug for row in again.unchanged] == SAMPLE_SLUGS
    assert again.new == again.changed == again.errors == []
    assert MemberAuthority.objects.count() == 5


def test_a_changed_population_shows_as_changed_and_is_saved(forums):
    importing.apply(SAMPLE, "members.csv")
    changed_file = edited(",261804,", ",262000,")

    preview = importing.preview(changed_file, "members.csv")

    assert [(row.line, row.slug, row.fields) for row in preview.changed] == [
        (2, "ville-de-bordeaux", ("population",))
    ]
    assert len(preview.unchanged) == 4
    assert MemberAuthority.objects.get(slug="ville-de-bordeaux").population == 261804
    importing.apply(changed_file, "members.csv")
    assert MemberAuthority.objects.get(slug="ville-de-bordeaux").population == 262000


BORDEAUX_FR = "Ville portuaire sur la Garonne, engagée sur la vie nocturne"


def test_the_preview_names_each_value_an_empty_cell_would_erase(forums):
    importing.apply(SAMPLE, "members.csv")
    # Bordeaux's French description and website cells left empty, its population changed.
    emptied = edited(f"{BORDEAUX_FR}, la prévention et la médiation.", "").replace(
        b"https://www.bordeaux.fr", b"", 1
    )
    emptied = emptied.replace(b",261804,", b",262000,", 1)

    preview = importing.preview(emptied, "members.csv")

    [bordeaux] = preview.changed
    assert set(bordeaux.fields) == {"population", "website", "description_fr"}
    assert [(row.slug, erasure.column, erasure.text) for row, erasure in preview.erasures] == [
        ("ville-de-bordeaux", "website", "https://www.bordeaux.fr"),
        ("ville-de-bordeaux", "description_fr", "Ville portuaire sur la Garonne, engagée…"),
    ]
    # Confirmed, the import empties them as the preview said.
    importing.apply(emptied, "members.csv")
    member = MemberAuthority.objects.get(slug="ville-de-bordeaux")
    assert (member.description_fr, member.website) == (None, "")


def test_a_cell_left_empty_where_nothing_was_written_erases_nothing(forums):
    importing.apply(SAMPLE, "members.csv")
    changed_file = edited(",261804,", ",262000,")  # Bordeaux has no German description

    assert importing.preview(changed_file, "members.csv").erasures == []


def test_a_row_with_only_the_required_cells_imports(db):
    header = ",".join(importing.COLUMNS)
    row = "ville-de-liege,Ville de Liège,local,be,Liège,,,,,,Active" + "," * 9

    importing.apply(f"{header}\n{row}\n".encode(), "members.csv")

    liege = MemberAuthority.objects.get(slug="ville-de-liege")
    assert (liege.country.code, liege.status, liege.population) == ("BE", "active", None)
    assert liege.description_en is None
    assert liege.national_forum is None


def test_a_row_updates_the_member_with_its_slug(forums):
    MemberAuthorityFactory(slug="ville-de-bordeaux", name="Bordeaux (old name)")

    report = importing.apply(SAMPLE, "members.csv")

    assert [row.slug for row in report.changed] == ["ville-de-bordeaux"]
    assert "name" in report.changed[0].fields
    assert MemberAuthority.objects.get(slug="ville-de-bordeaux").name == "Ville de Bordeaux"


BAD_FILES = {
    "wrong header": (
        edited(",population,", ",inhabitants,"),
        "members.csv",
        1,
        "missing columns: population",
    ),
    "unknown column": (
        edited(",description_pt\n", ",description_pt,mayor\n"),
        "members.csv",
        1,
        "unknown columns: mayor",
    ),
    "latin-1 file": (SAMPLE_TEXT.encode("latin-1"), "members.csv", 2, "not UTF-8"),
    "duplicate slug": (
        edited("ajuntament-de-barcelona,", "ville-de-bordeaux,"),
        "members.csv",
        4,
        "lines 2 and 4",
    ),
    "bad country": (edited(",IT,Bologna,", ",XX,Bologna,"), "members.csv", 3, "country"),
    "letters in population": (
        edited(",1660122,", ",lots,"),
        "members.csv",
        4,
        "“lots” is not a whole number",
    ),
    "bad kind": (edited(",regional,", ",county,"), "members.csv", 3, "kind: “county”"),
    "bad status": (edited(",former,", ",retired,"), "members.csv", 6, "status"),
    "bad committee role": (
        edited(",vice_president,", ",treasurer,"),
        "members.csv",
        4,
        "committee_role",
    ),
    "latitude out of range": (edited(",44.83778,", ",144.83778,"), "members.csv", 2, "latitude"),
    "unknown national forum": (
        edited(",2008,former,,", ",2008,former,NL,"),
        "members.csv",
        6,
        "no national forum",
    ),
    "too many cells": (
        edited('públicos."\n', 'públicos.",extra\n'),
        "members.csv",
        5,
        "21 cells",
    ),
    "broken xlsx": (b"PK\x03\x04 this is not a workbook", "members.xlsx", None, "Excel"),
    "another file type": (SAMPLE, "members.txt", None, ".csv and .xlsx"),
    "empty file": (b"", "members.csv", 1, "empty"),
}


@pytest.mark.parametrize("case", BAD_FILES.keys())
def test_a_bad_file_loads_nothing_and_names_the_line(forums, case):
    file_bytes, filename, line, reason = BAD_FILES[case]

    with pytest.raises(importing.ImportRejected) as rejected:
        importing.apply(file_bytes, filename)

    assert not MemberAuthority.objects.exists()
    errors = rejected.value.preview.errors
    assert any(error.line == line and reason in error.reason for error in errors), errors
    preview = importing.preview(file_bytes, filename)
    assert [(error.line, error.reason) for error in preview.errors] == [
        (error.line, error.reason) for error in errors
    ]


def test_every_bad_row_is_reported_at_once(forums):
    file_bytes = edited(",IT,Bologna,", ",XX,Bologna,").decode().replace(",1660122,", ",lots,")

    preview = importing.preview(file_bytes.encode(), "members.csv")

    assert [error.line for error in preview.errors] == [3, 4]
    assert len(preview.new) == 3


def test_a_file_with_a_byte_order_mark_is_read_as_utf8(forums):
    preview = importing.preview(b"\xef\xbb\xbf" + SAMPLE, "members.csv")

    assert preview.errors == []
    assert len(preview.new) == 5


def test_a_semicolon_separated_file_is_read_too(forums):
    output = io.StringIO()
    csv.writer(output, delimiter=";").writerows(csv.reader(io.StringIO(SAMPLE_TEXT)))

    preview = importing.preview(output.getvalue().encode(), "members.csv")

    assert preview.errors == []
    assert len(preview.new) == 5


def test_too_big_and_too_long_files_are_refused(db):
    too_big = importing.preview(b"x" * (importing.MAX_BYTES + 1), "members.csv")
    header = ",".join(importing.COLUMNS)
    too_long = importing.preview(
        (header + "\n" + "a,b\n" * (importing.MAX_ROWS + 1)).encode(), "members.csv"
    )

    assert "larger than 5 MB" in too_big.errors[0].reason
    assert "more than 50000 rows" in too_long.errors[0].reason


def test_an_xlsx_file_imports_like_the_csv(forums):
    report = importing.apply(sample_as_xlsx(), "members.xlsx")

    assert [row.slug for row in report.new] == SAMPLE_SLUGS
    bordeaux = MemberAuthority.objects.get(slug="ville-de-bordeaux")
    assert bordeaux.latitude == Decimal("44.83778")
    assert bordeaux.population == 261804
    same_as_csv = importing.preview(SAMPLE, "members.csv")
    assert len(same_as_csv.unchanged) == 5, same_as_csv.changed


def test_an_xlsx_file_that_unpacks_too_big_is_refused(forums, monkeypatch):
    monkeypatch.setattr(importing, "MAX_UNPACKED_BYTES", 1000)

    preview = importing.preview(sample_as_xlsx(), "members.xlsx")

    assert "unpacks to more than" in preview.errors[0].reason
    assert preview.new == []


def test_an_xlsx_file_with_a_bad_row_names_its_line(forums):
    workbook = openpyxl.load_workbook(io.BytesIO(sample_as_xlsx()))
    workbook.active["H4"] = "many"
    output = io.BytesIO()
    workbook.save(output)

    with pytest.raises(importing.ImportRejected) as rejected:
        importing.apply(output.getvalue(), "members.xlsx")

    assert [error.line for error in rejected.value.preview.errors] == [4]
    assert not MemberAuthority.objects.exists()


def test_applying_empties_the_page_cache_once(
    forums, django_capture_on_commit_callbacks, monkeypatch
):
    cache = caches["pages"]
    cache.set("page-key", "cached page")
    generations, start = [], cache.start_new_generation
    monkeypatch.setattr(cache, "start_new_generation", lambda: generations.append(1) or start())

    with django_capture_on_commit_callbacks(execute=True):
        importing.apply(SAMPLE, "members.csv")

    assert MemberAuthority.objects.count() == 5
    assert len(generations) == 2  # at the commit, and once more after it: not once per row
    assert cache.get("page-key") is None


def test_the_command_prints_the_counts_and_imports(forums, tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(SAMPLE)
    out = io.StringIO()

    call_command("import_members", str(path), "--dry-run", stdout=out, stderr=io.StringIO())

    assert "New: 5" in out.getvalue()
    assert "Changed: 0" in out.getvalue()
    assert "Unchanged: 0" in out.getvalue()
    assert not MemberAuthority.objects.exists()

    call_command("import_members", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert MemberAuthority.objects.count() == 5

    out = io.StringIO()
    call_command("import_members", str(path), stdout=out, stderr=io.StringIO())
    assert "Unchanged: 5" in out.getvalue()


def test_the_command_fails_on_bad_rows_and_loads_nothing(forums, tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(edited(",1660122,", ",lots,"))
    err = io.StringIO()

    with pytest.raises(CommandError, match="1 bad row"):
        call_command("import_members", str(path), stdout=io.StringIO(), stderr=err)

    assert "line 4: population: “lots” is not a whole number" in err.getvalue()
    assert not MemberAuthority.objects.exists()


def test_the_command_refuses_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_members", str(tmp_path / "nowhere.csv"))


@pytest.fixture
def upload(forums, admin_client):
    def post(file_bytes: bytes, filename: str):
        file = io.BytesIO(file_bytes)
        file.name = filename
        return admin_client.post("/admin/members/import/", {"file": file})

    return post


def test_the_admin_upload_preview_and_confirm_create_the_members(admin_client, upload):
    assert admin_client.get("/admin/members/import/").status_code == 200

    uploaded = upload(SAMPLE, "members.csv")
    assert uploaded.status_code == 302
    assert uploaded.url == "/admin/members/import/preview/"

    preview = admin_client.get("/admin/members/import/preview/")
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "5 new members" in html
    assert "Confirm import" in html
    assert not MemberAuthority.objects.exists()

    digest = preview.context["form"].initial["digest"]
    confirmed = admin_client.post("/admin/members/import/preview/", {"digest": digest})
    assert confirmed.status_code == 302
    assert MemberAuthority.objects.count() == 5
    listing = admin_client.get(confirmed.url)
    assert "5 members created, 0 updated" in listing.content.decode()
    assert admin_client.get("/admin/members/import/preview/").status_code == 302


def test_the_admin_preview_lists_bad_rows_without_a_confirm_button(admin_client, upload):
    upload(edited(",IT,Bologna,", ",XX,Bologna,"), "members.csv")

    html = admin_client.get("/admin/members/import/preview/").content.decode()

    assert "<td>3</td>" in html
    assert "“XX” is not an ISO 3166 two-letter country code" in html
    assert "Confirm import" not in html
    digest = admin_client.get("/admin/members/import/preview/").context["form"].initial["digest"]
    admin_client.post("/admin/members/import/preview/", {"digest": digest})
    assert not MemberAuthority.objects.exists()


def test_the_admin_preview_warns_of_the_values_empty_cells_erase(admin_client, upload):
    importing.apply(SAMPLE, "members.csv")
    upload(edited(f"{BORDEAUX_FR}, la prévention et la médiation.", ""), "members.csv")

    html = admin_client.get("/admin/members/import/preview/").content.decode()

    assert "Values that empty cells will erase" in html
    erasures = html.split("data-import-erasures", 1)[1].split("</table>", 1)[0]
    assert "Ville de Bordeaux <code>ville-de-bordeaux</code>" in erasures
    assert f"<code>description_fr</code></td><td>{BORDEAUX_FR[:39]}…" in erasures
    assert "Confirm import" in html


def test_the_admin_refuses_other_file_types_and_a_stale_confirmation(admin_client, upload):
    refused = upload(b"slug,name", "members.pdf")
    assert refused.status_code == 200
    assert "Choose a .csv or .xlsx file." in refused.content.decode()

    upload(SAMPLE, "members.csv")
    stale = admin_client.post("/admin/members/import/preview/", {"digest": "0" * 64})
    assert stale.status_code == 302
    assert not MemberAuthority.objects.exists()


def test_city_names_in_other_languages_land_in_their_columns_and_may_be_left_out(db):
    header = ",".join(importing.COLUMNS)
    row = "stad-antwerpen,Stad Antwerpen,local,BE,Antwerp,,,,,,active" + "," * 9
    names = ",Anvers,Antwerpen,Anversa,Amberes,"
    importing.apply(f"{header}\n{row}{names}\n".encode(), "members.csv")
    antwerp = MemberAuthority.objects.get(slug="stad-antwerpen")
    assert (antwerp.city_en, antwerp.city_fr, antwerp.city_es, antwerp.city_pt) == (
        "Antwerp",
        "Anvers",
        "Amberes",
        None,
    )
    with translation.override("pt"):
        assert antwerp.city == "Antwerp"

    without = [column for column in importing.COLUMNS if not column.startswith("city_")]
    row = "stad-antwerpen,Stad Antwerpen,local,BE,Antwerp,,,,,,active" + "," * 9
    report = importing.apply(f"{','.join(without)}\n{row}\n".encode(), "members.csv")
    assert report.errors == []
    antwerp.refresh_from_db()
    assert antwerp.city_de == "Antwerpen"
