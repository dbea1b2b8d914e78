"""What the background app holds about a person (``privacy.registry``): the emails written to
them. The tasks' own rows (django-tasks-db) may name an address in their arguments (a password
reset's); they are deleted seven days after they ran (``background.tasks.purge_outbox``)."""

from privacy.registry import PersonalData, declare

declare(
    PersonalData(
        "background.OutgoingEmail",
        address="recipient",
        # Not the body: it may hold a link that signs the person in or confirms an address.
        fields=("subject", "about", "status", "created_at", "sent_at"),
    )
)
