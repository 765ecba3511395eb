"""Accord's one settings module: everything that varies comes from the environment.

SQLite in the data directory by default, so a fresh clone runs at once;
``DATABASE_URL`` for PostgreSQL. DEBUG is off unless asked for.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from accord.core.logs import logging_config
from accord.env import (
    ConfigurationError,
    env_bool,
    env_choice,
    env_int,
    env_int_list,
    env_json_object,
    env_list,
    env_networks,
    env_oidc_providers,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("ACCORD_DATA_DIR", str(BASE_DIR.parent / "data"))).resolve()

DEBUG = env_bool("ACCORD_DEBUG", False)
PRODUCTION = env_bool("ACCORD_PRODUCTION", False)
# Debug pages show settings, source and every request's data to whoever causes an error, and
# debug used to be the way round the secret-key check below: production refuses it outright.
if DEBUG and PRODUCTION:
    raise ConfigurationError(
        "ACCORD_DEBUG=true cannot be used with ACCORD_PRODUCTION=true: debug pages show "
        "secrets to anyone who causes an error. Unset ACCORD_DEBUG (or set it to false)."
    )
# Production must name its own secret; development and tests get a fixed, clearly unsafe one.
_DEV_SECRET = "accord-development-only-not-secret"
SECRET_KEY = env_str("ACCORD_SECRET_KEY", _DEV_SECRET)
if SECRET_KEY == _DEV_SECRET and PRODUCTION:
    raise ConfigurationError("ACCORD_SECRET_KEY must be set when ACCORD_PRODUCTION is true.")

ALLOWED_HOSTS = env_list("ACCORD_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("ACCORD_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rules",
    "crispy_forms",
    "crispy_forms_gds",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "accord.core",
    "accord.queue",
    "accord.caching",
    "accord.accounts",
    "accord.audit",
    "accord.organisations",
    "accord.governance",
    "accord.agreements",
    "accord.approvals",
    "accord.consultations",
    "accord.signing",
    "accord.documents",
    "accord.reports",
    "accord.imports",
    "accord.permissions",
    "accord.home",
    "accord.api",
    "accord.demo",
    "accord.backup",
    "accord.notices",
]

MIDDLEWARE = [
    # Outermost: every request's id, log line and latency (accord/core/observe.py).
    "accord.core.observe.ObserveRequestsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "accord.core.security.SecretLinkMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public pages from the cache (accord/caching/pages.py): above the session, so a page
    # served again skips the work below; below security and static files.
    "accord.caching.pages.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accord.accounts.sessions.SessionActivityMiddleware",
    # Every page needs a login unless its view is declared public with @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Administrators, and whoever has set one up, give their second factor before anything.
    "accord.accounts.second_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accord.core.access.SignInRequiredMiddleware",
    # A refusal no view caught is shown as a page saying what happened (accord.core.errors).
    "accord.core.middleware.AccordErrorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "accord.urls"
WSGI_APPLICATION = "accord.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_RESET_TIMEOUT = env_int("ACCORD_PASSWORD_RESET_SECONDS", 3 * 24 * 3600, minimum=600)

# Sessions end after this long without a request (8 hours by default), whatever the hour.
ACCORD_SESSION_IDLE_MINUTES = env_int("ACCORD_SESSION_IDLE_MINUTES", 8 * 60, minimum=5)
SESSION_COOKIE_AGE = ACCORD_SESSION_IDLE_MINUTES * 60
# Single sign-on providers (OpenID Connect), and whether passwords may still be used.
ACCORD_OIDC_PROVIDERS = env_oidc_providers()
ACCORD_PASSWORD_SIGN_IN = env_bool("ACCORD_PASSWORD_SIGN_IN", True)
if not ACCORD_PASSWORD_SIGN_IN and not ACCORD_OIDC_PROVIDERS:
    raise ConfigurationError(
        "ACCORD_PASSWORD_SIGN_IN=false needs at least one single sign-on provider in "
        "ACCORD_OIDC_PROVIDERS, or nobody could sign in."
    )
# Wrong passwords: how many for one e-mail address, or from one network address, before
# sign-in is locked, and the first lock's length (each further lock doubles it).
ACCORD_SIGNIN_ACCOUNT_LIMIT = env_int("ACCORD_SIGNIN_ACCOUNT_LIMIT", 5, minimum=1)
ACCORD_SIGNIN_ADDRESS_LIMIT = env_int("ACCORD_SIGNIN_ADDRESS_LIMIT", 30, minimum=1)
ACCORD_SIGNIN_LOCK_MINUTES = env_int("ACCORD_SIGNIN_LOCK_MINUTES", 5, minimum=1)
# How many reverse proxies in front of Accord add X-Forwarded-For (0: none, the default).
ACCORD_PROXY_COUNT = env_int("ACCORD_PROXY_COUNT", 0, minimum=0)
OTP_TOTP_ISSUER = env_str("ACCORD_SITE_NAME", "Accord")

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
                "accord.core.context_processors.site",
                "accord.core.context_processors.message_banners",
            ],
        },
    },
]

_default_database = f"sqlite:///{DATA_DIR / 'accord.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(env_str("DATABASE_URL", _default_database))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A fresh clone has no data directory yet; SQLite cannot create the folder itself.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets readers work while a write is under way; IMMEDIATE makes write
    # transactions take the lock at BEGIN, so concurrent writers queue instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # Tests use a file, not memory: live-server tests write from many threads at once, and
    # an in-memory database shared between threads locks whole tables instead of waiting.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-accord.sqlite3")}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's planner assumes by default that a random read costs four sequential
    # ones (spinning disks). Accord's working set is cached or on SSD, where that guess
    # makes it read a whole table (every organisation) to join 100 parties to their
    # organisations: a page would then cost what the register costs. 1.1 is the value
    # PostgreSQL's own documentation suggests for such storage (docs/decisions/0021).
    _random_page_cost = env_str("ACCORD_PG_RANDOM_PAGE_COST", "1.1")
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c random_page_cost={float(_random_page_cost)}"
    )
# Connections are kept between requests: opening one costs more than most pages' queries
# (for SQLite: reading the schema, with its indexes and change triggers, each time).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("ACCORD_DB_CONN_MAX_AGE", 60, minimum=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Only needed for `accord collectstatic`; whitenoise serves from the app folders without it.
# A deployment collects them (nginx serves that folder): then every name carries a hash of
# the file's content, so browsers may keep each file for a year (docs/deploy.md).
STATIC_ROOT = env_str("ACCORD_STATIC_ROOT", "") or None
# The files Accord keeps (issued PDFs, imported documents, cached open-data files) go
# through the "default" storage and nothing else: a folder on this machine unless another
# backend is named (an object store's Django storage, with its options as JSON); the seal
# and the audit key stay local files (docs/deploy.md, docs/decisions/0018).
ACCORD_FILE_STORAGE = env_str("ACCORD_FILE_STORAGE", "django.core.files.storage.FileSystemStorage")
ACCORD_FILE_STORAGE_OPTIONS = env_json_object("ACCORD_FILE_STORAGE_OPTIONS")
STORAGES = {
    "default": {"BACKEND": ACCORD_FILE_STORAGE, "OPTIONS": ACCORD_FILE_STORAGE_OPTIONS},
    "staticfiles": {
        "BACKEND": "accord.core.staticfiles.HashedStaticFiles"
        if STATIC_ROOT
        else "whitenoise.storage.CompressedStaticFilesStorage"
    },
}
# Serve straight from the app folders, so no collectstatic is needed to run.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# The default cache holds public pages (accord/caching): in the database, so every worker
# and every app server shares it with nothing more to run; a page is checked against the
# change log on every hit, so any backend would stay correct (docs/decisions).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "accord_cache",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": env_int("ACCORD_CACHE_MAX_ENTRIES", 20_000, minimum=100)},
    },
    # Graphviz drawings, keyed by their source, kept on disk so every worker shares them.
    "maps": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache" / "maps"),
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
}

# Behind HTTPS (a proxy that sets X-Forwarded-Proto) cookies are secure and HSTS is on.
SECURE = env_bool("ACCORD_HTTPS", False)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE
# What machines read from each app server's own port (health checks, Prometheus) is
# answered over plain HTTP there; nginx never passes /metrics on (deploy/nginx/accord.conf).
SECURE_REDIRECT_EXEMPT = [r"^(healthz|readyz|metrics)$"]
# Whether a request came over HTTPS is read from X-Forwarded-Proto only when this is set:
# only a proxy that overwrites the header (the shipped nginx configuration does) may be
# able to reach the app servers. By default it follows ACCORD_HTTPS, as it always has.
ACCORD_TRUST_X_FORWARDED_PROTO = env_bool("ACCORD_TRUST_X_FORWARDED_PROTO", SECURE)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if ACCORD_TRUST_X_FORWARDED_PROTO else None
)
SECURE_HSTS_SECONDS = env_int("ACCORD_HSTS_SECONDS", 31536000 if SECURE else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CSRF_FAILURE_VIEW = "accord.core.security.csrf_failure"

# Content-Security-Policy: nothing runs or loads unless it comes from Accord itself; no
# inline script or style anywhere, no plugins, no framing. Forms may also go to the
# identity providers (sign-out continues at the provider); see the sign-in settings below.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        # Signing out after single sign-on continues at the provider.
        "form-action": [SELF, *[provider["origin"] for provider in ACCORD_OIDC_PROVIDERS]],
    }
}

ACCORD_SITE_NAME = env_str("ACCORD_SITE_NAME", "Accord")
# The address Accord is reached at, for links in e-mails sent outside a request.
ACCORD_BASE_URL = env_str("ACCORD_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

# E-mail: printed to the console unless an SMTP server is named.
EMAIL_HOST = env_str("ACCORD_EMAIL_HOST", "")
if EMAIL_HOST:
    ACCORD_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("ACCORD_EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("ACCORD_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = env_str("ACCORD_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("ACCORD_EMAIL_TLS", True)
    EMAIL_TIMEOUT = env_int("ACCORD_EMAIL_TIMEOUT", 20, minimum=1)
else:
    ACCORD_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Every e-mail goes through the task queue: written as a task when the change that sends
# it commits, and handed to the backend above by the worker (accord/queue/mail.py).
EMAIL_BACKEND = "accord.queue.mail.QueuedEmailBackend"
DEFAULT_FROM_EMAIL = env_str("ACCORD_EMAIL_FROM", "Accord <accord@localhost>")
ACCORD_PAGE_SIZE = env_int("ACCORD_PAGE_SIZE", 25, minimum=1)
# Public pages served from the cache (always checked against the change log first).
ACCORD_PAGE_CACHE = env_bool("ACCORD_PAGE_CACHE", True)
# Files Accord issues (sealed PDFs) go through Django's default storage; this is its folder.
MEDIA_ROOT = env_str("ACCORD_MEDIA_ROOT", str(DATA_DIR / "files"))
# The seal Accord signs its PDFs with: certificate and key (PEM or DER), or one PKCS#12 file;
# ACCORD_SEAL_CA names the authority that issued it, which the checks trust. With none set, a
# local authority and seal are made on first use under DATA_DIR / "seal".
ACCORD_SEAL_CERT = env_str("ACCORD_SEAL_CERT", "")
ACCORD_SEAL_KEY = env_str("ACCORD_SEAL_KEY", "")
ACCORD_SEAL_KEY_PASSWORD = env_str("ACCORD_SEAL_KEY_PASSWORD", "")
ACCORD_SEAL_PKCS12 = env_str("ACCORD_SEAL_PKCS12", "")
ACCORD_SEAL_PKCS12_PASSWORD = env_str("ACCORD_SEAL_PKCS12_PASSWORD", "")
ACCORD_SEAL_CA = env_str("ACCORD_SEAL_CA", "")
# The audit chain is keyed (HMAC-SHA256) with a key kept outside the database: this file,
# made on first use. Rotating it (`accord audit rotate-key`) keeps the old keys beside it.
ACCORD_AUDIT_KEY_FILE = env_str("ACCORD_AUDIT_KEY_FILE", str(DATA_DIR / "audit" / "key"))
# Importing documents: the largest file accepted, and the most pages read from a PDF.
ACCORD_IMPORT_MAX_BYTES = env_int("ACCORD_IMPORT_MAX_BYTES", 20 * 1024 * 1024, minimum=1024)
ACCORD_IMPORT_MAX_PAGES = env_int("ACCORD_IMPORT_MAX_PAGES", 400, minimum=1)
# Reading an imported file runs in a child process limited in processor seconds (so a busy
# machine does not stop a normal file) and memory (on top of what the worker already uses).
ACCORD_IMPORT_MAX_SECONDS = env_int("ACCORD_IMPORT_MAX_SECONDS", 8, minimum=1)
ACCORD_IMPORT_MAX_MEMORY_MB = env_int("ACCORD_IMPORT_MAX_MEMORY_MB", 384, minimum=16)
# "Check a document" is public: the most bytes, seals, seconds and memory one check may use.
ACCORD_CHECK_MAX_BYTES = env_int("ACCORD_CHECK_MAX_BYTES", 20 * 1024 * 1024, minimum=1024)
ACCORD_CHECK_MAX_SEALS = env_int("ACCORD_CHECK_MAX_SEALS", 100, minimum=1)
ACCORD_CHECK_MAX_SECONDS = env_int("ACCORD_CHECK_MAX_SECONDS", 8, minimum=1)
ACCORD_CHECK_MAX_MEMORY_MB = env_int("ACCORD_CHECK_MAX_MEMORY_MB", 384, minimum=16)

# The licence open data is published under.
ACCORD_DATA_LICENCE_NAME = env_str("ACCORD_DATA_LICENCE_NAME", "Open Government Licence v3.0")
ACCORD_DATA_LICENCE_URL = env_str(
    "ACCORD_DATA_LICENCE_URL",
    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
)

# Sign-up: how long a signing link works, and when `accord remind` writes to pending
# signatories (days before the deadline; negative numbers are days after it).
ACCORD_SIGNING_LINK_DAYS = env_int("ACCORD_SIGNING_LINK_DAYS", 30, minimum=1)
ACCORD_REMINDER_DAYS = env_int_list("ACCORD_REMINDER_DAYS", [14, 7, 1, 0, -1, -7, -14])
# An agreement's term: how many days before a review is due, and before the agreement
# ends, `accord remind` writes to its officers and the owning body's secretaries. The
# officer's dashboard lists reviews and ends coming within the largest of these.
ACCORD_TERM_REMINDER_DAYS = env_int_list("ACCORD_TERM_REMINDER_DAYS", [60, 30, 7, 0])

# Forms render GOV.UK Frontend markup through crispy-forms-gds (docs/decisions/0008).
CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
# Widgets crispy-forms-gds has no GOV.UK class for: they are text boxes like any other.
CRISPY_CLASS_CONVERTERS = {
    "timeinput": "govuk-input",
    "dateinput": "govuk-input",
    "numberinput": "govuk-input",
    "urlinput": "govuk-input",
    "fileinput": "govuk-file-upload",
}

# The accessibility statement and the privacy notice are written from these when an
# administrator has not replaced their text (docs/personal-data.md lists what is held).
ACCORD_OPERATOR = env_str("ACCORD_OPERATOR", "")  # who runs this copy: the data controller
ACCORD_CONTACT_EMAIL = env_str("ACCORD_CONTACT_EMAIL", "")
ACCORD_DPO_EMAIL = env_str("ACCORD_DPO_EMAIL", "")  # the data protection officer
ACCORD_ACCESSIBILITY_EMAIL = env_str("ACCORD_ACCESSIBILITY_EMAIL", "")
ACCORD_ACCESSIBILITY_TESTED = env_str("ACCORD_ACCESSIBILITY_TESTED", "")  # when and by whom
# How long each kind of personal data is kept, in words ("6 years after the agreement
# ends"). Accord deletes none of it by itself; an unset period is said to be unset.
ACCORD_RETENTION = {
    kind: env_str(f"ACCORD_RETENTION_{kind.upper()}", "")
    for kind in ("accounts", "signatures", "consultations", "audit", "tokens", "sessions")
}

# Outbound requests (webhooks) go only to public internet addresses, except networks named
# here for receivers on the council's own network; and an extra certificate authority for them.
ACCORD_OUTBOUND_ALLOW = env_networks("ACCORD_OUTBOUND_ALLOW", [])
ACCORD_OUTBOUND_CA_FILE = env_str("ACCORD_OUTBOUND_CA_FILE", "")

# Logs go to standard error: plain text by default, or one JSON object per line
# (ACCORD_LOG_FORMAT=json), which also writes one line per request (accord/core/logs.py).
ACCORD_LOG_FORMAT = env_choice("ACCORD_LOG_FORMAT", "text", ("text", "json"))
ACCORD_REQUEST_LOG = env_bool("ACCORD_REQUEST_LOG", ACCORD_LOG_FORMAT == "json")
LOGGING = logging_config(
    log_format=ACCORD_LOG_FORMAT,
    level=env_str("ACCORD_LOG_LEVEL", "WARNING"),
    request_lines=ACCORD_REQUEST_LOG,
)
# /metrics (Prometheus) answers requests from this machine, and others with this token.
ACCORD_METRICS_TOKEN = env_str("ACCORD_METRICS_TOKEN", "")

# The task queue (accord/queue, docs/decisions/0017): tasks are rows in the database, run
# by `accord worker`. The worker beats every ACCORD_WORKER_HEARTBEAT_SECONDS; a task left
# running by a worker that has not beaten for ACCORD_WORKER_STALE_SECONDS is run again once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ACCORD_WORKER_HEARTBEAT_SECONDS = env_int("ACCORD_WORKER_HEARTBEAT_SECONDS", 5, minimum=1)
ACCORD_WORKER_STALE_SECONDS = env_int("ACCORD_WORKER_STALE_SECONDS", 30, minimum=2)
# /readyz answers 503 when the oldest task waiting to run has waited longer than this.
ACCORD_READY_MAX_LAG_SECONDS = env_int("ACCORD_READY_MAX_LAG_SECONDS", 300, minimum=1)
# How often the worker's schedule runs each periodic job (seconds).
ACCORD_SCHEDULE_WEBHOOKS_SECONDS = env_int("ACCORD_SCHEDULE_WEBHOOKS_SECONDS", 60, minimum=1)
ACCORD_SCHEDULE_REMIND_SECONDS = env_int("ACCORD_SCHEDULE_REMIND_SECONDS", 3600, minimum=1)
ACCORD_SCHEDULE_PRUNE_SECONDS = env_int("ACCORD_SCHEDULE_PRUNE_SECONDS", 24 * 3600, minimum=1)
# A superseded agenda pack stays this long, for downloads under way (reports/packs.py).
ACCORD_PACK_KEEP_SUPERSEDED_SECONDS = env_int(
    "ACCORD_PACK_KEEP_SUPERSEDED_SECONDS", 3600, minimum=0
)
# Rows of finished tasks are deleted by that job once this many days old: succeeded ones
# soon, failed ones later (for whoever looks into a failure).
ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS = env_int("ACCORD_QUEUE_KEEP_SUCCEEDED_DAYS", 7, minimum=1)
ACCORD_QUEUE_KEEP_FAILED_DAYS = env_int("ACCORD_QUEUE_KEEP_FAILED_DAYS", 30, minimum=1)
# Webhook retries: the n-th failed attempt waits BASE x FACTOR^(n-1) seconds (1, 5, 25,
# 125 and 625 minutes by default) and the delivery is given up after MAX attempts.
ACCORD_WEBHOOK_RETRY_BASE_SECONDS = env_int("ACCORD_WEBHOOK_RETRY_BASE_SECONDS", 60, minimum=1)
ACCORD_WEBHOOK_RETRY_FACTOR = env_int("ACCORD_WEBHOOK_RETRY_FACTOR", 5, minimum=1)
ACCORD_WEBHOOK_MAX_ATTEMPTS = env_int("ACCORD_WEBHOOK_MAX_ATTEMPTS", 6, minimum=1)
