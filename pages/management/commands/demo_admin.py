import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = settings.BASE_DIR / "var" / "admin-password.txt"


def ensure_admin() -> str:
    """The superuser 'admin' exists and signs in with the password kept in var/; returns it."""
    PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
    if not PASSWORD_FILE.exists():
        PASSWORD_FILE.write_text(secrets.token_urlsafe(12))
    password = PASSWORD_FILE.read_text().strip()
    user, _created = get_user_model().objects.get_or_create(
        username="admin", defaults={"email": "admin@example.org"}
    )
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    return password


class Command(BaseCommand):
    help = "Make sure the local superuser 'admin' exists and print how to sign in."

    def handle(self, *args, **options):
        password = ensure_admin()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: admin  password: {password}"
            )
        )
