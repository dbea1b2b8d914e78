"""What a visitor finds: in their language, stemmed in that language, best first, with the
matching words marked, and never an empty translation."""

from members.factories import MemberAuthorityFactory
from publications.factories import PublicationFactory
from publications.models import Publication
from search.models import SearchEntry
from tests.search.conftest import found_titles, search_path


def test_a_french_query_finds_the_plural_of_its_words(client, site_tree):
    PublicationFactory(
        title_fr="Les sécurités urbaines en Europe", summary_fr="Un état des lieux des villes."
    )

    response = client.get(search_path("fr"), {"q": "sécurité urbaine"})

    assert found_titles(response) == ["Les sécurités urbaines en Europe"]
    assert "<mark>sécurités</mark> <mark>urbaines</mark>" in response.content.decode()


def test_a_german_query_is_stemmed_in_german(client, site_tree):
    PublicationFactory(title_de="Die Stadt und ihre Nachtleben", summary_de="Eine Studie.")
    PublicationFactory(title_en="Städte guide", summary_en="Städte is not an English word.")

    in_german = client.get(search_path("de"), {"q": "Städten"})
    in_english = client.get(search_path("en"), {"q": "Städten"})

    assert found_titles(in_german) == ["Die Stadt und ihre Nachtleben"]
    assert found_titles(in_english) == []


def test_an_empty_translation_is_never_indexed(client, site_tree):
    PublicationFactory(title_en="Nightlife safety audit", title_fr="Audit de la vie nocturne")

    assert not SearchEntry.objects.filter(title__icontains="None").exists()
    assert not SearchEntry.objects.filter(language="de", kind="publication").exists()
    assert found_titles(client.get(search_path("de"), {"q": "None"})) == []
    assert found_titles(client.get(search_path("de"), {"q": "Nightlife"})) == []


def test_an_english_only_text_is_not_found_in_french(client, site_tree):
    only_english = PublicationFactory(title_en="Nightlife safety audit", summary_en="A guide.")
    Publication.objects.filter(pk=only_english.pk).update(title_fr="", summary_fr="")
    only_english.save()  # as an editor emptying the French text would

    assert found_titles(client.get(search_path("fr"), {"q": "nightlife safety"})) == []
    assert found_titles(client.get(search_path("en"), {"q": "nightlife safety"})) == [
        "Nightlife safety audit"
    ]


def test_a_title_match_ranks_above_a_summary_match_above_a_body_match(client, site_tree):
    PublicationFactory(title_fr="Rapport annuel", summary_fr="Sur la vidéoprotection.")
    PublicationFactory(title_fr="Guide", summary_fr="Un guide.", authors="Vidéoprotection Lab")
    PublicationFactory(title_fr="La vidéoprotection dans les villes", summary_fr="Un guide.")

    response = client.get(search_path("fr"), {"q": "vidéoprotection"})

    assert found_titles(response) == [
        "La vidéoprotection dans les villes",
        "Rapport annuel",
        "Guide",
    ]


def test_members_are_found_by_city_and_country_in_the_visitors_language(client, site_tree):
    MemberAuthorityFactory(name="Ville de Gent", city="Gent", country="BE", description_de="")

    in_german = client.get(search_path("de"), {"q": "Belgien"})
    in_french = client.get(search_path("fr"), {"q": "Belgique"})

    assert found_titles(in_german) == ["Ville de Gent"]
    assert found_titles(in_french) == ["Ville de Gent"]


def test_a_member_without_a_description_in_a_language_is_found_without_the_english_one(
    client, site_tree
):
    MemberAuthorityFactory(name="Aarhus", description_en="Known for its harbour.")

    assert found_titles(client.get(search_path("en"), {"q": "harbour"})) == ["Aarhus"]
    assert found_titles(client.get(search_path("de"), {"q": "harbour"})) == []


def test_pages_are_found_by_the_text_of_their_body_and_orderables(client, indexed_site):
    commitment = indexed_site.manifesto.commitments.first()
    commitment.text_fr = "Associer les habitants à la coproduction de la sécurité."
    commitment.save()
    indexed_site.manifesto.save_revision().publish()

    response = client.get(search_path("fr"), {"q": "coproduction"})

    assert found_titles(response) == [indexed_site.manifesto.title_fr]
    assert f'href="{indexed_site.manifesto.url_in("fr").removeprefix("http://localhost")}"' in (
        response.content.decode()
    )
