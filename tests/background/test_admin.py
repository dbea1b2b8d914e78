"""Settings → Emails: staff see what left, what waits and what failed, and why; a failed
email can be sent again; nobody writes or edits one there."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from background.mail import send
from background.models import RETRY_DELAYS, OutgoingEmail, ScheduledRun
from background.tasks import purge_outbox
from tests.background.conftest import run_worker

pytestmark = pytest.mark.django_db
INDEX = "/admin/emails/"


REFUSED = "SMTPRecipientsRefused: {'ana@porto.example.org': (550, b'No such user')}"


def failed_email() -> OutgoingEmail:
    """An invitation the mail server refused at every attempt (tasks wait in the database:
    the tests take the mail_server fixture)."""
    [email] = send(
        [mail.EmailMessage("Your invitation", "Body", to=["ana@porto.example.org"])],
        "invitation of user 7",
    )
    email.refresh_from_db()
    for _attempt in range(len(RETRY_DELAYS) + 1):
        email.record_failure(
            "SMTPRecipientsRefused: {'ana@porto.example.org': (550, b'No such user')}"
        )
    return email


def staff(client, *codenames):
    user = get_user_model().objects.create_user("staff", "staff@example.org", "pw", is_staff=True)
    codenames = ("access_admin", *codenames)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client.force_login(user)
    return client


def test_a_failed_email_shows_with_its_error_and_can_be_sent_again(client, mail_server):
    email = failed_email()
    client = staff(client, "view_outgoingemail", "send_outgoingemail")
    listing = client.get(INDEX, {"status": "failed"}).content.decode()
    assert "Your invitation" in listing
    assert "ana@porto.example.org" in listing
    assert "No such user" in listing
    assert f"{INDEX}send-again/{email.pk}/" in listing

    asked = client.get(f"{INDEX}send-again/{email.pk}/")
    assert "Send “Your invitation” to ana@porto.example.org again?" in asked.content.decode()
    mail_server.start()
    assert client.post(f"{INDEX}send-again/{email.pk}/").status_code == 302
    run_worker()
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    assert len(mail_server.recorder.messages) == 1


def test_staff_who_may_only_look_cannot_send_again_add_or_edit(client, mail_server):
    email = failed_email()
    client = staff(client, "view_outgoingemail")
    listing = client.get(INDEX).content.decode()
    assert "Your invitation" in listing
    assert "send-again" not in listing
    assert client.post(f"{INDEX}send-again/{email.pk}/").status_code in (302, 403)
    assert client.get(f"{INDEX}new/").status_code in (302, 403)
    assert client.get(f"{INDEX}edit/{email.pk}/").status_code in (302, 403)
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.FAILED


def test_staff_without_the_permission_do_not_see_the_emails(client, mail_server):
    failed_email()
    response = staff(client).get(INDEX)
    assert response.status_code in (302, 403)
    assert b"Your invitation" not in response.content


def test_sent_and_failed_emails_are_forgotten_after_their_retention(settings, mail_server):
    mail_server.start()
    old, recent = send(
        [mail.EmailMessage(s, "Body", to=["a@example.org"]) for s in ("Old", "Recent")], "test"
    )
    run_worker()
    long_ago = timezone.now() - timezone.timedelta(days=settings.RETENTION_DAYS["sent_emails"] + 1)
    OutgoingEmail.objects.filter(pk=old.pk).update(sent_at=long_ago)
    failed = failed_email()
    OutgoingEmail.objects.filter(pk=failed.pk).update(created_at=long_ago)
    failed_email()  # recent: staff may still send it again
    ScheduledRun.objects.create(job="sweep_emails", due_at=long_ago)
    assert purge_outbox.call() == {"emails": 2, "scheduled_runs": 1}
    assert sorted(OutgoingEmail.objects.values_list("subject", flat=True)) == [
        "Recent",
        "Your invitation",
    ]


def test_a_job_can_be_run_by_hand(mail_server, capsys):
    call_command("run_job", "sweep_emails")
    assert "sweep_emails: 0" in capsys.readouterr().out
