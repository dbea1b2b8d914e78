"""A person's memberships of working groups are in their export and go with their erasure."""

from groups.models import GroupMembership
from privacy.erasure import erase
from privacy.export import personal_data


def test_memberships_are_exported_and_erased(network, admin_user):
    email = network.member.user.email

    exported = personal_data(email)
    erase(email, admin_user)

    rows = exported["data"]["groups.GroupMembership"]
    assert [row["group__slug"] for row in rows] == ["nightlife"]
    assert not GroupMembership.objects.filter(user__email=email).exists()
    assert GroupMembership.objects.filter(user=network.lead.user).exists()
