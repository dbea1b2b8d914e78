"""What the events app holds about a person (``privacy.registry``): event registrations."""

from privacy.registry import PersonalData, declare

declare(
    PersonalData(
        "events.Registration",
        address="email",
        fields=(
            "event__title_en",
            "event__starts_at",
            "name",
            "organisation",
            "email",
            "language",
            "status",
            "registered_at",
        ),
    )
)
