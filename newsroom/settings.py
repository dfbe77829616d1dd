"""Newsroom settings: one file, every environment told apart by environment variables.

Every variable is listed with its default in `.env.example` and explained in the README.
The defaults are safe for production except where DEBUG is on (the demo and the tests).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

# No default in production: with DEBUG off and no key, Django refuses the first use of
# SECRET_KEY (any request, any signature), while key-free commands such as makemigrations run.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "insecure-development-key-only-used-with-debug"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "taggit",
    "simple_history",
    "django_prose_editor",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "articles",
]

MIDDLEWARE = [
    "newsroom.middleware.HealthCheckMiddleware",
    # First after the health check, so that the pages it stores carry every header the others add.
    "newsroom.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "newsroom.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsroom.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.middleware.NewsroomCSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "newsroom.middleware.FaultMiddleware",
    "newsroom.middleware.TokenThrottleMiddleware",
]

# Django's cookie-then-session storage, made only for a request that reads or adds a message
# (newsroom/messages.py).
MESSAGE_STORAGE = "newsroom.messages.LazyFallbackStorage"

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

# The public site's pages are Jinja2 templates (templates/jinja2/, newsroom/jinja2.py): asked
# first, by name. The admin, the sitemaps and the pages rendered without a request (500, 503)
# are Django templates (templates/). docs/DECISIONS.md says why.
TEMPLATES = [
    {
        "BACKEND": "newsroom.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "newsroom.jinja2.environment",
            "context_processors": [
                "csp.context_processors.nonce",
                "newsroom.context_processors.site",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "newsroom.context_processors.site",
            ],
        },
    },
]

# Database: SQLite next to the code unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend with a health check that costs no round trip (newsroom/postgresql/).
    DATABASES["default"]["ENGINE"] = "newsroom.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # The section listing index includes columns for PostgreSQL's index-only counts; SQLite
    # builds it without them, as intended.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
# PostgreSQL: the public pages' precompiled queries (newsroom/precompiled.py), and only they,
# send their parameters apart from the SQL and are prepared; PostgreSQL runs them by their
# generic plan, made once per connection without the values: the plan `bench/probe.py` checks
# at 100,000 articles, never one chosen per request. Every other statement is bound client-side
# and planned with its values, as Django does by default (force_generic_plan only concerns
# statements with bound parameters). Behind PgBouncer in transaction mode this needs PgBouncer
# 1.22+ with max_prepared_statements set, or DATABASE_SERVER_SIDE_BINDING=0 (docs/DEPLOY.md).
NEWSROOM_PREPARED_QUERIES = (
    DATABASES["default"]["ENGINE"] == "newsroom.postgresql"
    and os.environ.get("DATABASE_SERVER_SIDE_BINDING", "1") == "1"
)
# PostgreSQL: every connection listens for the site's change notices, so that a process asks
# the shared cache whether the masthead changed only after a change was announced
# (newsroom/change_notices.py). 0: ask on every page (for a pooler that cannot keep a LISTEN
# with DATABASE_CONN_MAX_AGE above 0; docs/DEPLOY.md).
NEWSROOM_CHANGE_NOTICES = DATABASES["default"]["ENGINE"] == "newsroom.postgresql" and env_bool(
    "DATABASE_CHANGE_NOTICES", True
)
# PostgreSQL: the planner's cost of reading a page out of order. Its default, 4, models a
# spinning disk; 1.1 is PostgreSQL's own suggestion for solid-state storage or a database that
# fits in memory, as a newsroom's does. With 4, the generic plans of small lookups (an
# article's tags, its bylines' authors) read a whole table into a hash instead of looking up
# the few rows by key (docs/DECISIONS.md). Empty: the server's own setting.
_RANDOM_PAGE_COST = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1").strip()
if _RANDOM_PAGE_COST:
    try:
        if not 0 < float(_RANDOM_PAGE_COST) < float("inf"):
            raise ValueError
    except ValueError:
        raise ImproperlyConfigured(
            f"DATABASE_RANDOM_PAGE_COST must be a positive number or empty, "
            f"not {_RANDOM_PAGE_COST!r}"
        ) from None
_connection_options = []
if NEWSROOM_PREPARED_QUERIES:
    # psycopg prepares nothing by itself.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = None
    _connection_options.append("-c plan_cache_mode=force_generic_plan")
if DATABASES["default"]["ENGINE"] == "newsroom.postgresql" and _RANDOM_PAGE_COST:
    _connection_options.append(f"-c random_page_cost={_RANDOM_PAGE_COST}")
if _connection_options:
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    # Added to any `options` given in DATABASE_URL (a statement timeout, a search path).
    _options["options"] = " ".join(
        filter(None, [_options.get("options", ""), *_connection_options])
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Language and time: stored in UTC, shown in the newsroom's zone with the zone named.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("NEWSROOM_TIME_ZONE", "Europe/Paris")
NEWSROOM_TIME_ZONE_LABEL = os.environ.get("NEWSROOM_TIME_ZONE_LABEL", "Paris time")

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "newsroom" / "static"]
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))

# Media on local disk by default; S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set.
_media_storage: dict = {
    "BACKEND": "newsroom.storage.MediaStorage",
    "OPTIONS": {"file_permissions_mode": 0o644},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Cache: Redis shared by every app server when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom",
        }
    }

# Background tasks (renditions and other slow work) in the database; run `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Email: the console in development; SMTP when EMAIL_HOST is set.
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")

# Security: safe by default; HTTPS settings follow NEWSROOM_HTTPS (on unless DEBUG).
# SECURITY.md explains each of these; `manage.py check --deploy` passes with them.
HTTPS = env_bool("NEWSROOM_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS and env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_SECONDS", str(12 * 60 * 60)))
CSRF_COOKIE_HTTPONLY = True
# Behind a reverse proxy: how many proxies append to X-Forwarded-For (the client address used
# by login throttling is the one the outermost of them wrote), and trust X-Forwarded-Proto/Host.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
NEWSROOM_TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "1")) if BEHIND_PROXY else 0
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Browser features the site never uses, switched off (newsroom.middleware.PermissionsPolicy...).
NEWSROOM_PERMISSIONS_POLICY: dict[str, list[str]] = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}

# Content-Security-Policy (django-csp 4): scripts only from this origin or carrying the
# request's nonce; no inline script, no plugin, no framing. Inline styles stay allowed (no
# script can run through them, and stored HTML never keeps a style attribute).
_CSP_IMG_SRC = ["'self'", "data:", "blob:", *env_list("NEWSROOM_CSP_IMG_SRC")]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": [SELF, NONCE],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": _CSP_IMG_SRC,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *env_list("NEWSROOM_CSP_IMG_SRC")],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": HTTPS,
    }
}
# The admin's own policy (applied under NEWSROOM_ADMIN_PATH by NewsroomCSPMiddleware): the
# prose editor's import map is an inline script, rendered with the request's nonce.
NEWSROOM_ADMIN_CSP = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "font-src": ["'self'", "data:"],
    }
}

# Login throttling (django-axes): 5 failures per username and IP lock for 15 minutes.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_CLIENT_IP_CALLABLE = "newsroom.middleware.client_ip"
AXES_ENABLED = env_bool("AXES_ENABLED", True)

TAGGIT_CASE_INSENSITIVE = True
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True  # tag URLs are ASCII: /tags/connectivite/
FORMS_URLFIELD_ASSUME_HTTPS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "newsroom": {"level": "INFO"},
    },
}

# The newsroom itself.
NEWSROOM_SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "Daily Impact European")
NEWSROOM_TAGLINE = os.environ.get("NEWSROOM_TAGLINE", "We are an independent daily")
NEWSROOM_TAGLINE_FR = os.environ.get("NEWSROOM_TAGLINE_FR", "Nous sommes un quotidien indépendant")
NEWSROOM_PUBLISHER = os.environ.get("NEWSROOM_PUBLISHER", "Impact European")
NEWSROOM_BASE_URL = os.environ.get("NEWSROOM_BASE_URL", "http://localhost:8000").rstrip("/")
NEWSROOM_ADMIN_PATH = os.environ.get("NEWSROOM_ADMIN_PATH", "admin/").strip("/") + "/"
NEWSROOM_IMAGE_MAX_BYTES = int(os.environ.get("NEWSROOM_IMAGE_MAX_BYTES", str(20 * 1024 * 1024)))
NEWSROOM_IMAGE_MAX_PIXELS = int(os.environ.get("NEWSROOM_IMAGE_MAX_PIXELS", str(40_000_000)))
# Full-page cache for anonymous readers (newsroom/pagecache.py); on in production.
NEWSROOM_PAGE_CACHE = env_bool("NEWSROOM_PAGE_CACHE", not DEBUG)
# The public pages' queries compiled to SQL once per process (newsroom/precompiled.py);
# PostgreSQL only, off only to compare with the ORM.
NEWSROOM_PRECOMPILED_QUERIES = env_bool("NEWSROOM_PRECOMPILED_QUERIES", True)
# Web workers run Python's cycle collector between requests (newsroom/collector.py).
NEWSROOM_GC_BETWEEN_REQUESTS = env_bool("NEWSROOM_GC_BETWEEN_REQUESTS", True)
NEWSROOM_PAGE_CACHE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_CACHE_SECONDS", "300"))
NEWSROOM_PAGE_CACHE_STALE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_CACHE_STALE_SECONDS", "60"))
# How long a request for a purged or missing page waits for the worker rendering it.
NEWSROOM_PAGE_CACHE_WAIT_SECONDS = float(os.environ.get("NEWSROOM_PAGE_CACHE_WAIT_SECONDS", "3"))
# Bytes of recently served pages each worker keeps, so that a hit fetches only their ETag (0: off).
NEWSROOM_PAGE_CACHE_LOCAL_BYTES = int(
    os.environ.get("NEWSROOM_PAGE_CACHE_LOCAL_BYTES", str(16 * 1024 * 1024))
)
NEWSROOM_PAGE_CACHE_EXCLUDE = env_list("NEWSROOM_PAGE_CACHE_EXCLUDE", "/preview/,/share/,/healthz")
# Dotted paths of callables given the purged dependency names, e.g. to purge a CDN by key.
NEWSROOM_CACHE_PURGE_HOOKS = env_list("NEWSROOM_CACHE_PURGE_HOOKS")
