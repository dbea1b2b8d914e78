"""What the people app holds about a person (``privacy.registry``): their profile and the
themes it names. Erasing the person deletes the profile, and with it its photo, the image and
its file (``people.models.discard_photo``); so does deleting their member account, which the
members app's erasure does first."""

from privacy.registry import PersonalData, declare

declare(
    PersonalData(
        "people.Profile",
        address="account__user__email",
        fields=(
            "role",
            "about",
            "languages",
            "listed",
            "shows_email",
            "unlisted_by_staff",
            "unlisted_reason",
            "photo__file",
            "photo__width",
            "photo__height",
            "updated_at",
        ),
    ),
    PersonalData(
        "people.Profile_themes", address="profile__account__user__email", fields=("theme__slug",)
    ),
)
