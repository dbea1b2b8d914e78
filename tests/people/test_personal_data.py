"""A person's profile in the data-protection tools: the export holds it, the erasure removes
it with its photo, the image and its file, and leaves other people's alone."""

from pathlib import Path

import pytest

from pages.models import SiteImage
from people import photos
from people.factories import ProfileFactory
from people.models import Profile
from privacy.erasure import erase
from privacy.export import personal_data
from tests.people.conftest import image_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_photo(giulia, media):
    giulia.replace_photo(photos.store(image_bytes("JPEG")))
    return giulia


@pytest.fixture
def camille_like(lyon, media):
    """Another person with a photo, whom the erasure must leave alone."""
    profile = ProfileFactory(account__authority=lyon)
    profile.replace_photo(photos.store(image_bytes("PNG")))
    return profile


def test_the_export_holds_the_profile_and_its_themes(with_photo):
    address = with_photo.account.user.email
    data = personal_data(address)["data"]
    [profile] = data["people.Profile"]
    assert profile["role"] == "Funzionaria, polizia locale"
    assert profile["about"] == "Mediazione notturna nei quartieri della movida."
    assert profile["languages"] == ["it", "en"]
    assert profile["listed"] is True
    assert profile["photo__file"] == with_photo.photo.file.name
    assert data["people.Profile_themes"] == [{"theme__slug": "nightlife"}]
    assert data["auth.User"][0]["first_name"] == "Giulia"


def test_the_erasure_removes_the_profile_the_photo_and_its_file(
    admin_user, with_photo, camille_like, django_capture_on_commit_callbacks
):
    image = with_photo.photo
    path = image.file.path
    with django_capture_on_commit_callbacks(execute=True):
        erase(with_photo.account.user.email, admin_user)

    assert not Profile.objects.filter(pk=with_photo.pk).exists()
    assert not SiteImage.objects.filter(pk=image.pk).exists()
    assert not image.file.storage.exists(image.file.name)
    assert not Path(path).exists()
    assert Profile.objects.filter(pk=camille_like.pk).exists()
    assert camille_like.photo.file.storage.exists(camille_like.photo.file.name)


def test_deleting_a_member_account_takes_its_profile_and_photo(with_photo):
    image_id = with_photo.photo_id
    with_photo.account.delete()
    assert not Profile.objects.exists()
    assert not SiteImage.objects.filter(pk=image_id).exists()
