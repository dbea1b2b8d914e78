"""``projects_with_member`` lists on a member's profile the projects its authority takes
part in, ongoing first, in at most two queries, then from the page cache, which publishing a
project empties."""

from django.core.cache import caches
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from members.factories import MemberAuthorityFactory
from pages.models.base import paths_to_check_for_restrictions
from projects.factories import ProjectPageFactory, ProjectPartnerFactory
from projects.models import ProjectPartner

TEMPLATE = Template("{% load projects_tags %}{% projects_with_member authority %}")


def render_for(authority) -> str:
    request = RequestFactory().get("/en/members/")
    return TEMPLATE.render(Context({"request": request, "authority": authority}))


def test_a_member_s_projects_are_listed_ongoing_first_with_its_role(
    projects, django_assert_max_num_queries
):
    ProjectPartnerFactory(project=projects.closed, authority=projects.lyon, name="")
    paths_to_check_for_restrictions()  # every page request reads them before its template

    with django_assert_max_num_queries(2):
        html = render_for(projects.lyon)
    with django_assert_max_num_queries(0):  # kept in the page cache
        assert render_for(projects.lyon) == html

    assert '<section aria-labelledby="member-projects">' in html
    assert '<h2 id="member-projects">European projects</h2>' in html
    assert html.index("NIGHTS") < html.index("PREVDRUG")
    assert "Coordinator · Ongoing" in html
    assert "Partner · Closed" in html


def test_a_member_s_projects_are_kept_in_each_language(projects):
    english = render_for(projects.lyon)
    with translation.override("fr"):
        french = render_for(projects.lyon)

    assert "Coordinator · Ongoing" in english
    assert "Coordinateur · En cours" in french
    assert '<h2 id="member-projects">Projets européens</h2>' in french


def test_a_member_in_no_project_is_told_so(projects):
    html = render_for(MemberAuthorityFactory())
    assert '<h2 id="member-projects">European projects</h2>' in html
    assert "takes part in no European project with Efus yet" in html
    assert "<li>" not in html


def test_a_draft_project_is_not_listed(projects):
    draft = ProjectPageFactory(parent=projects.index, acronym="DRAFTY", live=False)
    ProjectPartnerFactory(project=draft, authority=projects.lyon, name="")

    assert "DRAFTY" not in render_for(projects.lyon)


def test_a_member_s_projects_show_a_newly_published_partnership_at_once(projects):
    assert "PREVDRUG" not in render_for(projects.lyon)
    projects.closed.partners.add(ProjectPartner(authority=projects.lyon))

    projects.closed.save_revision().publish()

    assert "PREVDRUG" in render_for(projects.lyon)


def test_publishing_a_project_empties_the_page_cache(projects):
    caches["pages"].set("cached-page", "the projects")
    project = projects.ongoing
    project.partners.add(ProjectPartner(name="New partner", country="IT"))

    project.save_revision().publish()

    assert caches["pages"].get("cached-page") is None
