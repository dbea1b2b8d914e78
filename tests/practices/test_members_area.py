"""A member authority's practices in the members' area: writing, saving drafts, translating,
attaching files, previewing and submitting, and who may do it."""

import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model

from members.factories import MemberAccountFactory, MemberAuthorityFactory
from members.models import MemberAuthority
from pages.factories import ImageFactory
from pages.models import SiteImage
from practices import account_views
from practices.attachments import FILES_COLLECTION, IMAGES_COLLECTION
from practices.factories import PracticeFactory, PracticeLibraryPageFactory
from practices.models import SECTIONS, Practice, PracticeImage, Stage
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.practices.conftest import practice_path
from themes.factories import ThemeFactory

pytestmark = pytest.mark.django_db

COMPLETE = {
    "title": "Night mediation in the old town",
    "summary": "Mediators walk the streets at night.",
    "problem": "Noise and fights near the bars.",
    "objectives": "Calmer nights for residents.",
    "actions": "Twelve mediators, five nights a week.",
    "results": "Complaints fell by a third.",
}


def url(name: str, in_language: str = "en", **kwargs) -> str:
    with translation.override(in_language):
        return reverse(f"practices:{name}", kwargs=kwargs)


def html_of(response) -> str:
    return response.content.decode()


def form_data(**fields) -> dict:
    """What the practice's form sends: its facts, then its original text."""
    return {
        "original_language": "en",
        "status": "running",
        "access": "public",
        "started_in": "2019",
        **fields,
    }


def text_of(html: str) -> str:
    """The page's words, without tags, on one line."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def lyon(site_tree):
    return MemberAuthority.objects.get(name="Lyon")


@pytest.fixture
def member(lyon):
    return MemberAccountFactory(
        authority=lyon, user__first_name="Ana", user__last_name="Martin", language="fr"
    )


@pytest.fixture
def colleague(lyon):
    return MemberAccountFactory(authority=lyon, user__first_name="Paul")


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


@pytest.fixture
def draft(member):
    """A draft of Lyon's with every required section, never published."""
    practice = PracticeFactory(authority=member.authority, live=False)
    practice.save_revision(user=member.user)
    return Practice.objects.get(pk=practice.pk)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def written(practice) -> Practice:
    """What its authors last saved."""
    return Practice.objects.get(pk=practice.pk).get_latest_revision_as_object()


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user("mod", "moderator@efus.eu", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def approve(practice, moderator) -> Practice:
    """Staff approve the practice sent for review: its revision is published."""
    task_state = Practice.objects.get(pk=practice.pk).current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    return Practice.objects.get(pk=practice.pk)


# Writing, saving, previewing, submitting.


def test_a_member_writes_a_draft_with_a_title_only_previews_it_and_submits_it(signed_in, member):
    response = signed_in.post(url("new"), form_data(title="Night mediation"))
    practice = Practice.objects.get()
    assert response["Location"] == url("edit", pk=practice.pk)
    assert not practice.live
    assert practice.slug == "night-mediation"
    assert practice.authority == member.authority
    assert practice.stage == Stage.DRAFT
    assert "Your draft is saved." in html_of(signed_in.get(response["Location"]))

    signed_in.post(url("edit", pk=practice.pk), form_data(**COMPLETE))
    preview = signed_in.get(url("preview", pk=practice.pk))
    assert "Complaints fell by a third." in html_of(preview)
    paragraph = '<div class="practice__text"><p>Complaints fell by a third.</p></div>'
    assert paragraph in html_of(preview)

    response = signed_in.post(url("submit", pk=practice.pk), follow=True)
    assert Practice.objects.get().stage == Stage.IN_REVIEW
    assert "Your practice is sent for review. Its stage: In review." in html_of(response)


def test_save_and_submit_sends_the_practice_written_in_the_same_form(signed_in):
    signed_in.post(url("new"), form_data(**COMPLETE, submit=""))
    assert Practice.objects.get().stage == Stage.IN_REVIEW


def test_a_submission_missing_sections_says_which_and_loses_nothing(signed_in):
    text = {**COMPLETE, "problem": "", "results": "   "}
    response = signed_in.post(url("new"), form_data(**text, submit=""), follow=True)
    practice = Practice.objects.get()
    assert practice.stage == Stage.DRAFT
    assert (
        "Add these sections before submitting: Problem and context, Results and evaluation"
        in html_of(response)
    )
    assert written(practice).original_text.actions == COMPLETE["actions"]
    assert 'class="notice notice--error" role="alert"' in html_of(response)


def test_a_french_member_is_told_in_french_which_sections_are_missing(signed_in, draft):
    """Needs the catalogues."""
    copy = written(draft)
    text = copy.original_text
    data = form_data(title=text.title, summary=text.summary, objectives="Des nuits calmes")
    signed_in.post(url("edit", "fr", pk=draft.pk), data)
    response = signed_in.post(url("submit", "fr", pk=draft.pk), follow=True)
    page = html_of(response)
    with translation.override("fr"):
        problem, actions = (str(SECTIONS[1].heading), str(SECTIONS[3].heading))
    assert f"Ajoutez ces sections avant de soumettre\u00a0: {problem}" in page
    assert f'<label for="id_actions">{actions}' in page
    assert "Enregistrer le brouillon" in page


def test_the_french_pages_speak_french_with_french_punctuation(signed_in, draft, media):
    """Needs the catalogues."""
    upload(signed_in, draft, "photo.png", png_bytes(), title="Mediators at night")
    page = html_of(signed_in.get(url("translate", "fr", pk=draft.pk, language="de")))
    assert "État\u00a0: <strong>Brouillon</strong>" in page
    assert "Le titre original\u00a0: " in page
    assert "Ce que montrent les images" in page and "Ce que montre l’image 1" in page
    assert 'Dans l’original\u00a0: <span lang="en">Mediators at night</span>' in page
    response = signed_in.post(url("translate", "fr", pk=draft.pk, language="de"), {"title": ""})
    assert '<a href="#id_title">Titre\u00a0: ' in html_of(response)
    edit_page = html_of(signed_in.get(url("edit", "fr", pk=draft.pk)))
    assert "Allemand\u00a0: <a " in edit_page
    assert "Aucune personne à contacter" in edit_page


def test_the_form_shows_each_criterion_with_its_meaning_and_sections_with_their_headings(
    signed_in,
):
    page = html_of(signed_in.get(url("new")))
    assert "Another city or region has adapted it and reports on how it went." in page
    assert '<label for="id_transferred_because">Why it is transferred' in page
    assert '<label for="id_problem">Problem and context' in page
    assert "(needed to submit)" in page
    assert '<option value="">No contact person</option>' in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_html_typed_in_a_section_is_kept_and_shown_as_text(signed_in):
    signed_in.post(url("new"), form_data(title="Safe", summary='<script>alert("x")</script>'))
    practice = Practice.objects.get()
    assert written(practice).original_text.summary == '<script>alert("x")</script>'
    page = html_of(signed_in.get(url("preview", pk=practice.pk)))
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<script>alert("x")' not in page


def test_a_text_over_its_length_and_a_title_on_two_lines_are_refused(signed_in):
    response = signed_in.post(url("new"), form_data(title="One\ntwo", summary="x" * 1501))
    assert response.status_code == 200
    assert not Practice.objects.exists()
    assert "Nothing was saved" in html_of(response)


def test_titles_make_unique_keys(signed_in):
    signed_in.post(url("new"), form_data(title="Médiation de nuit"))
    signed_in.post(url("new"), form_data(title="Médiation de nuit"))
    assert sorted(Practice.objects.values_list("slug", flat=True)) == [
        "mediation-de-nuit",
        "mediation-de-nuit-2",
    ]


def test_the_contact_is_one_of_the_authority_s_people(signed_in, member, colleague):
    stranger = MemberAccountFactory()
    response = signed_in.post(url("new"), form_data(title="T", contact=stranger.pk))
    assert not Practice.objects.exists()
    assert response.status_code == 200
    signed_in.post(url("new"), form_data(title="T", contact=colleague.pk))
    assert Practice.objects.get().contact == colleague


def test_themes_are_chosen_with_boxes_and_kept(signed_in):
    theme = ThemeFactory(slug="nightlife")
    page = html_of(signed_in.get(url("new")))
    assert f'type="checkbox" name="themes" value="{theme.pk}"' in page
    signed_in.post(url("new"), form_data(title="T", themes=[theme.pk]))
    assert list(Practice.objects.get().themes.all()) == [theme]


# Published practices: changes wait for review.


def test_an_edit_of_a_published_practice_leaves_the_public_text_until_approved(signed_in, member):
    practice = PracticeFactory(authority=member.authority, original__summary="As published")
    signed_in.post(url("edit", pk=practice.pk), form_data(**{**COMPLETE, "summary": "New"}))

    practice = Practice.objects.get(pk=practice.pk)
    assert practice.live
    assert practice.original_text.summary == "As published"
    assert practice.stage == Stage.CHANGES_IN_DRAFT
    assert written(practice).original_text.summary == "New"
    assert "New" in html_of(signed_in.get(url("edit", pk=practice.pk)))

    moderator = get_user_model().objects.create_user("mod", "moderator@efus.eu", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    signed_in.post(url("submit", pk=practice.pk))
    practice = Practice.objects.get(pk=practice.pk)
    task_state = practice.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    assert Practice.objects.get(pk=practice.pk).original_text.summary == "New"


def test_a_practice_in_review_cannot_be_changed_until_withdrawn(signed_in, draft, member):
    signed_in.post(url("submit", pk=draft.pk))
    page = html_of(signed_in.get(url("edit", pk=draft.pk)))
    assert "Withdraw from review to change it" in page
    assert 'name="title"' not in page
    signed_in.post(url("edit", pk=draft.pk), form_data(title="Changed"))
    assert written(draft).original_text.title != "Changed"

    response = signed_in.post(url("withdraw", pk=draft.pk), follow=True)
    assert Practice.objects.get(pk=draft.pk).stage == Stage.DRAFT
    assert 'name="title"' in html_of(response)


def test_a_declined_practice_shows_the_reviewer_comment_and_no_form(signed_in, draft, member):
    moderator = get_user_model().objects.create_user("mod", "moderator@efus.eu", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    signed_in.post(url("submit", pk=draft.pk))
    task_state = Practice.objects.get(pk=draft.pk).current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "decline", comment="Off topic.")

    listing = html_of(signed_in.get(url("list")))
    assert "Declined" in listing and "Off topic." in listing
    page = html_of(signed_in.get(url("edit", pk=draft.pk)))
    assert "Off topic." in page and 'name="title"' not in page
    signed_in.post(url("submit", pk=draft.pk))
    assert Practice.objects.get(pk=draft.pk).stage == Stage.DECLINED


def test_the_list_shows_titles_languages_stages_and_the_comment_when_changes_are_asked(
    signed_in, draft, member, site_tree
):
    library = PracticeLibraryPageFactory(parent=site_tree.home)
    published = PracticeFactory(authority=member.authority, original__title="Street lighting")
    moderator = get_user_model().objects.create_user("mod", "moderator@efus.eu", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    signed_in.post(url("submit", pk=draft.pk))
    task_state = Practice.objects.get(pk=draft.pk).current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment="Add a budget.")

    page = html_of(signed_in.get(url("list")))
    assert "Street lighting" in page and str(draft) in page
    assert "Changes requested" in page and "Add a budget." in page
    edit_page = html_of(signed_in.get(url("edit", pk=draft.pk)))  # where the email leads
    assert "The reviewer’s comment" in edit_page and "Add a budget." in edit_page
    assert "Published" in page
    assert library.practice_url(published) in page
    assert url("new") in page and "Share a practice" in page


# Translations.


def test_a_member_adds_a_translation_which_the_preview_shows_in_its_language(signed_in, draft):
    edit_page = html_of(signed_in.get(url("edit", pk=draft.pk)))
    assert url("translate", pk=draft.pk, language="fr") in edit_page
    response = signed_in.post(
        url("translate", pk=draft.pk, language="fr"),
        {"title": "Médiation de nuit", "summary": "Des médiateurs la nuit."},
    )
    assert response.status_code == 302
    assert written(draft).languages == ["en", "fr"]
    assert not Practice.objects.get(pk=draft.pk).texts.filter(language="fr").exists()

    preview = html_of(signed_in.get(url("preview", pk=draft.pk) + "?language=fr"))
    assert '<div class="practice__text" lang="fr"><p>Des médiateurs la nuit.</p></div>' in preview
    assert "Des médiateurs la nuit." in preview
    assert "Français" in html_of(signed_in.get(url("list")))


def test_the_translation_page_shows_the_original_and_removes_a_translation(signed_in, draft):
    page = html_of(signed_in.get(url("translate", pk=draft.pk, language="it")))
    assert written(draft).original_text.problem in page
    signed_in.post(url("translate", pk=draft.pk, language="it"), {"title": "Mediazione"})
    signed_in.post(url("translate", pk=draft.pk, language="it"), {"remove": ""})
    assert written(draft).languages == ["en"]


def test_the_original_language_cannot_take_a_translation_s_place(signed_in, draft):
    signed_in.post(url("translate", pk=draft.pk, language="fr"), {"title": "Médiation"})
    response = signed_in.post(
        url("edit", pk=draft.pk), form_data(title="Night", original_language="fr")
    )
    assert "There is already a translation in this language" in html_of(response)
    signed_in.post(url("edit", pk=draft.pk), form_data(title="Nacht", original_language="de"))
    copy = written(draft)
    assert copy.original_language == "de" and copy.languages == ["fr", "de"]


def test_an_unknown_language_is_not_found(signed_in, draft):
    assert signed_in.get(url("translate", pk=draft.pk, language="xx")).status_code == 404


# What the images show, in each language.


def img_tag(html: str, alt: str) -> str:
    """The ``<img>`` tag described by ``alt``."""
    return re.search(rf'<img [^>]*alt="{re.escape(alt)}"[^>]*>', html)[0]


def input_tag(html: str, name: str) -> str:
    return re.search(rf'<input [^>]*name="{name}"[^>]*>', html)[0]


def test_a_translation_describes_each_image_which_its_page_shows_once_published(
    signed_in, client, member, moderator, site_tree, media
):
    library = PracticeLibraryPageFactory(parent=site_tree.home)
    practice = PracticeFactory(authority=member.authority, live=False)
    practice.save_revision(user=member.user)
    upload(signed_in, practice, "photo.png", png_bytes(), title="Mediators at night")
    image = uploaded_images().get()

    page = html_of(signed_in.get(url("translate", pk=practice.pk, language="fr")))
    assert f'<label for="id_image-{image.pk}">What image 1 shows' in page
    assert 'In the original: <span lang="en">Mediators at night</span>' in page
    signed_in.post(
        url("translate", pk=practice.pk, language="fr"),
        {"title": "Médiation de nuit", f"image-{image.pk}": "Des médiateurs la nuit"},
    )
    page = html_of(signed_in.get(url("translate", pk=practice.pk, language="fr")))
    field = input_tag(page, f"image-{image.pk}")
    assert 'value="Des médiateurs la nuit"' in field and 'lang="fr"' in field
    preview = html_of(signed_in.get(url("preview", pk=practice.pk) + "?language=fr"))
    assert "<h2>Pictures</h2>" in preview  # as on its page
    assert 'lang="fr"' in img_tag(preview, "Des médiateurs la nuit")  # the page is English
    assert '<a href="?language=fr" hreflang="fr" aria-current="true">French</a>' in preview

    signed_in.post(url("submit", pk=practice.pk))
    approve(practice, moderator)
    image.refresh_from_db()
    assert (image.description_en, image.description_fr) == (
        "Mediators at night",
        "Des médiateurs la nuit",
    )
    french = html_of(client.get(practice_path(library, practice, "fr")))
    assert "lang=" not in img_tag(french, "Des médiateurs la nuit")
    german = html_of(client.get(practice_path(library, practice, "de")))
    assert 'lang="en"' in img_tag(german, "Mediators at night")


def test_a_new_description_of_a_published_practice_s_image_waits_for_review(
    signed_in, client, member, moderator, site_tree, media
):
    library = PracticeLibraryPageFactory(parent=site_tree.home)
    practice = PracticeFactory(authority=member.authority)
    image = ImageFactory(description_en="Mediators at night", description_fr="")
    PracticeImage.objects.create(practice=practice, image=image)
    signed_in.post(
        url("translate", pk=practice.pk, language="fr"),
        {"title": "Médiation de nuit", f"image-{image.pk}": "Des médiateurs la nuit"},
    )
    image.refresh_from_db()
    assert image.description_fr == ""
    french = html_of(client.get(practice_path(library, practice, "fr")))
    assert 'lang="en"' in img_tag(french, "Mediators at night")

    signed_in.post(url("submit", pk=practice.pk))
    approve(practice, moderator)
    french = html_of(client.get(practice_path(library, practice, "fr")))
    assert "lang=" not in img_tag(french, "Des médiateurs la nuit")


def test_descriptions_go_with_the_text_of_their_language(signed_in, draft, media):
    upload(signed_in, draft, "photo.png", png_bytes(), title="Mediators at night")
    field = f"image-{uploaded_images().get().pk}"
    translation_url = url("translate", pk=draft.pk, language="fr")
    signed_in.post(translation_url, {"title": "Médiation", field: "Des médiateurs"})
    (item,) = written(draft).images.all()
    assert item.alt_texts == {"en": "Mediators at night", "fr": "Des médiateurs"}
    signed_in.post(translation_url, {"remove": ""})
    (item,) = written(draft).images.all()
    assert item.alt_texts == {"en": "Mediators at night", "fr": ""}

    # The original's are written beside it, and follow it into another language.
    page = html_of(signed_in.get(url("edit", pk=draft.pk)))
    assert 'value="Mediators at night"' in input_tag(page, field)
    assert 'lang="en"' in input_tag(page, field)
    title = written(draft).original_text.title
    signed_in.post(url("edit", pk=draft.pk), form_data(title=title, original_language="de"))
    (item,) = written(draft).images.all()
    assert (item.alt_text("de"), item.alt_text("en")) == ("Mediators at night", "")
    data = form_data(title=title, original_language="de", **{field: "Nachtmediatoren"})
    signed_in.post(url("edit", pk=draft.pk), data)
    (item,) = written(draft).images.all()
    assert item.alt_text("de") == "Nachtmediatoren"


# Who may.


def test_a_colleague_of_the_same_authority_sees_and_edits_the_draft(client, draft, colleague):
    client.force_login(colleague.user)
    assert str(draft) in html_of(client.get(url("list")))
    assert client.get(url("edit", pk=draft.pk)).status_code == 200
    assert client.get(url("preview", pk=draft.pk)).status_code == 200


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("edit", "get"),
        ("preview", "get"),
        ("files", "get"),
        ("submit", "post"),
        ("withdraw", "post"),
    ],
)
def test_a_member_of_another_authority_gets_not_found(client, draft, name, method):
    other = MemberAccountFactory(authority=MemberAuthorityFactory(name="Bologna"))
    client.force_login(other.user)
    assert getattr(client, method)(url(name, pk=draft.pk)).status_code == 404
    assert str(draft) not in html_of(client.get(url("list")))


def test_a_former_authority_s_member_is_refused_with_an_explanation(client, draft, member):
    member.authority.status = MemberAuthority.Status.FORMER
    member.authority.save()
    client.force_login(member.user)
    for response in (
        client.get(url("list")),
        client.get(url("edit", pk=draft.pk)),
        client.post(url("new"), form_data(title="T")),
        client.post(url("submit", pk=draft.pk)),
    ):
        assert response.status_code == 403
        assert "has ended, so you can no longer share its practices" in html_of(response)
    assert Practice.objects.get(pk=draft.pk).stage == Stage.DRAFT
    assert Practice.objects.count() == 1


def test_a_person_without_a_member_account_is_refused(client, site_tree):
    user = get_user_model().objects.create_user("someone", "someone@example.org", "pw")
    client.force_login(user)
    response = client.get(url("new"))
    assert response.status_code == 403
    assert "your account is not linked to one" in html_of(response)


def test_anonymous_visitors_are_sent_to_sign_in(client, draft):
    for response in (client.get(url("list")), client.post(url("submit", pk=draft.pk))):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_the_pages_are_private_never_cached_and_not_indexed(signed_in, draft):
    response = signed_in.get(url("preview", pk=draft.pk))
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html_of(response)


# Attachments.


def upload(signed_in, practice, name, content, title="A file", language=""):
    file = SimpleUploadedFile(name, content)
    return signed_in.post(
        url("files", pk=practice.pk), {"file": file, "title": title, "language": language}
    )


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content",
    [b"<!DOCTYPE html><html><script>alert(1)</script></html>", b"MZ\x90\x00" + b"\x00" * 200],
    ids=["html", "program"],
)
def test_a_file_named_pdf_that_is_not_one_is_refused(signed_in, draft, media, content):
    response = upload(signed_in, draft, "report.pdf", content)
    assert response.status_code == 200
    assert "whatever its name says" in html_of(response)
    assert not get_document_model().objects.exists()
    assert written(draft).files.count() == 0


def test_a_file_over_the_size_limit_is_refused(signed_in, draft, media, settings):
    settings.PRACTICE_UPLOAD_MAX_BYTES = 1024 * 1024
    response = upload(signed_in, draft, "big.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024))
    assert "larger than 1 MB" in html_of(response)


def test_an_image_becomes_a_site_image_with_renditions(signed_in, draft, media):
    response = upload(signed_in, draft, "photo.jpeg", png_bytes(), title="Mediators at night")
    assert response.status_code == 302
    image = SiteImage.objects.get(collection__name=IMAGES_COLLECTION)
    assert image.file.name.endswith(".png")  # named for what it is
    assert (image.width, image.height) == (640, 480)
    assert image.description_en == "Mediators at night"
    assert [item.image_id for item in written(draft).images.all()] == [image.pk]
    page = html_of(signed_in.get(url("files", pk=draft.pk)))
    assert "fill-160x120" in page
    assert image.renditions.exists()
    assert "Changes to a published practice" not in page  # a draft is not published


def test_a_document_goes_to_the_restricted_collection_and_not_to_wagtail_s_url(
    signed_in, client, draft, media
):
    upload(signed_in, draft, "guide.docx", docx_bytes(), title="Guide", language="en")
    document = get_document_model().objects.get()
    assert document.collection.name == FILES_COLLECTION
    assert document.file.name.endswith(".docx")
    (attached,) = written(draft).files.all()
    assert (attached.document_id, attached.language) == (document.pk, "en")
    assert signed_in.get(document.url).status_code == 404
    client.logout()
    assert client.get(document.url)["Location"].startswith(reverse("account_login"))


def test_a_member_removes_an_attachment(signed_in, draft, media):
    upload(signed_in, draft, "guide.pdf", b"%PDF-1.4\n%%EOF\n", title="Guide")
    document = get_document_model().objects.get()
    response = signed_in.post(url("remove_file", pk=draft.pk, kind="document", file_id=document.pk))
    assert response.status_code == 302
    assert written(draft).files.count() == 0
    missing = url("remove_file", pk=draft.pk, kind="document", file_id=document.pk)
    assert signed_in.post(missing).status_code == 404
    assert signed_in.post(missing.replace("document", "program")).status_code == 404


def stored(file) -> bool:
    return default_storage.exists(file.name)


def uploaded_images():
    return SiteImage.objects.filter(collection__name=IMAGES_COLLECTION)


def test_removed_attachments_of_a_draft_are_deleted_with_their_files(
    signed_in, draft, media, django_capture_on_commit_callbacks
):
    upload(signed_in, draft, "photo.png", png_bytes(), title="Mediators at night")
    upload(signed_in, draft, "guide.pdf", b"%PDF-1.4\n%%EOF\n", title="Guide")
    image, document = uploaded_images().get(), get_document_model().objects.get()
    signed_in.get(url("files", pk=draft.pk))  # draws the image's thumbnail
    files = [image.file, document.file, *(r.file for r in image.renditions.all())]
    assert len(files) == 3 and all(map(stored, files))

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(url("remove_file", pk=draft.pk, kind="image", file_id=image.pk))
        response = signed_in.post(
            url("remove_file", pk=draft.pk, kind="document", file_id=document.pk), follow=True
        )

    assert "The file is removed from the practice." in html_of(response)
    assert "No image yet." in html_of(response) and "No document yet." in html_of(response)
    assert not uploaded_images().exists() and not get_document_model().objects.exists()
    assert not any(map(stored, files))
    # The revisions that showed them are read without them.
    for revision in Practice.objects.get(pk=draft.pk).revisions.all():
        revision.as_object()


def test_an_attachment_removed_from_a_published_practice_is_deleted_once_the_change_is(
    signed_in, client, member, moderator, site_tree, media, django_capture_on_commit_callbacks
):
    library = PracticeLibraryPageFactory(parent=site_tree.home)
    practice = PracticeFactory(authority=member.authority, live=False)
    practice.save_revision(user=member.user)
    upload(signed_in, practice, "photo.png", png_bytes(), title="Mediators at night")
    upload(signed_in, practice, "guide.pdf", b"%PDF-1.4\n%%EOF\n", title="Guide")
    signed_in.post(url("submit", pk=practice.pk))
    approve(practice, moderator)
    image, document = uploaded_images().get(), get_document_model().objects.get()
    public = practice_path(library, practice)

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(url("remove_file", pk=practice.pk, kind="image", file_id=image.pk))
        signed_in.post(url("remove_file", pk=practice.pk, kind="document", file_id=document.pk))
    assert SiteImage.objects.filter(pk=image.pk).exists() and stored(image.file)
    assert stored(document.file)
    page = html_of(client.get(public))
    assert 'alt="Mediators at night"' in page and "Guide" in page
    assert written(practice).images.count() == 0

    signed_in.post(url("submit", pk=practice.pk))
    with django_capture_on_commit_callbacks(execute=True):
        approve(practice, moderator)
    assert not uploaded_images().exists() and not get_document_model().objects.exists()
    assert not stored(image.file) and not stored(document.file)
    page = html_of(client.get(public))
    assert "Mediators at night" not in page and "Guide" not in page


def test_a_practice_staff_delete_takes_its_images_and_documents_with_it(
    signed_in, admin_client, member, moderator, media, django_capture_on_commit_callbacks
):
    practice = PracticeFactory(authority=member.authority, live=False)
    practice.save_revision(user=member.user)
    upload(signed_in, practice, "photo.png", png_bytes(), title="Mediators at night")
    upload(signed_in, practice, "guide.pdf", b"%PDF-1.4\n%%EOF\n", title="Guide")
    signed_in.post(url("submit", pk=practice.pk))
    approve(practice, moderator)  # shown by its live rows
    upload(signed_in, practice, "annex.pdf", b"%PDF-1.4\n%%EOF\n", title="Annex")  # a draft's
    image, documents = uploaded_images().get(), list(get_document_model().objects.all())
    signed_in.get(url("files", pk=practice.pk))  # draws the image's thumbnail
    files = [image.file, *(d.file for d in documents), *(r.file for r in image.renditions.all())]
    assert len(files) == 4 and all(map(stored, files))

    delete = reverse("wagtailsnippets_practices_practice:delete", args=[practice.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(delete)

    assert response.status_code == 302
    assert not Practice.objects.filter(pk=practice.pk).exists()
    assert not uploaded_images().exists() and not get_document_model().objects.exists()
    assert not any(map(stored, files))


@pytest.mark.parametrize("version", ["live", "draft"])
def test_a_removed_image_another_practice_shows_is_kept(signed_in, draft, member, media, version):
    upload(signed_in, draft, "photo.png", png_bytes(), title="Mediators at night")
    image = uploaded_images().get()
    other = PracticeFactory(live=version == "live")  # staff chose the image for it
    if version == "live":
        PracticeImage.objects.create(practice=other, image=image)
    else:
        other.images = [PracticeImage(image=image)]
        other.save_revision()
    signed_in.post(url("remove_file", pk=draft.pk, kind="image", file_id=image.pk))
    assert written(draft).images.count() == 0
    assert SiteImage.objects.filter(pk=image.pk).exists()


def test_a_file_added_to_a_published_practice_waits_for_review(signed_in, member, media):
    practice = PracticeFactory(authority=member.authority)
    response = upload(signed_in, practice, "photo.png", png_bytes(), title="Photo")
    assert not Practice.objects.get(pk=practice.pk).images.exists()
    assert written(practice).images.count() == 1
    page = html_of(signed_in.get(response["Location"]))
    assert "Changes to a published practice, its files included, are shown once" in page


def test_uploads_are_rate_limited_per_person(signed_in, draft, media, monkeypatch):
    monkeypatch.setitem(account_views.RATES, "upload", "1/h")
    upload(signed_in, draft, "a.pdf", b"%PDF-1.4\n%%EOF\n")
    response = upload(signed_in, draft, "b.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 429
    assert get_document_model().objects.count() == 1


# The members' area's home.


def test_the_members_area_home_shows_the_authority_s_practices_and_those_near_it(
    signed_in, draft, member, site_tree
):
    PracticeLibraryPageFactory(parent=site_tree.home)
    theme = ThemeFactory(slug="nightlife")
    draft.themes.add(theme)
    draft.save()
    french = PracticeFactory(authority=MemberAuthorityFactory(country="FR", name="Nantes"))
    on_theme = PracticeFactory(authority=MemberAuthorityFactory(country="IT", name="Bologna"))
    on_theme.themes.add(theme)
    on_theme.save()
    elsewhere = PracticeFactory(authority=MemberAuthorityFactory(country="DE", name="Berlin"))
    unpublished = PracticeFactory(
        authority=MemberAuthorityFactory(country="FR", name="Lille"), live=False
    )

    page = html_of(signed_in.get(reverse("account_home")))
    assert "Your authority's practices" in page
    assert str(draft) in page and "Draft" in page
    assert "Practices from your country or on your themes" in page
    for shown in (french, on_theme):
        assert str(shown) in page
    for hidden in (elsewhere, unpublished):
        assert str(hidden) not in page
    assert url("new") in page


def home_queries(client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("account_home")).status_code == 200
    return [query["sql"][:120] for query in queries]


def test_the_members_area_home_asks_as_many_queries_however_many_practices(
    signed_in, draft, member, site_tree
):
    PracticeLibraryPageFactory(parent=site_tree.home)
    PracticeFactory(authority=MemberAuthorityFactory(country="FR", name="Nantes"))
    home_queries(signed_in)  # the page cache's fragments are drawn
    few = home_queries(signed_in)
    for number in range(4):
        own = PracticeFactory(authority=member.authority, live=False)
        own.save_revision(user=member.user)
        PracticeFactory(authority=MemberAuthorityFactory(country="FR", name=f"Town {number}"))
    home_queries(signed_in)  # saving practices emptied the page cache
    assert home_queries(signed_in) == few


# Valid HTML.


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def test_every_practice_page_of_the_members_area_is_valid_html(
    signed_in, client, draft, member, site_tree, media, tmp_path
):
    PracticeLibraryPageFactory(parent=site_tree.home)
    ThemeFactory(slug="nightlife")
    upload(signed_in, draft, "photo.png", png_bytes(), title="Photo")
    upload(signed_in, draft, "guide.pdf", b"%PDF-1.4\n%%EOF\n", title="Guide", language="en")
    signed_in.post(url("translate", pk=draft.pk, language="fr"), {"title": "Médiation"})
    answers = {
        "home": signed_in.get(reverse("account_home")),
        "list": signed_in.get(url("list")),
        "new": signed_in.get(url("new", "fr")),
        "new-errors": signed_in.post(url("new"), form_data(title="", ended_in="1990")),
        "edit": signed_in.get(url("edit", pk=draft.pk)),
        "translate": signed_in.get(url("translate", pk=draft.pk, language="fr")),
        "files": signed_in.get(url("files", pk=draft.pk)),
        "files-errors": upload(signed_in, draft, "x.pdf", b"<html></html>"),
        "preview": signed_in.get(url("preview", pk=draft.pk) + "?language=fr"),
    }
    signed_in.post(url("submit", pk=draft.pk))
    answers["in-review"] = signed_in.get(url("edit", pk=draft.pk))
    member.authority.status = MemberAuthority.Status.FORMER
    member.authority.save()
    answers["refused"] = signed_in.get(url("list"))

    files = []
    for name, response in answers.items():
        assert response.status_code in (200, 403), name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))
