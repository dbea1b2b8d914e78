"""What an authority's people do for it in the members' area: propose changes to its public
profile, which staff approve or decline in the admin, and, for its contact persons, invite
colleagues; who may do it, bad input, the emails, and what the pages cost."""

import datetime
import importlib
import io
import os

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group as StaffGroup
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.models import ModelLogEntry

from members import account_views
from members.factories import MemberAccountFactory, MemberAuthorityFactory, UserFactory
from members.models import MemberAccount, MemberAuthority, ProfileProposal
from members.models.proposals import (
    LOGOS_COLLECTION,
    PROPOSED_FIELDS,
    PROPOSED_LOGOS_COLLECTION,
)
from pages.factories import ImageFactory
from pages.models import SiteImage
from pages.uploads import collection
from tests.budgets import QUERY_BUDGET, page_queries

pytestmark = pytest.mark.django_db

logos_migration = importlib.import_module("members.migrations.0008_proposed_logos_restricted")

STAFF_ADDRESS = "contact@efus.eu"  # the site tree's contact address


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def html_of(response) -> str:
    return response.content.decode()


def review_url(proposal) -> str:
    return reverse("profile_proposals:edit", args=[proposal.pk])


def profile_path(site_tree, authority, language: str) -> str:
    directory = site_tree.members.url_in(language).removeprefix("http://localhost")
    return f"{directory}{authority.slug}/"


def proposal_data(authority, **changes) -> dict:
    """What the form sends: the profile as it is (the form starts from it), with
    ``changes``."""
    return {
        **{field: getattr(authority, field) or "" for field in PROPOSED_FIELDS},
        **changes,
    }


def png(name="logo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 120), "navy").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def lyon(site_tree):
    return MemberAuthority.objects.get(name="Lyon")


@pytest.fixture
def member(lyon):
    """A person of Lyon, whose emails are in French."""
    return MemberAccountFactory(
        authority=lyon,
        user__email="ana@lyon.example.org",
        user__first_name="Ana",
        user__last_name="Martin",
        language="fr",
    )


@pytest.fixture
def contact(lyon):
    return MemberAccountFactory(
        authority=lyon, user__email="marc@lyon.example.org", is_contact=True, language="en"
    )


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def propose(client, authority, language="en", **changes):
    return client.post(url("account_authority", language), proposal_data(authority, **changes))


# Proposing, approving, declining.


def test_a_proposal_approved_by_staff_shows_on_the_profile_in_its_language(
    signed_in, admin_client, client, site_tree, lyon, member, mailoutbox
):
    response = propose(
        signed_in,
        lyon,
        description_fr="Lyon prévient la délinquance avec ses habitants.",
        website="https://www.lyon.fr",
    )

    assert response["Location"] == url("account_authority")
    proposal = ProfileProposal.objects.get()
    assert (proposal.authority, proposal.proposed_by, proposal.status) == (
        lyon,
        member.user,
        ProfileProposal.Status.PENDING,
    )
    assert set(proposal.changes) == {"description_fr", "website"}
    [to_staff] = mailoutbox
    assert to_staff.to == [STAFF_ADDRESS]
    assert review_url(proposal) in to_staff.body
    lyon.refresh_from_db()
    assert lyon.description_fr == "About Lyon [fr]"  # nothing changes before staff approve

    review = html_of(admin_client.get(review_url(proposal)))
    assert "About Lyon [fr]" in review
    assert "Lyon prévient la délinquance avec ses habitants." in review
    assert admin_client.post(review_url(proposal), {"approve": "1"}).status_code == 302

    french = html_of(client.get(profile_path(site_tree, lyon, "fr")))
    english = html_of(client.get(profile_path(site_tree, lyon, "en")))
    assert "Lyon prévient la délinquance avec ses habitants." in french
    assert "https://www.lyon.fr" in french
    assert "About Lyon [en]" in english and "prévient" not in english
    proposal.refresh_from_db()
    assert proposal.status == ProfileProposal.Status.APPROVED
    assert proposal.decided_by.is_superuser and proposal.decided_at is not None
    assert ModelLogEntry.objects.filter(action="members.proposal_approved").exists()
    told = mailoutbox[-1]
    assert told.to == ["ana@lyon.example.org"]
    assert told.extra_headers["Content-Language"] == "fr"
    assert "/fr/account/authority/" in told.body


def test_a_declined_proposal_shows_the_reason_to_its_proposer(
    signed_in, admin_client, lyon, mailoutbox
):
    propose(signed_in, lyon, website="https://lyon.example.org/new")
    proposal = ProfileProposal.objects.get()

    admin_client.post(review_url(proposal), {"decline": "1", "reason": "The address is wrong."})

    proposal.refresh_from_db()
    assert proposal.status == ProfileProposal.Status.DECLINED
    assert proposal.reason == "The address is wrong."
    lyon.refresh_from_db()
    assert lyon.website == "https://city.example.org"
    page = html_of(signed_in.get(url("account_authority")))
    assert "Declined" in page and "The address is wrong." in page
    assert "The address is wrong." in mailoutbox[-1].body
    assert mailoutbox[-1].to == ["ana@lyon.example.org"]


def test_declining_needs_a_reason_and_a_decided_proposal_stays_decided(
    signed_in, admin_client, lyon
):
    propose(signed_in, lyon, website="https://lyon.example.org/new")
    proposal = ProfileProposal.objects.get()

    without_reason = admin_client.post(review_url(proposal), {"decline": "1", "reason": ""})
    assert without_reason.status_code == 200
    assert without_reason.context["decline_form"].errors["reason"]
    admin_client.post(review_url(proposal), {"approve": "1"})
    admin_client.post(review_url(proposal), {"decline": "1", "reason": "Too late."})

    proposal.refresh_from_db()
    assert (proposal.status, proposal.reason) == (ProfileProposal.Status.APPROVED, "")


def test_a_new_proposal_replaces_the_pending_one(signed_in, client, lyon):
    propose(signed_in, lyon, website="https://lyon.example.org/first")
    colleague = MemberAccountFactory(authority=lyon)
    client.force_login(colleague.user)
    form = client.get(url("account_authority")).context["form"]
    assert form.initial["website"] == "https://lyon.example.org/first"

    propose(client, lyon, website="https://lyon.example.org/second")

    proposal = ProfileProposal.objects.get()
    assert proposal.changes == {"website": "https://lyon.example.org/second"}
    assert proposal.proposed_by == colleague.user


def test_a_proposal_that_changes_nothing_is_refused(signed_in, lyon):
    response = propose(signed_in, lyon)

    assert response.status_code == 200
    assert "change something before sending it" in html_of(response)
    assert not ProfileProposal.objects.exists()


def test_html_in_a_description_is_shown_as_text(signed_in, admin_client, client, site_tree, lyon):
    script = "<script>alert('x')</script><b>bold</b>"
    propose(signed_in, lyon, description_en=script)
    proposal = ProfileProposal.objects.get()

    review = html_of(admin_client.get(review_url(proposal)))
    admin_client.post(review_url(proposal), {"approve": "1"})
    profile = html_of(client.get(profile_path(site_tree, lyon, "en")))

    for html in (review, profile):
        assert "<script>alert" not in html and "<b>bold" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_a_proposed_logo_has_no_public_address_until_approved(
    site_tree, signed_in, admin_client, client, lyon, member
):
    response = signed_in.post(url("account_authority"), {**proposal_data(lyon), "logo": png()})

    assert response.status_code == 302
    proposal = ProfileProposal.objects.get()
    logo = proposal.logo
    assert isinstance(logo, SiteImage)
    assert logo.collection.name == PROPOSED_LOGOS_COLLECTION
    assert [r.restriction_type for r in logo.collection.get_view_restrictions()] == ["login"]
    assert logo.file.name.endswith(".png")
    logo_path = url("account_proposed_logo", pk=proposal.pk)
    review = html_of(admin_client.get(review_url(proposal)))
    own_page = html_of(signed_in.get(url("account_authority")))
    assert f'src="{logo_path}"' in review and f'src="{logo_path}"' in own_page
    assert "/media/images/" not in review + own_page
    assert not logo.renditions.exists()  # no file that a public URL would serve
    client.logout()
    assert client.get(logo_path)["Location"].startswith(url("account_login"))

    admin_client.post(review_url(proposal), {"approve": "1"})

    lyon.refresh_from_db()
    logo.refresh_from_db()
    assert lyon.logo == logo and logo.collection.name == LOGOS_COLLECTION
    profile = html_of(client.get(profile_path(site_tree, lyon, "en")))
    [rendition] = logo.renditions.filter(file__contains="max-160x160")[:1] or [None]
    assert rendition is not None and rendition.url in profile
    client.force_login(member.user)
    assert client.get(logo_path).status_code == 404  # decided: the public one is the logo


@pytest.fixture
def proposed_logo(signed_in, lyon):
    signed_in.post(url("account_authority"), {**proposal_data(lyon), "logo": png()})
    proposal = ProfileProposal.objects.get()
    signed_in.logout()
    return proposal


def staff_in(group_name: str):
    user = UserFactory()
    user.groups.add(StaffGroup.objects.get(name=group_name))
    return user


def admin_only():
    """Staff who reach the admin and hold no permission on proposals."""
    group = StaffGroup.objects.create(name="Admin only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("anonymous", False),
        ("a person of the authority", True),
        ("a person of another authority", False),
        ("a person of the authority, deactivated", False),
        ("staff without the permission", False),
        ("a moderator", True),
        ("an editor", True),
    ],
)
def test_who_sees_a_proposed_logo(client, proposed_logo, lyon, who, sees):
    torino = MemberAuthority.objects.get(name="Torino")
    users = {
        "a person of the authority": lambda: MemberAccountFactory(authority=lyon).user,
        "a person of another authority": lambda: MemberAccountFactory(authority=torino).user,
        "a person of the authority, deactivated": lambda: (
            MemberAccountFactory(authority=lyon, user__is_active=False).user
        ),
        "staff without the permission": admin_only,
        "a moderator": lambda: staff_in("Moderators"),
        "an editor": lambda: staff_in("Editors"),
    }
    if who in users:
        client.force_login(users[who]())

    response = client.get(url("account_proposed_logo", pk=proposed_logo.pk))

    if sees:
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert "no-store" in response["Cache-Control"]
        assert b"".join(response.streaming_content)[:4] == b"\x89PNG"
    else:
        assert response.status_code in (302, 404)
        assert b"PNG" not in response.content
    if who == "anonymous":
        assert response["Location"].startswith(url("account_login"))


def test_staff_without_the_permission_do_not_review_a_proposal(client, proposed_logo):
    client.force_login(admin_only())

    response = client.get(review_url(proposed_logo))

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_logos_waiting_before_the_restriction_leave_the_public_collection(
    signed_in, lyon, site_tree
):
    signed_in.post(url("account_authority"), {**proposal_data(lyon), "logo": png()})
    logo = ProfileProposal.objects.get().logo
    logo.collection = collection(LOGOS_COLLECTION, restricted=False)
    logo.save()
    rendition = logo.get_rendition("max-160x160")
    rendition_path = rendition.file.path
    shown = MemberAuthority.objects.get(name="Torino")
    shown.logo = ImageFactory(collection=logo.collection)
    shown.save()

    logos_migration.restrict_waiting_logos(django_apps, schema_editor=None)

    logo.refresh_from_db()
    assert logo.collection.name == PROPOSED_LOGOS_COLLECTION
    assert not logo.renditions.exists() and not os.path.exists(rendition_path)
    shown.logo.refresh_from_db()
    assert shown.logo.collection.name == LOGOS_COLLECTION


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.png", b"<html><script>alert(1)</script></html>"),
        ("logo.png", b"%PDF-1.4\n%%EOF\n"),
        ("logo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64),
    ],
)
def test_a_disguised_or_broken_logo_is_refused(signed_in, lyon, name, content):
    response = signed_in.post(
        url("account_authority"),
        {**proposal_data(lyon), "logo": SimpleUploadedFile(name, content)},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["logo"]
    assert not ProfileProposal.objects.exists()
    assert not SiteImage.objects.filter(collection__name=LOGOS_COLLECTION).exists()


def test_garbage_in_the_form_is_a_form_error(signed_in, lyon):
    response = signed_in.post(
        url("account_authority"),
        proposal_data(lyon, website="javascript:alert(1)", description_de="x" * 6000),
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"website", "description_de"}
    assert not ProfileProposal.objects.exists()


# Who may propose and see.


@pytest.fixture
def former_member(db):
    former = MemberAuthorityFactory(name="Gone", status=MemberAuthority.Status.FORMER)
    return MemberAccountFactory(authority=former)


@pytest.mark.parametrize("name", ["account_authority", "account_colleagues"])
def test_anonymous_visitors_are_asked_to_sign_in(client, site_tree, name):
    response = client.get(url(name))

    assert response.status_code == 302
    assert response["Location"].startswith(url("account_login"))


@pytest.mark.parametrize("name", ["account_authority", "account_colleagues"])
@pytest.mark.parametrize("who", ["former member", "no authority", "staff", "deactivated"])
def test_people_without_an_active_authority_are_refused(
    client, site_tree, former_member, name, who
):
    users = {
        "former member": lambda: former_member.user,
        "no authority": lambda: UserFactory(),
        "staff": lambda: UserFactory(is_staff=True, is_superuser=True),
        "deactivated": lambda: (
            MemberAccountFactory(
                authority=MemberAuthority.objects.get(name="Lyon"), user__is_active=False
            ).user
        ),
    }
    user = users[who]()
    client.force_login(user)

    got = client.get(url(name))
    sent = client.post(url(name), proposal_data(former_member.authority, website="https://x.org"))

    if who == "deactivated":  # signed out at once
        assert got.status_code == 302
    else:
        assert got.status_code == sent.status_code == 403
    assert not ProfileProposal.objects.exists()
    assert MemberAccount.objects.filter(user__email="https://x.org").count() == 0


def test_a_former_member_is_told_why(client, former_member):
    client.force_login(former_member.user)
    page = html_of(client.get(url("account_authority")))

    assert "The membership of Gone in Efus has ended" in page


def test_another_authority_s_people_neither_see_nor_change_a_proposal(
    signed_in, client, lyon, site_tree
):
    propose(signed_in, lyon, website="https://lyon.example.org/secret")
    torino = MemberAuthority.objects.get(name="Torino")
    client.force_login(MemberAccountFactory(authority=torino).user)

    page = html_of(client.get(url("account_authority")))
    propose(client, torino, website="https://torino.example.org")

    assert "lyon.example.org/secret" not in page
    assert ProfileProposal.objects.get(authority=lyon).changes == {
        "website": "https://lyon.example.org/secret"
    }
    assert ProfileProposal.objects.filter(authority=torino).count() == 1


def test_members_do_not_reach_the_admin_s_review(signed_in, client, lyon):
    propose(signed_in, lyon, website="https://lyon.example.org/new")
    proposal = ProfileProposal.objects.get()

    for path in (review_url(proposal), reverse("profile_proposals:index")):
        response = signed_in.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert signed_in.post(review_url(proposal), {"approve": "1"}).status_code == 302
    proposal.refresh_from_db()
    assert proposal.is_pending


def test_staff_list_the_proposals_the_pending_first(signed_in, admin_client, lyon):
    torino = MemberAuthority.objects.get(name="Torino")
    ProfileProposal.objects.create(
        authority=torino, changes={"website": "https://t.org"}, status="declined"
    )
    propose(signed_in, lyon, website="https://lyon.example.org/new")

    html = html_of(admin_client.get(reverse("profile_proposals:index")))

    assert html.index("Lyon") < html.index("Torino")
    assert "Waiting for the Efus team" in html and "Ana Martin" in html


# Inviting colleagues.


def invitation(**fields) -> dict:
    return {
        "email": "Lea@Lyon.example.org",
        "first_name": "Léa",
        "last_name": "Durand",
        "language": "fr",
        **fields,
    }


def test_a_contact_invites_a_colleague_through_the_invitation_flow(
    client, contact, lyon, mailoutbox
):
    client.force_login(contact.user)

    response = client.post(url("account_colleagues"), invitation())

    assert response["Location"] == url("account_colleagues")
    account = MemberAccount.objects.get(user__email="lea@lyon.example.org")
    assert (account.authority, account.language, account.is_contact) == (lyon, "fr", False)
    assert account.invited_at is not None
    assert not account.user.has_usable_password()
    to_colleague, to_staff = sorted(
        mailoutbox, key=lambda message: message.to != ["lea@lyon.example.org"]
    )
    assert to_colleague.to == ["lea@lyon.example.org"]
    assert to_colleague.extra_headers["Content-Language"] == "fr"
    assert "/fr/account/set-password/" in to_colleague.body
    assert to_staff.to == [STAFF_ADDRESS]
    assert "marc@lyon.example.org" in to_staff.body and "lea@lyon.example.org" in to_staff.body
    assert reverse("member_accounts:edit", args=[account.pk]) in to_staff.body
    listing = html_of(client.get(url("account_colleagues")))
    assert "Invitation sent to lea@lyon.example.org." in listing
    assert "Léa Durand" in listing


def test_a_person_who_is_not_a_contact_cannot_invite_and_is_told_who_can(
    signed_in, contact, mailoutbox
):
    got = signed_in.get(url("account_colleagues"))
    sent = signed_in.post(url("account_colleagues"), invitation())

    assert got.status_code == sent.status_code == 403
    told = html_of(got)
    assert "Only the contact persons of Lyon invite colleagues:" in told
    assert f"{contact.user.get_full_name()} ({contact.user.email})" in told
    assert not get_user_model().objects.filter(email="lea@lyon.example.org").exists()
    assert mailoutbox == []


def test_a_person_of_an_authority_without_contacts_is_sent_to_the_efus_team(signed_in):
    refused = signed_in.get(url("account_colleagues"))

    assert refused.status_code == 403
    assert "Lyon has no contact person on the site yet" in html_of(refused)


@pytest.mark.parametrize(
    "address", ["ANA@lyon.example.org", "someone@torino.example.org", "staff@efus.example.org"]
)
def test_inviting_an_address_that_has_an_account_answers_as_any_other_and_tells_staff(
    client, contact, member, mailoutbox, address
):
    UserFactory(email="staff@efus.example.org", is_staff=True)
    MemberAccountFactory(user__email="someone@torino.example.org")
    accounts = MemberAccount.objects.count()
    client.force_login(contact.user)

    response = client.post(url("account_colleagues"), invitation(email=address))

    assert response["Location"] == url("account_colleagues")
    assert f"Invitation sent to {address.lower()}." in html_of(client.get(response["Location"]))
    assert MemberAccount.objects.count() == accounts
    [to_staff] = mailoutbox
    assert to_staff.to == [STAFF_ADDRESS]
    assert f"has asked to invite {address.lower()}" in to_staff.body
    assert "already has an account, so no invitation was sent" in to_staff.body
    assert reverse("member_accounts:index") + "?q=" in to_staff.body


def test_invitations_are_rate_limited(client, contact, monkeypatch, mailoutbox):
    monkeypatch.setitem(account_views.RATES, "invite", "2/d")
    client.force_login(contact.user)

    answers = [
        client.post(url("account_colleagues"), invitation(email=f"p{n}@lyon.example.org"))
        for n in range(3)
    ]

    assert [answer.status_code for answer in answers] == [302, 302, 429]
    assert not MemberAccount.objects.filter(user__email="p2@lyon.example.org").exists()


def test_the_members_area_links_to_what_the_person_may_do(client, member, contact):
    client.force_login(member.user)
    as_member = html_of(client.get(url("account_home")))
    client.force_login(contact.user)
    as_contact = html_of(client.get(url("account_home")))

    assert url("account_authority") in as_member and url("account_authority") in as_contact
    assert url("account_colleagues") not in as_member
    assert url("account_colleagues") in as_contact


def test_staff_make_a_person_the_authority_s_contact(admin_client, member):
    edit = reverse("member_accounts:edit", args=[member.pk])

    admin_client.post(
        edit, {"authority": member.authority_id, "language": "fr", "is_contact": "on"}
    )

    member.refresh_from_db()
    assert member.is_contact


# Languages and budgets.


def test_the_pages_are_in_french_in_french(client, contact, lyon):
    """Needs the French catalogue."""
    client.force_login(contact.user)

    profile = html_of(client.get(url("account_authority", "fr")))
    colleagues = html_of(client.get(url("account_colleagues", "fr")))

    assert '<html lang="fr"' in profile
    assert "Le profil de votre autorité" in profile
    assert "Envoyer la proposition" in profile
    assert "Description en français" in profile
    assert "Inviter un collègue" in colleagues


def test_the_new_pages_keep_the_query_budget(client, contact, lyon):
    for _n in range(30):
        MemberAccountFactory(authority=lyon)
    ProfileProposal.objects.create(
        authority=lyon, proposed_by=contact.user, changes={"website": "https://lyon.example.org"}
    )
    client.force_login(contact.user)

    page_queries(client, [url("account_authority"), url("account_colleagues")], QUERY_BUDGET)


def test_a_declined_or_replaced_logo_is_deleted(signed_in, admin_client, lyon):
    signed_in.post(url("account_authority"), {**proposal_data(lyon), "logo": png("first.png")})
    first = ProfileProposal.objects.get().logo
    signed_in.post(url("account_authority"), {**proposal_data(lyon), "logo": png("second.png")})
    proposal = ProfileProposal.objects.get()

    admin_client.post(review_url(proposal), {"decline": "1", "reason": "Too small."})

    assert not SiteImage.objects.filter(pk__in=[first.pk, proposal.logo_id or 0]).exists()
    assert not SiteImage.objects.filter(collection__name=LOGOS_COLLECTION).exists()
    proposal.refresh_from_db()
    assert proposal.logo is None and proposal.reason == "Too small."


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("it", ["7 dicembre 2026", "8 dicembre 2026", "Respinta"]),
        ("pt", ["7 de dezembro de 2026", "8 de dezembro de 2026", "Recusada"]),
        ("fr", ["7 décembre 2026", "8 décembre 2026", "Refusée"]),
        ("en", ["7 December 2026", "8 December 2026", "Declined"]),
    ],
)
def test_a_proposal_s_dates_and_status_are_written_the_reader_s_way(
    signed_in, lyon, member, language, written
):
    ProfileProposal.objects.create(
        authority=lyon,
        proposed_by=member.user,
        changes={"website": "https://lyon.example.org/new"},
        proposed_at=datetime.datetime(2026, 12, 7, 10, tzinfo=datetime.UTC),
        decided_at=datetime.datetime(2026, 12, 8, 10, tzinfo=datetime.UTC),
        status=ProfileProposal.Status.DECLINED,
        reason="The address is wrong.",
    )

    page = html_of(signed_in.get(url("account_authority", language)))

    assert all(text in page for text in written), written
    assert "07 " not in page
