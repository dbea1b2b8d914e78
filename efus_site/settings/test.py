import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
if os.environ.get("TEST_DATABASE_URL"):
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(os.environ["TEST_DATABASE_URL"])}
# A test database is thrown away: its commits need not wait for the disk. Nor need the
# at-scale tests' large queries be compiled by a server built with JIT (the suite's results
# are the same; only the time spent differs).
DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off -c jit=off"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}

# Tasks run at once, inside the request; the tests of the background worker use the database
# backend of the other environments themselves.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The worker delivers into django.core.mail.outbox, the test mailbox.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Tests that exercise the page cache turn it on themselves.
CACHE_MIDDLEWARE_SECONDS = 0
