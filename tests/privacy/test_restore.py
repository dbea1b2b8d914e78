"""An erasure survives a restore: restoring a backup taken before it erases the person
again, through the real backup and restore commands."""

import pytest
from django.core.management import call_command

from news.factories import SubscriberFactory
from news.models import Subscriber
from privacy.addresses import address_hash
from privacy.erasure import erase
from privacy.models import DataRequest
from privacy.registry import declarations
from tests.privacy.conftest import ADDRESS, OTHER, hold_data_about


def rows_about(address: str) -> int:
    return sum(declaration.rows_for(address).count() for declaration in declarations())


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restoring_a_backup_taken_before_an_erasure_erases_again(event, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    hold_data_about(ADDRESS, event)
    hold_data_about(OTHER, event)
    erased_before_backup = SubscriberFactory(email="early@example.org")
    erase("early@example.org", None)
    SubscriberFactory(email="early@example.org")  # signed up again after that erasure
    call_command("backup", str(tmp_path / "backup"))

    erase(ADDRESS, None)
    assert rows_about(ADDRESS) == 0
    call_command("restore", str(tmp_path / "backup"))

    assert rows_about(ADDRESS) == 0
    assert rows_about(OTHER) > 0
    assert Subscriber.objects.filter(email="early@example.org").exists()
    assert erased_before_backup.pk not in Subscriber.objects.values_list("pk", flat=True)
    hashes = list(DataRequest.objects.values_list("address_hash", flat=True))
    assert sorted(hashes) == sorted([address_hash(ADDRESS), address_hash("early@example.org")])

    call_command("restore", str(tmp_path / "backup"))  # again: recorded once
    assert DataRequest.objects.filter(address_hash=address_hash(ADDRESS)).count() == 1


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_older_than_the_privacy_tables_is_migrated_and_erased_again(
    event, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    hold_data_about(ADDRESS, event)
    call_command("migrate", "privacy", "zero", verbosity=0)
    call_command("backup", str(tmp_path / "backup"))
    call_command("migrate", "privacy", verbosity=0)
    erase(ADDRESS, None)

    call_command("restore", str(tmp_path / "backup"))

    assert rows_about(ADDRESS) == 0
    assert DataRequest.objects.get().address_hash == address_hash(ADDRESS)
