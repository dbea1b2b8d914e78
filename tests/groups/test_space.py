"""A group's space as its members use it: discussions in their languages, text rendered
inert, edits for a short while, hiding and reports, files checked by their content, a
closed group read-only and a flood refused, nothing typed lost."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.test import override_settings
from django.utils import timezone

from groups import space
from groups.factories import GroupMembershipFactory, PostFactory, ThreadFactory
from groups.forms import FileForm, ThreadForm
from groups.models import Post, PostReport, SharedFile, Thread
from members.factories import MemberAccountFactory
from pages.i18n import long_date
from people.factories import ProfileFactory
from privacy.erasure import erase
from privacy.export import personal_data
from tests.budgets import QUERY_BUDGET, assert_same_counts, page_queries
from tests.groups.conftest import PDF, space_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client, network):
    client.force_login(network.member.user)
    return network


def start(client, network, **data):
    fields = {"title": "Night-time economy", "text": "How do you mediate?", "language": "it"}
    return client.post(space_path(network.page, network.group), fields | data)


def test_a_member_starts_a_discussion_in_their_language(client, member):
    response = start(client, member)

    thread = Thread.objects.get(group=member.group)
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert '<div class="post__text" lang="it"><p>How do you mediate?</p></div>' in page
    [post] = thread.posts.all()
    assert post.opens_thread and post.author == member.member.user and post.created_at


def test_the_language_defaults_to_the_page_language(client, member):
    page = client.get(space_path(member.page, member.group, language="fr")).content.decode()
    assert '<option value="fr" selected>' in page


def test_a_discussion_without_text_is_refused_and_its_title_kept(client, member):
    response = start(client, member, text="   ")

    assert response.status_code == 400
    assert 'value="Night-time economy"' in response.content.decode()
    assert not Thread.objects.exists()


def test_html_and_script_in_a_post_are_shown_inert(client, member):
    start(
        client,
        member,
        text='<script>alert(1)</script> <a href="javascript:x">x</a> https://efus.eu',
    )

    page = client.get(
        space_path(member.page, member.group, "space_thread", Thread.objects.get().pk)
    )
    html = page.content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    assert '<a href="https://efus.eu" rel="nofollow ugc noopener">' in html


def test_a_reply_to_a_closed_group_is_refused_and_the_text_shown_back(client, member):
    thread = ThreadFactory(group=member.group)
    PostFactory(thread=thread, opens_thread=True)
    member.group.status = "closed"
    member.group.save()

    response = client.post(
        space_path(member.page, member.group, "space_thread", thread.pk),
        {"text": "My long answer", "language": "en"},
    )

    assert response.status_code == 409
    assert "This group is closed" in response.content.decode()
    assert "My long answer" in response.content.decode()
    assert thread.posts.count() == 1


def test_a_flood_of_posts_is_refused_and_the_text_kept(client, member):
    thread = ThreadFactory(group=member.group)
    PostFactory(thread=thread, opens_thread=True)
    path = space_path(member.page, member.group, "space_thread", thread.pk)
    statuses = [
        client.post(path, {"text": f"Reply {n}", "language": "en"}).status_code for n in range(7)
    ]

    assert statuses[:6] == [302] * 6
    response = client.post(path, {"text": "One more", "language": "en"})
    assert response.status_code == 429
    assert "You have posted a lot in a short time" in response.content.decode()
    assert "One more" in response.content.decode()


def test_the_author_edits_for_a_while_only(client, member):
    post = PostFactory(thread=ThreadFactory(group=member.group), author=member.member.user)
    path = space_path(member.page, member.group, "space_edit", post.pk)

    response = client.post(path, {"text": "Corrected", "language": "en"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.text == "Corrected" and post.edited_at

    with override_settings(GROUP_POST_EDIT_MINUTES=0):
        response = client.post(path, {"text": "Too late", "language": "en"})
        page = client.get(path)
    assert response.status_code == 403
    assert Post.objects.get(pk=post.pk).text == "Corrected"
    assert page.status_code == 403
    assert "only in the first minutes" in page.content.decode()


def test_someone_else_s_post_is_changed_by_its_author_only(client, member):
    post = PostFactory(thread=ThreadFactory(group=member.group), author=member.lead.user)
    path = space_path(member.page, member.group, "space_edit", post.pk)

    page = client.get(path)
    sent = client.post(path, {"text": "Not mine", "language": "en"})

    for response in (page, sent):
        assert response.status_code == 403
        assert "Only its author can change this post." in response.content.decode()
        assert "first minutes" not in response.content.decode()
    assert Post.objects.get(pk=post.pk).text != "Not mine"


def test_the_files_address_opened_leads_to_the_space_s_files(client, network):
    path = space_path(network.page, network.group, "space_files")

    anonymous = client.get(path)
    client.force_login(network.newcomer.user)
    outside = client.get(path)
    client.force_login(network.member.user)
    member = client.get(path)

    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    assert outside.status_code == 403
    assert member.status_code == 302
    assert member["Location"] == space_path(network.page, network.group) + "#files"


def test_a_lead_hides_a_post_with_the_reason_and_members_see_it_hidden(client, network):
    thread = ThreadFactory(group=network.group)
    PostFactory(thread=thread, opens_thread=True)
    post = PostFactory(thread=thread, text="Rude words")
    client.force_login(network.lead.user)

    client.post(space_path(network.page, network.group, "space_hide", post.pk), {"reason": "Rude"})

    post.refresh_from_db()
    assert post.is_hidden and post.hidden_reason == "Rude"
    client.force_login(network.member.user)
    page = client.get(space_path(network.page, network.group, "space_thread", thread.pk))
    assert "Hidden by moderators." in page.content.decode()
    assert "Rude words" not in page.content.decode()


def test_a_member_reports_a_post_to_staff(client, member):
    post = PostFactory(thread=ThreadFactory(group=member.group))

    response = client.post(
        space_path(member.page, member.group, "space_report", post.pk), {"reason": "Spam"}
    )

    assert response.status_code == 302
    assert PostReport.objects.get().reason == "Spam"


def test_a_member_shares_a_pdf_and_a_disguised_or_oversized_file_is_refused(client, member):
    path = space_path(member.page, member.group, "space_files")
    program = SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    response = client.post(path, {"title": "Report", "file": program})
    assert response.status_code == 400
    assert "whatever its name says" in response.content.decode()

    with override_settings(PRACTICE_UPLOAD_MAX_BYTES=10):
        big = client.post(path, {"file": SimpleUploadedFile("big.pdf", PDF)})
    assert big.status_code == 400 and "larger than" in big.content.decode()

    shared = client.post(path, {"title": "Minutes", "file": SimpleUploadedFile("m.pdf", PDF)})
    assert shared.status_code == 302
    document = SharedFile.objects.get().document
    assert document.collection.name == space.FILES_COLLECTION
    download = client.get(
        space_path(member.page, member.group, "space_file", SharedFile.objects.get().pk)
    )
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_erasing_a_person_leaves_their_posts_to_a_former_participant(client, network, admin_user):
    thread = ThreadFactory(group=network.group)
    post = PostFactory(thread=thread, author=network.member.user, opens_thread=True, text="Ciao")
    email = network.member.user.email

    assert personal_data(email)["data"]["groups.Post"][0]["text"] == "Ciao"
    erase(email, admin_user)

    post.refresh_from_db()
    assert post.author is None and post.text == "Ciao"
    client.force_login(network.lead.user)
    page = client.get(space_path(network.page, network.group, "space_thread", thread.pk))
    assert "Former participant" in page.content.decode()


def test_staff_see_a_hidden_reply_with_its_text_and_reason(client, network, admin_user):
    thread = ThreadFactory(group=network.group)
    PostFactory(thread=thread, opens_thread=True, text="Opening")
    PostFactory(thread=thread, text="Rude words", hidden_at=timezone.now(), hidden_reason="Rude")
    client.force_login(admin_user)

    page = client.get(space_path(network.page, network.group, "space_thread", thread.pk))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Hidden by moderators." in html and "Reason: Rude" in html
    assert "Rude words" in html and "Show again" in html


def test_staff_hide_and_show_a_post_in_the_admin(admin_client, network):
    post = PostFactory(thread=ThreadFactory(group=network.group), text="Spam")
    path = f"/admin/snippets/groups/post/edit/{post.pk}/"
    assert admin_client.get(path).status_code == 200

    refused = admin_client.post(path, {"hidden": "on", "hidden_reason": ""})
    assert refused.status_code == 200 and "Say why the post is hidden." in refused.content.decode()
    post.refresh_from_db()
    assert not post.is_hidden

    admin_client.post(path, {"hidden": "on", "hidden_reason": "Advertising"})
    post.refresh_from_db()
    assert post.is_hidden and post.hidden_reason == "Advertising" and post.text == "Spam"

    admin_client.post(path, {"hidden_reason": "Advertising"})
    post.refresh_from_db()
    assert not post.is_hidden and post.hidden_reason == "Advertising"


def ids_in(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html)


def test_a_refused_file_s_errors_are_named_and_linked_apart_from_the_discussion_form(
    client, member
):
    response = client.post(
        space_path(member.page, member.group, "space_files"), {"title": "Minutes"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert sorted(set(ids_in(html))) == sorted(ids_in(html))
    assert 'aria-labelledby="file-errors"' in html and '<h3 id="file-errors">' in html
    assert '<a href="#file_file">File: This field is required.</a>' in html
    assert 'id="file_file"' in html and 'id="id_title"' in html


def test_two_forms_errors_on_one_page_have_summaries_of_their_own():
    thread_form, file_form = ThreadForm({}), FileForm({})
    page = Template(
        '{% include "components/form_errors.html" with form=thread_form heading="A" %}'
        "{% for field in thread_form %}{{ field }}{% endfor %}"
        '{% include "components/form_errors.html" with form=file_form heading="B"'
        ' errors_id="file-errors" %}'
        "{% for field in file_form %}{{ field }}{% endfor %}"
    ).render(Context({"thread_form": thread_form, "file_form": file_form}))

    assert thread_form.errors and file_form.errors
    assert sorted(set(ids_in(page))) == sorted(ids_in(page))
    for summary in ("form-errors", "file-errors"):
        assert f'aria-labelledby="{summary}"' in page and f'<h3 id="{summary}">' in page
    for link in re.findall(r'href="#([^"]+)"', page):
        assert link in ids_in(page)


def test_a_discussion_s_title_is_marked_with_its_opening_post_s_language(client, member):
    english = ThreadFactory(group=member.group, title="Night mayors: who pays?")
    PostFactory(thread=english, opens_thread=True, language="en")
    french = ThreadFactory(group=member.group, title="Les maires de nuit")
    PostFactory(thread=french, opens_thread=True, language="fr")

    space_page = client.get(space_path(member.page, member.group, language="fr"))
    english_page = client.get(
        space_path(member.page, member.group, "space_thread", english.pk, language="fr")
    )
    french_page = client.get(
        space_path(member.page, member.group, "space_thread", french.pk, language="fr")
    )

    listed = space_page.content.decode()
    assert '<span lang="en">Night mayors: who pays?</span>' in listed
    assert ">Les maires de nuit</a>" in listed
    assert (
        '<h1><span lang="en">Night mayors: who pays?</span></h1>' in english_page.content.decode()
    )
    assert "<h1>Les maires de nuit</h1>" in french_page.content.decode()


# Beside the discussions: the group's coming events and latest outputs.


@pytest.fixture
def outputs(member):
    """The events, practices and projects pages (the library is the site's), and the
    group's events and outputs: four coming events and one over, two publications (one
    for members only), a practice and a project; another group's event."""
    from events.factories import EventIndexPageFactory
    from practices.factories import PracticeFactory, PracticeLibraryPageFactory
    from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
    from publications.factories import PublicationFactory
    from tests.events.test_tags import on

    home = member.page.get_parent()
    events = EventIndexPageFactory(parent=home)
    PracticeLibraryPageFactory(parent=home)
    projects = ProjectIndexPageFactory(parent=home)
    group = member.group
    group.events.set(
        on(events, days, name)
        for days, name in [(30, "D"), (2, "A"), (5, "B"), (9, "C"), (-3, "Z")]
    )
    on(events, 1, "Elsewhere")
    today = timezone.localdate()
    group.publications.set(
        [
            PublicationFactory(slug="night-guide", published_on=today.replace(year=today.year - 1)),
            PublicationFactory(slug="member-notes", access="members", published_on=today),
        ]
    )
    group.practices.set([PracticeFactory(slug="mediators", access="members")])
    group.projects.set([ProjectPageFactory(parent=projects, name="Nightwatch")])
    return member


def aside_of(client, network, language="en") -> str:
    page = client.get(space_path(network.page, network.group, language=language))
    assert page.status_code == 200
    return page.content.decode().split('<aside class="group-space__aside"')[1].split("</aside>")[0]


def test_the_space_shows_the_group_s_next_three_events_with_their_dates(client, outputs):
    aside = aside_of(client, outputs)
    events = aside.split('id="space-events"')[1].split("</section>")[0]
    assert events.index("A EN") < events.index("B EN") < events.index("C EN")
    assert "D EN" not in events and "Z EN" not in events and "Elsewhere" not in events
    first = outputs.group.events.get(title_en="A EN")
    assert f'href="{first.url}"' in events
    assert long_date(first.local_start) in events


def test_the_space_shows_the_group_s_latest_outputs_members_only_ones_too(client, outputs):
    aside = aside_of(client, outputs)
    found = aside.split('id="space-outputs"')[1].split("</section>")[0]
    assert "member-notes [en]" in found and "night-guide [en]" in found
    assert found.index("member-notes [en]") < found.index("night-guide [en]")
    assert 'href="/en/publications-en/member-notes/"' in found
    assert "Night mediation mediators" in found and "Practice" in found
    assert "Nightwatch EN" in found and "European project" in found


def test_a_space_without_events_or_outputs_says_so(client, member):
    aside = aside_of(client, member)
    assert "Coming events" in aside and "No upcoming event for now." in aside
    assert "Latest outputs" in aside and "No output yet." in aside


def test_the_french_space_shows_events_and_outputs_in_french(client, outputs):
    """Needs the French catalogue."""
    aside = aside_of(client, outputs, "fr")
    assert "Événements à venir" in aside and "Dernières productions" in aside
    assert "A FR" in aside and "member-notes [fr]" in aside


def test_the_french_space_says_when_there_are_none(client, member):
    """Needs the French catalogue."""
    aside = aside_of(client, member, "fr")
    assert (
        "Aucun événement à venir pour le moment." in aside
        and "Aucune production pour l’instant." in aside
    )


# Who takes part.


def test_the_space_names_who_takes_part_and_links_those_listed(client, network):
    for account, first, last in [
        (network.lead, "Marc", "Dupont"),
        (network.member, "Lucia", "Bianchi"),
        (network.newcomer, "Jan", "Peeters"),
    ]:
        account.user.first_name, account.user.last_name = first, last
        account.user.save()
    lead_profile = ProfileFactory(account=network.lead, role="Night mayor")
    ProfileFactory(account=network.member, listed=False)
    client.force_login(network.member.user)

    html = client.get(space_path(network.page, network.group, "space_people")).content.decode()

    assert f'<a href="/en/account/people/{lead_profile.pk}/">Marc Dupont</a>' in html
    assert "(lead authority)" in html and "Night mayor · Ville de Lyon" in html
    assert "Lucia Bianchi" in html and "Città di Torino" in html
    assert f"/en/account/people/{network.member.profile.pk}/" not in html  # unlisted
    assert "Jan Peeters" not in html  # in no group
    assert html.index("Lucia Bianchi") < html.index("Marc Dupont")  # by last name
    assert "2 people take part in the group." in html


def test_who_takes_part_says_it_in_french(client, network):
    """Needs the French catalogue."""
    client.force_login(network.member.user)

    html = client.get(
        space_path(network.page, network.group, "space_people", language="fr")
    ).content.decode()

    assert "<h1>Qui participe" in html and "(collectivité pilote)" in html
    assert "2 personnes participent au groupe." in html


def test_who_takes_part_is_for_the_group_alone(client, network):
    path = space_path(network.page, network.group, "space_people")
    assert client.get(path)["Location"].startswith("/en/account/login/")
    client.force_login(network.newcomer.user)
    assert client.get(path).status_code == 403


def test_who_takes_part_keeps_the_budget_with_few_and_many_people(client, network):
    client.force_login(network.member.user)
    path = space_path(network.page, network.group, "space_people")
    few = page_queries(client, [path], budget=QUERY_BUDGET)
    for account in MemberAccountFactory.create_batch(40):
        GroupMembershipFactory(group=network.group, user=account.user)
        ProfileFactory(account=account)

    assert_same_counts(few, page_queries(client, [path], budget=QUERY_BUDGET), ("2", "42"))
