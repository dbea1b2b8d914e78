"""Member accounts: signing in and out, the lockout, password resets, invitations from the
admin, the members' area, caching and cookies, and bad input on the forms."""

import re
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from members.account_views import PUBLICATIONS_PER_PAGE
from members.factories import MemberAccountFactory, MemberAuthorityFactory, UserFactory
from members.models import MemberAccount, MemberAuthority
from pages.forms import address_key
from publications.factories import PublicationFactory
from publications.models import Publication
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.pages.test_fuzz import assert_no_server_error, nasty_text

PASSWORD = UserFactory.PASSWORD
NEW_PASSWORD = "Une phrase de passe toute neuve"
INVALID_LOGIN = "The email address or the password is not right. Check both and try again."
MEMBERSHIP_ENDED = (
    "The membership of %(authority)s in Efus has ended, so the publications reserved for "
    "members are no longer open to you. If you think this is a mistake, <a href="
)
LINK = re.compile(r"https?://\S+/account/set-password/\S+/")


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def html_of(response) -> str:
    return response.content.decode()


def sign_in(client, username, password=PASSWORD, language="en", **extra):
    return client.post(
        url("account_login", language), {"username": username, "password": password, **extra}
    )


def signed_in_user_id(client):
    return client.session.get(SESSION_KEY)


def error_notice(html: str) -> str:
    return re.search(r'<div class="notice notice--error" role="alert">.*?</div>', html, re.S)[0]


def link_in(message) -> str:
    """The set-password link of an email, as a path the test client can follow."""
    return urlsplit(LINK.search(message.body)[0]).path


@pytest.fixture
def member(site_tree):
    """A person of an active authority (the site tree's Lyon), whose emails are in English."""
    authority = MemberAuthority.objects.get(name="Lyon")
    return MemberAccountFactory(
        user__email="ana@lyon.example.org",
        user__first_name="Ana",
        user__last_name="Martin",
        authority=authority,
    )


@pytest.fixture
def staff(db):
    user = UserFactory(email="staff@efus.example.org", is_staff=True, is_superuser=True)
    return user


# Signing in.


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_sign_in_page_speaks_the_visitors_language_and_asks_for_the_email_address(
    client, site_tree, language
):
    response = client.get(url("account_login", language))
    html = html_of(response)

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert 'type="email" name="username"' in html
    assert 'autocomplete="username"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    with translation.override(language):
        for text in ("Email address", "Password", "Members' sign-in"):
            assert f">{gettext(text)}<" in html, text
    if language == "fr":
        assert ">Mot de passe<" in html  # Django's own French


def test_the_french_sign_in_says_what_went_wrong_in_french(client, member):
    html = html_of(sign_in(client, member.user.email, "wrong password", language="fr"))

    with translation.override("fr"):
        message = gettext(INVALID_LOGIN)
    assert message != INVALID_LOGIN, "the message awaits its French translation"
    assert message in error_notice(html)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_member_signs_in_with_the_address_in_any_case_and_lands_in_the_members_area(
    client, member, language
):
    response = sign_in(client, "  Ana@Lyon.Example.ORG ", language=language)

    assert response.status_code == 302
    assert response["Location"] == url("account_home", language)
    assert signed_in_user_id(client) == str(member.user.pk)


def test_a_wrong_password_and_an_unknown_address_get_the_same_answer(client, member):
    wrong_password = sign_in(client, member.user.email, "not the password")
    unknown = sign_in(client, "nobody@lyon.example.org", "not the password")

    assert wrong_password.status_code == unknown.status_code == 200
    assert error_notice(html_of(wrong_password)) == error_notice(html_of(unknown))
    assert INVALID_LOGIN in error_notice(html_of(unknown))
    assert signed_in_user_id(client) is None


def test_a_deactivated_person_gets_the_same_answer_as_a_wrong_password(client, member):
    member.user.is_active = False
    member.user.save()

    html = html_of(sign_in(client, member.user.email))

    assert INVALID_LOGIN in error_notice(html)
    assert signed_in_user_id(client) is None


def test_the_sign_in_form_needs_its_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    response = sign_in(client, member.user.email)
    assert response.status_code == 403
    assert signed_in_user_id(client) is None


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example.org/",
        "//evil.example.org/en/account/",
        "http://testserver.evil.example.org/",
        "javascript:alert(1)",
        "\\\\evil.example.org",
    ],
)
def test_sign_in_never_sends_the_person_to_another_site(client, member, next_url):
    response = sign_in(client, member.user.email, next=next_url)
    assert response["Location"] == url("account_home")


def test_sign_in_returns_the_person_to_the_page_of_this_site_they_came_from(
    client, member, site_tree
):
    library = urlsplit(site_tree.library.url_in("fr")).path
    login_page = html_of(client.get(url("account_login") + f"?next={library}"))
    assert f'<input type="hidden" name="next" value="{library}">' in login_page

    response = sign_in(client, member.user.email, next=library)
    assert response["Location"] == library


def test_a_signed_in_person_going_to_the_sign_in_page_is_sent_to_the_members_area(client, member):
    client.force_login(member.user)
    assert client.get(url("account_login"))["Location"] == url("account_home")


def test_signing_out_takes_a_post_and_ends_the_session(client, member):
    client.force_login(member.user)
    assert client.get(url("account_logout")).status_code == 405
    assert signed_in_user_id(client) is not None

    response = client.post(url("account_logout", "fr"))

    assert response.status_code == 200
    assert '<html lang="fr">' in html_of(response)
    assert signed_in_user_id(client) is None
    assert client.get(url("account_home"))["Location"].startswith(url("account_login"))


# The lockout (django-axes).


def fail_until_locked(post) -> None:
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = post("not the password")
        expected = 429 if attempt == settings.AXES_FAILURE_LIMIT - 1 else 200
        assert response.status_code == expected, attempt


@pytest.mark.parametrize("language", ["en", "fr"])
def test_after_too_many_failures_even_the_right_password_is_refused(client, member, language):
    def post(password):
        return sign_in(client, member.user.email.upper(), password, language=language)

    fail_until_locked(post)
    response = post(PASSWORD)
    html = html_of(response)

    assert response.status_code == 429
    assert signed_in_user_id(client) is None
    assert "members/account/locked_out.html" in [t.name for t in response.templates]
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert gettext("Too many attempts") in html
    assert url("account_password_reset", language) in html
    assert AccessAttempt.objects.get().username == member.user.email


def test_an_unknown_address_is_locked_out_like_a_real_one(client, site_tree):
    fail_until_locked(lambda password: sign_in(client, "nobody@lyon.example.org", password))
    assert sign_in(client, "nobody@lyon.example.org").status_code == 429


def test_the_admin_sign_in_is_locked_out_too(client, staff, site_tree):
    def post(password):
        return client.post("/admin/login/", {"username": staff.username, "password": password})

    fail_until_locked(post)
    response = post(PASSWORD)

    assert response.status_code == 429
    assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302


def test_failures_on_one_form_count_on_the_other(client, staff, site_tree):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", {"username": staff.username, "password": "wrong"})
    assert sign_in(client, staff.email, "wrong").status_code == 429


# Password reset.


@pytest.fixture
def french_member(site_tree):
    return MemberAccountFactory(
        user__email="louise@lyon.example.org",
        user__first_name="Louise",
        authority=MemberAuthority.objects.get(name="Lyon"),
        language="fr",
    )


def test_the_reset_email_is_in_the_accounts_language_with_a_working_link(
    client, french_member, mailoutbox
):
    response = client.post(
        url("account_password_reset", "en"), {"email": "LOUISE@lyon.example.org"}
    )

    assert response["Location"] == url("account_password_reset_sent", "en")
    [message] = mailoutbox
    assert message.to == ["louise@lyon.example.org"]
    assert message.extra_headers["Content-Language"] == "fr"
    with translation.override("fr"):
        assert message.subject == gettext("Choose a new password for the Efus members' area")
        assert gettext("Choose your new password here:") in message.body
    assert LINK.search(message.body)[0].startswith(settings.WAGTAILADMIN_BASE_URL + "/fr/account/")

    form_page = client.get(link_in(message), follow=True)
    assert '<html lang="fr">' in html_of(form_page)
    assert 'name="new_password1"' in html_of(form_page)
    set_password_path = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )

    assert done["Location"] == url("account_home", "fr")
    assert signed_in_user_id(client) == str(french_member.user.pk)
    french_member.user.refresh_from_db()
    assert french_member.user.check_password(NEW_PASSWORD)


def test_a_reset_link_works_once(client, french_member, mailoutbox):
    client.post(url("account_password_reset"), {"email": french_member.user.email})
    path = link_in(mailoutbox[0])
    form_page = client.get(path, follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    client.logout()

    again = client.get(path, follow=True)

    assert 'name="new_password1"' not in html_of(again)
    assert url("account_password_reset", "fr") in html_of(again)


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, member, mailoutbox):
    known = client.post(url("account_password_reset"), {"email": member.user.email})
    unknown = client.post(url("account_password_reset"), {"email": "nobody@lyon.example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [message.to for message in mailoutbox] == [[member.user.email]]
    sent_page = client.get(unknown["Location"])
    assert sent_page.status_code == 200
    assert "If this address belongs to an account" in html_of(sent_page)


def test_a_user_without_a_member_account_gets_the_email_in_the_current_language(
    client, staff, site_tree, mailoutbox
):
    client.post(url("account_password_reset", "de"), {"email": staff.email})

    [message] = mailoutbox
    assert message.extra_headers["Content-Language"] == "de"
    assert "/de/account/set-password/" in message.body


def test_a_deactivated_person_gets_no_reset_email(client, member, mailoutbox):
    member.user.is_active = False
    member.user.save()
    client.post(url("account_password_reset"), {"email": member.user.email})
    assert mailoutbox == []


def test_a_person_changes_their_password(client, member):
    client.force_login(member.user)
    response = client.post(
        url("account_password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response["Location"] == url("account_home")
    assert "Your password is changed." in html_of(client.get(response["Location"]))
    member.user.refresh_from_db()
    assert member.user.check_password(NEW_PASSWORD)


# Invitations, in the admin.

INVITE_URL = "/admin/members/accounts/new/"
ACCOUNTS_URL = "/admin/members/accounts/"


def invitation(authority, **changes) -> dict:
    return {
        "email": "Giulia@Torino.example.org",
        "first_name": "Giulia",
        "last_name": "Esempio",
        "authority": authority.pk,
        "language": "it",
        **changes,
    }


@pytest.fixture
def torino(site_tree):
    return MemberAuthority.objects.get(name="Torino")


def test_staff_invite_a_person_who_gets_the_email_in_the_chosen_language(
    admin_client, torino, mailoutbox
):
    assert admin_client.get(INVITE_URL).status_code == 200

    response = admin_client.post(INVITE_URL, invitation(torino))

    assert response["Location"] == ACCOUNTS_URL
    account = MemberAccount.objects.get()
    user = account.user
    assert (user.username, user.email) == ("giulia@torino.example.org",) * 2
    assert user.get_full_name() == "Giulia Esempio"
    assert not user.has_usable_password()
    assert (account.authority, account.language) == (torino, "it")
    assert account.invited_at is not None
    [message] = mailoutbox
    assert message.to == ["giulia@torino.example.org"]
    assert message.extra_headers["Content-Language"] == "it"
    with translation.override("it"):
        assert message.subject == gettext("Your invitation to the Efus members' area")
    assert "Torino" in message.body
    assert LINK.search(message.body)[0].startswith(settings.WAGTAILADMIN_BASE_URL + "/it/account/")


def test_the_invitation_link_works_once_and_signs_the_person_in(
    client, admin_client, torino, mailoutbox
):
    admin_client.post(INVITE_URL, invitation(torino))
    path = link_in(mailoutbox[0])

    form_page = client.get(path, follow=True)
    assert '<html lang="it">' in html_of(form_page)
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    area = client.get(done["Location"])

    assert done["Location"] == url("account_home", "it")
    assert "Giulia Esempio" in html_of(area)
    assert ">Torino</a>" in html_of(area)
    client.logout()
    assert 'name="new_password1"' not in html_of(client.get(path, follow=True))
    assert sign_in(client, "giulia@torino.example.org", NEW_PASSWORD)["Location"] == url(
        "account_home"
    )


def test_inviting_an_address_that_has_an_account_is_a_form_error(
    admin_client, member, torino, mailoutbox
):
    response = admin_client.post(INVITE_URL, invitation(torino, email="ANA@lyon.example.org"))

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["This address already has an account."]
    assert MemberAccount.objects.count() == 1
    assert mailoutbox == []


def test_a_person_is_invited_for_an_active_authority_only(admin_client, torino, mailoutbox):
    torino.status = MemberAuthority.Status.FORMER
    torino.save()

    response = admin_client.post(INVITE_URL, invitation(torino))

    assert response.status_code == 200
    assert "authority" in response.context["form"].errors
    assert not get_user_model().objects.filter(email__iexact="giulia@torino.example.org").exists()


def test_staff_see_the_accounts_with_their_authority_and_last_sign_in(admin_client, member, torino):
    porto = MemberAuthorityFactory(name="Porto", status=MemberAuthority.Status.FORMER)
    MemberAccountFactory(user__email="rui@porto.example.org", authority=porto)
    admin_client.post(INVITE_URL, invitation(torino))
    Client().force_login(member.user)

    html = html_of(admin_client.get(ACCOUNTS_URL))

    for text in (
        "ana@lyon.example.org",
        "Ana Martin",
        "Lyon",
        "rui@porto.example.org",
        "Porto",
        "Former",
        "giulia@torino.example.org",
        "Invited",
        "Last sign-in",
        "Resend the invitation",
        "Deactivate",
    ):
        assert text in html, text


def test_staff_resend_an_invitation(admin_client, torino, mailoutbox):
    admin_client.post(INVITE_URL, invitation(torino))
    account = MemberAccount.objects.get()
    resend_url = reverse("member_accounts:resend", args=[account.pk])

    assert "giulia@torino.example.org" in html_of(admin_client.get(resend_url))
    response = admin_client.post(resend_url)

    assert response["Location"] == ACCOUNTS_URL
    assert [message.to for message in mailoutbox] == [["giulia@torino.example.org"]] * 2
    assert mailoutbox[1].extra_headers["Content-Language"] == "it"


def test_a_deactivated_person_can_no_longer_sign_in_or_read(admin_client, client, member):
    client.force_login(member.user)
    deactivate_url = reverse("member_accounts:deactivate", args=[member.pk])

    admin_client.post(deactivate_url)

    member.user.refresh_from_db()
    assert not member.user.is_active
    assert client.get(url("account_home")).status_code == 302
    assert INVALID_LOGIN in html_of(sign_in(Client(), member.user.email))

    admin_client.post(reverse("member_accounts:reactivate", args=[member.pk]))
    assert sign_in(Client(), member.user.email).status_code == 302


def test_deleting_an_account_deletes_the_persons_user(admin_client, member):
    admin_client.post(reverse("member_accounts:delete", args=[member.pk]))
    assert not get_user_model().objects.filter(email=member.user.email).exists()


def test_the_account_actions_need_the_permission_to_change_accounts(client, member):
    editor = UserFactory(email="editor@efus.example.org")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    for view in ("resend", "deactivate", "reactivate"):
        client.post(reverse(f"member_accounts:{view}", args=[member.pk]))
    member.user.refresh_from_db()
    assert member.user.is_active


# The members' area.


@pytest.fixture
def publications(site_tree):
    """Members-only publications, one a month, and a public one."""
    members_only = [
        PublicationFactory(access=Publication.Access.MEMBERS, languages=[])
        for _number in range(PUBLICATIONS_PER_PAGE + 2)
    ]
    public = PublicationFactory(languages=[], slug="public-report")
    return members_only, public


def test_a_member_sees_their_authority_and_the_members_only_publications_newest_first(
    client, member, publications, site_tree
):
    members_only, public = publications
    client.force_login(member.user)
    html = html_of(client.get(url("account_home")))

    assert "Ana Martin" in html
    profile = site_tree.members.profile_url_in(member.authority, "en")
    assert f'<a href="{profile}">Lyon</a>' in html
    newest = sorted(members_only, key=lambda p: (p.published_on, p.pk), reverse=True)
    library = site_tree.library.url_in("en").removeprefix("http://localhost")
    listed = re.findall(r'<a href="([^"]+)">(publication-\d+) \[en\]</a>', html)
    assert listed == [(f"{library}{p.slug}/", p.slug) for p in newest[:PUBLICATIONS_PER_PAGE]]
    assert public.slug not in html
    assert url("account_password_change") in html
    assert f'action="{url("account_logout")}"' in html

    second_page = html_of(client.get(url("account_home") + "?page=2"))
    assert re.findall(r"(publication-\d+) \[en\]</a>", second_page) == [
        p.slug for p in newest[PUBLICATIONS_PER_PAGE:]
    ]


def test_the_area_speaks_the_visitors_language(client, member, publications, site_tree):
    client.force_login(member.user)
    html = html_of(client.get(url("account_home", "fr")))

    assert '<html lang="fr">' in html
    assert f"{site_tree.library.url_in('fr').removeprefix('http://localhost')}publication-" in html
    assert "[fr]</a>" in html


def test_a_person_of_a_former_authority_is_told_the_membership_ended(client, member, publications):
    member.authority.status = MemberAuthority.Status.FORMER
    member.authority.save()
    client.force_login(member.user)

    html = html_of(client.get(url("account_home")))

    assert MEMBERSHIP_ENDED % {"authority": "Lyon"} in html
    assert re.search(r'<a href="/en/contact[^"]*/">write to us</a>\.', html)
    assert "publication-" not in html
    assert '<a href="' + "http://localhost/en/members/" not in html


def test_staff_see_the_members_only_publications_too(admin_client, publications):
    html = html_of(admin_client.get(url("account_home")))
    assert len(re.findall(r"publication-\d+ \[en\]</a>", html)) == PUBLICATIONS_PER_PAGE


def test_a_page_number_that_makes_no_sense_gives_a_page(client, member, publications):
    client.force_login(member.user)
    for page in ("abc", "-1", "0", "99999999999999999999", "%00", "1e309"):
        assert client.get(url("account_home"), {"page": page}).status_code == 200, page


def test_an_anonymous_visitor_of_the_area_is_sent_to_sign_in(client, site_tree):
    response = client.get(url("account_home"))
    assert response.status_code == 302
    assert response["Location"] == url("account_login") + "?next=" + url("account_home")


# Caching and cookies.


@pytest.mark.parametrize(
    "name", ["account_login", "account_password_reset", "account_password_reset_sent"]
)
def test_account_pages_are_never_cached(client, site_tree, name):
    cache_control = client.get(url(name))["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control


def test_the_members_area_is_never_cached(client, member):
    client.force_login(member.user)
    assert "no-store" in client.get(url("account_home"))["Cache-Control"]
    assert "no-store" in client.get(url("account_home") + "?page=2")["Cache-Control"]


def test_public_pages_set_no_cookie_and_offer_the_sign_in(client, site_tree, page_cache):
    for page in (site_tree.home, site_tree.library, site_tree.members):
        for language in ("en", "fr"):
            response = client.get(urlsplit(page.url_in(language)).path)
            assert response.status_code == 200
            assert not response.cookies, page
            assert f'href="{url("account_login", language)}"' in html_of(response)


def test_a_signed_in_person_never_gets_the_cached_public_page(
    client, member, site_tree, page_cache
):
    home = urlsplit(site_tree.home.url_in("en")).path
    assert "Members' sign-in" in html_of(client.get(home))

    client.force_login(member.user)
    html = html_of(client.get(home))

    assert f'<a class="account-link" href="{url("account_home")}">My account</a>' in html
    assert "Members' sign-in" not in html
    assert "My account" not in html_of(Client().get(home))


# Valid HTML.


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def test_every_account_page_is_valid_html(client, member, french_member, publications, tmp_path):
    answers = {
        "login": client.get(url("account_login", "fr")),
        "login-errors": sign_in(client, "x", "wrong"),
        "reset": client.get(url("account_password_reset")),
        "reset-errors": client.post(url("account_password_reset", "fr"), {"email": "x"}),
        "reset-sent": client.get(url("account_password_reset_sent")),
        "link-expired": client.get("/en/account/set-password/MQ/bad-token/"),
    }
    client.post(url("account_password_reset"), {"email": french_member.user.email})
    set_password = client.get(link_in(mail.outbox[0]), follow=True)
    answers["set-password"] = set_password
    answers["set-password-errors"] = client.post(
        set_password.redirect_chain[-1][0], {"new_password1": "1", "new_password2": "2"}
    )
    client.force_login(member.user)
    answers["area"] = client.get(url("account_home"))
    answers["change-password"] = client.get(url("account_password_change", "fr"))
    answers["signed-out"] = client.post(url("account_logout"))
    fail_until_locked(lambda password: sign_in(client, "ana@lyon.example.org", password))
    answers["locked-out"] = sign_in(client, "ana@lyon.example.org")
    member.authority.status = MemberAuthority.Status.FORMER
    member.authority.save()
    client.force_login(member.user)
    answers["area-ended"] = client.get(url("account_home"))

    files = []
    for name, response in answers.items():
        assert response.status_code in (200, 429), name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))


# Bad input.

FUZZ = hypothesis_settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
field_values = st.one_of(nasty_text, st.just("x" * 100_000), st.just("a\x00b@example.org"))
form_data = st.dictionaries(
    st.sampled_from(["username", "password", "email", "next", "csrfmiddlewaretoken"]),
    field_values,
    max_size=4,
)


def test_garbage_on_the_sign_in_and_reset_forms_never_breaks_them(client, member):
    @FUZZ
    @given(
        name=st.sampled_from(["account_login", "account_password_reset"]),
        language=st.sampled_from(["en", "fr"]),
        data=form_data,
    )
    def check(name, language, data):
        response = client.post(url(name, language), data)
        assert_no_server_error(response)
        assert response.status_code in (200, 302, 400, 429)

    check()


@pytest.mark.parametrize("name", ["account_login", "account_password_reset"])
def test_missing_fields_huge_bodies_and_bad_encodings_are_answered(client, member, name):
    path = url(name)
    empty = client.post(path, {})
    assert empty.status_code == 200
    assert "field--invalid" in html_of(empty)

    huge = client.post(path, {"username": "x" * 3_000_000, "email": "x"})
    assert huge.status_code == 400

    raw = client.post(
        path,
        b"username=%ff%fe%00&password=%c3%28&email=%e2%82",
        "application/x-www-form-urlencoded",
    )
    assert raw.status_code == 200
    assert "field--invalid" in html_of(raw)


def test_garbage_in_a_set_password_link_is_answered(client, member):
    for uid, token in [("MQ", "bad-token"), ("%00", "x"), ("z" * 500, "y" * 500), ("AAAA", "1-2")]:
        response = client.get(f"/en/account/set-password/{uid}/{token}/", follow=True)
        assert_no_server_error(response)
        assert 'name="new_password1"' not in html_of(response)


def test_password_reset_requests_beyond_the_rate_limit_send_nothing_and_say_the_same(
    db, client, mailoutbox
):
    account = MemberAccountFactory()
    url = "/en/account/password-reset/"
    answers = [client.post(url, {"email": account.user.email}) for _ in range(7)]
    assert {answer.status_code for answer in answers} == {302}
    assert {answer["Location"] for answer in answers} == {"/en/account/password-reset/sent/"}
    assert len(mailoutbox) == 1  # one email every ten minutes: an inbox cannot be flooded


def test_another_visitors_requests_do_not_starve_a_persons_own_password_reset(
    db, client, mailoutbox
):
    account = MemberAccountFactory()
    url = "/en/account/password-reset/"
    for _number in range(10):
        client.post(url, {"email": account.user.email}, REMOTE_ADDR="203.0.113.9")
    emailed_key = f"emailed.password_reset.{address_key(account.user.email)}"
    caches["ratelimit"].delete(emailed_key)  # ten minutes later
    client.post(url, {"email": account.user.email}, REMOTE_ADDR="198.51.100.7")
    assert len(mailoutbox) == 2
    assert mailoutbox[1].to == [account.user.email]
