"""Reports → Translations and the dashboard panel: what is translated, language by language."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.demo.bulk import create_bulk_members
from members.models import MemberAuthority
from pages.i18n import has_text
from pages.models import AboutPage, TranslationStatus
from pages.translation_status import completeness, translatables
from practices.bulk import create_bulk_practices
from themes.models import Theme

REPORT = "/admin/reports/translations/"
# Per report page: the session, the user and what they may edit, one count of the rows and
# the summary, the rows shown (pages, then the others), then one query for the pages among
# them and one per other translated model shown (12 models, practices among them). Never
# one per row.
QUERY_BUDGET = 30
# Each filter, on rows of every kind.
VIEWS = [
    f"{REPORT}?{query}"
    for query in (
        "",
        "p=3",
        "language=de",
        "status=missing",
        "status=partial",
        "status=complete",
        "status=all&language=fr",
        "language=en",
        "kind=page",
    )
]
# The dashboard and views of one kind: the same queries with twenty rows behind them or 50,000.
ONE_KIND_VIEWS = [
    "/admin/",
    *(
        f"{REPORT}?{query}"
        for query in (
            "kind=publications.publication",
            "kind=publications.publication&language=de&status=complete",
            "kind=members.memberauthority&status=all",
            "kind=members.memberauthority&language=it&status=missing",
            "kind=practices.practice",
            "kind=practices.practice&language=en&status=missing",
        )
    ),
]


@pytest.fixture
def editor(client, db):
    """A member of Wagtail's Editors group: staff who reach the admin, not a superuser."""
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def report_rows(client, query=""):
    response = client.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    return response, response.context["object_list"]


def row_for(rows, label):
    return next(row for row in rows if row.label == label)


def test_a_page_without_its_german_intro_is_partial_in_german(client, site_tree, editor):
    about = site_tree.about
    response, rows = report_rows(client, "kind=page")
    row = row_for(rows, about.title)
    assert row.statuses["de"] == "partial"  # title and slug, no intro
    assert row.statuses["fr"] == "complete"
    html = response.content.decode()
    cells = re.search(rf">{re.escape(about.title)}</a>.*?</tr>", html, re.S).group(0)
    assert re.search(r'data-language="de">\s*Partial\s*<', cells)
    assert re.search(r'data-language="fr">\s*Complete\s*<', cells)


def test_the_report_filters_by_language_status_and_kind(client, site_tree, editor):
    _response, missing = report_rows(client, "language=de&status=missing&kind=pages.objective")
    assert len(missing) == 3
    assert all(row.statuses["de"] == "missing" for row in missing)
    assert all(row.kind.startswith("Objective") for row in missing)

    _response, complete = report_rows(client, "language=fr&status=complete&kind=page")
    titles = {row.label for row in complete}
    assert {page.title for page in site_tree.all_pages()} >= titles
    assert site_tree.about.title in titles

    response, shown = report_rows(client, "language=it&kind=members.memberauthority")
    assert {row.label for row in shown} == {"Lyon", "Torino"}
    html = response.content.decode()
    assert '<th scope="col">Italian</th>' in html
    assert '<th scope="col">German</th>' not in html

    _response, nothing = report_rows(client, "status=complete&kind=members.memberauthority")
    assert nothing == []


def test_the_report_opens_on_what_is_incomplete_under_a_summary(client, site_tree, editor):
    response, rows = report_rows(client, "")
    assert rows
    assert all(
        "partial" in row.statuses.values() or "missing" in row.statuses.values() for row in rows
    )
    _response, complete = report_rows(client, "status=complete")
    assert not {row.label for row in complete} & {row.label for row in rows}

    html = response.content.decode()
    summary = re.search(r"<table[^>]*data-translation-summary.*?</table>", html, re.S).group(0)
    assert "Summary: objects complete and incomplete in each language" in summary
    _response, everything = report_rows(client, "status=all")
    for language in ("French", "German"):
        line = next(line for line in response.context["summaries"] if line.name == language)
        code = "fr" if language == "French" else "de"
        _response, done = report_rows(client, f"status=complete&language={code}")
        assert (line.complete, line.incomplete) == (len(done), len(everything) - len(done))
        assert f'<th scope="row">{language}</th>' in summary
        assert (
            f'href="{REPORT}?language={code}&amp;status=incomplete">{line.incomplete}</a>'
            in summary
        )


def test_wrong_filters_show_the_report_not_an_error(client, site_tree, editor):
    for query in ("language=xx", "kind=auth.user", "status=%00", "p=999", "p=abc"):
        assert client.get(f"{REPORT}?{query}").status_code in {200, 404}, query


def test_the_report_exports_its_rows_as_csv(client, site_tree, editor):
    response = client.get(f"{REPORT}?export=csv&kind=page&status=all")
    assert response["Content-Type"] == "text/csv"
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert lines[0] == [
        "Kind",
        "Object",
        "Fields in the reference",
        "French",
        "German",
        "Italian",
        "Spanish",
        "Portuguese",
        "Editor",
    ]
    about = next(line for line in lines if line[1] == site_tree.about.title)
    assert about[3:8] == ["Complete", "Partial", "Partial", "Partial", "Partial"]
    assert about[8] == f"http://testserver/admin/pages/{site_tree.about.pk}/edit/"
    assert len(lines) == 1 + len(site_tree.all_pages())


def test_each_row_links_to_its_editor(client, site_tree, editor):
    _response, rows = report_rows(client, "kind=page")
    assert row_for(rows, site_tree.about.title).edit_url == reverse(
        "wagtailadmin_pages:edit", args=[site_tree.about.pk]
    )
    # An orderable is edited on its page.
    _response, objectives = report_rows(client, "kind=pages.objective")
    assert {row.edit_url for row in objectives} == {
        reverse("wagtailadmin_pages:edit", args=[site_tree.about.pk])
    }
    _response, members = report_rows(client, "kind=members.memberauthority")
    lyon = row_for(members, "Lyon")
    member = MemberAuthority.objects.get(name="Lyon")
    assert lyon.edit_url == f"/admin/snippets/members/memberauthority/edit/{member.pk}/"
    assert client.get(lyon.edit_url).status_code == 200


def test_pages_come_first_in_the_order_of_the_page_tree(client, site_tree, editor):
    _response, rows = report_rows(client, "")
    labels = [row.label for row in rows]
    tree = [page.title for page in (site_tree.home, site_tree.about, site_tree.governance)]
    assert labels[: len(tree)] == tree


def test_staff_reach_the_report_from_the_menu_and_visitors_do_not(client, site_tree, editor):
    dashboard = client.get("/admin/").content.decode()
    assert REPORT in dashboard  # the reports menu and the panel's link
    client.logout()
    assert client.get(REPORT).status_code == 302


@pytest.mark.django_db
def test_the_dashboard_shows_each_languages_share_of_translated_texts(client, editor):
    Theme.objects.create(
        slug="drugs",
        name_en="Drugs",
        name_fr="Drogues",
        name_de="Drogen",
        description_en="Drugs and addictions.",
        description_fr="Drogues et addictions.",
    )
    Theme.objects.create(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")
    # Three English texts: French has them all, German one, the others none.
    assert completeness() == {"en": 100, "fr": 100, "de": 33, "it": 0, "es": 0, "pt": 0}
    dashboard = client.get("/admin/").content.decode()
    assert re.search(r'data-language="de">\s*33 %', dashboard)
    assert re.search(r'data-language="fr">\s*100 %', dashboard)

    # Saving content empties the cached figures.
    theme = Theme.objects.get(slug="nightlife")
    theme.name_de = "Nachtleben"
    theme.save()
    dashboard = client.get("/admin/").content.decode()
    assert re.search(r'data-language="de">\s*66 %', dashboard)


def test_sql_counts_as_text_what_the_site_shows_instead_of_english(site_tree):
    """The report's SQL rule is the fallback's rule (pages.i18n.has_text)."""
    values = {
        "mission_de": "<p> </p>",
        "values_de": '<p><embed embedtype="image" id="1" format="left"/></p>',
        "intro_de": "  ",
        "label_text_de": "Qualitätssiegel",
        "body_de": [],
    }
    AboutPage.objects.filter(pk=site_tree.about.pk).update(**values)
    about = AboutPage.objects.get(pk=site_tree.about.pk)
    item = next(item for item in translatables() if item.model is AboutPage)
    for column in values:
        field = column.removesuffix("_de")
        in_sql = AboutPage.objects.filter(pk=about.pk).filter(item.written(field, "de")).exists()
        assert in_sql == has_text(getattr(about, column)), column


def test_the_demo_content_is_translated_into_every_language(demo_content, client, editor):
    """All but the practices, which members write in their own language and translate when
    they can: those are what the report opens on."""
    incomplete = TranslationStatus.objects.filter(complete=False)
    assert list(incomplete.exclude(model="practices.practice").values_list("model")) == []
    assert incomplete.exists()
    _response, rows = report_rows(client, "")
    assert rows
    assert all(row.kind.startswith("Practice (original: ") for row in rows)


def report_queries(client, queries) -> list[int]:
    counts = []
    for query in queries:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"{REPORT}?{query}")
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, query
        assert len(captured) <= QUERY_BUDGET, f"{query}: {len(captured)} queries\n" + "\n".join(
            entry["sql"][:300] for entry in captured
        )
        counts.append(len(captured))
    return counts


def test_the_report_stays_within_its_query_budget_with_20_or_2000_members(
    client, site_tree, editor
):
    """Every page of the report within the budget; a page showing the same models costs the
    same queries whatever the number of rows behind it."""
    any_rows = ["", "p=2", "language=de&status=missing", "status=partial", "export=csv"]
    one_kind = [
        "kind=members.memberauthority",
        "kind=members.memberauthority&status=missing",
        "kind=practices.practice&language=en",
    ]
    create_bulk_members(18)
    create_bulk_practices(20)
    report_queries(client, any_rows)
    with_20 = report_queries(client, one_kind)
    create_bulk_members(1980, seed=1)
    create_bulk_practices(180, seed=1)
    assert MemberAuthority.objects.count() == 2000
    report_queries(client, any_rows)
    assert report_queries(client, one_kind) == with_20
