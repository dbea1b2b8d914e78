from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Page

from members.demo.bulk import create_bulk_members
from members.models import JoinPage, Kind, MemberAuthority, MemberDirectoryPage, NationalForum

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")
FORUM_COUNTRIES = {"DE", "FR", "IT", "ES", "BE", "PT"}


def snapshot() -> dict:
    return {
        "members": dict(MemberAuthority.objects.values_list("slug", "pk")),
        "forums": dict(NationalForum.objects.values_list("country", "pk")),
        "pages": Page.objects.count(),
    }


def test_load_demo_builds_the_members_in_six_languages(demo_content):

    members = MemberAuthority.objects.all()
    assert members.count() == 250
    assert members.values("country").distinct().count() == 16
    assert 235 <= members.active().count() <= 245
    assert set(members.values_list("kind", flat=True)) == {
        Kind.LOCAL,
        Kind.REGIONAL,
        Kind.NATIONAL,
        Kind.NGO,
        Kind.RESEARCH,
    }
    assert members.filter(kind=Kind.LOCAL).count() > 200
    assert not members.filter(latitude=None).exists()
    assert members.exclude(logo=None).count() == 20

    forums = NationalForum.objects.all()
    assert set(forums.values_list("country", flat=True)) == FORUM_COUNTRIES
    for forum in forums:
        for code in LANGUAGES:
            assert getattr(forum, f"name_{code}")
            assert getattr(forum, f"description_{code}").count(".") == 2
    assert forums.get(country="FR").website == "https://ffsu.org"
    in_forum_country = members.active().filter(country__in=FORUM_COUNTRIES)
    assert not in_forum_country.filter(national_forum=None).exists()
    assert not members.exclude(country__in=FORUM_COUNTRIES).exclude(national_forum=None).exists()

    committee = MemberAuthority.objects.executive_committee()
    assert committee.count() == 33
    roles = list(committee.values_list("committee_role", flat=True))
    assert roles.count("president") == 1
    assert roles[0] == "president"
    assert 1 < roles.count("vice_president") < 10
    assert not members.exclude(committee_role="").filter(status="former").exists()
    for member in committee:
        assert member.committee_since >= member.member_since

    for member in members:
        assert 1987 <= member.member_since <= 2025
        assert member.website == f"https://www.example.org/{member.slug}"
        for code in LANGUAGES:
            assert getattr(member, f"description_{code}").strip()

    german = members.filter(country="DE").first()
    assert "Allemagne" in german.description_fr
    assert "Deutschland" in german.description_de
    lyon = members.get(slug="lyon")
    assert lyon.city == "Lyon" and lyon.kind == Kind.LOCAL
    assert abs(float(lyon.latitude) - 45.75) < 0.1 and abs(float(lyon.longitude) - 4.85) < 0.1
    assert "(France)" in lyon.description_en
    antwerp = members.get(slug="antwerp")
    names = [getattr(antwerp, f"city_{code}") for code in LANGUAGES]
    assert names == ["Antwerp", "Anvers", "Antwerpen", "Anversa", "Amberes", "Antuérpia"]
    assert (lyon.city_fr, lyon.city_it) == (None, "Lione")

    directory = MemberDirectoryPage.objects.get()
    join = JoinPage.objects.get()
    assert (directory.slug_en, directory.slug_fr, directory.slug_de) == (
        "members",
        "membres",
        "mitglieder",
    )
    assert (join.title_en, join.slug_fr, join.slug_pt) == ("Join the network", "adherer", "aderir")
    assert directory.live and join.live and directory.show_in_menus and join.show_in_menus
    with translation.override("de"), connection.cursor() as cursor:
        cursor.execute(
            "SELECT slug, url_path FROM wagtailcore_page WHERE id IN (%s, %s) ORDER BY id",
            [directory.pk, join.pk],
        )
        (slug, url_path), (join_slug, join_url_path) = cursor.fetchall()
    assert (slug, join_slug) == ("members", "join")
    assert url_path.endswith("/members/") and join_url_path.endswith("/join/")
    for code in LANGUAGES:
        assert getattr(directory, f"intro_{code}")
        assert getattr(directory, f"search_description_{code}")
        assert "<li>" in getattr(join, f"benefits_{code}")
        assert getattr(join, f"conditions_{code}").startswith("<p>")
        assert getattr(join, f"thank_you_{code}")


def test_loading_the_demo_twice_changes_nothing(demo_content):
    first = snapshot()
    descriptions = dict(MemberAuthority.objects.values_list("slug", "description_it"))
    call_command("load_demo")
    assert snapshot() == first
    assert dict(MemberAuthority.objects.values_list("slug", "description_it")) == descriptions
    assert MemberDirectoryPage.objects.count() == 1
    assert JoinPage.objects.count() == 1


def test_bulk_members_add_thousands_of_rows(demo_content):
    """(The member budgets load twenty thousand.)"""
    assert create_bulk_members(2_000) == 2_000
    bulk = MemberAuthority.objects.filter(slug__startswith="bulk-")
    assert bulk.count() == 2_000
    assert MemberAuthority.objects.count() == 2_250
    assert bulk.values("country").distinct().count() == 16
    assert bulk.values("city").distinct().count() < 300
    assert not bulk.exclude(committee_role="").exists()
    assert not bulk.filter(description_fr__isnull=False).exists()
    assert MemberAuthority.objects.executive_committee().count() == 33

    call_command("load_bulk_members", "--count", "5")
    assert bulk.count() == 2_005
    assert bulk.filter(slug="bulk-2005").exists()
