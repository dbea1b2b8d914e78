"""What the privacy app and Django hold about a person (``privacy.registry``): the user
account (its member account is the members app's) and the consents given."""

from privacy.registry import PersonalData, declare

declare(
    PersonalData(
        "privacy.Consent",
        address="address_hash",
        hashed=True,
        fields=(
            "text__purpose",
            "text__version",
            "text__language",
            "text__text",
            "method",
            "given_at",
        ),
    ),
    # Last: deleting the user deletes what is left linked to it.
    PersonalData(
        "auth.User",
        address="email",
        fields=(
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "last_login",
            "is_active",
        ),
    ),
)
