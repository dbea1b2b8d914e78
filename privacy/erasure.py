"""Erasing everything the site holds about an email address, and applying the erasures again
after a restore.

An erasure deletes (or anonymises, where aggregate figures still need the row) the rows every
app declares (``privacy.registry``) and records a ``DataRequest`` holding only a keyed hash of
the address. Restoring a backup taken before it would bring the rows back: ``pages.backup``
asks, before replacing the database, for the erasures recorded in it; those the backup does
not hold are applied again, matching rows by the hash of their addresses, and recorded.
"""

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Q
from wagtail.log_actions import log

from privacy.addresses import normalised
from privacy.models import DataRequest
from privacy.registry import declarations


class ErasureRefused(Exception):
    """The address is a staff account's: its admin access is removed by hand first."""


def is_staff_address(address: str) -> bool:
    return (
        get_user_model()
        .objects.filter(email__iexact=normalised(address))
        .filter(Q(is_staff=True) | Q(is_superuser=True))
        .exists()
    )


def rows_held(address: str) -> dict[str, int]:
    """How many rows each declared model holds about ``address``."""
    return {
        declaration.label: declaration.rows_for(address).count() for declaration in declarations()
    }


@transaction.atomic
def erase(address: str, user) -> DataRequest:
    """Erase ``address``'s data; a second time finds nothing and is recorded again."""
    if is_staff_address(address):
        raise ErasureRefused
    counts = rows_held(address)
    for declaration in declarations():
        declaration.erase(declaration.rows_for(address))
    request = DataRequest.made(DataRequest.Kind.ERASURE, address)
    log(request, "privacy.erasure", user=user, data={"rows": counts})
    return request


def recorded_erasures() -> set[tuple[str, object]]:
    return set(
        DataRequest.objects.filter(kind=DataRequest.Kind.ERASURE).values_list(
            "address_hash", "made_at"
        )
    )


def keep_erasures_across_restore(**kwargs):
    """Receiver of ``pages.backup.restoring``: the erasures of the database about to be
    replaced, to apply again to the restored one."""
    if DataRequest._meta.db_table not in connection.introspection.table_names():
        return None
    erasures = recorded_erasures()
    return (lambda: reapply(erasures)) if erasures else None


@transaction.atomic
def reapply(erasures: set[tuple[str, object]]) -> None:
    """Apply again the ``erasures`` (hash, time) that the restored database does not hold."""
    missing = erasures - recorded_erasures()
    hashes = {address_hash for address_hash, _made_at in missing}
    for declaration in declarations():
        declaration.erase(declaration.rows_for_hashes(hashes))
    DataRequest.objects.bulk_create(
        DataRequest(kind=DataRequest.Kind.ERASURE, address_hash=address_hash, made_at=made_at)
        for address_hash, made_at in missing
    )
