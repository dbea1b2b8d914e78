"""Who reaches what of the practice exchange, by every path: a members-only practice and its
file, and a draft with its file, for anonymous visitors, a person whose authority became a
former member, a person of the practice's authority, a person of another active authority,
and staff. Each path × each reader → what they get, checked as one table."""

import pytest
from django.core.files.base import ContentFile
from django.utils.http import urlencode

from members.factories import MemberAccountFactory, UserFactory
from practices.factories import PracticeFactory, PracticeTextFactory
from practices.models import PracticeFile
from publications.factories import DocumentFactory
from tests.practices.conftest import MEMBERS_ONLY, path_of, practice_path
from tests.publications.readers import STAFF, make_user
from tests.search.conftest import found_titles, search_path

ANONYMOUS = "anonymous"
FORMER_MEMBER = "former member"
AUTHOR = "person of the practice's authority"
OTHER_MEMBER = "person of another authority"
READERS = [ANONYMOUS, FORMER_MEMBER, AUTHOR, OTHER_MEMBER, STAFF]

# What a reader gets.
SHOWN = "200, shown"
FILE = "the file"
SIGN_IN = "sent to sign in"
REFUSED = "403, told why"
NOT_FOUND = "404"
LISTED = "listed"
NOT_LISTED = "not listed"
SUBMITTED = "submitted for review"

CONTENT = b"%PDF-1.4 a night mediation evaluation"
TITLE = "Nightwalkers of the harbour"

EXPECTED = {
    "list": {ANONYMOUS: NOT_LISTED, FORMER_MEMBER: NOT_LISTED, "*": LISTED},
    "practice page": {ANONYMOUS: SIGN_IN, FORMER_MEMBER: REFUSED, "*": SHOWN},
    "file": {ANONYMOUS: SIGN_IN, FORMER_MEMBER: REFUSED, "*": FILE},
    "Wagtail's document address": {ANONYMOUS: SIGN_IN, FORMER_MEMBER: REFUSED, "*": FILE},
    "feed": {"*": NOT_LISTED},
    "sitemap": {"*": NOT_LISTED},
    "search": {ANONYMOUS: NOT_LISTED, FORMER_MEMBER: NOT_LISTED, "*": LISTED},
    "draft's public address": {"*": NOT_FOUND},
    "draft in the members' area": {
        ANONYMOUS: SIGN_IN,
        FORMER_MEMBER: REFUSED,
        AUTHOR: SHOWN,
        OTHER_MEMBER: NOT_FOUND,
        STAFF: REFUSED,
    },
    "draft's preview": {
        ANONYMOUS: SIGN_IN,
        FORMER_MEMBER: REFUSED,
        AUTHOR: SHOWN,
        OTHER_MEMBER: NOT_FOUND,
        STAFF: REFUSED,
    },
    "draft's document": {
        ANONYMOUS: SIGN_IN,
        FORMER_MEMBER: NOT_FOUND,
        AUTHOR: FILE,
        OTHER_MEMBER: NOT_FOUND,
        STAFF: FILE,
    },
    "draft submitted": {
        ANONYMOUS: SIGN_IN,
        FORMER_MEMBER: REFUSED,
        AUTHOR: SUBMITTED,
        OTHER_MEMBER: NOT_FOUND,
        STAFF: REFUSED,
    },
}


def expected(path: str, reader: str) -> str:
    table = EXPECTED[path]
    return table.get(reader, table.get("*"))


def attach(practice) -> PracticeFile:
    document = DocumentFactory(file=ContentFile(CONTENT, name="evaluation.pdf"))
    return PracticeFile.objects.create(practice=practice, document=document, language="en")


@pytest.fixture
def author():
    return MemberAccountFactory()


@pytest.fixture
def members_only(author):
    practice = PracticeFactory(authority=author.authority, access=MEMBERS_ONLY, original=None)
    PracticeTextFactory(practice=practice, title=TITLE)
    return practice, attach(practice)


@pytest.fixture
def draft(author):
    practice = PracticeFactory(authority=author.authority, live=False)
    practice.save_revision(user=author.user)
    return practice, attach(practice)


def reader_user(reader: str, author):
    if reader == AUTHOR:
        return MemberAccountFactory(authority=author.authority).user
    if reader == OTHER_MEMBER:
        return make_user("member")
    if reader == STAFF:
        return make_user(STAFF)
    if reader == FORMER_MEMBER:
        return make_user(FORMER_MEMBER)
    return None


def outcome(response) -> str:
    """What the reader got, in the table's words."""
    status = response.status_code
    if status in (301, 302) and "/account/login/" in response["Location"]:
        return SIGN_IN
    if status == 403:
        return REFUSED
    if status == 404:
        return NOT_FOUND
    if status == 200 and response.streaming:
        return FILE if b"".join(response.streaming_content) == CONTENT else "another file"
    if status == 200:
        return SHOWN
    return f"{status}"


def listing(response) -> str:
    assert response.status_code == 200
    return LISTED if TITLE in response.content.decode() else NOT_LISTED


def get_following_redirects_to_the_site(client, path):
    """Wagtail's document address redirects to the practice's file route: follow that one
    step, not the sign-in redirect."""
    response = client.get(path)
    while response.status_code == 302 and "/account/login/" not in response["Location"]:
        response = client.get(response["Location"])
    return response


def what_each_path_gives(client, page, members_only, draft) -> dict[str, str]:
    practice, practice_file = members_only
    draft_practice, draft_file = draft
    file_route = practice_path(page, practice) + f"files/{practice_file.pk}/"
    account = f"/en/account/practices/{draft_practice.pk}/"
    search = search_path("en") + "?" + urlencode({"q": "nightwalkers", "kind": "practice"})
    results = client.get(search)
    submitted = client.post(account + "submit/")
    return {
        "list": listing(client.get(path_of(page))),
        "practice page": outcome(client.get(practice_path(page, practice))),
        "file": outcome(client.get(file_route)),
        "Wagtail's document address": outcome(
            get_following_redirects_to_the_site(client, practice_file.document.url)
        ),
        "feed": listing(client.get(path_of(page) + "feed/")),
        "sitemap": NOT_LISTED
        if practice.slug not in client.get("/sitemap-practices.xml").content.decode()
        else LISTED,
        "search": LISTED if found_titles(results) == [TITLE] else NOT_LISTED,
        "draft's public address": outcome(client.get(practice_path(page, draft_practice))),
        "draft in the members' area": outcome(client.get(account)),
        "draft's preview": outcome(client.get(account + "preview/")),
        "draft's document": outcome(
            get_following_redirects_to_the_site(client, draft_file.document.url)
        ),
        "draft submitted": SUBMITTED
        if submitted.status_code == 302 and "/account/login/" not in submitted["Location"]
        else outcome(submitted),
    }


@pytest.mark.parametrize("reader", READERS)
def test_each_reader_gets_what_the_access_rule_says_by_every_path(
    client, practices_page, author, members_only, draft, reader
):
    user = reader_user(reader, author)
    if user is not None:
        client.force_login(user)
    got = what_each_path_gives(client, practices_page, members_only, draft)
    wanted = {path: expected(path, reader) for path in EXPECTED}
    assert got == wanted


def test_a_person_without_a_member_account_is_refused_the_members_area(client, db, draft):
    draft_practice, _file = draft
    client.force_login(UserFactory())
    response = client.get(f"/en/account/practices/{draft_practice.pk}/")
    assert outcome(response) == REFUSED
