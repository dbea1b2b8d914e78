import io
import sys
from contextlib import redirect_stdout

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from members.management.commands.demo_accounts import ensure_accounts, sign_in_url, standing
from pages.management.commands.demo_admin import ensure_admin

# Where `--keep-sign-ins` leaves them for the development server (manage.py runserver).
SIGN_INS_FILE = settings.BASE_DIR / "var" / "sign-ins.txt"


class Command(BaseCommand):
    help = (
        "What `make run` does before serving: migrate, load the demo content if the site has "
        "none, make sure the demo admin and member accounts exist, then print the address and "
        "the sign-ins together. --verbosity 2 shows each migration and each page created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-sign-ins",
            action="store_true",
            help="Keep the address and sign-ins in var/ for `manage.py runserver` to print once "
            "it listens, instead of printing them now.",
        )

    def handle(self, *args, verbosity=1, keep_sign_ins=False, **options):
        if verbosity:
            self.stdout.write("Preparing the database…")
        # The streams themselves, for load_demo's progress bar (see there).
        streams = {name: options.get(name) or getattr(sys, name) for name in ("stdout", "stderr")}
        self.migrate(verbosity, streams["stdout"])
        call_command("load_demo", if_empty=True, verbosity=verbosity, **streams)
        admin_password = ensure_admin()
        member_password, people = ensure_accounts()
        sign_ins = self.sign_ins(admin_password, member_password, people)
        if keep_sign_ins:
            SIGN_INS_FILE.write_text(sign_ins)
        elif verbosity:
            self.stdout.write(sign_ins)

    def migrate(self, verbosity: int, stdout) -> None:
        """Migrations print a line each, and adding the translated page columns prints their
        SQL (with print(), whatever the verbosity): kept out of sight unless they fail."""
        if verbosity > 1:
            call_command("migrate", interactive=False, verbosity=verbosity - 1, stdout=stdout)
            return
        printed = io.StringIO()
        try:
            with redirect_stdout(printed):
                call_command("migrate", interactive=False, verbosity=0, stdout=printed)
        except BaseException:
            if printed.getvalue():
                self.stderr.write(printed.getvalue())
            raise

    def sign_ins(self, admin_password: str, member_password: str, people) -> str:
        base = settings.WAGTAILADMIN_BASE_URL
        width = max(len(email) for email, _authority in people)
        lines = [
            "",
            self.style.SUCCESS(f"The demo site: {base}/"),
            f"  Admin    {base}/admin/  user: admin  password: {admin_password}",
            f"  Members  {sign_in_url()}  password: {member_password}",
        ]
        for email, authority in people:
            lines.append(
                f"           {email:{width}}  {authority.name}, {authority.country.name}, "
                f"{standing(email, authority)}"
            )
        return "\n".join(lines) + "\n\n"  # then a blank line
