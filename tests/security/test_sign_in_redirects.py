"""A signed-in person sent to a sign-in page that names itself as the next page is taken to
their area, not answered with an error."""

import pytest

from members.factories import UserFactory


@pytest.fixture
def staff_member(db):
    return UserFactory(email="staff@efus.example.org", is_staff=True, is_superuser=True)


@pytest.mark.parametrize(
    ("sign_in_page", "area"),
    [("/en/account/login/", "/en/account/"), ("/admin/login/", "/admin/")],
)
@pytest.mark.parametrize("query", ["?next={page}", "?next={page}%3Fnext%3D{page}"])
def test_a_sign_in_page_naming_itself_as_next_sends_a_signed_in_person_to_their_area(
    client, staff_member, sign_in_page, area, query
):
    client.force_login(staff_member)
    response = client.get(sign_in_page + query.format(page=sign_in_page), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == area
