"""The demo's people: the sign-in people's profiles in their own words, a profile for each
other person of the demo, and thirty made-up people, all listed; the directory finds them."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from PIL import Image

from members.management.commands import demo_accounts
from people import photos
from people.demo import content
from people.demo.builder import build_demo_people
from people.models import Profile
from tests.people.conftest import html_of, url


def test_the_demo_people_have_profiles_and_the_active_ones_are_listed(demo_content):
    camille = Profile.objects.get(account__user__email="camille.moreau@example.org")
    assert camille.role == "Cheffe de projet prévention de la délinquance"
    assert camille.languages == ["fr", "en", "es"]
    assert {theme.slug for theme in camille.themes.all()} == {
        "public-spaces",
        "gender-based-violence",
        "nightlife",
    }
    assert camille.is_listed
    with Image.open(camille.photo.file.path) as portrait:  # her initials, drawn, as uploaded
        assert (portrait.format, portrait.size) == ("WEBP", (photos.PHOTO_SIZE,) * 2)
        grey = portrait.convert("L")
        assert grey.getpixel((5, 5)) < 150 and grey.getextrema()[1] > 230  # white on colour
    jonas = Profile.objects.get(account__user__email="jonas.becker@example.org")
    assert jonas.listed and not jonas.is_listed  # his authority left the network
    made_up = Profile.objects.filter(account__user__email__endswith="@people.example.org")
    assert made_up.count() == content.MADE_UP_COUNT
    without = get_user_model().objects.filter(
        member_account__authority__status="active", member_account__profile=None
    )
    assert not without.exists()  # the practices' authors have one too
    assert Profile.objects.listed().count() >= content.MADE_UP_COUNT + 2
    assert made_up.filter(themes=None).count() == 0


def test_the_demo_people_are_made_once(demo_content):
    count = Profile.objects.count()
    build_demo_people(None)
    assert Profile.objects.count() == count


def test_the_demo_sign_in_keeps_the_profiles_and_finds_peers(
    demo_content, client, tmp_path, monkeypatch
):
    monkeypatch.setattr(demo_accounts, "PASSWORD_FILE", tmp_path / "member-password.txt")
    count = Profile.objects.count()
    call_command("demo_accounts", stdout=io.StringIO())
    assert Profile.objects.count() == count
    camille = Profile.objects.get(account__user__email="camille.moreau@example.org")
    client.force_login(camille.account.user)
    page = html_of(client.get(url("directory") + "?theme=nightlife"))
    assert "Camille Moreau" in page
    assert html_of(client.get(url("person", pk=camille.pk))).count("Cheffe de projet") == 1
