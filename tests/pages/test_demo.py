from django.core.management import call_command
from wagtail.models import Page, Site

from pages.models import AboutPage, HomePage, SiteImage, TeamPage


def test_load_demo_builds_the_site_in_six_languages_and_is_idempotent(client, demo_content):
    first_count = Page.objects.count()
    call_command("load_demo")
    assert Page.objects.count() == first_count
    assert HomePage.objects.count() == 1
    assert SiteImage.objects.filter(title="City skyline at dusk").count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage

    about = AboutPage.objects.get()
    for code in ("en", "fr", "de", "it", "es", "pt"):
        assert getattr(about, f"title_{code}")
        assert getattr(about, f"slug_{code}")
        assert getattr(about, f"intro_{code}")
    french = client.get("/fr/" + about.slug_fr + "/")
    assert french.status_code == 200
    assert about.title_fr in french.content.decode()
    assert client.get("/en/about/governance/").status_code == 200
    assert client.get("/en/about/international/").status_code == 200


def test_load_demo_if_empty_keeps_an_existing_site(demo_content):
    about = AboutPage.objects.get()
    about.title_en = "Edited by staff"
    about.save_revision().publish()
    call_command("load_demo", "--if-empty")
    assert AboutPage.objects.get().title_en == "Edited by staff"


def test_the_demo_team_page_needs_no_notice_in_any_language(client, demo_content):
    team = TeamPage.objects.get()
    for code in ("en", "fr", "de", "it", "es", "pt"):
        assert team.is_translated(code), code
    spanish = client.get(team.url_in("es").removeprefix("http://localhost"))
    assert spanish.status_code == 200
    assert 'class="notice"' not in spanish.content.decode()
    footer = client.get("/es/").content.decode()
    assert '<h2 id="footer-contact">Foro Europeo para la Seguridad Urbana</h2>' in footer
