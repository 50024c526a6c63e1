"""Settings for Lab Knowledge: one file, configured from the environment.

Local runs need nothing: SQLite in the project folder, static files served straight from the
apps (no collectstatic), DEBUG off unless asked for. Production (PRODUCTION=1) sets SECRET_KEY,
ALLOWED_HOSTS and usually DATABASE_URL and REDIS_URL, serves the collected, hashed static files,
and refuses DEBUG.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_networks(name, default=()):
    """Comma-separated addresses or networks (`10.0.0.0/8`); `*` is every address."""
    networks = []
    for item in env_list(name, default):
        try:
            networks += (
                [ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")]
                if item == "*"
                else [ipaddress.ip_network(item, strict=False)]
            )
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must list addresses or networks, not {item!r}"
            ) from None
    return networks


DEBUG = env_bool("DEBUG")
PRODUCTION = env_bool("PRODUCTION")
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be off when PRODUCTION is on: debug pages leak data")
# A local run (no PRODUCTION) gets a throwaway key; production must set one.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when PRODUCTION is on")
    SECRET_KEY = "insecure-local-only-key"
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", () if PRODUCTION else ("localhost", "127.0.0.1", "[::1]", "testserver")
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when PRODUCTION is on")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "taggit",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "records",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "records.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # An English address asked for in French or Spanish redirects to that language's address,
    # before the page cache, so each cached page is in its address's language.
    "records.views.languages.LanguageRedirectMiddleware",
    # Public pages from the cache: after static files, before the session and GZip, so a hit
    # skips them and the compressed body is what is stored (records/page_cache.py).
    "records.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The interface language: the URL's prefix (/fr/, /es/; none is English); outside the
    # prefixed pages (the admin), the visitor's choice (a cookie), then Accept-Language.
    "records.views.languages.VisitorLocaleMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "labknowledge.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "labknowledge.wsgi.application"

SQLITE_PATH = BASE_DIR / "db.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{SQLITE_PATH}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets pages be read while an import writes; NORMAL sync is safe with WAL and
    # keeps one commit per imported file cheap.
    # Writers (an import, a staff save) take the write lock when their transaction starts
    # (IMMEDIATE) and wait up to `timeout` seconds for each other instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_TIMEOUT", 30),
    }
    # Connections persist as on PostgreSQL: opening one (its PRAGMAs and functions) costs
    # more than serving a cached page. An idle connection holds no lock and no snapshot.

# Cached pages and facet counts are keyed by the data version, which lives in the database
# (records/versioning.py), so any backend is correct on any number of servers: Redis when
# REDIS_URL is set (shared by every app server), else each worker's own memory. django-redis
# keeps one Redis client per server for the life of the worker, where Django's own backend
# builds one for every call, which costs as much as the round trip to Redis.
# A cache is never a dependency: with Redis unreachable every cache call misses (logged by
# the django_redis logger) and pages are computed afresh, within a second's wait at most.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_CACHE = {
    "BACKEND": "django_redis.cache.RedisCache",
    "KEY_PREFIX": "labknowledge",
    "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
if REDIS_URL:
    CACHES = {"default": {**REDIS_CACHE, "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # A page is 10-100 kB: the default bounds a worker's cache to at most some 100 MB.
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 1000)},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (the admin's uploads import as jobs): Django's tasks framework, through the
# django-tasks backport, queued in the database, which needs no other service; a worker runs
# them (`manage.py db_worker`, started by `make serve` and `make run`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): a login refused for an account, or for an address, once it
# has 10 failures within the cool-off; the lock ends 15 minutes after the last attempt, and
# `manage.py axes_reset` ends it at once. Attempts are rows in the database (axes' own
# tables), so the throttle needs no cache and holds across every app server.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "login_locked.html"
# The proxies in front, as `make serve` gives them to gunicorn: a login through one is counted
# for the address it forwarded, not for the proxy's own (records/client_address.py).
FORWARDED_ALLOW_IPS = env_networks("FORWARDED_ALLOW_IPS", ("127.0.0.1",))
AXES_CLIENT_IP_CALLABLE = "records.client_address.client_address"
# Downloads and long full texts are counted per client in the cache (records/throttling.py):
# while the cache is unreachable nobody is refused.
RATELIMIT_FAIL_OPEN = True
# Where a login lands when its `next` is missing or points off the site: only staff log in.
LOGIN_REDIRECT_URL = "admin:index"

LANGUAGE_CODE = "en"
# The interface's languages: those the labs write in. Records keep their own language.
LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates as each language writes them: Django's formats, English's day-month-year.
FORMAT_MODULE_PATH = ["labknowledge.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Files browsers ask for at the site's root (/favicon.ico): WhiteNoise serves them there, and
# as static files (in the manifest, under hashed names) for the pages to link.
SITE_ROOT_FILES = BASE_DIR / "records" / "site_root"
STATICFILES_DIRS = [SITE_ROOT_FILES]
WHITENOISE_ROOT = SITE_ROOT_FILES
# Production serves the collected files under hashed names (cached for a year); a local run
# serves them straight from the apps, so `runserver` works without collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG

TAGGIT_CASE_INSENSITIVE = True

# Uploads in the admin's import page: kept in memory up to this size, never written to
# MEDIA; the import view enforces its own limit on the whole request.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

if PRODUCTION:
    # Behind a proxy that terminates TLS and sets X-Forwarded-Proto. HTTPS is enforced here by
    # default; SECURE_SSL_REDIRECT=0 and SECURE_HSTS_SECONDS=0 leave both to a proxy that does
    # it itself (`check --deploy` then says so, as a reminder).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Where the archive keeps the pictures uploaded with plans: a plan's page shows them from there.
ARCHIVE_IMAGE_HOSTS = ("undp-accelerator-labs.github.io",)
# Every asset is the site's own (WhiteNoise serves them), but for the archive's pictures: no
# inline script or style, nothing else from another host, no framing.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data: " + " ".join(f"https://{host}" for host in ARCHIVE_IMAGE_HOSTS),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
