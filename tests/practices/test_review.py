"""Staff's review of the practices members submit: approve, ask for changes, decline, and what
the authors hear of it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from members.factories import MemberAccountFactory
from practices.factories import PracticeFactory
from practices.models import Practice, Stage
from practices.review import NotSubmittable, submit, withdraw

pytestmark = pytest.mark.django_db


@pytest.fixture
def author():
    return MemberAccountFactory(language="it", user__email="giulia@torino.example.org")


@pytest.fixture
def moderator():
    user = get_user_model().objects.create_user("mod", "moderator@efus.eu", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def draft(author):
    practice = PracticeFactory(authority=author.authority, live=False, original_language="it")
    practice.save_revision(user=author.user)
    return Practice.objects.get(pk=practice.pk)


def act(practice, moderator, action, comment=""):
    practice = Practice.objects.get(pk=practice.pk)
    task_state = practice.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, action, comment=comment)
    return Practice.objects.get(pk=practice.pk)


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_a_submitted_practice_waits_for_review_and_its_author_gets_no_admin_email(draft, author):
    submit(draft, author.user)
    practice = Practice.objects.get(pk=draft.pk)
    assert practice.stage == Stage.IN_REVIEW
    assert not practice.may_be_edited
    assert not practice.live
    assert emails_to(author.user.email) == []


def test_staff_ask_for_changes_and_the_author_is_told_in_their_language_with_a_link(
    draft, author, moderator
):
    submit(draft, author.user)
    practice = act(draft, moderator, "reject", comment="Add the budget, please.")
    assert practice.stage == Stage.CHANGES_REQUESTED
    assert practice.may_be_edited
    assert practice.reviewer_comment() == "Add the budget, please."
    (email,) = emails_to(author.user.email)
    assert email.extra_headers["Content-Language"] == "it"
    assert "Add the budget, please." in email.body
    assert f"/it/account/practices/{practice.pk}/" in email.body


def test_a_practice_sent_back_is_resubmitted_then_approved_and_published(draft, author, moderator):
    submit(draft, author.user)
    practice = act(draft, moderator, "reject", comment="Add the budget.")
    text = practice.texts.get()
    text.resources = "40,000 euros a year"
    text.save()
    practice.save_revision(user=author.user)
    submit(Practice.objects.get(pk=practice.pk), author.user)
    assert Practice.objects.get(pk=practice.pk).stage == Stage.IN_REVIEW

    practice = act(practice, moderator, "approve")
    assert practice.live
    assert practice.stage == Stage.PUBLISHED
    assert practice.original_text.resources == "40,000 euros a year"
    published = emails_to(author.user.email)[-1]
    assert f"/it/account/practices/{practice.pk}/" in published.body


def test_a_declined_practice_is_not_published_and_cannot_be_submitted_again(
    draft, author, moderator
):
    submit(draft, author.user)
    practice = act(draft, moderator, "decline", comment="Out of the network's scope.")
    assert practice.stage == Stage.DECLINED
    assert not practice.live
    assert practice.reviewer_comment() == "Out of the network's scope."
    (email,) = emails_to(author.user.email)
    assert "Out of the network's scope." in email.body
    with pytest.raises(NotSubmittable):
        submit(practice, author.user)


def test_a_practice_missing_required_sections_says_which(author):
    practice = PracticeFactory(authority=author.authority, live=False, original__problem="")
    practice.save_revision(user=author.user)
    with pytest.raises(NotSubmittable) as refusal:
        submit(practice, author.user)
    assert [section.field for section in refusal.value.missing] == ["problem"]


def test_a_published_practice_keeps_its_text_while_its_changes_wait_for_review(author, moderator):
    practice = PracticeFactory(authority=author.authority)
    practice.save_revision(user=author.user).publish()
    draft = practice.get_latest_revision_as_object()
    draft_text = draft.texts.all()[0]
    draft_text.summary = "A new summary"
    draft.save_revision(user=author.user)

    practice = Practice.objects.get(pk=practice.pk)
    assert practice.stage == Stage.CHANGES_IN_DRAFT
    submit(practice, author.user)
    assert Practice.objects.get(pk=practice.pk).original_text.summary != "A new summary"
    practice = act(practice, moderator, "approve")
    assert practice.original_text.summary == "A new summary"


def test_an_author_withdraws_a_practice_from_review_to_change_it(draft, author):
    submit(draft, author.user)
    withdraw(Practice.objects.get(pk=draft.pk), author.user)
    assert Practice.objects.get(pk=draft.pk).stage == Stage.DRAFT


def test_moderators_see_approve_request_changes_and_decline_in_the_editor(
    client, draft, author, moderator
):
    submit(draft, author.user)
    client.force_login(moderator)
    response = client.get(f"/admin/snippets/practices/practice/edit/{draft.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    for label in ("Approve", "Request changes", "Decline"):
        assert label in page
