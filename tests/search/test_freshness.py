"""The search follows the content without a rebuild: publishing, editing, unpublishing,
moving and deleting pages; saving and deleting publications and members."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection

from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from publications.factories import PublicationFactory
from publications.models import Publication
from search.models import SearchEntry
from tests.search.conftest import found_titles, search_path


def found(client, language: str, words: str) -> list[str]:
    return found_titles(client.get(search_path(language), {"q": words}))


def publish_mission(page, text: str) -> None:
    page.mission_fr = f"<p>{text}</p>"
    page.save_revision().publish()


def test_a_page_published_after_a_search_found_nothing_is_found(client, site_tree):
    assert found(client, "fr", "coopération transfrontalière") == []

    publish_mission(site_tree.about, "La coopération transfrontalière entre villes.")

    assert found(client, "fr", "coopération transfrontalière") == [site_tree.about.title_fr]


def test_a_published_page_is_found_with_its_new_text_only(client, site_tree):
    about = site_tree.about

    publish_mission(about, "La coopération transfrontalière entre villes.")
    assert found(client, "fr", "coopération transfrontalière") == [about.title_fr]

    publish_mission(about, "La gouvernance partagée de la sécurité.")
    assert found(client, "fr", "gouvernance partagée") == [about.title_fr]
    assert found(client, "fr", "coopération transfrontalière") == []


def test_an_unpublished_page_is_no_longer_found(client, site_tree):
    publish_mission(site_tree.about, "La coopération transfrontalière entre villes.")
    assert found(client, "fr", "coopération transfrontalière") == [site_tree.about.title_fr]

    site_tree.about.unpublish()

    assert found(client, "fr", "coopération transfrontalière") == []


def test_a_deleted_page_is_no_longer_found(client, site_tree):
    publish_mission(site_tree.about, "La coopération transfrontalière entre villes.")
    governance_id = site_tree.governance.pk
    site_tree.governance.save_revision().publish()
    assert SearchEntry.objects.filter(object_id=governance_id, kind="page").exists()

    site_tree.about.delete()  # with the governance page under it

    assert found(client, "fr", "coopération transfrontalière") == []
    assert not SearchEntry.objects.filter(object_id=governance_id, kind="page").exists()


def test_a_moved_page_is_found_at_its_new_address(client, site_tree):
    governance = site_tree.governance
    governance.save_revision().publish()

    governance.move(site_tree.home, pos="last-child")

    governance.refresh_from_db()
    entry = SearchEntry.objects.get(object_id=governance.pk, kind="page", language="fr")
    assert entry.url == governance.url_in("fr").removeprefix("http://localhost")
    assert "/about" not in entry.url


def test_a_publication_is_found_once_saved_and_no_longer_once_deleted(client, site_tree):
    publication = PublicationFactory(title_fr="Les nuits de Lyon", summary_fr="Un guide.")
    assert found(client, "fr", "nuits") == ["Les nuits de Lyon"]

    publication.title_fr = "Les jours de Lyon"
    publication.save()
    assert found(client, "fr", "nuits") == []
    assert found(client, "fr", "jours") == ["Les jours de Lyon"]

    publication.delete()
    assert found(client, "fr", "jours") == []


def test_publications_follow_the_librarys_new_address(client, site_tree):
    publication = PublicationFactory(title_fr="Les nuits de Lyon")
    library = site_tree.library
    library.slug_fr = "bibliotheque"
    library.save_revision().publish()

    entry = SearchEntry.objects.get(object_id=publication.pk, kind="publication", language="fr")
    assert entry.url == f"/fr/bibliotheque/{publication.slug}/"


def test_a_member_made_former_is_no_longer_found(client, site_tree):
    member = MemberAuthorityFactory(name="Ville de Gent", city="Gent", country="BE")
    assert found(client, "fr", "Gent") == ["Ville de Gent"]

    member.status = MemberAuthority.Status.FORMER
    member.save()
    assert found(client, "fr", "Gent") == []


def test_a_deleted_member_is_no_longer_found(client, site_tree):
    member = MemberAuthorityFactory(name="Ville de Gent", city="Gent", country="BE")
    assert found(client, "fr", "Gent") == ["Ville de Gent"]

    member.delete()

    assert found(client, "fr", "Gent") == []


def test_the_rebuild_command_gives_the_index_the_signals_keep(client, site_tree):
    PublicationFactory(title_fr="Les nuits de Lyon")
    MemberAuthorityFactory(name="Ville de Gent", city="Gent", country="BE")
    for page in site_tree.all_pages():
        page.save_revision().publish()
    kept = sorted(SearchEntry.objects.values_list("kind", "object_id", "language", "title", "url"))

    call_command("rebuild_search_index", stdout=io.StringIO())

    rebuilt = sorted(
        SearchEntry.objects.values_list("kind", "object_id", "language", "title", "url")
    )
    assert rebuilt == kept
    assert len({row[:3] for row in rebuilt}) == len(rebuilt)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_search_made_while_publications_are_reindexed_still_finds_them(
    migrated_data_restored, site_tree, monkeypatch
):
    """Reindexing deletes the entries, then writes them again: another connection sees the
    old entries until the new ones are written, never none."""
    from search import indexing

    PublicationFactory.create_batch(3)
    indexed = SearchEntry.objects.filter(kind="publication").count()
    seen_meanwhile = []
    write = indexing.insert_selected

    def count_from_elsewhere_then_write(select, params):
        def count():
            try:
                seen_meanwhile.append(SearchEntry.objects.filter(kind="publication").count())
            finally:
                connection.close()

        reader = threading.Thread(target=count)
        reader.start()
        reader.join()
        write(select, params)

    monkeypatch.setattr(indexing, "insert_selected", count_from_elsewhere_then_write)
    indexing.reindex(Publication.objects.all())
    assert indexed > 0
    assert seen_meanwhile == [indexed]
