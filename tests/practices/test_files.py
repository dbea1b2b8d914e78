"""A practice's files: who gets them, how the bytes leave, and where Wagtail's own document
address of a practice's file leads."""

import pytest
from django.core.files.base import ContentFile

from members.factories import MemberAccountFactory
from practices.factories import PracticeFactory
from practices.models import PracticeFile
from publications.collections import members_only_collection
from publications.factories import DocumentFactory
from tests.practices.conftest import MEMBERS_ONLY, practice_path
from tests.publications.readers import FORMER_MEMBER, MEMBER, STAFF, sign_in

CONTENT = b"%PDF-1.4 evaluation"


def attach(practice, language="it") -> PracticeFile:
    document = DocumentFactory(file=ContentFile(CONTENT, name="evaluation.pdf"))
    return PracticeFile.objects.create(practice=practice, document=document, language=language)


def file_path(page, practice_file, language="en") -> str:
    return practice_path(page, practice_file.practice, language) + f"files/{practice_file.pk}/"


def test_a_public_practices_file_is_streamed_to_anyone_and_never_cached(client, practices_page):
    practice_file = attach(PracticeFactory())
    response = client.get(file_path(practices_page, practice_file))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CONTENT
    filename = practice_file.document.filename
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies


def test_anonymous_visitors_are_asked_to_sign_in_for_a_members_only_file(client, practices_page):
    practice_file = attach(PracticeFactory(access=MEMBERS_ONLY))
    response = client.get(file_path(practices_page, practice_file))
    assert response.status_code == 302
    next_page = practice_path(practices_page, practice_file.practice)
    assert response["Location"] == f"/en/account/login/?next={next_page}"
    assert "no-store" in response["Cache-Control"]


def test_a_former_member_is_refused_a_members_only_file(client, practices_page):
    practice_file = attach(PracticeFactory(access=MEMBERS_ONLY))
    sign_in(client, FORMER_MEMBER)
    response = client.get(file_path(practices_page, practice_file))
    assert response.status_code == 403
    assert "shared with members of Efus only" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("reader", [MEMBER, STAFF])
def test_members_and_staff_get_members_only_files(client, practices_page, reader):
    practice_file = attach(PracticeFactory(access=MEMBERS_ONLY))
    sign_in(client, reader)
    response = client.get(file_path(practices_page, practice_file, "it"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CONTENT


def test_a_drafts_file_and_another_practices_file_are_not_found(client, practices_page):
    draft_file = attach(PracticeFactory(live=False))
    assert client.get(file_path(practices_page, draft_file)).status_code == 404
    other = attach(PracticeFactory())
    wrong = practice_path(practices_page, draft_file.practice) + f"files/{other.pk}/"
    assert client.get(wrong).status_code == 404


@pytest.mark.parametrize("access", ["public", MEMBERS_ONLY])
def test_wagtails_document_address_leads_to_the_practices_file(client, practices_page, access):
    practice_file = attach(PracticeFactory(access=access))
    document = practice_file.document
    if access == MEMBERS_ONLY:  # where the library keeps members-only documents
        document.collection = members_only_collection()
        document.save()
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"] == file_path(practices_page, practice_file)
    assert "no-store" in response["Cache-Control"]


def test_a_drafts_document_is_served_to_its_authority_and_staff_only(client, practices_page):
    author = MemberAccountFactory()
    document = attach(PracticeFactory(live=False, authority=author.authority)).document
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/en/account/login/")
    sign_in(client, MEMBER)
    assert client.get(document.url).status_code == 404
    client.force_login(author.user)
    assert b"".join(client.get(document.url).streaming_content) == CONTENT
    sign_in(client, STAFF)
    assert client.get(document.url).status_code == 200
