"""A person's own profile in the members' area: writing it, choosing to be listed, adding,
replacing and removing a photo, and who may edit what."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images.models import SourceImageIOError

from members.factories import UserFactory
from members.models import MemberAuthority
from pages.factories import ImageFactory
from pages.models import SiteImage
from people import photos
from people.models import Profile
from tests.people.conftest import html_of, image_bytes, url

pytestmark = pytest.mark.django_db


def profile_data(**fields) -> dict:
    return {"first_name": "Ana", "last_name": "Martin", **fields}


def stored_photos():
    return SiteImage.objects.filter(collection__name=photos.PHOTOS_COLLECTION)


def photo_upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_a_member_writes_their_profile_and_chooses_to_be_listed(signed_in, member, nightlife):
    page = html_of(signed_in.get(url("profile")))
    assert 'value="Ana"' in page and member.authority.name in page

    response = signed_in.post(
        url("profile"),
        profile_data(
            first_name="Ana María",
            role="Coordinatrice du CLSPD",
            about="Marches exploratoires.",
            languages=["fr", "es", "pl"],
            themes=[nightlife.pk],
            listed="on",
        ),
    )

    assert response.status_code == 302 and response["Location"] == url("profile")
    profile = Profile.objects.get(account=member)
    assert (profile.role, profile.about, profile.languages) == (
        "Coordinatrice du CLSPD",
        "Marches exploratoires.",
        ["fr", "es", "pl"],
    )
    assert list(profile.themes.all()) == [nightlife]
    assert profile.listed and profile.is_listed
    assert profile.name == "Ana María Martin"
    page = html_of(signed_in.get(url("profile")))
    assert "Members find you in the people directory." in page
    assert url("person", pk=profile.pk) in page


def test_a_profile_is_unlisted_until_its_person_chooses(signed_in, member):
    signed_in.post(url("profile"), profile_data(role="Analyst"))
    assert not Profile.objects.get(account=member).listed
    assert "You are not listed in the people directory" in html_of(signed_in.get(url("profile")))


def test_a_name_is_needed_and_html_is_kept_as_text(signed_in, member):
    response = signed_in.post(url("profile"), profile_data(last_name=""))
    assert response.status_code == 200
    assert "Nothing was saved" in html_of(response)
    assert not Profile.objects.exists()

    signed_in.post(url("profile"), profile_data(about="<script>alert(1)</script> & more"))
    profile = Profile.objects.get(account=member)
    assert profile.about == "<script>alert(1)</script> & more"
    page = html_of(signed_in.get(url("person", pk=profile.pk)))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page


def test_a_role_on_two_lines_an_unknown_language_and_a_long_text_are_refused(signed_in):
    response = signed_in.post(
        url("profile"),
        profile_data(role="Head\nof prevention", languages=["xx"], about="a" * 601),
    )
    page = html_of(response)
    assert response.status_code == 200
    assert (
        page.count('class="field field--invalid"') + page.count("field--choices field--invalid")
        == 3
    )
    assert not Profile.objects.exists()


def test_a_person_edits_only_their_own_profile(signed_in, member, giulia):
    """The form always writes the signed-in person's profile: there is no other to name."""
    signed_in.post(
        url("profile"), profile_data(role="Mine", account=giulia.account_id, pk=giulia.pk)
    )
    giulia.refresh_from_db()
    assert giulia.role == "Funzionaria, polizia locale"
    assert Profile.objects.get(account=member).role == "Mine"


def test_saving_is_rate_limited_per_person(signed_in, monkeypatch):
    monkeypatch.setattr("people.account_views.SAVE_RATE", "2/h")
    for _ in range(2):
        assert signed_in.post(url("profile"), profile_data()).status_code == 302
    response = signed_in.post(url("profile"), profile_data(role="Third"))
    assert response.status_code == 429
    assert "nothing was saved" in html_of(response)


# Who may have a profile.


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    response = client.get(url("profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_former_member_is_told_their_profile_is_shown_to_nobody(client, member):
    MemberAuthority.objects.filter(pk=member.authority_id).update(status="former")
    client.force_login(member.user)
    response = client.get(url("profile"))
    assert response.status_code == 403
    assert "has ended, so your profile is no longer shown to anyone" in html_of(response)
    assert client.post(url("profile"), profile_data()).status_code == 403
    assert not Profile.objects.exists()


def test_staff_and_people_without_an_authority_have_no_profile(client, site_tree):
    from django.contrib.auth.models import Group

    staff = UserFactory(email="staff@efus.eu")
    staff.groups.add(Group.objects.get(name="Editors"))
    client.force_login(staff)
    response = client.get(url("profile"))
    assert response.status_code == 403
    assert "the accounts of the Efus team have none" in html_of(response)

    client.force_login(UserFactory())
    response = client.get(url("profile"))
    assert response.status_code == 403
    assert "your account is not linked to one" in html_of(response)


def test_the_members_area_home_leads_to_the_profile_and_the_directory(signed_in, member):
    page = html_of(signed_in.get(reverse("account_home")))
    assert "You have no profile yet" in page
    assert url("profile") in page and url("directory") in page


# Photos.


def test_a_photo_is_checked_reduced_stripped_and_stored_apart(signed_in, member, media):
    exif = Image.Exif()
    exif[0x010F] = "A phone maker"  # where and when a photo was taken sit beside it
    jpeg = image_bytes("JPEG", size=(2400, 1600), exif=exif.tobytes())
    response = signed_in.post(url("profile"), profile_data(new_photo=photo_upload("me.png", jpeg)))
    assert response.status_code == 302
    profile = Profile.objects.get(account=member)
    image = profile.photo
    assert image.collection.name == photos.PHOTOS_COLLECTION
    assert image.file.name.endswith(".webp") and "me" not in image.file.name
    with Image.open(image.file.path) as stored:
        assert stored.format == "WEBP"
        assert max(stored.size) == photos.PHOTO_SIZE
        assert "exif" not in stored.info
    assert not image.renditions.exists()

    served = signed_in.get(profile.photo_url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/webp"
    assert "private" in served["Cache-Control"]
    assert b"".join(served.streaming_content)[:4] == b"RIFF"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("me.jpg", b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"),
        ("me.jpg", b"#!/bin/sh\nrm -rf /\n"),
        ("me.png", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
        ("me.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ],
    ids=["pdf", "script", "svg", "gif"],
)
def test_a_disguised_file_is_refused_with_a_clear_message(signed_in, member, media, name, content):
    response = signed_in.post(
        url("profile"), profile_data(role="Kept?", new_photo=photo_upload(name, content))
    )
    assert response.status_code == 200
    assert "is not a JPEG, PNG or WebP image, whatever its name says" in html_of(response)
    assert not stored_photos().exists()
    assert not Profile.objects.exists()


def test_a_broken_image_and_too_many_pixels_are_refused(signed_in, member, media, settings):
    broken = image_bytes("PNG")[:60]
    response = signed_in.post(url("profile"), profile_data(new_photo=photo_upload("a.png", broken)))
    assert "This image cannot be read." in html_of(response)

    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
    response = signed_in.post(
        url("profile"), profile_data(new_photo=photo_upload("b.png", image_bytes("PNG")))
    )
    assert "This image has too many pixels." in html_of(response)
    assert not stored_photos().exists()


def test_a_photo_over_the_size_limit_is_refused(signed_in, member, media, settings):
    settings.PROFILE_PHOTO_MAX_BYTES = 1024 * 1024
    big = image_bytes("PNG") + b"\x00" * (1024 * 1024)
    response = signed_in.post(url("profile"), profile_data(new_photo=photo_upload("c.png", big)))
    assert "This photo is larger than 1 MB." in html_of(response)


def test_a_new_photo_replaces_the_old_one_and_removing_it_deletes_it(
    signed_in, member, media, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(url("profile"), profile_data(new_photo=photo_upload("a.png", image_bytes())))
    first = Profile.objects.get(account=member).photo
    first_path = first.file.path

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(
            url("profile"), profile_data(new_photo=photo_upload("b.webp", image_bytes("WEBP")))
        )
    profile = Profile.objects.get(account=member)
    assert profile.photo_id != first.pk
    assert not stored_photos().filter(pk=first.pk).exists()
    assert not media.joinpath(first_path).exists()
    assert signed_in.get(url("photo", pk=profile.pk, photo_id=first.pk)).status_code == 404
    assert signed_in.get(profile.photo_url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(url("profile"), profile_data(remove_photo="on"))
    assert Profile.objects.get(account=member).photo is None
    assert not stored_photos().exists()


def test_saving_a_photo_leaves_the_page_cache_alone(signed_in, member, media, monkeypatch):
    emptied = []
    monkeypatch.setattr("pages.cache_registry.empty_page_cache", lambda: emptied.append(1))
    signed_in.post(url("profile"), profile_data(new_photo=photo_upload("a.png", image_bytes())))
    signed_in.post(url("profile"), profile_data(remove_photo="on"))
    assert emptied == []


def test_the_image_choosers_leave_the_photos_out(admin_client, member, media):
    photo = photos.store(photos.cleaned_photo(photo_upload("a.png", image_bytes())))
    picture = ImageFactory()
    response = admin_client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    shown = {image.pk for image in response.context["results"]}
    assert picture.pk in shown and photo.pk not in shown


def test_the_image_choosers_search_leaves_the_photos_out(admin_client, member, media):
    photo = photos.store(photos.cleaned_photo(photo_upload("a.png", image_bytes())))
    picture = ImageFactory(title="Profile photo of the square")
    response = admin_client.get(reverse("wagtailimages_chooser:choose_results") + "?q=Profile")
    assert response.status_code == 200
    shown = {image.pk for image in response.context["results"]}
    assert picture.pk in shown and photo.pk not in shown


def test_staff_browsing_the_images_make_no_public_copy_of_a_photo(admin_client, member, media):
    photo = photos.store(photos.cleaned_photo(photo_upload("a.png", image_bytes())))
    picture = ImageFactory()

    listing = admin_client.get(reverse("wagtailimages:index"))
    editor = admin_client.get(reverse("wagtailimages:edit", args=[photo.pk]))

    assert listing.status_code == 200 and editor.status_code == 200
    assert not photo.renditions.exists() and picture.renditions.exists()
    public_copies = [path.name for path in (media / "images").rglob("*")]
    assert any(Path(picture.file.name).stem in name for name in public_copies)
    assert not any(Path(photo.file.name).stem in name for name in public_copies)
    with pytest.raises(SourceImageIOError):
        photo.get_rendition("max-165x165")
