"""What the members app holds about a person (``privacy.registry``): member accounts,
applications to join, the profile changes a person proposed for their authority, and the
sign-in records of django-axes, which members/sign_in.py runs."""

from members.models import JoinApplication, ProfileProposal
from privacy.registry import PersonalData, declare

SIGN_IN_FIELDS = ("attempt_time", "ip_address", "user_agent", "path_info")

declare(
    PersonalData(
        "members.MemberAccount",
        address="user__email",
        fields=("authority__name", "language", "invited_at", "is_contact"),
    ),
    PersonalData(
        "members.ProfileProposal",
        address="proposed_by__email",
        fields=("authority__name", "proposed_at", "changes", "status", "decided_at", "reason"),
        # The proposal is the authority's, and what was approved is on its profile: it stays,
        # naming nobody.
        erase=ProfileProposal.forget_proposers,
    ),
    PersonalData(
        "members.JoinApplication",
        address="email",
        fields=(
            "organisation",
            "kind",
            "country",
            "city",
            "contact_name",
            "email",
            "phone",
            "message",
            "language",
            "consented_at",
            "status",
            "submitted_at",
        ),
        # Blanked, not deleted: the applications' count by country and status stays.
        erase=JoinApplication.blank,
    ),
    PersonalData(
        "axes.AccessAttempt", address="username", fields=(*SIGN_IN_FIELDS, "failures_since_start")
    ),
    PersonalData(
        "axes.AccessFailureLog", address="username", fields=(*SIGN_IN_FIELDS, "locked_out")
    ),
    PersonalData("axes.AccessLog", address="username", fields=(*SIGN_IN_FIELDS, "logout_time")),
)
