"""A person's memberships of working groups are in their export and go with their erasure."""

from django.core.files.storage import default_storage
from django.test import TestCase
from wagtail.documents.models import Document

from groups.factories import SharedFileFactory
from groups.models import GroupMembership, SharedFile
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


def test_erasing_a_person_deletes_the_files_they_shared_unless_staff_kept_them(network, admin_user):
    sharer = network.member.user
    dropped = SharedFileFactory(group=network.group, shared_by=sharer, title="Draft notes")
    kept = SharedFileFactory(group=network.group, shared_by=sharer, title="Minutes", kept=True)
    others = SharedFileFactory(group=network.group, shared_by=network.lead.user)
    dropped_file = dropped.document.file.name
    assert default_storage.exists(dropped_file)

    with TestCase.captureOnCommitCallbacks(execute=True):
        erase(sharer.email, admin_user)

    assert list(SharedFile.objects.order_by("title").values_list("title", "shared_by")) == [
        ("Minutes", None),
        (others.title, network.lead.user.pk),
    ]
    assert not Document.objects.filter(pk=dropped.document_id).exists()
    assert not default_storage.exists(dropped_file)
    assert Document.objects.filter(pk=kept.document_id).exists()


def test_a_shared_file_deleted_by_staff_takes_its_document_with_it(admin_client, network):
    shared = SharedFileFactory(group=network.group, shared_by=network.member.user)
    stored = shared.document.file.name
    assert default_storage.exists(stored)

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(f"/admin/snippets/groups/sharedfile/delete/{shared.pk}/")

    assert response.status_code == 302
    assert not SharedFile.objects.exists()
    assert not Document.objects.filter(pk=shared.document_id).exists()
    assert not default_storage.exists(stored)


def test_a_document_deleted_in_the_library_admin_takes_its_shared_file_with_it(network):
    shared = SharedFileFactory(group=network.group)

    shared.document.delete()

    assert not SharedFile.objects.exists()
