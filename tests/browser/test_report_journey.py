"""A staff member reads the download report in the admin, in a real browser."""

import csv
import datetime
import re
from pathlib import Path

from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from members.factories import MemberAuthorityFactory, UserFactory
from publications.factories import PublicationFactory
from publications.models import Download
from tests.browser.steps import sign_in_to_admin


def record(publication, language, authority, day: datetime.date) -> None:
    download = Download.objects.create(
        publication=publication, language=language, authority=authority
    )
    Download.objects.filter(pk=download.pk).update(downloaded_on=day)


def test_staff_open_the_report_switch_to_months_and_export_csv(page, demo_site, tmp_path):
    staff = UserFactory(email="reports@efus.eu", is_staff=True)
    for codename in ("access_admin", "view_download"):
        staff.user_permissions.add(Permission.objects.get(codename=codename))
    guide = PublicationFactory(title_en="Nightlife and urban security", languages=["en", "fr"])
    lyon = MemberAuthorityFactory(name="Ville de Lyon")
    record(guide, "en", lyon, datetime.date(2024, 1, 15))
    record(guide, "fr", None, datetime.date(2024, 3, 2))
    record(guide, "fr", lyon, datetime.date(2024, 3, 20))

    sign_in_to_admin(page, demo_site, staff.username, UserFactory.PASSWORD)

    page.get_by_role("button", name="Reports", exact=True).click()
    page.get_by_role("link", name="Downloads", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Downloads")
    expect(page.get_by_role("img", name="Downloads per publication")).to_be_visible()

    page.get_by_role("navigation", name="Group the downloads").get_by_role(
        "link", name="Per month"
    ).click()
    expect(page).to_have_url(re.compile(r"/admin/reports/downloads/month/$"))
    chart = page.get_by_role("img", name="Downloads per month")
    expect(chart).to_be_visible()
    shown = [
        [cell.strip() for cell in row.split("\t")]
        for row in page.locator("table.listing tbody tr").all_inner_texts()
    ]
    assert shown
    expect(chart.locator("rect")).to_have_count(len(shown))

    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(saved)
    assert saved.name == "downloads-per-month.csv"
    heading, *exported = csv.reader(Path(saved).read_text().splitlines())
    assert heading == ["Month", "Downloads"]
    assert sum(int(downloads) for _month, downloads in exported) == Download.objects.count()
    march = Download.objects.filter(downloaded_on__year=2024, downloaded_on__month=3)
    assert dict(exported)["2024-03"] == str(march.count())
    assert shown == [[month_name(month), downloads] for month, downloads in exported[: len(shown)]]


def month_name(month: str) -> str:
    return datetime.datetime.strptime(month, "%Y-%m").strftime("%B %Y")


LONG_TITLE = (
    "Nightlife, alcohol and public space: a practical guide for local and regional "
    "authorities on preventing violence, working with venues and mediating with residents"
)


def test_a_long_title_reads_in_full_in_the_chart_at_1280_px(page, demo_site):
    staff = UserFactory(email="charts@efus.eu", is_staff=True)
    for codename in ("access_admin", "view_download"):
        staff.user_permissions.add(Permission.objects.get(codename=codename))
    guide = PublicationFactory(title_en=LONG_TITLE, languages=["en"])
    # The most downloaded, so that the chart's first page draws it.
    day = datetime.date(2024, 1, 15)
    Download.objects.bulk_create(
        Download(publication=guide, language="en", downloaded_on=day) for _ in range(5000)
    )
    sign_in_to_admin(page, demo_site, staff.username, UserFactory.PASSWORD)

    page.goto(demo_site + "/admin/reports/downloads/")
    chart = page.get_by_role("img", name="Downloads per publication")
    label = chart.locator("text", has_text=LONG_TITLE.split(":")[0])
    expect(label).to_have_count(1)
    assert " ".join(label.locator("tspan").all_text_contents()) == LONG_TITLE
    box = chart.bounding_box()
    for line in label.locator("tspan").all():
        line_box = line.bounding_box()
        assert (
            line_box["x"] >= box["x"]
            and line_box["x"] + line_box["width"] <= box["x"] + box["width"]
        ), f"{line.text_content()!r} overflows the chart"
        assert line_box["height"] >= 12, "the label is too small to read"
