"""A change made in one process reaches the search in every other at once (issue 16, "Fresh at once").

Each process keeps the search's vocabulary in memory. Right after ``manage.py import_associations``
into a running site, the web process still searched with the words it had loaded before, so a new
association's own words ("kajakpolo") were unknown to it, until it reloaded minutes later: the
change signal went through the cache, and the embedded default's local-memory cache is not shared
between processes. Here the import runs in an OS process of its own, against the same database,
while a searcher that has already loaded its vocabulary (a second OS process, and on PostgreSQL this
test's process as well) searches before and right after it.
"""

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from django.http import QueryDict
from wagtail.models import Locale

from search.service import run_search
from tests.database import states

pytestmark = pytest.mark.search_index

NEW_ASSOCIATION = {
    "external_id": "fresh-1",
    "name": "Havørnene Kajakpolo",
    "summary": "Kajakpolo for unge og voksne i havnebassinet hver tirsdag.",
}
# A searcher as a web process is one: it loads the vocabulary with its first search and keeps it.
SEARCHER = """
import json, sys
import django
django.setup()
from django.http import QueryDict
from wagtail.models import Locale
from search.service import run_search
locale = Locale.objects.get(language_code="da")
for line in sys.stdin:
    outcome = run_search(line.strip(), locale, QueryDict())
    print(json.dumps([result.title for result in outcome.results]), flush=True)
"""


def database_url(tmp_path):
    """An address of the test's committed database that another process can open."""
    if connection.vendor == "postgresql":
        config = connection.settings_dict
        port = config.get("PORT") or 5432
        return f"postgres://{config['USER']}@{config['HOST']}:{port}/{config['NAME']}"
    # The SQLite test database lives in this process's memory: the other processes share a copy in a file.
    path = tmp_path / "portal.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as copy:
        connection.connection.backup(copy)
    return f"sqlite:///{path}"


# The caches the processes may have: none shared (each its own local memory, as on the embedded default), or
# Redis, where the vocabulary's token is read from the cache rather than the database (search/vocabulary.py).
CACHES = {"local memory": "", "redis": "redis://127.0.0.1:6379/14"}


def environment(url, redis_url=""):
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    return {
        **env,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        **({"REDIS_URL": redis_url} if redis_url else {}),
    }


class Searcher:
    """A second OS process that searches the same database, line by line."""

    def __init__(self, url, redis_url=""):
        self.process = subprocess.Popen(
            [sys.executable, "-c", SEARCHER],
            cwd=settings.BASE_DIR,
            env=environment(url, redis_url),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def titles(self, query):
        self.process.stdin.write(query + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


def titles_here(query):
    outcome = run_search(query, Locale.objects.get(language_code="da"), QueryDict())
    return [result.title for result in outcome.results]


@pytest.mark.parametrize("cache", CACHES)
def test_an_association_imported_by_another_process_is_found_at_once_everywhere(
    transactional_db, directory, tmp_path, cache
):
    url, redis_url = database_url(tmp_path), CACHES[cache]
    here = connection.vendor == "postgresql"  # SQLite's test database is not the file the others use.
    searcher = Searcher(url, redis_url)
    try:
        assert searcher.titles("kajakpolo") == []
        if here:
            assert titles_here("kajakpolo") == []
        register = tmp_path / "register.json"
        register.write_text(json.dumps([NEW_ASSOCIATION], ensure_ascii=False), encoding="utf-8")
        subprocess.run(
            [sys.executable, "manage.py", "import_associations", str(register), "--no-progress"],
            cwd=settings.BASE_DIR,
            env=environment(url, redis_url),
            check=True,
            capture_output=True,
            timeout=300,
        )
        # The importer wrote to the committed test database behind this process's back.
        states.current = None

        assert searcher.titles("kajakpolo") == [NEW_ASSOCIATION["name"]]
        if here:
            assert titles_here("kajakpolo") == [NEW_ASSOCIATION["name"]]
    finally:
        searcher.close()
