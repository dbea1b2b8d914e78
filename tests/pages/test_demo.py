import io
import logging

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page, Site

from members.management.commands import demo_accounts
from pages.management.commands import demo_admin, runserver, setup_demo
from pages.models import AboutPage, HomePage, SiteImage, TeamPage


def test_load_demo_builds_the_site_in_six_languages_and_is_idempotent(client, demo_content):
    first_count = Page.objects.count()
    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo", stdout=out, stderr=err)
    assert Page.objects.count() == first_count
    count = HomePage.objects.get().get_descendants(inclusive=True).count()
    assert out.getvalue() == f"Loading the demo content…\nDemo site ready: {count} pages.\n"
    steps = len(settings.DEMO_CONTENT_BUILDERS) + 2  # the site, each builder, the admin search
    assert f" {steps}/{steps} " in err.getvalue()
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
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert AboutPage.objects.get().title_en == "Edited by staff"
    assert out.getvalue() == "Demo content already loaded.\n"


def test_load_demo_keeps_the_pages_log_out_of_the_console_unless_asked(demo_content, caplog):
    """Wagtail logs each page it creates, edits or publishes; only --verbosity 2 shows that."""
    AboutPage.objects.get().delete()  # so that the rerun creates and publishes a page
    caplog.set_level(logging.INFO)
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    assert AboutPage.objects.exists()
    assert [r for r in caplog.records if r.levelno < logging.WARNING] == []
    assert logging.root.manager.disable == logging.NOTSET  # only for the command's duration

    AboutPage.objects.get().delete()
    call_command("load_demo", verbosity=2, stdout=io.StringIO(), stderr=io.StringIO())
    assert any(r.name == "wagtail" and "Page created" in r.getMessage() for r in caplog.records)


@pytest.fixture
def password_files(tmp_path, monkeypatch):
    monkeypatch.setattr(demo_admin, "PASSWORD_FILE", tmp_path / "admin-password.txt")
    monkeypatch.setattr(demo_accounts, "PASSWORD_FILE", tmp_path / "member-password.txt")
    return demo_admin.PASSWORD_FILE, demo_accounts.PASSWORD_FILE


def test_setup_demo_says_what_it_does_then_gathers_the_address_and_sign_ins(
    demo_content, password_files
):
    out, err = io.StringIO(), io.StringIO()
    call_command("setup_demo", stdout=out, stderr=err)
    admin_password, member_password = (path.read_text().strip() for path in password_files)
    base = settings.WAGTAILADMIN_BASE_URL
    lines = out.getvalue().splitlines()

    assert lines[:4] == [
        "Preparing the database…",  # no line per migration, nor the page columns' SQL
        "Demo content already loaded.",
        "",
        f"The demo site: {base}/",
    ]
    assert lines[4] == f"  Admin    {base}/admin/  user: admin  password: {admin_password}"
    assert lines[5] == f"  Members  {base}/en/account/login/  password: {member_password}"
    assert len(lines) == 10 and lines[9] == ""
    assert "camille.moreau@example.org" in lines[6]
    assert lines[6].endswith(", member, contact of the authority")
    assert lines[7].endswith(", member")
    assert lines[8].endswith("former member, no access")
    assert err.getvalue() == ""


def test_make_run_ends_its_console_with_the_address_and_sign_ins(
    demo_content, password_files, tmp_path, monkeypatch
):
    """`make run` keeps them for the development server, which prints them below its banner."""
    monkeypatch.setattr(setup_demo, "SIGN_INS_FILE", tmp_path / "sign-ins.txt")
    monkeypatch.setattr(runserver, "SIGN_INS_FILE", tmp_path / "sign-ins.txt")
    setup_out = io.StringIO()
    call_command("setup_demo", keep_sign_ins=True, stdout=setup_out)
    server_out = io.StringIO()
    server = runserver.Command(stdout=server_out)
    server.addr, server._raw_ipv6 = "127.0.0.1", False
    server.on_bind("8000")
    console = server_out.getvalue()
    admin_password = password_files[0].read_text().strip()

    assert "password" not in setup_out.getvalue()
    assert console.index("Quit the server") < console.index("The demo site:")
    assert console.rstrip().splitlines()[-1].endswith("former member, no access")
    assert f"user: admin  password: {admin_password}" in console


def test_the_demo_team_page_needs_no_notice_in_any_language(client, demo_content):
    team = TeamPage.objects.get()
    for code in ("en", "fr", "de", "it", "es", "pt"):
        assert team.is_translated(code), code
    spanish = client.get(team.url_in("es").removeprefix("http://localhost"))
    assert spanish.status_code == 200
    assert 'class="notice"' not in spanish.content.decode()
    footer = client.get("/es/").content.decode()
    assert '<h2 id="footer-contact">Foro Europeo para la Seguridad Urbana</h2>' in footer
