"""The demo practice exchange: the practices page in six languages in the network's menu
group, and sixty practices in their cities' languages, at every stage of their review."""

import importlib.util
import re

import pytest
from django.conf import settings
from wagtail.models import Revision

from background.models import OutgoingEmail
from members.management.commands.demo_accounts import PEOPLE
from pages.models import HomePage
from practices.demo.builder import build_demo_practices
from practices.models import Practice, PracticeLibraryPage, Stage
from tests.browser.demo import path_in

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def demo_practices():
    return Practice.objects.exclude(slug__startswith="bulk-").prefetch_related("texts")


def test_the_demo_has_practices_at_every_stage_in_their_cities_languages(demo_content):
    practices = list(demo_practices().select_related("authority", "contact__user"))

    assert len(practices) == 60
    assert {practice.stage for practice in practices} == set(Stage)
    assert {practice.original_language for practice in practices} == set(LANGUAGE_CODES)
    turin = next(p for p in practices if p.slug == "night-mediation-turin")
    assert turin.original_language == "it"
    assert turin.languages == ["en", "fr", "it"]
    assert turin.text_for("it").title == "Mediatori notturni nelle piazze della movida di Torino"
    assert turin.evidence_level == 4 and turin.adaptations.count() == 2
    translated = [p for p in practices if len(p.languages) > 1]
    assert len(translated) >= 20
    assert {code for p in translated for code in p.languages} >= {"en", "fr"}
    assert 5 <= sum(p.is_members_only for p in practices) <= 15
    assert {p.evidence_level for p in practices} == {0, 1, 2, 3, 4}


def test_the_demo_reviews_were_replayed_by_members_and_staff(demo_content):
    practices = {p.slug: p for p in demo_practices().select_related("authority", "contact")}

    for practice in practices.values():
        assert practice.latest_revision is not None, practice.slug
        if practice.contact is not None:
            assert practice.contact.authority == practice.authority
    sent_back = practices["nightlife-charter-leeds"]
    assert sent_back.stage == Stage.CHANGES_REQUESTED
    assert "venues in Leeds" in sent_back.reviewer_comment()
    declined = practices["restorative-circles-paris"]
    assert declined.stage == Stage.DECLINED and not declined.live
    assert "Rotterdam" in declined.reviewer_comment()
    lisbon = practices["participatory-budget-lisbon"]
    assert lisbon.stage == Stage.PUBLISHED
    assert lisbon.original_text.resources.startswith("Um milhão de euros")
    assert Revision.objects.for_instance(lisbon).count() == 2  # sent, then completed
    edited = practices["night-mediation-rome"]
    assert edited.stage == Stage.CHANGES_IN_DRAFT
    assert "Nel 2024" not in edited.original_text.results
    draft = edited.get_latest_revision_as_object()
    assert "Nel 2024" in draft.texts.get(language="it").results
    unfinished = practices["exploratory-walks-paris"]
    assert unfinished.stage == Stage.DRAFT and unfinished.original_text.missing_sections
    assert not OutgoingEmail.objects.filter(about__startswith="practice review").exists()


def test_the_demo_sign_in_people_write_practices_at_every_stage(demo_content):
    emails = [f"{first}.{last}@example.org".lower() for first, last, _code, country in PEOPLE]
    theirs = demo_practices().filter(contact__user__email__in=emails)
    assert {practice.stage for practice in theirs} == set(Stage)
    for practice in theirs:
        assert practice.latest_revision.user == practice.contact.user


def test_the_practices_page_is_in_six_languages_in_the_network_group(demo_content, client):
    page = PracticeLibraryPage.objects.get()
    assert page.live and page.get_parent().specific_class is HomePage
    for code in LANGUAGE_CODES:
        for field in ("title", "slug", "intro", "search_description"):
            assert getattr(page, f"{field}_{code}"), (field, code)

    html = client.get(path_in(HomePage.objects.get(), "fr")).content.decode()
    network = html.partition(">Le réseau</summary>")[2].partition("</details>")[0]
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', network)
    assert [text for _href, text in links] == [
        "Membres",
        "Pratiques",
        "Groupes de travail",
        "Adhérer",
    ]
    assert (path_in(page, "fr"), "Pratiques") in links


@pytest.mark.skipif(
    importlib.util.find_spec("practices.views") is None, reason="no practices/views.py yet"
)
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_practices_page_shows_the_demo_in_every_language(demo_content, client, language):
    response = client.get(path_in(PracticeLibraryPage.objects.get(), language))
    assert response.status_code == 200


def test_building_the_demo_again_keeps_the_practices_and_their_review(demo_content):
    before = dict(demo_practices().values_list("slug", "latest_revision"))
    build_demo_practices(HomePage.objects.get())
    assert dict(demo_practices().values_list("slug", "latest_revision")) == before
    assert PracticeLibraryPage.objects.count() == 1
