"""The kommune's IT restores last night's backup, and the portal's data is all there.

deploy/backup.sh and deploy/restore.sh are what docs/deploying.md tells them to run; here they run
against this machine's PostgreSQL: a backup of the test database (the portal as the migrations
leave it, with its groups, site and pages), restored into a new database, then restored again over
a database that has changed since (its site record deleted), which must come back.
"""

import os
import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.django_db


def url_of(settings_dict, name):
    user = quote(settings_dict.get("USER") or "postgres")
    password = settings_dict.get("PASSWORD")
    auth = f"{user}:{quote(password)}" if password else user
    return f"postgres://{auth}@{settings_dict.get('HOST') or '127.0.0.1'}:{settings_dict.get('PORT') or 5432}/{name}"


def script(name, *arguments, database_url):
    return subprocess.run(
        [str(ROOT / "deploy" / name), *map(str, arguments)],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=300,
    )


def portal_contents(database_url):
    """What a restore must bring back: migrations applied, groups, sites and pages."""
    with psycopg.connect(database_url) as db:
        return {
            "migrations": db.execute("select count(*) from django_migrations").fetchone()[0],
            "groups": sorted(row[0] for row in db.execute("select name from auth_group")),
            "sites": db.execute("select hostname, port from wagtailcore_site order by id").fetchall(),
            "pages": db.execute("select id, title, live from wagtailcore_page order by id").fetchall(),
        }


@pytest.fixture
def restored_database(django_db_blocker):
    settings_dict = connection.settings_dict
    if connection.vendor != "postgresql":
        pytest.skip(
            "backups are of PostgreSQL, production's database: set DATABASE_URL (the PostgreSQL pass of .ci/run)"
        )
    name = f"{settings_dict['NAME']}_restored"
    admin = url_of(settings_dict, "postgres")
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url_of(settings_dict, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_last_nights_backup_restores_the_portal_and_undoes_later_damage(restored_database, tmp_path):
    source = url_of(connection.settings_dict, connection.settings_dict["NAME"])
    original = portal_contents(source)
    assert original["pages"] and "Kommunikation" in original["groups"]

    backup = script("backup.sh", tmp_path / "backups", database_url=source)
    assert backup.returncode == 0, backup.stderr
    dump = Path(backup.stdout.strip())
    assert dump.parent == tmp_path / "backups" and dump.name.startswith("frivilligportal-") and dump.suffix == ".dump"
    assert oct(dump.stat().st_mode & 0o777) == "0o600"  # personal data: its owner only

    restored = script("restore.sh", dump, database_url=restored_database)
    assert restored.returncode == 0, restored.stderr
    assert portal_contents(restored_database) == original

    # Someone deletes the site record in the restored copy; restoring the backup again brings it back.
    with psycopg.connect(restored_database) as db:
        db.execute("delete from wagtailcore_site")
    assert portal_contents(restored_database) != original
    again = script("restore.sh", dump, database_url=restored_database)
    assert again.returncode == 0, again.stderr
    assert portal_contents(restored_database) == original


def test_a_backup_file_that_is_not_a_dump_is_refused_and_changes_nothing(restored_database, tmp_path):
    broken = tmp_path / "frivilligportal-broken.dump"
    broken.write_bytes(b"not a pg_dump archive")
    result = script("restore.sh", broken, database_url=restored_database)
    assert result.returncode != 0
    assert "Restored" not in result.stdout


def test_the_backup_needs_to_be_told_which_database():
    result = subprocess.run(
        [str(ROOT / "deploy" / "backup.sh")],
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "DATABASE_URL must name the PostgreSQL database" in result.stderr
