"""What the privacy notice lists for each purpose: the data, the legal basis and how long it
is kept. The periods come from the settings the purges read (``manage.py purge_…``), so
that the page says what the site does."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext, ngettext


@dataclass(frozen=True)
class Purpose:
    name: str
    data: str
    legal_basis: str
    retention: str


def days(count: int) -> str:
    return ngettext("%(count)d day", "%(count)d days", count) % {"count": count}


def processing() -> list[Purpose]:
    """Each purpose, in the active language."""
    consent = gettext(
        "Your consent, given in the form (GDPR, Art. 6(1)(a)); you may withdraw it at any time."
    )
    return [
        Purpose(
            gettext("Newsletter"),
            gettext("Your email address and the language you chose."),
            consent,
            gettext(
                "Until you unsubscribe (a link in every newsletter); an address not confirmed "
                "within %(period)s is deleted."
            )
            % {"period": days(settings.RETENTION_DAYS["newsletter_signups"])},
        ),
        Purpose(
            gettext("Event registrations"),
            gettext("Your name, organisation, email address and the language of our emails."),
            consent,
            gettext("Deleted %(period)s after the event.")
            % {"period": days(settings.RETENTION_DAYS["event_registrations"])},
        ),
        Purpose(
            gettext("Applications to join"),
            gettext(
                "The contact person's name, email address and telephone number, and the "
                "application's message."
            ),
            consent,
            gettext("Deleted %(period)s after a decision on the application.")
            % {"period": days(settings.RETENTION_DAYS["join_applications"])},
        ),
        Purpose(
            gettext("Member accounts"),
            gettext(
                "Your name, email address, member authority, the language of your emails and "
                "your sign-ins."
            ),
            gettext(
                "Efus's legitimate interest in giving its members' staff their services "
                "(GDPR, Art. 6(1)(f))."
            ),
            gettext("Until the account is closed, at your authority's request or yours."),
        ),
        Purpose(
            gettext("Sign-in records"),
            gettext(
                "The address typed to sign in, when, and the network address and browser it "
                "came from."
            ),
            gettext(
                "Efus's legitimate interest in protecting the accounts from attacks "
                "(GDPR, Art. 6(1)(f))."
            ),
            gettext("Deleted %(period)s after the sign-in.")
            % {"period": days(settings.RETENTION_DAYS["sign_in_records"])},
        ),
        Purpose(
            gettext("Emails the site sends you"),
            gettext("Your email address and the email's text."),
            gettext("The legal basis of the purpose the email serves (above)."),
            gettext("Deleted %(period)s after it was sent.")
            % {"period": days(settings.RETENTION_DAYS["sent_emails"])},
        ),
    ]
