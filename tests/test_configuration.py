"""An IT person configures the portal with environment variables only (see the README table)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json
from django.conf import settings
print(json.dumps({
    "debug": settings.DEBUG,
    "db_engine": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "search_urls": settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS"),
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "email": settings.EMAIL_BACKEND,
    "email_delivery": settings.MAILER_EMAIL_BACKEND,
    "email_host": getattr(settings, "EMAIL_HOST", ""),
    "storage": settings.STORAGES["default"]["BACKEND"],
    "static_storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "base_url": settings.WAGTAILADMIN_BASE_URL,
    "allowed_hosts": settings.ALLOWED_HOSTS,
    "language": settings.LANGUAGE_CODE,
}))
"""

CONFIG_VARS = [
    "DATABASE_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DEBUG",
    "ELASTICSEARCH_URL",
    "REDIS_URL",
    "EMAIL_HOST",
    "AWS_STORAGE_BUCKET_NAME",
    "BASE_URL",
]


def settings_with(module, **env):
    """Load a settings module in a fresh interpreter with exactly these variables set."""
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS and k != "DJANGO_SETTINGS_MODULE"}
    clean.update(env)
    clean["DJANGO_SETTINGS_MODULE"] = module
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + PROBE],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result


def loaded(module, **env):
    result = settings_with(module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_defaults_need_no_configuration():
    config = loaded("portal.settings.dev")
    assert config["debug"] is True
    assert config["db_engine"] == "django.db.backends.sqlite3"
    assert config["db_name"] == str(ROOT / "db.sqlite3")
    assert config["search"] == "search.backends.database"
    assert config["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert config["email"] == "mailer.backend.DbBackend"
    assert config["email_delivery"] == "django.core.mail.backends.console.EmailBackend"
    assert config["storage"] == "django.core.files.storage.FileSystemStorage"
    assert config["language"] == "da"


def test_every_service_is_switched_on_by_its_environment_variable():
    config = loaded(
        "portal.settings.dev",
        DATABASE_URL="postgres://portal:pw@db.example:5432/portal",
        ELASTICSEARCH_URL="http://search.example:9200",
        REDIS_URL="redis://cache.example:6379/1",
        EMAIL_HOST="smtp.example",
        AWS_STORAGE_BUCKET_NAME="portal-media",
        BASE_URL="https://frivillig.example.dk/",
        ALLOWED_HOSTS="frivillig.example.dk, www.frivillig.example.dk",
        DEBUG="false",
    )
    assert config["db_engine"] == "django.db.backends.postgresql"
    assert config["db_name"] == "portal"
    assert config["search"] == "search.backends.elasticsearch8"  # Wagtail's backend with Danish index settings.
    assert config["search_urls"] == ["http://search.example:9200"]
    assert config["cache"] == "core.cache.ResilientRedisCache"  # Django's RedisCache, uncached when Redis is down
    assert config["cache_location"] == "redis://cache.example:6379/1"
    assert config["email_delivery"] == "django.core.mail.backends.smtp.EmailBackend"
    assert config["email_host"] == "smtp.example"
    assert config["storage"] == "core.storage.UploadsS3Storage"  # django-storages, with safe headers on non-pictures
    assert config["base_url"] == "https://frivillig.example.dk"
    assert config["allowed_hosts"] == ["frivillig.example.dk", "www.frivillig.example.dk"]
    assert config["debug"] is False


def test_production_refuses_to_start_without_a_secret_key():
    result = settings_with("portal.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_with_a_secret_key_serves_compressed_static_files():
    config = loaded("portal.settings.production", SECRET_KEY="x" * 50)
    assert config["debug"] is False
    assert config["static_storage"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_an_unclear_debug_value_is_refused_rather_than_guessed(value):
    result = settings_with("portal.settings.dev", DEBUG=value)
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr
