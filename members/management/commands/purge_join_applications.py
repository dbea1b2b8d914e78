"""Delete the personal data of applications to join once they have long been decided."""

from members.models import JoinApplication
from pages.management.purge import PurgeCommand


class Command(PurgeCommand):
    retention_setting = "JOIN_APPLICATION_RETENTION_DAYS"
    help = (
        "Delete the name, email address, telephone number and message of the applications to "
        "join that were accepted or declined more than DAYS days ago (by default the setting "
        "JOIN_APPLICATION_RETENTION_DAYS). Open ones are kept."
    )

    def purge(self, before, days):
        count = JoinApplication.purge_decided(before)
        return f"Personal data deleted from {count} application(s)."
