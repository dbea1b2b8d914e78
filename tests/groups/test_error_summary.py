"""A form's error summary joins each field's label and its error with the language's own
colon: French puts a no-break space before it."""

import pytest

from tests.groups.conftest import space_path

pytestmark = pytest.mark.django_db


def test_a_french_form_error_has_a_no_break_space_before_its_colon(client, network):
    client.force_login(network.member.user)

    response = client.post(
        space_path(network.page, network.group, "space_files", language="fr"), {"title": "CR"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#file_file">Fichier\u00a0: Champ requis.</a>' in html


def test_an_english_form_error_keeps_its_colon_close(client, network):
    client.force_login(network.member.user)

    response = client.post(space_path(network.page, network.group, "space_files"), {"title": "CR"})

    assert '<a href="#file_file">File: This field is required.</a>' in response.content.decode()
