"""The working groups' public pages: the list and a group's page in every language, with
its leads, themes, figures and how to join; the groups on a theme's page; bad addresses."""

import pytest

from groups.models import WorkingGroup
from members.models import MemberAuthority
from tests.groups.conftest import LANGUAGE_CODES, group_path, path_of


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_list_shows_each_group_with_its_leads_and_figures_in_every_language(
    client, network, language
):
    response = client.get(path_of(network.page, language))
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"nightlife [{language}]</a></h3>" in html
    assert f'href="{group_path(network.page, network.group, language)}"' in html
    assert "Ville de Lyon" in html
    assert "nightlife [" in html  # its theme


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_group_page_says_what_it_does_who_leads_it_and_how_to_join(client, network, language):
    response = client.get(group_path(network.page, network.group, language))
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"nightlife [{language}]</h1>" in html
    written = language if language in ("en", "fr") else "en"
    assert f"What nightlife does [{written}]" in html
    assert "Ville de Lyon" in html
    assert f'href="/{language}/account/login/?next=' in html


def test_a_group_page_counts_people_and_authorities_taking_part(client, network):
    html = client.get(group_path(network.page, network.group)).content.decode()

    assert "2 people, 2 authorities" in html
    assert html.count("Taking part") == 1  # the figure's label, not the joining section's too
    assert "Joining the group" in html


def test_people_of_a_former_member_are_not_counted(client, network):
    network.member.authority.status = MemberAuthority.Status.FORMER
    network.member.authority.save()

    html = client.get(group_path(network.page, network.group)).content.decode()

    assert "1 person, 1 authority" in html


def test_the_french_group_page_says_it_in_french(client, network):
    """Needs the French catalogue."""
    html = client.get(group_path(network.page, network.group, "fr")).content.decode()

    assert "Se connecter pour rejoindre" in html
    assert "2 personnes, 2 collectivités" in html


def test_a_closed_group_says_it_takes_no_new_members(client, network):
    network.group.status = WorkingGroup.Status.CLOSED
    network.group.save()

    html = client.get(group_path(network.page, network.group)).content.decode()

    assert "This group has finished its work and takes no new members." in html
    assert "Sign in to join" not in html


def test_a_theme_page_lists_its_groups(client, network, site_tree):
    from themes.factories import ThemeIndexPageFactory

    themes_page = ThemeIndexPageFactory(parent=site_tree.home)
    path = path_of(themes_page) + "nightlife/"

    html = client.get(path).content.decode()

    assert f'href="{group_path(network.page, network.group)}"' in html
    assert "All working groups" in html


@pytest.mark.parametrize(
    "suffix", ["no-such-group/", "nightlife/nonsense/", "%3Cscript%3E/", "nightlife/join/x/"]
)
def test_unknown_addresses_are_not_found(client, network, suffix):
    assert client.get(path_of(network.page) + suffix).status_code == 404


def test_garbage_query_parameters_change_nothing(client, network):
    path = group_path(network.page, network.group)

    assert client.get(path, {"page": "'; DROP TABLE", "theme": "\x00" * 10}).status_code == 200
    assert client.get(path_of(network.page), {"status": "x" * 5000}).status_code == 200


def test_outputs_show_public_publications_to_everyone(client, network, site_tree):
    from publications.factories import PublicationFactory

    public = PublicationFactory(title_en="Safer nights guide")
    reserved = PublicationFactory(title_en="Members' night notes", access="members")
    network.group.publications.set([public, reserved])

    html = client.get(group_path(network.page, network.group)).content.decode()

    assert "Safer nights guide" in html
    assert "Members&#x27; night notes" not in html
    assert "Members' night notes" not in html
