"""The projects list: ongoing first, filters by status, theme and programme that ignore what
does not validate, pages of twelve, and never a server error."""

import datetime
import re

import pytest
from django.utils import timezone

from projects.factories import ProjectPageFactory
from projects.models import ProjectPage
from tests.projects.conftest import path_of


def listed_acronyms(client, path: str) -> list[str]:
    """The acronyms of the project cards on the page at ``path``, in their order."""
    return re.findall(r'<h3><a href="[^"]+">(\S+) – ', client.get(path).content.decode())


def test_ongoing_projects_come_first_then_the_latest_closed(client, projects):
    today = timezone.localdate()
    ProjectPageFactory(
        parent=projects.index,
        acronym="OLDEST",
        start_date=today - datetime.timedelta(days=3000),
        end_date=today - datetime.timedelta(days=2000),
    )
    ProjectPageFactory(
        parent=projects.index,
        acronym="NEWEST",
        start_date=today - datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=1000),
    )

    assert listed_acronyms(client, path_of(projects.index)) == [
        "NEWEST",
        "NIGHTS",
        "PREVDRUG",
        "OLDEST",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?status=ongoing", ["NIGHTS"]),
        ("?status=closed", ["PREVDRUG"]),
        ("?theme=drugs", ["PREVDRUG"]),
        ("?programme=horizon_2020", ["PREVDRUG"]),
        ("?programme=isf&theme=nightlife&status=ongoing", ["NIGHTS"]),
        ("?programme=isf&status=closed", []),
    ],
)
def test_filters_narrow_the_list(client, projects, query, expected):
    assert listed_acronyms(client, path_of(projects.index) + query) == expected


def test_the_filters_offer_only_what_projects_have(client, projects):
    html = client.get(path_of(projects.index)).content.decode()

    assert '<option value="horizon_2020">Horizon 2020</option>' in html
    assert 'value="erasmus"' not in html
    assert '<option value="nightlife">nightlife [en]</option>' in html


def test_a_chosen_filter_stays_chosen_and_can_be_cleared(client, projects):
    html = client.get(path_of(projects.index) + "?theme=drugs").content.decode()

    assert '<option value="drugs" selected>drugs [en]</option>' in html
    assert f'<a href="{path_of(projects.index)}">Clear the filters</a>' in html


@pytest.mark.parametrize(
    "query",
    [
        "?status=maybe",
        "?theme=no-such-theme",
        "?programme=%3Cscript%3Ealert(1)%3C/script%3E",
        "?theme=%00",
        "?status=%ff%fe",
        "?theme[]=drugs&status=ongoing&status=",
        "?page=abc",
        "?page=-5",
        "?page=99999999999999999999999",
        "?theme=drugs'%20OR%201=1--",
        "?programme=" + "x" * 5000,
    ],
)
def test_bad_filters_are_ignored_never_an_error(client, projects, query):
    response = client.get(path_of(projects.index) + query)

    assert response.status_code in (200, 404)
    if response.status_code == 200:
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "NIGHTS" in html or "PREVDRUG" in html


def test_a_page_past_the_end_is_not_found(client, projects):
    assert client.get(path_of(projects.index) + "?page=2").status_code == 404


def test_more_than_twelve_projects_are_paginated_keeping_the_filters(client, projects):
    ProjectPageFactory.create_batch(12, parent=projects.index)
    first = client.get(path_of(projects.index) + "?status=ongoing").content.decode()
    second = client.get(path_of(projects.index) + "?status=ongoing&page=2").content.decode()

    assert "13 projects" in first
    assert first.count('<article class="card">') == 12
    assert 'href="?status=ongoing&amp;page=2" rel="next"' in first
    assert second.count('<article class="card">') == 1


def test_a_draft_project_is_not_listed(client, projects):
    ProjectPageFactory(parent=projects.index, acronym="SECRET", live=False)

    assert "SECRET" not in client.get(path_of(projects.index)).content.decode()
    assert ProjectPage.objects.filter(acronym="SECRET").exists()
