"""What the news app holds about a person (``privacy.registry``): the newsletter subscription."""

from privacy.registry import PersonalData, declare

declare(
    PersonalData(
        "news.Subscriber",
        address="email",
        fields=("email", "language", "subscribed_at", "confirmed_at"),
    )
)
