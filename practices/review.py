"""Staff's review of the practices members submit, on Wagtail's workflow.

The workflow "Practice review" (migration 0002) holds one ``PracticeReviewTask`` for the
Moderators and Editors groups and applies to every practice. A member saves a revision and
submits it (``submit``); staff, in the admin, approve it (Wagtail publishes that revision),
ask for changes with a comment, or decline it. Wagtail keeps the states and their history;
the authors hear of each outcome from the site's own emails, in their language, with a link
back to the practice in the members' area (Wagtail's, which link to the admin, are not sent
to them: their profiles opt out of those).
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected
from wagtail.users.models import UserProfile

from background.mail import send
from members.accounts import email_language, site_url
from pages.forms import render_email
from practices.models import Practice, Stage

DECLINE_ACTION = "practices.decline"
# The stages from which a practice goes to review.
SUBMITTABLE = (Stage.DRAFT, Stage.CHANGES_REQUESTED, Stage.CHANGES_IN_DRAFT)


class NotSubmittable(Exception):
    """The practice cannot go to review as it is: ``missing`` says what it lacks."""

    def __init__(self, missing):
        super().__init__(missing)
        self.missing = missing


def submit(practice: Practice, user) -> None:
    """Send the practice's latest revision to review: start the workflow, or resume it when
    staff asked for changes. Its original text must have every required section."""
    original = practice.original_text
    missing = original.missing_sections if original else []
    if original is None or missing:
        raise NotSubmittable(missing)
    if practice.stage not in SUBMITTABLE:
        raise NotSubmittable([])
    opt_out_of_admin_notifications(user)
    with transaction.atomic():
        state = practice.current_workflow_state
        if state is not None:  # changes were requested
            state.current_task_state.revision = practice.latest_revision
            state.current_task_state.save(update_fields=["revision"])
            state.resume(user)
        else:
            practice.get_workflow().start(practice, user)


def withdraw(practice: Practice, user) -> None:
    """Take the practice back from review to change it."""
    state = practice.current_workflow_state
    if state is not None:
        state.cancel(user=user)


def decline(task_state: TaskState, user, comment: str) -> None:
    """Staff decline a practice: its review ends, it is not published, and its authors are
    told why. A declined practice cannot be submitted again."""
    practice = task_state.workflow_state.content_object
    with transaction.atomic():
        task_state.workflow_state.cancel(user=user)
        TaskState.objects.filter(pk=task_state.pk).update(comment=comment)
        Practice.objects.filter(pk=practice.pk).update(declined_at=timezone.now())
        log(instance=practice, action=DECLINE_ACTION, user=user, data={"comment": comment})
        tell_authors(practice, task_state.workflow_state.requested_by, "declined", comment)


def opt_out_of_admin_notifications(user) -> None:
    """A member hears of the review from the site's emails, not from the admin's."""
    if user.has_perm("wagtailadmin.access_admin"):
        return
    profile = UserProfile.get_for_user(user)
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def tell_authors(practice: Practice, author, outcome: str, comment: str = "") -> None:
    """Email the person who submitted ``practice`` the review's ``outcome`` ("published",
    "changes_requested", "declined"), in their language, linking to the practice in the
    members' area."""
    if author is None or not author.is_active or not author.email:
        return
    language = email_language(author)
    context = {
        "title": str(practice),
        "comment": comment,
        "link": site_url("practices:edit", language, pk=practice.pk),
    }
    subject, body = render_email(f"practices/emails/{outcome}", language, context)
    message = EmailMessage(subject, body, to=[author.email], headers={"Content-Language": language})
    send([message], about=f"practice review: {outcome}")


def practice_of(workflow_state: WorkflowState) -> Practice | None:
    content = workflow_state.content_object
    return content if isinstance(content, Practice) else None


def on_rejected(sender, instance, user=None, **kwargs):
    practice = practice_of(instance)
    if practice is not None:
        comment = instance.current_task_state.comment if instance.current_task_state else ""
        tell_authors(practice, instance.requested_by, "changes_requested", comment)


def on_approved(sender, instance, user=None, **kwargs):
    practice = practice_of(instance)
    if practice is not None:
        tell_authors(practice, instance.requested_by, "published")


def connect_signals() -> None:
    workflow_rejected.connect(on_rejected, sender=WorkflowState, dispatch_uid="practice_rejected")
    workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="practice_approved")


LOG_ACTIONS = {DECLINE_ACTION: _("Decline")}
