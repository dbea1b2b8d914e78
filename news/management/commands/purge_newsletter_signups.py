"""Delete the newsletter subscriptions that were never confirmed."""

from news.models import Subscriber
from pages.management.purge import PurgeCommand


class Command(PurgeCommand):
    retention_setting = "NEWSLETTER_UNCONFIRMED_DAYS"
    help = (
        "Delete the newsletter subscriptions made more than DAYS days ago (by default the "
        "setting NEWSLETTER_UNCONFIRMED_DAYS) whose address was never confirmed. Confirmed "
        "subscriptions are kept."
    )

    def purge(self, before, days):
        count = Subscriber.objects.purge_pending(before)
        return f"{count} unconfirmed subscription(s) deleted."
