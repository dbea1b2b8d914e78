"""What the working groups hold about a person (``privacy.registry``): their memberships and
requests to join, deleted with the person."""

from privacy.registry import PersonalData, declare

declare(
    PersonalData(
        "groups.GroupMembership",
        address="user__email",
        fields=("group__slug", "status", "asked_at", "decided_at"),
    )
)
