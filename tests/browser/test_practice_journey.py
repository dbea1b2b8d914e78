"""A member shares a practice from the members' area on a phone: writes a draft, is told
what is missing before review, completes it and sends it; a French member writes one in
French with an image and a PDF, previews and submits it, then translates it into English
once published, every label and message in French; axe-core finds no WCAG violation on the
way."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from PIL import Image
from playwright.sync_api import expect

from members.factories import MemberAccountFactory, UserFactory
from members.models import MemberAuthority
from practices.models import Practice, Stage
from tests.browser.steps import sign_in_as_member
from tests.browser.test_accessibility import AXE, axe_violations, describe

PHONE = {"width": 390, "height": 844}
TITLE_FR = "Médiation de nuit dans le Vieux-Lyon"
IMAGE_FR = "Deux médiateurs parlent avec des passants, la nuit"
IMAGE_EN = "Two mediators talk with passers-by at night"


@pytest.fixture
def member(demo_site):
    authority = MemberAuthority.objects.active().order_by("name").first()
    return MemberAccountFactory(authority=authority, user__email="ana@city.example.org")


def no_violations(page) -> None:
    if AXE.exists():
        violations = axe_violations(page)
        assert not violations, describe(page.url, violations)


def test_a_member_shares_a_practice_from_a_phone(browser, demo_site, member):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(demo_site + "/en/account/login/")
        sign_in_as_member(page, member.user.email, UserFactory.PASSWORD)
        page.get_by_role("link", name="Share a practice").first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Share a practice")
        no_violations(page)

        page.get_by_label("Title").fill("Night mediation in the old town")
        page.get_by_label("Summary").fill("Mediators walk the streets at night.")
        page.get_by_role("radio", name="Members only").check()
        page.get_by_role("button", name="Save draft").click()
        expect(page.get_by_role("status")).to_contain_text("Your draft is saved.")

        page.get_by_role("button", name="Save and submit for review").click()
        expect(page.get_by_role("alert")).to_contain_text(
            "Add these sections before submitting: Problem and context, Objectives, "
            "What was done, Results and evaluation"
        )
        no_violations(page)

        page.get_by_label("Problem and context").fill("Noise and fights near the bars.")
        page.get_by_label("Objectives").fill("Calmer nights.")
        page.get_by_label("What was done").fill("Twelve mediators.")
        page.get_by_label("Results and evaluation").fill("A third fewer complaints.")
        page.get_by_role("checkbox", name="Described").check()
        page.get_by_role("button", name="Save and submit for review").click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Your authority's practices")
        sent = page.get_by_role("status").filter(has_text="Its stage: In review.")
        expect(sent).to_be_visible()
        no_violations(page)
        practice = Practice.objects.get(texts__title="Night mediation in the old town")
        assert practice.stage == Stage.IN_REVIEW
        assert practice.is_members_only
    finally:
        context.close()


@pytest.fixture
def french_member(demo_site):
    authority = MemberAuthority.objects.active().filter(country="FR").order_by("name").first()
    return MemberAccountFactory(
        authority=authority, user__email="camille@ville.example.org", language="fr"
    )


def png_file(name: str) -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "navy").save(buffer, "PNG")
    return {"name": name, "mimeType": "image/png", "buffer": buffer.getvalue()}


def pdf_file(name: str) -> dict:
    return {"name": name, "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}


def approve(practice: Practice) -> None:
    """The Efus team approves the practice sent for review."""
    reviewer = get_user_model().objects.create_user("reviewer", "reviewer@efus.eu", "pw")
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    task_state = Practice.objects.get(pk=practice.pk).current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")


def write_in_french(page) -> None:
    """Write the practice's text in the form the page shows, and save it as a draft."""
    page.get_by_label("Titre", exact=True).fill(TITLE_FR)
    page.get_by_label("Résumé").fill("Des médiateurs parcourent les rues la nuit.")
    page.get_by_label("Problème et contexte").fill("Du bruit et des bagarres près des bars.")
    page.get_by_label("Objectifs").fill("Des nuits plus calmes pour les habitants.")
    page.get_by_label("Ce qui a été fait").fill("Douze médiateurs, cinq nuits par semaine.")
    page.get_by_label("Résultats et évaluation").fill("Un tiers de plaintes en moins.")
    page.get_by_role("checkbox", name="Décrite").check()
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.get_by_role("status")).to_contain_text("Votre brouillon est enregistré.")


def attach_in_french(page) -> None:
    """Add an image, described in French, and a PDF in French."""
    page.get_by_role("link", name="Images et documents").click()
    expect(page.get_by_role("heading", level=2, name="Images", exact=True)).to_be_visible()
    expect(page.get_by_text("Aucune image pour l’instant.")).to_be_visible()
    page.get_by_label("Fichier").set_input_files(png_file("mediateurs.png"))
    page.get_by_label("Titre, ou ce que montre l’image").fill(IMAGE_FR)
    page.get_by_role("button", name="Ajouter le fichier").click()
    expect(page.get_by_role("status")).to_contain_text("Le fichier est ajouté.")
    expect(page.get_by_role("img", name=IMAGE_FR)).to_be_visible()

    page.get_by_label("Fichier").set_input_files(pdf_file("evaluation.pdf"))
    page.get_by_label("Titre, ou ce que montre l’image").fill("Rapport d’évaluation")
    page.get_by_label("Langue du document").select_option(label="Français")
    page.get_by_role("button", name="Ajouter le fichier").click()
    expect(page.get_by_role("status")).to_contain_text("Le fichier est ajouté.")
    expect(page.get_by_text("Rapport d’évaluation (français)")).to_be_visible()
    expect(
        page.get_by_role("button", name=re.compile(r"Retirer\s*:\s*Rapport d’évaluation"))
    ).to_be_visible()


def test_a_french_member_shares_and_translates_a_practice_from_a_phone(
    browser, demo_site, french_member
):
    """Needs the catalogues (the images' descriptions' labels)."""
    context = browser.new_context(viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    try:
        page.goto(demo_site + "/fr/account/login/")
        page.get_by_label("Adresse e-mail").fill(french_member.user.email)
        page.get_by_label("Mot de passe").fill(UserFactory.PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        page.get_by_role("link", name="Partager une pratique").first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Partager une pratique")
        expect(page.get_by_label("Langue originale")).to_have_value("fr")
        write_in_french(page)
        practice = Practice.objects.get(texts__title=TITLE_FR)
        assert practice.original_language == "fr"
        expect(page.get_by_text(re.compile(r"État\s*:\s*Brouillon"))).to_be_visible()
        no_violations(page)

        attach_in_french(page)
        no_violations(page)

        page.get_by_role("link", name="Aperçu").click()
        expect(page.get_by_role("status")).to_contain_text("Un aperçu de la pratique")
        expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_FR)
        expect(page.get_by_role("img", name=IMAGE_FR)).to_be_visible()
        expect(page.get_by_role("heading", name="Documents")).to_be_visible()
        expect(page.get_by_text("Rapport d’évaluation")).to_be_visible()
        no_violations(page)
        page.get_by_role("button", name="Soumettre pour examen").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Les pratiques de votre collectivité"
        )
        expect(page.get_by_role("status")).to_contain_text("Son état")
        expect(page.get_by_role("status")).to_contain_text("En cours d’examen")
        assert Practice.objects.get(pk=practice.pk).stage == Stage.IN_REVIEW

        approve(practice)
        page.reload()
        entry = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=TITLE_FR))
        expect(entry.get_by_text("Publiée", exact=True)).to_be_visible()
        page.get_by_role("link", name=re.compile(f"Modifier\\s*:\\s*{TITLE_FR}")).click()
        page.get_by_role("link", name="Ajouter une traduction (anglais)").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Traduction")
        expect(page.get_by_role("heading", level=1)).to_contain_text("Anglais")
        expect(page.get_by_text(IMAGE_FR)).to_be_visible()  # the original's description
        page.get_by_label("Titre", exact=True).fill("Night mediation in Old Lyon")
        page.get_by_label("Résumé").fill("Mediators walk the streets at night.")
        page.get_by_label("Ce que montre l’image 1").fill(IMAGE_EN)
        no_violations(page)
        page.get_by_role("button", name="Enregistrer la traduction").click()
        expect(page.get_by_role("status")).to_contain_text("La traduction est enregistrée.")
        expect(
            page.get_by_text("Publiée, avec des modifications pas encore examinées")
        ).to_be_visible()

        page.get_by_role("link", name="Aperçu").click()
        page.get_by_role("link", name="Anglais", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Night mediation in Old Lyon")
        english_image = page.get_by_role("img", name=IMAGE_EN)
        expect(english_image).to_have_attribute("lang", "en")  # on a page in French
        no_violations(page)
        page.get_by_role("button", name="Soumettre pour examen").click()
        expect(page.get_by_role("status")).to_contain_text("En cours d’examen")
        copy = Practice.objects.get(pk=practice.pk).get_latest_revision_as_object()
        assert copy.languages == ["en", "fr"]
        (image,) = copy.images.all()
        assert image.alt_texts == {"fr": IMAGE_FR, "en": IMAGE_EN}
    finally:
        context.close()
