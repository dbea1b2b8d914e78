"""A practice's page: everything it holds, in the visitor's language or its original with a
notice, the contact person for members only, its text shown as typed, and its place on the
member's profile and the theme's page."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.factories import MemberAccountFactory, MemberAuthorityFactory, UserFactory
from members.models import MemberAuthority
from pages.factories import ImageFactory
from practices.factories import PracticeFactory, PracticeTextFactory
from practices.models import Adaptation, PracticeFile, PracticeImage
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from publications.factories import DocumentFactory, PublicationFactory
from tests.practices.conftest import (
    LANGUAGE_CODES,
    MEMBERS_ONLY,
    italian_practice,
    path_of,
    practice_path,
    with_themes,
)
from tests.publications.readers import FORMER_MEMBER, MEMBER, STAFF, sign_in
from themes.factories import ThemeIndexPageFactory


def get_html(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def visible_text(html: str) -> str:
    main = html.partition('<main id="main"')[2].partition("</main>")[0]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


@pytest.fixture
def full_practice(practices_page, nightlife):
    """A finished practice of Torino, written in Italian and translated into French, with
    every part a practice's page shows."""
    contact = MemberAccountFactory(
        user=UserFactory(email="giulia@torino.example.org", first_name="Giulia", last_name="Rossi")
    )
    practice = italian_practice(
        slug="night-mediation",
        started_in=2016,
        ended_in=2019,
        status="finished",
        evaluated=True,
        contact=contact,
    )
    practice.texts.filter(language="it").update(
        participation="Associazioni del quartiere", evaluated_because="Valutazione del 2019"
    )
    with_themes(practice, nightlife)
    Adaptation.objects.create(
        practice=practice, authority=MemberAuthorityFactory(name="Ville de Liège", slug="liege")
    )
    PracticeImage.objects.create(practice=practice, image=ImageFactory(description_en="Mediators"))
    document = DocumentFactory(
        title="Evaluation report", file=ContentFile(b"%PDF-1.4 report", name="report.pdf")
    )
    PracticeFile.objects.create(practice=practice, document=document, language="it")
    return practice


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_practice_page_renders_in_every_language(client, full_practice, practices_page, language):
    html = get_html(client, practice_path(practices_page, full_practice, language))
    title = "Médiation de nuit" if language == "fr" else "Mediazione notturna"
    assert f">{title}</h1>" in html
    assert f'<html lang="{language}">' in html


def test_the_criteria_are_met_or_not_in_french_with_french_punctuation(
    client, full_practice, practices_page
):
    html = get_html(client, practice_path(practices_page, full_practice, "fr"))
    assert "Évaluée\u00a0: critère rempli" in html
    assert "Transférée\u00a0: critère non rempli" in html


def test_a_practice_page_shows_everything_the_practice_holds(
    client, site_tree, full_practice, practices_page
):
    html = get_html(client, practice_path(practices_page, full_practice))
    text = visible_text(html)
    for heading in ("Summary", "Problem and context", "Objectives", "What was done"):
        assert "<h2 id=" in html and heading in text
    assert "Partners and citizens’ participation Associazioni del quartiere" in text
    assert "Resources and budget" not in text  # an empty section has no heading
    assert "City Torino" in text and "Population 850,000" in text
    assert "Period 2016–2019" in text
    assert "Status Finished" in text
    assert "Evidence level: <strong>Evaluated</strong>, 3 of the 4 criteria" in html
    assert "Evaluated: met" in text and "Transferred: not met" in text
    assert "Its outcomes have been evaluated, and the evaluation is available." in text
    assert "Valutazione del 2019" in text
    profile = path_of(site_tree.members) + "citta-di-torino/"
    assert f'<a href="{profile}">Città di Torino</a>' in html
    assert f'<a href="{path_of(site_tree.members)}liege/">Ville de Liège</a>' in html
    assert "nightlife [en]" in text
    assert 'alt="Mediators"' in html
    file = full_practice.files.get()
    file_path = practice_path(practices_page, full_practice) + f"files/{file.pk}/"
    assert f'<a href="{file_path}" hreflang="it" lang="it">Evaluation report</a>' in html
    assert "PDF, 15 bytes, Italian" in text


def test_it_shows_practices_projects_and_publications_on_the_same_themes(
    client, site_tree, full_practice, practices_page, nightlife
):
    other = with_themes(PracticeFactory(slug="street-lights"), nightlife)
    PracticeTextFactory(practice=other, language="fr", title="Éclairage")
    with_themes(PracticeFactory(slug="no-theme"))
    projects = ProjectIndexPageFactory(parent=site_tree.home)
    ProjectPageFactory(parent=projects, acronym="NIGHTS", themes=[nightlife])
    PublicationFactory(slug="night-guide", themes=[nightlife])
    text = visible_text(get_html(client, practice_path(practices_page, full_practice)))
    assert "Related practices Night mediation street-lights" in text
    assert "no-theme" not in text
    assert "European projects on these themes NIGHTS" in text
    assert "Publications on these themes night-guide [en]" in text


def test_a_missing_translation_shows_the_original_with_a_notice_and_its_language(
    client, full_practice, practices_page
):
    html = get_html(client, practice_path(practices_page, full_practice, "de"))
    assert "Dieses Praxisbeispiel gibt es nicht auf " in html
    assert '<h1 lang="it">Mediazione notturna</h1>' in html
    assert '<div class="practice__text" lang="it">' in html
    assert 'role="note"' in html


def img_tag(html: str, alt: str) -> str:
    """The ``<img>`` tag described by ``alt``."""
    return re.search(rf'<img [^>]*alt="{re.escape(alt)}"[^>]*>', html)[0]


def test_an_image_is_described_in_the_visitor_s_language_or_in_the_original_s(
    client, practices_page
):
    practice = italian_practice()
    image = ImageFactory(description_it="Mediatori", description_en="", description_fr="Médiateurs")
    PracticeImage.objects.create(practice=practice, image=image)
    french = get_html(client, practice_path(practices_page, practice, "fr"))
    assert "lang=" not in img_tag(french, "Médiateurs")
    german = get_html(client, practice_path(practices_page, practice, "de"))
    assert 'lang="it"' in img_tag(german, "Mediatori")


def test_a_practice_in_one_language_says_it_is_available_in_it_only(client, practices_page):
    practice = PracticeFactory(original_language="en")
    html = get_html(client, practice_path(practices_page, practice, "en"))
    assert 'role="note"' not in html
    english_only = get_html(client, practice_path(practices_page, practice, "pt"))
    assert 'lang="en"' in english_only
    assert 'class="notice" role="note"' in english_only


def test_a_translated_practice_shows_no_notice(client, full_practice, practices_page):
    html = get_html(client, practice_path(practices_page, full_practice, "fr"))
    assert 'class="notice" role="note"' not in html
    assert "<h1>Médiation de nuit</h1>" in html
    assert ' lang="it"' not in html.partition('<main id="main"')[2].partition("Documents")[0]


def test_its_language_links_lead_to_the_same_practice_in_each_language(
    client, full_practice, practices_page
):
    html = get_html(client, practice_path(practices_page, full_practice))
    for language in LANGUAGE_CODES:
        url = "http://localhost" + practice_path(practices_page, full_practice, language)
        assert f'<link rel="alternate" hreflang="{language}" href="{url}">' in html


def test_the_contact_person_is_shown_to_members_only(client, full_practice, practices_page):
    path = practice_path(practices_page, full_practice)
    assert "giulia@torino.example.org" not in get_html(client, path)
    sign_in(client, FORMER_MEMBER)
    assert "giulia@torino.example.org" not in get_html(client, path)
    sign_in(client, MEMBER)
    response = client.get(path)
    html = response.content.decode()
    assert "Giulia Rossi" in html
    assert '<a href="mailto:giulia@torino.example.org">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_change_to_the_contact_person_shows_to_members_at_once(
    client, full_practice, practices_page
):
    path = practice_path(practices_page, full_practice)
    sign_in(client, MEMBER)
    assert "Giulia Rossi" in get_html(client, path)
    person = full_practice.contact.user
    person.last_name = "Bianchi"
    person.save()
    assert "Giulia Bianchi" in get_html(client, path)


def test_a_practice_page_follows_changes_to_the_practice_its_text_and_authority_at_once(
    client, full_practice, practices_page
):
    path, english = (practice_path(practices_page, full_practice, code) for code in ("fr", "en"))
    assert "<h1>Médiation de nuit</h1>" in get_html(client, path)
    assert "Status Finished" in visible_text(get_html(client, english))

    text = full_practice.texts.get(language="fr")
    text.title, text.problem = "Médiateurs de nuit", "Des nuits bruyantes"
    text.save()
    html = get_html(client, path)
    assert "<h1>Médiateurs de nuit</h1>" in html and "Des nuits bruyantes" in html

    full_practice.authority.name = "Comune di Torino"
    full_practice.authority.save()
    assert "Comune di Torino" in get_html(client, path)

    full_practice.status = "running"
    full_practice.save()
    assert "Status Running" in visible_text(get_html(client, english))


def test_a_practice_page_costs_no_query_of_the_practice_once_kept(
    client, full_practice, practices_page
):
    path = practice_path(practices_page, full_practice)
    first = get_html(client, path)
    with CaptureQueriesContext(connection) as queries:
        again = get_html(client, path)
    assert again == first
    assert not [query for query in queries if "practices_practice" in query["sql"]]


def test_text_is_shown_as_typed_with_its_addresses_linked(client, practices_page):
    practice = PracticeFactory(original=None)
    PracticeTextFactory(
        practice=practice,
        title="<b>Bold</b> title",
        problem='<script>alert("x")</script>\n\nSee https://example.org/report for more.',
    )
    html = get_html(client, practice_path(practices_page, practice))
    assert "<script>alert" not in html and "<b>Bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in html
    assert (
        '<a href="https://example.org/report" rel="nofollow">https://example.org/report</a>' in html
    )


def test_a_practice_that_is_not_live_is_not_found(client, practices_page):
    draft = PracticeFactory(live=False)
    assert client.get(practice_path(practices_page, draft)).status_code == 404
    assert client.get(path_of(practices_page) + "no-such-practice/").status_code == 404


def test_a_members_only_practice_asks_anonymous_visitors_to_sign_in(client, practices_page):
    practice = italian_practice(access=MEMBERS_ONLY)
    response = client.get(practice_path(practices_page, practice))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/?next=")
    assert "Mediazione" not in response.content.decode()


def test_a_former_member_is_told_a_members_only_practice_is_not_for_them(client, practices_page):
    practice = italian_practice(access=MEMBERS_ONLY)
    sign_in(client, FORMER_MEMBER)
    response = client.get(practice_path(practices_page, practice))
    assert response.status_code == 403
    html = response.content.decode()
    assert "shared with members of Efus only" in html
    assert "Mediazione" not in html


@pytest.mark.parametrize("reader", [MEMBER, STAFF])
def test_members_and_staff_read_a_members_only_practice(client, practices_page, reader):
    practice = italian_practice(access=MEMBERS_ONLY)
    sign_in(client, reader)
    response = client.get(practice_path(practices_page, practice, "fr"))
    assert response.status_code == 200
    assert "Médiation de nuit" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_a_member_profile_lists_the_authoritys_practices(client, site_tree, practices_page):
    lyon = MemberAuthority.objects.get(name="Lyon")
    PracticeFactory(authority=lyon, slug="lyon-public")
    PracticeFactory(authority=lyon, slug="lyon-members", access=MEMBERS_ONLY)
    profile = path_of(site_tree.members) + f"{lyon.slug}/"
    html = get_html(client, profile)
    section = html.partition('id="member-practices"')[2].partition("</section>")[0]
    assert "Night mediation lyon-public" in section
    assert "lyon-members" not in section
    sign_in(client, MEMBER)
    assert "Night mediation lyon-members" in get_html(client, profile)


def test_a_theme_page_lists_practices_on_the_theme(client, site_tree, practices_page, nightlife):
    themes = ThemeIndexPageFactory(parent=site_tree.home)
    with_themes(italian_practice(slug="torino"), nightlife)
    path = path_of(themes) + themes.reverse_subpage("theme", args=["nightlife"])
    html = get_html(client, path)
    section = html.partition('id="theme-practices"')[2].partition("</section>")[0]
    assert 'lang="it">Mediazione notturna</a>' in section
    assert f'href="{path_of(practices_page)}?theme=nightlife"' in section
