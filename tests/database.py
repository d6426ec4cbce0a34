"""The committed test database as named states that are built once and put back in a moment.

Loading the demo takes seconds, and browser tests commit what they do (their live server reads
the database through connections of its own), so loading the demo for each test or flushing
the database after each browser test made most of the suite's run time. Instead, a test
session (each pytest-xdist worker has its own) keeps snapshots of the committed database:

- ``empty``: as the migrations leave it, taken before anything is committed on top of it;
- ``demo``: with ``manage.py load_demo``'s content, taken when a test first asks for it.

Before each test, ``prepare`` makes the committed database hold the state the test needs,
putting a snapshot back only when the state differs or a committed write has changed it since
(any INSERT, UPDATE, DELETE … outside a test's own rolled-back transaction is noticed as it
happens). Tests in a transaction roll their changes back and never need a restore; browser
tests that change data do. tests/conftest.py orders the tests so that the demo's come last
and the state switches once.

How a snapshot is taken and put back depends on the database:

- SQLite (the test database is in memory): sqlite3's backup API copies the whole database
  to another in-memory database, and back.
- PostgreSQL: ``CREATE DATABASE <test>_<state> TEMPLATE <test>``, and back with
  ``DROP DATABASE <test> WITH (FORCE)`` and ``CREATE DATABASE <test> TEMPLATE <test>_<state>``.

On every restore the cache (Wagtail's site root paths and renditions) and the search's in-process
vocabulary are cleared: they describe the old content. (The vocabulary's version token is in the
database, put back with it; a token the process saw before may come back with it, hence the clearing.)
"""

import sqlite3
import threading
import weakref

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.signals import connection_created

from search.vocabulary import vocabulary

EMPTY = "empty"
DEMO = "demo"
# The fixtures that stand for a state: a test that uses one runs on that state.
STATE_FIXTURES = {"demo_database": DEMO}

# Statements that never change committed data; anything else counts as a change, so a statement
# this list does not know costs at most one restore too many.
# (SQLite opens a transaction with a BEGIN statement, PostgreSQL without one.)
READS = ("SELECT", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "SET", "SHOW", "PRAGMA", "EXPLAIN")
# Writes that only cache what the content already says: an image rendition (the header's logo at
# height-48 is made on a browser test's first page view) leaves the state as it was, and counting
# it cost every browser test on the demo a restore (1.5 s on PostgreSQL).
CACHE_WRITES = ('INSERT INTO "wagtailimages_rendition"',)


class DatabaseStates:
    """The named states of the committed ``default`` test database of this process."""

    def __init__(self, alias=DEFAULT_DB_ALIAS):
        self.alias = alias
        self.blocker = None  # pytest-django's DB blocker, to reach the database from hooks
        self.storage = None
        self.snapshots = {}  # state name: what the storage needs to put it back
        self.values = {}  # what each state's builder returned, e.g. load_demo's output
        self.current = None  # the state the committed database holds; None: unknown or changed
        self.wrappers = weakref.WeakSet()  # every Django connection object seen, in every thread
        self.lock = threading.Lock()

    @property
    def active(self):
        return self.blocker is not None

    # The session

    def start(self, blocker):
        """The test database has just been migrated (pytest-django's django_db_setup)."""
        self.blocker = blocker
        self.current = EMPTY
        vendor = connections[self.alias].vendor
        if vendor not in STORAGES:
            raise NotImplementedError(f"The test database states support SQLite and PostgreSQL, not {vendor}")
        self.storage = STORAGES[vendor](self)
        connection_created.connect(self._watch, dispatch_uid="tests.database.watch")
        for wrapper in connections.all(initialized_only=True):
            self._watch(type(wrapper), wrapper)

    def stop(self, keepdb=False):
        """Drop the snapshots; a database kept for the next run (--reuse-db) is left as migrated."""
        connection_created.disconnect(dispatch_uid="tests.database.watch")
        if keepdb and self.current != EMPTY and EMPTY in self.snapshots:
            self.restore(EMPTY)
        for handle in self.snapshots.values():
            self.storage.drop(handle)
        self.snapshots.clear()
        self.values.clear()
        self.blocker = None

    # States

    def ensure(self, name, build=None):
        """Make the committed database hold the state ``name``; build it on ``empty`` the first time.

        Returns what the builder returned when the state was built."""
        if self.current == name:
            return self.values.get(name)
        if name in self.snapshots:
            self.restore(name)
            return self.values.get(name)
        if name == EMPTY:
            raise LookupError("The migrated test database changed before it was snapshotted")
        if build is None:
            raise LookupError(f"The test database state {name!r} has not been built yet")
        self.ensure(EMPTY)
        self.keep_empty()
        self.values[name] = build()
        self.take(name)
        return self.values[name]

    def keep_empty(self):
        """Snapshot the migrated database before anything is committed on top of it."""
        if EMPTY not in self.snapshots and self.current == EMPTY:
            self.take(EMPTY)

    def take(self, name):
        self.snapshots[name] = self.storage.take(name)
        self.current = name

    def restore(self, name):
        self.storage.restore(self.snapshots[name])
        self.current = name
        cache.clear()
        vocabulary.forget()
        ContentType.objects.clear_cache()

    def prepare(self, wanted):
        """Before a test (and its fixtures): the committed database holds the state ``wanted``.

        A state not built yet is left to the fixture that builds it: the demo's is session-scoped,
        so it runs before the test's transaction starts; a browser test's site is committed
        data anyway (``snapshotted``)."""
        if not self.active or wanted is None or wanted == self.current:
            return
        if wanted in self.snapshots:
            with self.blocker.unblock():
                self.restore(wanted)

    # Noticing committed writes

    def _watch(self, sender, connection, **kwargs):
        if self._noticed not in connection.execute_wrappers:
            connection.execute_wrappers.append(self._noticed)
        with self.lock:
            self.wrappers.add(connection)

    def _noticed(self, execute, sql, params, many, context):
        statement = str(sql).lstrip()
        if (
            self.current is not None
            and not statement[:10].upper().startswith(READS)
            and not statement.startswith(CACHE_WRITES)
        ):
            atomics = context["connection"].atomic_blocks
            # Inside a test's own transaction (django.test.TestCase's) everything is rolled back.
            if not any(getattr(atomic, "_from_testcase", False) for atomic in atomics):
                self.current = None
        return execute(sql, params, many, context)

    def close_connections(self):
        """Close this thread's connections, so none holds the database that is replaced or copied."""
        with self.lock:
            wrappers = list(self.wrappers)
        for wrapper in wrappers:
            if wrapper.alias == self.alias and wrapper._thread_ident == threading.get_ident():
                wrapper.close()


class SQLiteStorage:
    """Snapshots in other in-memory SQLite databases of this process, copied with the backup API."""

    def __init__(self, states):
        self.states = states

    def raw(self):
        connection = connections[self.states.alias]
        connection.ensure_connection()
        return connection.connection

    def take(self, name):
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        self.raw().backup(copy)
        return copy

    def restore(self, copy):
        copy.backup(self.raw())

    def drop(self, copy):
        copy.close()


class PostgreSQLStorage:
    """Snapshots as databases made from the test database as template, on the same server."""

    def __init__(self, states):
        self.states = states
        self.connection = connections[states.alias]
        self.database = self.connection.settings_dict["NAME"]

    def quote(self, name):
        return self.connection.ops.quote_name(name)

    def take(self, name):
        snapshot = f"{self.database}_{name}"
        with self.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {self.quote(snapshot)} WITH (FORCE)")  # left by a crashed run
            # A template must have no other sessions: the live server's request threads may still hold one.
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [self.database],
            )
            cursor.execute(f"CREATE DATABASE {self.quote(snapshot)} TEMPLATE {self.quote(self.database)}")
        return snapshot

    def restore(self, snapshot):
        with self.cursor() as cursor:
            cursor.execute(f"DROP DATABASE {self.quote(self.database)} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {self.quote(self.database)} TEMPLATE {self.quote(snapshot)}")

    def drop(self, snapshot):
        with self.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {self.quote(snapshot)} WITH (FORCE)")

    def cursor(self):
        """A cursor on the server's maintenance database, with none of ours left on the test database."""
        self.states.close_connections()
        return self.connection._nodb_cursor()


STORAGES = {"sqlite": SQLiteStorage, "postgresql": PostgreSQLStorage}

states = DatabaseStates()


def snapshotted(build):
    """Turn ``build()`` into a fixture of committed data for browser tests, built once per session.

    The state it makes is snapshotted the first time and put back before each later test that
    uses the fixture (when another state is in place or a test changed it), instead of being
    built again. The fixture's value is what ``build()`` returned then: model instances keep
    their primary keys in the restored database. ``build`` takes no fixtures, as it runs once
    for many tests, on the migrated database."""
    name = build.__name__
    STATE_FIXTURES[name] = name

    @pytest.fixture(name=name)
    def fixture(transactional_db):
        return states.ensure(name, build=build)

    fixture.__doc__ = build.__doc__
    return fixture
