"""Settings shared by every environment.

Everything that differs between a laptop and a kommune's server comes from
environment variables; the README lists each one with its default.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable; anything but a clear yes is no."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Base URL of the public site, used in emails and the admin.
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL

INSTALLED_APPS = [
    "core",
    "home",
    "directory",
    "enquiries",
    "applications",
    "policy",
    "portal_events",  # label "events" (portal_events/apps.py says why)
    "signups",
    "shortlists",
    "stories",
    "funding",
    "premises",
    "catalogue",
    "search",
    "content_api",
    "opendata",
    "mailer",
    "django_ratelimit",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # The client's address from the proxy's X-Forwarded-For, before anything reads it (core/proxy.py).
    "core.proxy.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.headers.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.headers.UploadHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Whole pages for anonymous visitors from the cache (core/pagecache.py): after the language is known and
    # inside CsrfViewMiddleware, which sets the cookie of the CSRF token each visitor gets in a cached form.
    "core.pagecache.PageCacheMiddleware",
    # The cached site frame (site, settings, menu) for Wagtail and the templates (home/frame.py), so that no
    # page pays queries for it; a page from the page cache does not need it.
    "home.frame.FrameMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: marks request.user as verified by a second factor (or not).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A DatabaseError escaping a view: a translated 503 page instead of a bare 500 (core/failures.py).
    "core.failures.DatabaseUnavailableMiddleware",
    # Staff who must use a second factor meet the verify page before any other admin page (core/two_factor.py).
    "core.two_factor.TwoFactorMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page (templates/axes/lockout.html).
    "axes.middleware.AxesMiddleware",
]

# How many reverse proxies in front of gunicorn append to X-Forwarded-For (1: nginx alone); REMOTE_ADDR is
# the address the outermost of them saw (core/proxy.py). 0 trusts no header (gunicorn reached directly).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: a SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else memory local to the process.
# A Redis that is down or unreachable makes the site serve uncached, never fail (core/cache.py); REDIS_TIMEOUT
# (seconds) bounds how long a call waits for an unreachable host before the site gives up on it for a while.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "frivilligportal",
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (core/pagecache.py): how long a whole page is kept at most, in seconds (0 turns it off). A change
# of content purges at once whatever this says; it bounds only what time alone changes ("the event has taken place").
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# The sections other apps add to the front page and an association's page (core/sections.py) are kept this long
# under the pages generation: "upcoming events" moves on by itself. 0 keeps none (the query-count tests, which
# measure what a page costs to make).
PAGE_SECTIONS_SECONDS = 60
# A CDN or Varnish in front (core/frontend_cache.py): FRONTEND_CACHE_URL is where to send Wagtail's HTTP PURGE
# requests (Varnish, Squid, nginx's cache purge), or set CLOUDFLARE_ZONE_ID and CLOUDFLARE_BEARER_TOKEN; public
# pages then say s-maxage=FRONTEND_CACHE_SECONDS so the CDN keeps them, and the same changes purge them there.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
CLOUDFLARE_ZONE_ID = os.environ.get("CLOUDFLARE_ZONE_ID", "")
CLOUDFLARE_BEARER_TOKEN = os.environ.get("CLOUDFLARE_BEARER_TOKEN", "")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_URL,
    }
if CLOUDFLARE_ZONE_ID and CLOUDFLARE_BEARER_TOKEN:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": CLOUDFLARE_BEARER_TOKEN,
    }
FRONTEND_CACHE_SECONDS = int(os.environ.get("FRONTEND_CACHE_SECONDS", "600")) if WAGTAILFRONTENDCACHE else 0

# Per-IP limits on the public forms (core/ratelimit.py) count in the default cache. Django's own
# RedisCache increments atomically, which django-ratelimit does not know (W001). Without Redis the
# cache is the process's own memory: right for `make run` and the tests (one process each), wrong
# for several gunicorn workers, which is why production needs REDIS_URL (E003 stays an error there).
RATELIMIT_USE_CACHE = "default"
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
# The rates (django-ratelimit's notation: "10/h" ten an hour, "120/m" a hundred and twenty a minute).
# Each public form (contact, consultation response, "Jeg vil gerne hjælpe") per IP address, and every
# form per email typed: the second is what keeps the kommune's mail server from being used to flood one inbox.
RATELIMIT_FORM_PER_IP = os.environ.get("RATELIMIT_FORM_PER_IP", "10/h")
RATELIMIT_FORM_PER_ADDRESS = os.environ.get("RATELIMIT_FORM_PER_ADDRESS", "5/h")
# The association application ("Tilmeld jeres forening") per IP: an association applies once.
RATELIMIT_APPLICATION_PER_IP = os.environ.get("RATELIMIT_APPLICATION_PER_IP", "5/h")
# The search API (/api/search and /api/search/suggest, each counted apart; suggest asks once per keystroke).
RATELIMIT_SEARCH_PER_IP = os.environ.get("RATELIMIT_SEARCH_PER_IP", "120/m")
# Login attempts at /admin/login/, per IP address (a town hall's staff may share one) and per username typed.
RATELIMIT_LOGIN_PER_IP = os.environ.get("RATELIMIT_LOGIN_PER_IP", "30/h")
RATELIMIT_LOGIN_PER_USERNAME = os.environ.get("RATELIMIT_LOGIN_PER_USERNAME", "10/h")

# Password guessing: django-axes counts failed logins per username and IP address together and locks
# that pair out after AXES_FAILURE_LIMIT failures for AXES_COOLOFF_TIME hours (the same username from
# another address, and other users from this one, still get in). `manage.py axes_reset_username <name>`
# lifts a lockout at once (README). Axes' backend must come first: it refuses before a password is checked.
AUTHENTICATION_BACKENDS = [
    # AxesBackend is axes' check plus ModelBackend's get_user, so force_login and Wagtail's test helpers (which use
    # the first backend) still find the user; it never logs anyone in itself, ModelBackend does.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_TIME", "1"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.staff_login.lockout_response"  # Wagtail's login frame, translated
# A password reset does the same work whether or not an account has the email typed (core/staff_login.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.staff_login.EqualTimingPasswordResetForm"
# The client's address is REMOTE_ADDR, which the proxy in front sets (as for the rate limits): no
# X-Forwarded-For from the client is believed.
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Two-factor authentication for staff (django-otp, TOTP apps such as Microsoft or Google Authenticator):
# every staff member may set it up in the admin; superusers and members of these groups must, before any
# other admin page (core/two_factor.py). Off in development (settings/dev.py) so `make run`'s demo users
# log in with their password only.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", "Kommunikation")
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Frivilligportal")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Danish first. Danish URLs carry no prefix, other languages do (/en/, /uk/, /ar/). Arabic is
# written right to left: Django's LANG_INFO knows it (get_current_language_bidi), base.html sets dir="rtl".
LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Danish")), ("en", _("English")), ("uk", _("Ukrainian")), ("ar", _("Arabic"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A translation made in wagtail-localize starts as a draft, whatever the Danish page's state: staff
# (Kommunikation) read it and publish it; e.g. a machine-made English draft never goes live by itself.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

# Static files are built from npm packages (DKFDS) into static_build/ at setup.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static_build"]
# Where `manage.py collectstatic` puts the static files for nginx (deploy/nginx.conf serves /static/ from it).
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Media on S3-compatible object storage when a bucket is named.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    # django-storages' S3Storage, storing anything that is not a picture as a download (core/storage.py).
    STORAGES["default"] = {"BACKEND": "core.storage.UploadsS3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None

# Email: every message is first stored in a queue in the database (django-mailer), so a
# message is never lost when the mail server is down; `manage.py runmailer` sends the
# queue and `manage.py retry_deferred` puts failed messages back in it. The queue sends
# through SMTP when EMAIL_HOST is set, else prints to the console.
EMAIL_BACKEND = "mailer.backend.DbBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
else:
    MAILER_EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Frivilligportal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Largest PDF a citizen may attach to a consultation response (høringssvar), in MB.
CONSULTATION_ATTACHMENT_MAX_BYTES = int(float(os.environ.get("CONSULTATION_ATTACHMENT_MAX_MB", "10")) * 1024 * 1024)
# All consultation attachments stored in one day (since midnight, all consultations), in MB: over it a response
# with a PDF is refused, its text kept in the form, so a script cannot fill the database's disk.
CONSULTATION_ATTACHMENT_DAILY_BYTES = int(
    float(os.environ.get("CONSULTATION_ATTACHMENT_DAILY_MB", "200")) * 1024 * 1024
)
# How long association applications are kept (days; core/retention.py, `manage.py purge_personal_data`;
# 0 switches a rule off): a rejected application is deleted, an approved one loses its contact person.
RETENTION_REJECTED_APPLICATION_DAYS = int(os.environ.get("RETENTION_REJECTED_APPLICATION_DAYS", "30"))
RETENTION_APPROVED_APPLICATION_CONTACT_DAYS = int(os.environ.get("RETENTION_APPROVED_APPLICATION_CONTACT_DAYS", "90"))
# /healthz warns ("status": "warning", still 200) when the oldest queued email is older than this:
# the mail worker or the SMTP server is down and citizens' messages are not going out.
HEALTHCHECK_MAIL_QUEUE_WARN_SECONDS = int(os.environ.get("HEALTHCHECK_MAIL_QUEUE_WARN_SECONDS", "3600"))
# How many seconds `runmailer` waits before looking at an empty queue again.
MAILER_EMPTY_QUEUE_SLEEP = int(os.environ.get("MAILER_EMPTY_QUEUE_SLEEP", "5"))
# One worker sends the queue; on PostgreSQL its row locks also keep a second sender from sending
# a message twice. django-mailer's extra lock file (in whatever directory the command runs in)
# would make any second sender, such as a test run or a one-off `send_mail` next to `make run`,
# silently skip its round, so it is off.
MAILER_USE_FILE_LOCK = False
# A message that fails is deferred and retried by `retry_deferred` until it is sent: there is no
# retry limit (MAILER_EMAIL_MAX_RETRIES), so no message is dropped.

# Moderation emails from Wagtail's workflow, through the same queue. Wagtail sends them by itself:
# "submitted" to the members of the approval task's group (Kommunikation), "approved" and
# "rejected" (changes requested, with the moderator's comment) to whoever submitted. Each user
# can switch them off in their account; they are on by default. Superusers are left out so
# moderation mail goes to the people who moderate.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Plain text only: templates/wagtailadmin/notifications/ adds the link to "what changed" there.
WAGTAILADMIN_NOTIFICATION_USE_HTML = False

# Personal data is deleted after these many days (core/retention.py; `manage.py purge_personal_data`
# runs nightly and the privacy page prints these periods). 0 or less switches a rule off.
# Contact messages to associations, counted from when they were sent.
RETENTION_CONTACT_MESSAGE_DAYS = int(os.environ.get("RETENTION_CONTACT_MESSAGE_DAYS", "90"))
# Consultation responders' email addresses (and names without consent to publication), from the closing.
RETENTION_CONSULTATION_EMAIL_DAYS = int(os.environ.get("RETENTION_CONSULTATION_EMAIL_DAYS", "1"))
# What citizens searched for (the staff's search reports); the period Kommunikation chooses.
RETENTION_SEARCH_LOG_DAYS = int(os.environ.get("RETENTION_SEARCH_LOG_DAYS", "365"))
# The search counts for the reports wait in each process's memory and are written together at most this often
# (search/analytics.py), after a response has gone out and when the process exits; 0 writes each search at once.
SEARCH_COUNT_FLUSH_SECONDS = int(os.environ.get("SEARCH_COUNT_FLUSH_SECONDS", "30"))
# django-mailer's log of sent emails, which holds their content.
RETENTION_MAIL_LOG_DAYS = int(os.environ.get("RETENTION_MAIL_LOG_DAYS", "30"))

# Search: Elasticsearch (or OpenSearch) when ELASTICSEARCH_URL is set, else the database backend.
# The database backend is always configured too: it answers when Elasticsearch is down or slow
# (search/service.py), so Wagtail keeps both indexes up to date.
# search.backends.database: Wagtail's, with faster index writes on PostgreSQL (see the module).
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "danish"}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "elasticsearch8")
if SEARCH_ENGINE not in {"elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"}:
    raise ImproperlyConfigured(
        f"SEARCH_ENGINE must be elasticsearch8, elasticsearch9, opensearch2 or opensearch3, not {SEARCH_ENGINE!r}"
    )
# Seconds a search waits for Elasticsearch before the database answers instead, and how long
# Elasticsearch is then left alone.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "2"))
ELASTICSEARCH_RETRY_SECONDS = int(os.environ.get("ELASTICSEARCH_RETRY_SECONDS", "30"))
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{SEARCH_ENGINE}",
            "URLS": env_list("ELASTICSEARCH_URL"),
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "frivilligportal"),
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": {},
        },
        "database": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}
# Daily search counts are kept for the staff's reports (a year and a bit); Wagtail's default is 7 days.
WAGTAILSEARCH_HITS_MAX_AGE = 400
# Associations nobody has updated for this many days (and their activities and tasks) leave the
# search until they are updated again; 0 keeps them.
SEARCH_STALE_AFTER_DAYS = int(os.environ.get("SEARCH_STALE_AFTER_DAYS", "730"))

# The printable catalogue of the directory (catalogue/): up to this many associations it is made while
# the visitor waits (a second or two); a larger one is made by `manage.py build_catalogues` while a
# progress page refreshes itself every CATALOGUE_PROGRESS_REFRESH_SECONDS. The worker looks for waiting
# catalogues every CATALOGUE_WORKER_SLEEP seconds, and one "being made" for CATALOGUE_STALE_MINUTES
# lost its worker (a restart) and is made again. Each IP address may have RATELIMIT_CATALOGUE_PER_IP
# catalogues made, in the request or by the worker (one already made, or being made, is served without counting).
CATALOGUE_RENDER_IN_REQUEST_MAX = int(os.environ.get("CATALOGUE_RENDER_IN_REQUEST_MAX", "50"))
CATALOGUE_PROGRESS_REFRESH_SECONDS = int(os.environ.get("CATALOGUE_PROGRESS_REFRESH_SECONDS", "3"))
CATALOGUE_WORKER_SLEEP = int(os.environ.get("CATALOGUE_WORKER_SLEEP", "5"))
CATALOGUE_STALE_MINUTES = int(os.environ.get("CATALOGUE_STALE_MINUTES", "30"))
RATELIMIT_CATALOGUE_PER_IP = os.environ.get("RATELIMIT_CATALOGUE_PER_IP", "30/h")
# The HSDS open data (/api/hsds/, opendata/): every address in it needs a "state_province", which in
# Denmark is the region, e.g. "Region Nordjylland"; empty (allowed by HSDS) until the kommune sets it.
HSDS_STATE_PROVINCE = os.environ.get("HSDS_STATE_PROVINCE", "")

# Personal data is kept this many days after it has been dealt with (core/retention.py, `manage.py
# purge_personal_data`): an enquiry ("Jeg vil gerne hjælpe") 90 days after it was answered or closed.
RETENTION_ENQUIRY_DAYS = int(os.environ.get("RETENTION_ENQUIRY_DAYS", "90"))
# Participants of an event (signups.Signup) are deleted this many days after the event ended.
SIGNUP_RETENTION_DAYS = int(os.environ.get("SIGNUP_RETENTION_DAYS", "30"))
# Staff's shortlists for citizens ("Forslag til dig"), counted from their last change.
RETENTION_SHORTLIST_DAYS = int(os.environ.get("RETENTION_SHORTLIST_DAYS", "30"))

# Wagtail
WAGTAIL_SITE_NAME = "Frivilligportal"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("da", "Dansk"), ("en", "English"), ("uk", "Українська"), ("ar", "العربية")]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No SVG, for anyone: an SVG is a document that can carry <script>, and an association's
# representative could upload evil.svg and send its /media/ address to a logged-in editor.
# Logos and pictures come as PNG, JPEG, GIF or WebP. (The demo's logo is an SVG shipped in
# this repository and stored by code, not uploaded.)
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Documents always go through Django's serve view (/documents/<id>/<name>), never straight from
# /media/documents/: the view checks a collection's privacy and sends "attachment" for anything
# a browser would run (only PDF and plain text open inline), with nosniff and a CSP of its own.
# nginx and S3 must not hand out /media/documents/ (README, "Uploads").
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No user's email hash goes to gravatar.com: the admin shows its own avatar (or an uploaded one).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # WeasyPrint (the PDF catalogue) tells each step of every layout at INFO; its warnings still show.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Security headers ------------------------------------------------------------------------------
# Content-Security-Policy (django-csp 4): the public pages load scripts, styles, fonts and images
# from this site only, with no inline script or style attribute anywhere in templates/ (what
# used to be inline lives in static/js/portal.js). No outside host is named: the portal uses none.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Wagtail's admin (/admin/) writes inline <script> (its JSON data and the preview's set-up) and
# style attributes (e.g. the rich text editor's toolbar positions, progress bars) in its own
# templates, which we cannot change: it gets its own, looser policy (core/headers.py) that still
# allows this site only. The admin is only reachable by logged-in staff and representatives.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Uploads (/media/, whatever serves them: Django in development, nginx in production, see README):
# a picture is shown, nothing in an upload ever runs (sandbox: no script, no same-origin cookies).
UPLOAD_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
}
# Referrer-Policy: other sites are not told which of our pages a link was followed from.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Permissions-Policy (django-permissions-policy): the portal uses no camera, microphone,
# position or payment; an empty list switches a feature off for every origin.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    ]
}
# HSTS: 0 (off) until the site is known to work over HTTPS, then e.g. 31536000 (a year).
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
