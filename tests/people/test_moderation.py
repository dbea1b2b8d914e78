"""Staff moderate the people's profiles in the admin: who may, the list and its search and
filters, taking a profile out of the directory and letting it back, removing a photo (its
bytes with it), the reasons kept and the people told in their language."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from members.factories import UserFactory
from pages.models import SiteImage
from people import photos
from people.factories import ProfileFactory
from tests.people.conftest import html_of, image_bytes, url

pytestmark = pytest.mark.django_db


def admin_url(name: str, *args) -> str:
    return reverse(f"profile_moderation:{name}", args=args)


def staff(group_name: str, email: str):
    user = UserFactory(email=email)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def moderator(db):
    """Of Wagtail's Moderators group, which holds the permission to moderate profiles."""
    return staff("Moderators", "moderation@efus.eu")


@pytest.fixture
def editor(db):
    """Of the Editors group: the admin and members-only content, no moderation."""
    return staff("Editors", "editor@efus.eu")


@pytest.fixture
def giulia_with_photo(giulia, media):
    """Giulia, who writes in Italian, with a photo uploaded the way her form stores it."""
    giulia.account.language = "it"
    giulia.account.save(update_fields=["language"])
    upload = SimpleUploadedFile("me.png", image_bytes())
    giulia.replace_photo(photos.store(photos.cleaned_photo(upload)))
    return giulia


def moderation_urls(profile) -> list[str]:
    return [
        admin_url("index"),
        admin_url("profile", profile.pk),
        admin_url("photo", profile.pk, profile.photo_id),
        admin_url("unlist", profile.pk),
        admin_url("remove_photo", profile.pk),
        admin_url("history", profile.pk),
    ]


# Who may moderate.


@pytest.mark.parametrize("who", ["anonymous", "member", "the person", "editor"])
def test_only_staff_allowed_to_moderate_reach_the_moderation(
    client, who, giulia_with_photo, member, editor, django_capture_on_commit_callbacks
):
    profile = giulia_with_photo
    users = {"member": member.user, "the person": profile.account.user, "editor": editor}
    if who in users:
        client.force_login(users[who])

    for path in moderation_urls(profile):
        response = client.get(path)
        assert response.status_code == 302, path
        assert b"RIFF" not in response.content  # no photo's bytes (a WebP)
        if who == "editor":  # Wagtail's answer to a missing permission: its home, a message
            assert response["Location"] == reverse("wagtailadmin_home")
        else:
            assert "/admin/login/" in response["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url("unlist", profile.pk), {"reason": "Spam."})
        client.post(admin_url("remove_photo", profile.pk), {"reason": "Spam."})

    profile.refresh_from_db()
    assert profile.is_listed and not profile.unlisted_by_staff and profile.photo_id
    assert not ModelLogEntry.objects.filter(action__startswith="people.").exists()


def test_a_moderator_reaches_every_view_and_sees_the_photo(client, moderator, giulia_with_photo):
    client.force_login(moderator)

    for path in moderation_urls(giulia_with_photo):
        assert client.get(path).status_code == 200, path
    photo = client.get(admin_url("photo", giulia_with_photo.pk, giulia_with_photo.photo_id))
    assert photo["Content-Type"] == "image/webp"
    assert b"".join(photo.streaming_content)[:4] == b"RIFF"
    assert "private" in photo["Cache-Control"]
    page = html_of(client.get(admin_url("profile", giulia_with_photo.pk)))
    assert "Mediazione notturna nei quartieri della movida." in page
    assert f'src="{admin_url("photo", giulia_with_photo.pk, giulia_with_photo.photo_id)}"' in page
    assert admin_url("unlist", giulia_with_photo.pk) in page
    assert admin_url("remove_photo", giulia_with_photo.pk) in page
    assert "/media/images/" not in page


def test_the_members_menu_shows_the_profiles_to_moderators_alone(client, moderator, editor):
    for user, shown in ((moderator, True), (editor, False)):
        client.force_login(user)
        page = html_of(client.get(reverse("wagtailadmin_home")))
        assert (admin_url("index") in page) is shown


# The list.


def test_moderators_find_profiles_by_name_email_or_authority(
    client, moderator, giulia, hidden, former
):
    client.force_login(moderator)

    def found(**query) -> str:
        return html_of(client.get(admin_url("index"), query))

    everyone = found()
    assert "Giulia Romano" in everyone and "Paul Girard" in everyone
    assert "Jonas Becker" in everyone  # of a former member: staff still moderate them
    page = found(q="giulia romano")
    assert "Giulia Romano" in page and "Paul Girard" not in page
    page = found(q=hidden.account.user.email)
    assert "Paul Girard" in page and "Giulia Romano" not in page
    page = found(q="giessen")  # Stadt Gießen, accents and case aside
    assert "Jonas Becker" in page and "Giulia Romano" not in page
    page = found(listed="false")
    assert "Paul Girard" in page and "Giulia Romano" not in page


def test_moderators_filter_the_profiles_with_a_photo(client, moderator, giulia_with_photo, hidden):
    client.force_login(moderator)

    page = html_of(client.get(admin_url("index"), {"has_photo": "true"}))

    assert "Giulia Romano" in page and "Paul Girard" not in page


def test_the_list_costs_the_same_at_any_size(
    client, moderator, lyon, django_assert_max_num_queries
):
    client.force_login(moderator)
    ProfileFactory.create_batch(3, account__authority=lyon)
    with django_assert_max_num_queries(40) as few:
        client.get(admin_url("index"))
    ProfileFactory.create_batch(40, account__authority=lyon)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(admin_url("index")).status_code == 200


# Taking out of the directory, and letting back.


def test_a_profile_taken_out_stays_out_until_staff_allow_it(
    client, moderator, giulia, mailoutbox, django_capture_on_commit_callbacks
):
    giulia.account.language = "it"
    giulia.account.save(update_fields=["language"])
    client.force_login(moderator)

    without_reason = client.post(admin_url("unlist", giulia.pk), {"reason": ""})
    assert without_reason.status_code == 200 and without_reason.context["form"].errors
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url("unlist", giulia.pk), {"reason": "Annunci pubblicitari."})

    assert response.status_code == 302
    giulia.refresh_from_db()
    assert not giulia.listed and giulia.unlisted_by_staff
    assert giulia.unlisted_reason == "Annunci pubblicitari."
    entry = ModelLogEntry.objects.get(action="people.unlisted")
    assert entry.user == moderator and entry.data == {"reason": "Annunci pubblicitari."}
    [told] = mailoutbox
    assert told.to == [giulia.account.user.email]
    assert told.extra_headers["Content-Language"] == "it"
    assert "Annunci pubblicitari." in told.body and "/it/account/profile/" in told.body
    assert told.body.startswith("Buongiorno,") and "Il team di Efus" in told.body

    person = giulia.account.user
    client.force_login(person)
    page = html_of(client.get(url("profile", "it")))
    assert "Annunci pubblicitari." in page
    client.post(
        url("profile"),
        {"first_name": "Giulia", "last_name": "Romano", "listed": "on"},
    )
    giulia.refresh_from_db()
    assert not giulia.listed  # her tick is ignored while staff keep her out
    client.force_login(UserFactory(is_superuser=True, email="boss@efus.eu"))
    directory = html_of(client.get(url("directory")))
    assert "Giulia Romano" not in directory

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url("allow_listing", giulia.pk))
    giulia.refresh_from_db()
    assert not giulia.unlisted_by_staff and giulia.unlisted_reason == "" and not giulia.listed
    assert ModelLogEntry.objects.filter(action="people.listing_allowed", user=moderator).exists()
    assert mailoutbox[-1].to == [person.email]
    assert mailoutbox[-1].extra_headers["Content-Language"] == "it"
    client.force_login(person)
    client.post(url("profile"), {"first_name": "Giulia", "last_name": "Romano", "listed": "on"})
    giulia.refresh_from_db()
    assert giulia.is_listed


def test_the_email_is_in_french_for_a_french_speaker(
    client, moderator, member, mailoutbox, django_capture_on_commit_callbacks
):
    profile = ProfileFactory(account=member)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url("unlist", profile.pk), {"reason": "Doublon."})

    [told] = mailoutbox
    assert told.extra_headers["Content-Language"] == "fr"
    assert "/fr/account/profile/" in told.body
    assert "L’équipe de l’Efus" in told.body and "Doublon." in told.body
    assert told.subject == "Votre profil ne figure plus dans l’annuaire des personnes de l’Efus"


# Removing a photo.


def test_a_removed_photo_is_deleted_with_its_bytes(
    client, moderator, giulia_with_photo, media, mailoutbox, django_capture_on_commit_callbacks
):
    profile = giulia_with_photo
    photo = profile.photo
    stored = media / photo.file.name
    assert stored.exists()
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url("remove_photo", profile.pk), {"reason": "Not a portrait."})

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.photo_id is None and profile.is_listed
    assert not SiteImage.objects.filter(pk=photo.pk).exists()
    assert not stored.exists()
    entry = ModelLogEntry.objects.get(action="people.photo_removed")
    assert entry.user == moderator and entry.data == {"reason": "Not a portrait."}
    history = html_of(client.get(admin_url("history", profile.pk)))
    assert "Remove the photo" in history and "Not a portrait." in history
    [told] = mailoutbox
    assert told.extra_headers["Content-Language"] == "it"
    assert "Not a portrait." in told.body
    assert client.get(admin_url("remove_photo", profile.pk)).status_code == 200
    client.post(admin_url("remove_photo", profile.pk), {"reason": "Again."})
    assert len(mailoutbox) == 1  # nothing left to remove, nobody told twice


def test_an_unlisted_person_s_photo_reaches_moderators_only(
    client, moderator, giulia_with_photo, member
):
    giulia_with_photo.listed = False
    giulia_with_photo.save()
    photo = admin_url("photo", giulia_with_photo.pk, giulia_with_photo.photo_id)
    member_photo = url("photo", pk=giulia_with_photo.pk, photo_id=giulia_with_photo.photo_id)

    client.force_login(member.user)
    assert client.get(member_photo).status_code == 404
    client.force_login(moderator)
    assert client.get(photo).status_code == 200
    another = client.get(admin_url("photo", giulia_with_photo.pk, 999999), follow=True)
    assert another.status_code == 404  # the photo's address changes with the photo


def test_moderators_are_given_the_permission_by_the_migration(moderator, editor):
    assert moderator.has_perm("people.moderate_profile")
    assert not editor.has_perm("people.moderate_profile")


def test_a_profile_deleted_takes_its_moderation_history_with_it(
    client, moderator, giulia, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url("unlist", giulia.pk), {"reason": "Fake account of Giulia Romano."})
    assert ModelLogEntry.objects.filter(label="Giulia Romano").exists()

    giulia.account.delete()

    assert not ModelLogEntry.objects.filter(label="Giulia Romano").exists()
    assert not ModelLogEntry.objects.filter(data__reason__contains="Fake account").exists()


def test_the_site_history_links_a_moderation_to_the_profile_for_moderators(
    client, moderator, giulia, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url("unlist", giulia.pk), {"reason": "Spam."})
    client.force_login(UserFactory(is_superuser=True, email="boss@efus.eu"))

    page = html_of(client.get(reverse("wagtailadmin_reports:site_history")))

    assert "Take out of the directory: Spam." in page
    assert admin_url("profile", giulia.pk) in page
