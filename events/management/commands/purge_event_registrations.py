"""Delete the registrations of events that ended long enough ago: they hold personal data."""

from events.models import Registration
from pages.management.purge import PurgeCommand


class Command(PurgeCommand):
    retention_setting = "EVENT_REGISTRATION_RETENTION_DAYS"
    help = (
        "Delete the registrations (names, organisations, email addresses) of the events that "
        "ended more than DAYS days ago (by default the setting "
        "EVENT_REGISTRATION_RETENTION_DAYS)."
    )

    def purge(self, before, days):
        deleted, events = Registration.purge(before)
        return (
            f"Deleted {deleted} registration(s) of {events} event(s) that ended more than "
            f"{days} day(s) ago."
        )
