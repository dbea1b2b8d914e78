"""What the people's tests share: the people who sign in, themes, photos and the paths."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from PIL import Image

from members.factories import MemberAccountFactory, MemberAuthorityFactory
from members.models import MemberAuthority
from people.factories import ProfileFactory
from themes.factories import ThemeFactory


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"people:{name}", kwargs=kwargs)


def html_of(response) -> str:
    return response.content.decode()


def image_bytes(kind: str = "PNG", size=(900, 600), **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, kind, **options)
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def nightlife(db):
    return ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")


@pytest.fixture
def youth(db):
    return ThemeFactory(slug="youth", name_en="Youth", name_fr="Jeunesse")


@pytest.fixture
def lyon(site_tree):
    return MemberAuthority.objects.get(name="Lyon")


@pytest.fixture
def torino(site_tree):
    return MemberAuthority.objects.get(name="Torino")


@pytest.fixture
def member(lyon):
    """Ana Martin, of Lyon, who has no profile yet."""
    return MemberAccountFactory(
        authority=lyon, user__first_name="Ana", user__last_name="Martin", language="fr"
    )


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


@pytest.fixture
def giulia(torino, nightlife):
    """Giulia Romano, of Torino, listed, on nightlife, speaking Italian and English."""
    return ProfileFactory(
        account__authority=torino,
        account__user__first_name="Giulia",
        account__user__last_name="Romano",
        role="Funzionaria, polizia locale",
        about="Mediazione notturna nei quartieri della movida.",
        languages=["it", "en"],
        themes=[nightlife],
    )


@pytest.fixture
def hidden(lyon):
    """Paul Girard, of Lyon, who chose not to be listed."""
    return ProfileFactory(
        account__authority=lyon,
        account__user__first_name="Paul",
        account__user__last_name="Girard",
        listed=False,
    )


@pytest.fixture
def former(db):
    """Jonas Becker, listed, of an authority that has left the network."""
    authority = MemberAuthorityFactory(
        name="Stadt Gießen", country="DE", status=MemberAuthority.Status.FORMER
    )
    return ProfileFactory(
        account__authority=authority,
        account__user__first_name="Jonas",
        account__user__last_name="Becker",
    )
