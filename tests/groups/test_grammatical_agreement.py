"""Words that describe a discussion, a practice or a person agree with them: a hidden
discussion is "ocultada" (a discussão), a declined practice "recusada" (a prática), and a
newcomer of any gender is welcomed with "Boas-vindas"."""

import pytest
from django.core import mail
from django.utils import timezone, translation

from groups import membership
from groups.factories import PostFactory, ThreadFactory
from groups.models import GroupMembership
from members.models import ProfileProposal
from practices.models import Stage
from tests.groups.conftest import space_path

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "hidden"),
    [
        ("pt", "Ocultada pelos moderadores"),
        ("fr", "Masquée par les modérateurs"),
        ("es", "Ocultada por los moderadores"),
        ("it", "Nascosta dai moderatori"),
    ],
)
def test_a_hidden_discussion_is_named_in_the_feminine(client, network, language, hidden):
    thread = ThreadFactory(group=network.group, title="Rude title")
    PostFactory(thread=thread, opens_thread=True, hidden_at=timezone.now(), hidden_reason="Rude")
    client.force_login(network.member.user)

    html = client.get(space_path(network.page, network.group, language=language)).content.decode()

    assert hidden in html
    assert "Rude title" not in html


def test_a_declined_practice_and_a_declined_proposal_are_feminine_a_declined_request_not():
    with translation.override("pt"):
        assert str(Stage.DECLINED.label) == "Recusada"
        assert str(ProfileProposal.Status.DECLINED.label) == "Recusada"
        assert str(GroupMembership.Status.DECLINED.label) == "Recusado"  # o pedido
    with translation.override("fr"):
        assert str(Stage.DECLINED.label) == "Refusée"


def test_a_newcomer_is_welcomed_whatever_their_gender(network):
    network.newcomer.language = "pt"
    network.newcomer.save()
    request = membership.ask_to_join(network.group, network.newcomer.user)
    mail.outbox.clear()

    membership.accept(request)

    [email] = mail.outbox
    assert email.subject.startswith("Boas-vindas ao grupo de trabalho")
