"""Pages added in bulk are pages like any other: in the tree, live, served in every
language at their translated addresses."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import Page

from pages.bulk import add_live_children
from projects.factories import ProjectIndexPageFactory
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db


def bulk_project(number: int) -> ProjectPage:
    return ProjectPage(
        title=f"Project {number}",
        slug=f"project-{number}",
        title_en=f"Project {number}",
        slug_en=f"project-{number}",
        title_fr=f"Projet {number}",
        slug_fr=f"projet-{number}",
        acronym=f"P{number}",
        programme=ProjectPage.Programme.ISF,
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2027, 1, 1),
    )


def test_bulk_pages_join_the_tree_and_are_served_in_every_language(site_tree, client):
    index = ProjectIndexPageFactory(parent=site_tree.home)
    first = index.add_child(instance=bulk_project(0))
    add_live_children(index, [bulk_project(number) for number in range(1, 4)])
    add_live_children(index, [bulk_project(4)])

    index.refresh_from_db()
    assert index.numchild == 5
    children = ProjectPage.objects.child_of(index).order_by("path")
    assert [page.acronym for page in children] == ["P0", "P1", "P2", "P3", "P4"]
    assert len({page.path for page in children}) == 5
    assert Page.find_problems() == ([], [], [], [], [])
    assert first.get_next_sibling().specific.acronym == "P1"

    page = children.last()
    with translation.override("fr"):
        assert client.get(page.url).status_code == 200
        assert page.url.endswith("/projet-4/")
    with translation.override("de"):
        assert page.url.endswith("/project-4/")
