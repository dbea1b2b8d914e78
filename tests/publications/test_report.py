"""Staff see the downloads per publication, per month and per member authority, with a chart
drawn on the server and CSV and XLSX exports; nobody else sees them."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from members.factories import MemberAccountFactory, MemberAuthorityFactory, UserFactory
from publications.factories import PublicationFactory
from publications.models import Download, Publication

REPORT_URL = "/admin/reports/downloads/"
MONTH_URL = f"{REPORT_URL}month/"
AUTHORITY_URL = f"{REPORT_URL}authority/"


def record(publication, language, authority, day: str) -> Download:
    download = Download.objects.create(
        publication=publication, language=language, authority=authority
    )
    Download.objects.filter(pk=download.pk).update(downloaded_on=datetime.date.fromisoformat(day))
    return download


@pytest.fixture
def downloads(db):
    guide = PublicationFactory(title_en="Safer nightlife", languages=["en", "fr", "de"])
    report = PublicationFactory(title_en="Prevention report", languages=["fr"])
    lyon = MemberAuthorityFactory(name="Ville de Lyon")
    torino = MemberAuthorityFactory(name="Città di Torino")
    record(guide, "en", lyon, "2024-01-10")
    record(guide, "fr", lyon, "2024-01-20")
    record(guide, "en", None, "2024-02-05")
    record(report, "fr", torino, "2024-02-14")
    record(report, "fr", None, "2024-03-01")
    record(guide, "en", None, "2024-03-15")
    record(guide, "de", lyon, "2024-03-31")
    return {"guide": guide, "report": report, "lyon": lyon, "torino": torino}


def rows(response) -> list[tuple[str, int]]:
    assert response.status_code == 200
    return [(row.label, row.downloads) for row in response.context["object_list"]]


def test_downloads_per_publication_most_downloaded_first(admin_client, downloads):
    response = admin_client.get(REPORT_URL)

    assert rows(response) == [("Safer nightlife", 5), ("Prevention report", 2)]


def test_downloads_per_month_newest_first(admin_client, downloads):
    response = admin_client.get(MONTH_URL)

    assert rows(response) == [("March 2024", 3), ("February 2024", 2), ("January 2024", 2)]
    assert "3 months" in response.content.decode()


def test_downloads_per_authority_count_anonymous_ones_as_not_signed_in(admin_client, downloads):
    response = admin_client.get(AUTHORITY_URL)

    assert rows(response) == [("Not signed in", 3), ("Ville de Lyon", 3), ("Città di Torino", 1)]


def test_titles_and_months_follow_the_admin_language(admin_client, admin_user, downloads):
    Publication.objects.filter(pk=downloads["guide"].pk).update(
        title_fr="Une vie nocturne plus sûre"
    )
    Publication.objects.filter(pk=downloads["report"].pk).update(title_fr="")
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()

    per_publication = rows(admin_client.get(REPORT_URL))
    per_month = rows(admin_client.get(MONTH_URL))

    assert per_publication == [("Une vie nocturne plus sûre", 5), ("Prevention report", 2)]
    assert per_month[0] == ("mars 2024", 3)


@pytest.mark.parametrize(
    ("url", "query", "expected"),
    [
        (REPORT_URL, "language=fr", [("Prevention report", 2), ("Safer nightlife", 1)]),
        (REPORT_URL, "language=de", [("Safer nightlife", 1)]),
        (REPORT_URL, "authority=null", [("Safer nightlife", 2), ("Prevention report", 1)]),
        (
            REPORT_URL,
            "downloaded_on_from=2024-02-01&downloaded_on_to=2024-02-29",
            [("Prevention report", 1), ("Safer nightlife", 1)],
        ),
        (MONTH_URL, "downloaded_on_from=2024-03-01", [("March 2024", 3)]),
        (AUTHORITY_URL, "language=en", [("Not signed in", 2), ("Ville de Lyon", 1)]),
    ],
)
def test_the_report_filters(admin_client, downloads, url, query, expected):
    assert rows(admin_client.get(f"{url}?{query}")) == expected


def test_the_report_filters_by_publication_and_authority(admin_client, downloads):
    report, torino = downloads["report"], downloads["torino"]

    per_month = admin_client.get(f"{MONTH_URL}?publication={report.pk}")
    per_publication = admin_client.get(f"{REPORT_URL}?authority={torino.pk}")

    assert rows(per_month) == [("March 2024", 1), ("February 2024", 1)]
    assert rows(per_publication) == [("Prevention report", 1)]


@pytest.mark.parametrize(
    "query",
    [
        "language=xx",
        "authority=abc",
        "authority=99999999999999999999",
        "publication=<script>",
        "publication=99999999999999999999",
        "downloaded_on_from=99999-01-01",
        "downloaded_on_to=yesterday",
        "p=-1",
        "p=99999999999999999999",
        "export=pdf",
        "q=%00",
    ],
)
def test_garbage_in_the_query_string_never_breaks_the_report(admin_client, downloads, query):
    for url in (REPORT_URL, MONTH_URL, AUTHORITY_URL):
        assert admin_client.get(f"{url}?{query}").status_code in (200, 400)


def test_each_row_leads_to_a_closer_look(admin_client, downloads):
    html = admin_client.get(f"{REPORT_URL}?language=fr").content.decode()
    month_html = admin_client.get(MONTH_URL).content.decode()
    authority_html = admin_client.get(AUTHORITY_URL).content.decode()

    assert f'href="{MONTH_URL}?language=fr&amp;publication={downloads["report"].pk}"' in html
    assert (
        f'href="{REPORT_URL}?downloaded_on_from=2024-02-01&amp;downloaded_on_to=2024-02-29"'
        in month_html
    )
    assert f'href="{REPORT_URL}?authority=null"' in authority_html
    assert f'href="{REPORT_URL}?authority={downloads["lyon"].pk}"' in authority_html


def test_the_tabs_keep_the_filters(admin_client, downloads):
    html = admin_client.get(f"{REPORT_URL}?language=fr").content.decode()

    assert (
        f'<a href="{REPORT_URL}?language=fr" class="button button-small" aria-current="page">'
        in html
    )
    assert f'href="{MONTH_URL}?language=fr"' in html
    assert f'href="{AUTHORITY_URL}?language=fr"' in html


def chart_of(html: str) -> str:
    match = re.search(r'<svg role="img".*?</svg>', html, re.DOTALL)
    assert match, "no chart"
    return match.group(0)


def test_the_chart_is_an_accessible_svg_with_one_bar_per_row(admin_client, downloads):
    chart = chart_of(admin_client.get(AUTHORITY_URL).content.decode())

    assert 'aria-labelledby="download-chart-title download-chart-desc"' in chart
    assert '<title id="download-chart-title">Downloads per member authority</title>' in chart
    assert "3 bars, from 1 to 3 downloads" in chart
    widths = [int(width) for width in re.findall(r'<rect [^>]*width="(\d+)"', chart)]
    assert widths == [720, 720, 240]
    assert "<title>Città di Torino: 1</title>" in chart
    assert "<script" not in chart


LONG_TITLE = (
    "Nightlife, alcohol and public space: a practical guide for local and regional "
    "authorities on preventing violence, working with venues and mediating with residents"
)


def test_the_chart_shows_a_long_title_in_full_over_several_lines(admin_client, downloads):
    record(PublicationFactory(title_en=LONG_TITLE, languages=["en"]), "en", None, "2024-01-02")

    chart = chart_of(admin_client.get(REPORT_URL).content.decode())

    labels = [
        re.findall(r"<tspan [^>]*>([^<]*)</tspan>", label)
        for label in re.findall(r"<text fill[^>]*>(.*?)</text>", chart)
    ]
    assert [" ".join(lines) for lines in labels] == [
        "Safer nightlife",
        "Prevention report",
        LONG_TITLE,
    ]
    assert len(labels[2]) == 2
    assert "…" not in chart


def test_the_monthly_chart_runs_from_the_oldest_month(admin_client, downloads):
    chart = chart_of(admin_client.get(MONTH_URL).content.decode())

    labels = re.findall(r"<title>([^<]+): \d+</title>", chart)
    assert labels == ["January 2024", "February 2024", "March 2024"]


def test_an_empty_report_says_so_and_draws_no_chart(admin_client, db):
    html = admin_client.get(REPORT_URL).content.decode()

    assert "No downloads match these filters." in html
    assert '<svg role="img"' not in html


def exported_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def exported_xlsx(response) -> list[list]:
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_the_csv_export_holds_every_row(admin_client, downloads):
    response = admin_client.get(f"{REPORT_URL}?export=csv")

    assert 'filename="downloads-per-publication.csv"' in response["Content-Disposition"]
    assert exported_csv(response) == [
        ["Publication", "Downloads"],
        ["Safer nightlife", "5"],
        ["Prevention report", "2"],
    ]


def test_the_exports_follow_the_view_and_the_filters(admin_client, downloads):
    query = "export={}&downloaded_on_from=2024-02-01"
    as_csv = exported_csv(admin_client.get(MONTH_URL + "?" + query.format("csv")))
    as_xlsx = exported_xlsx(admin_client.get(MONTH_URL + "?" + query.format("xlsx")))

    assert as_csv == [["Month", "Downloads"], ["2024-03", "3"], ["2024-02", "2"]]
    assert as_xlsx == [["Month", "Downloads"], ["2024-03", 3], ["2024-02", 2]]


def test_the_xlsx_export_names_anonymous_downloads(admin_client, downloads):
    response = admin_client.get(f"{AUTHORITY_URL}?export=xlsx")

    assert 'filename="downloads-per-authority.xlsx"' in response["Content-Disposition"]
    assert exported_xlsx(response) == [
        ["Member authority", "Downloads"],
        ["Not signed in", 3],
        ["Ville de Lyon", 3],
        ["Città di Torino", 1],
    ]


def test_the_exports_are_not_paginated(admin_client, db):
    for number in range(30):
        record(PublicationFactory(title_en=f"Guide {number:02}"), "en", None, "2024-05-01")

    page = admin_client.get(REPORT_URL)
    export = exported_csv(admin_client.get(f"{REPORT_URL}?export=csv"))

    assert len(rows(page)) == 25
    assert len(export) == 31


def query_count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize("url", [REPORT_URL, MONTH_URL, AUTHORITY_URL])
def test_the_number_of_queries_does_not_grow_with_the_rows(admin_client, downloads, url):
    few = query_count(admin_client, url)
    for number in range(20):
        publication = PublicationFactory(languages=[])
        authority = MemberAuthorityFactory()
        record(publication, "en", authority, f"20{number + 10}-0{number % 9 + 1}-01")

    assert query_count(admin_client, url) == few


@pytest.fixture
def report_reader(client, db):
    """Staff who may read the report but edit nothing."""
    user = UserFactory(is_staff=True)
    for codename in ("access_admin", "view_download"):
        user.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(user)
    return client


def test_staff_with_the_permission_read_the_report(report_reader, downloads):
    assert rows(report_reader.get(MONTH_URL))[0] == ("March 2024", 3)
    menu = report_reader.get("/admin/").content.decode()
    assert REPORT_URL in menu


def test_staff_without_the_permission_get_no_report(client, downloads):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    for url in (REPORT_URL, MONTH_URL, f"{AUTHORITY_URL}?export=csv", f"{REPORT_URL}results/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Safer nightlife" not in response.content.decode()
    assert REPORT_URL not in client.get("/admin/").content.decode()


def test_members_and_anonymous_visitors_get_no_report(client, downloads):
    for url in (REPORT_URL, f"{MONTH_URL}?export=csv", f"{AUTHORITY_URL}?export=xlsx"):
        anonymous = client.get(url)
        assert anonymous.status_code == 302
        assert anonymous["Location"].startswith("/admin/login/")

    client.force_login(MemberAccountFactory(authority=downloads["lyon"]).user)
    for url in (REPORT_URL, f"{MONTH_URL}?export=csv", f"{AUTHORITY_URL}?export=xlsx"):
        response = client.get(url)
        assert response.status_code == 302
        assert "Ville de Lyon" not in response.content.decode()
