"""make backup / make restore: a round trip loses nothing."""

import hashlib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from pages.factories import ImageFactory
from pages.models import SiteImage


def media_fingerprint(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_then_restore_brings_back_pages_and_media(site_tree, settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path / "media"
    ImageFactory.create_batch(2)
    pages_before = sorted(Page.objects.values_list("id", "title_fr", "url_path_fr"))
    images_before = SiteImage.objects.count()
    media_before = media_fingerprint(settings.MEDIA_ROOT)
    assert media_before

    call_command("backup", str(tmp_path / "backup"))

    site_tree.team.delete()
    site_tree.about.title_fr = "Changé"
    site_tree.about.save_revision().publish()
    SiteImage.objects.first().delete()
    (settings.MEDIA_ROOT / "stray.txt").write_text("not in the backup")

    call_command("restore", str(tmp_path / "backup"))

    assert sorted(Page.objects.values_list("id", "title_fr", "url_path_fr")) == pages_before
    assert SiteImage.objects.count() == images_before
    assert media_fingerprint(settings.MEDIA_ROOT) == media_before
    response = client.get(site_tree.team.url_in("fr").removeprefix("http://localhost"))
    assert response.status_code == 200


def test_restore_from_a_missing_folder_says_so(db, tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "nowhere"))
