"""Fixtures shared by the whole suite, the database states the tests run on, and their order.

The committed test database is either as the migrations leave it ("empty"), holds the demo
(the ``demo`` fixture) or a browser test's site (fixtures made with tests.database.snapshotted);
tests/database.py keeps a snapshot of each and puts the right one back before a test that needs
it. Tests otherwise run in a transaction that is rolled back, except
browser tests: their live server reads the database from other threads, so they see
committed data (``transactional_db`` below) and the database is put back after them if they
changed it. Wagtail's search and reference indexes are off unless a test is marked
``search_index`` or ``reference_index`` (tests/indexing.py).
"""

import time
import uuid
from types import SimpleNamespace

import pytest
import redis
from django.conf import settings
from django.core.cache import cache, caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import TransactionTestCase
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from django_ratelimit import core as ratelimit_core
from wagtail.models import Site

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    LocalityFactory,
    category,
    target_group,
)
from home.factories import fill_portal_settings, site_home_page
from home.models import PortalSettings
from home.sites import add_site
from policy.factories import GuideIndexPageFactory, GuidePageFactory
from search.vocabulary import vocabulary
from tests import hostile, indexing
from tests.database import DEMO, EMPTY, STATE_FIXTURES, states
from tests.helpers import load_demo

# The Redis that runs on every machine, CI included, for tests of the shared cache (``shared_cache``).
REDIS = "redis://127.0.0.1:6379/0"

# The database state each test needs, and the order they run in


def commits(item):
    """Whether the test sees committed data: its live server reads the database from other threads."""
    return "live_server" in item.fixturenames or "transactional_db" in item.fixturenames


def wanted_state(item):
    """The state of the committed database the test runs on, or None if it uses no database."""
    for fixture, state in STATE_FIXTURES.items():
        if fixture in item.fixturenames:
            return state
    cls = getattr(item, "cls", None)
    if (
        item.get_closest_marker("django_db")
        or "django_db_setup" in item.fixturenames
        or (cls is not None and issubclass(cls, TransactionTestCase))
    ):
        return EMPTY
    return None


def pytest_itemcollected(item):
    """With pytest-xdist's --dist loadgroup (make test) the tests of a snapshotted state (the demo, a browser
    test's site) go to one worker, which builds it once."""
    state = wanted_state(item)
    if state not in (None, EMPTY):
        item.add_marker(pytest.mark.xdist_group(state))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's own ordering: the demo's tests last, and browser tests last in each state.

    So the committed database switches to the demo once, and only tests that commit changes
    (browser tests) are followed by a restore."""
    items.sort(key=lambda item: (wanted_state(item) == DEMO, commits(item)))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Put the state the test needs in place before any of its fixtures (and its transaction) start."""
    states.prepare(wanted_state(item))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb):
    """pytest-django's migrated test database, with its states kept from here on (tests/database.py).

    pytest-django sets up the test database only when a selected test names ``db`` (or a
    django_db mark); the ``demo`` fixture asks for it while it runs. So a run of demo tests alone
    (``pytest tests/permissions -k search``) would load the demo into the unmigrated database
    DATABASE_URL names: the test database is set up here then."""
    own = None
    connection = connections[DEFAULT_DB_ALIAS]
    with django_db_blocker.unblock():
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            own = setup_databases(verbosity=0, interactive=False, aliases={DEFAULT_DB_ALIAS}, keepdb=django_db_keepdb)
        states.start(django_db_blocker)
    # The migrations' post_migrate signal connected Wagtail's reference index handlers again.
    indexing.switch(search=False, references=False)
    yield
    with django_db_blocker.unblock():
        states.stop(keepdb=django_db_keepdb)
        if own is not None and not django_db_keepdb:
            teardown_databases(own, verbosity=0)


@pytest.fixture
def transactional_db(request, django_db_setup, django_db_blocker):
    """Committed data, for browser tests and the live server that answers them from other threads.

    This replaces pytest-django's fixture of the same name (a django.test.TransactionTestCase,
    which empties the database after the test and loads what the migrations made before the
    next): here the committed database is put back from a snapshot before the next test, and
    only if this test changed it.
    """
    if request.node.get_closest_marker("django_db") or "db" in request.fixturenames:
        pytest.fail(
            "A test that commits (a browser test) takes no django_db mark and no `db` fixture: "
            "its data fixtures depend on `database`, which commits for it."
        )
    with django_db_blocker.unblock():
        states.keep_empty()
        yield


@pytest.fixture
def database(request):
    """Database access for fixtures that build data: the test's own transaction, or committed data
    when the test has a live server (browser tests)."""
    request.getfixturevalue("transactional_db" if commits(request) else "db")


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The demo, loaded once per test session (per xdist worker); what load_demo printed then."""
    with django_db_blocker.unblock():
        return states.ensure(DEMO, build=load_demo)


@pytest.fixture
def demo(request, demo_database):
    """The demo site of `make run` (Fjordlund Kommune), and what load_demo printed when it loaded it.

    Loaded once and snapshotted: a test changes it inside its own transaction, and a browser
    test that changes it is followed by a restore."""
    request.getfixturevalue("transactional_db" if commits(request) else "db")
    return demo_database


@pytest.fixture(autouse=True)
def wagtail_indexes(request):
    """Wagtail's search and reference indexes are updated only for tests marked search_index or reference_index."""
    indexing.switch(
        search=request.node.get_closest_marker("search_index") is not None,
        references=request.node.get_closest_marker("reference_index") is not None,
    )
    yield
    indexing.switch(search=False, references=False)


@pytest.fixture(autouse=True)
def no_counted_requests(monkeypatch):
    """Each test starts with no requests counted against the test client's address (core.ratelimit counts
    in the process's cache) and no failed logins remembered by django-axes (it keeps them in the database,
    rolled back with the test).

    And a test counts in one window of django-ratelimit's. It starts a new count at a fixed second of each
    period, another for each key: "formand@egebjerg-if.dk" at 2/h at xx:50:45. A CI run that reached
    tests/core/test_rate_limits.py at 20:50:45 counted the third answer afresh and let it through (303, not 429).
    The window only names the count's key (and its "time left", which nothing reads), so one per period for the
    whole test does."""
    cache.clear()
    started = int(time.time())
    monkeypatch.setattr(ratelimit_core, "_get_window", lambda value, period: started + period)
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def portal_language():
    """Every test starts in the portal's own language (Danish).

    A request to an English page (/en/…) leaves English active in the test's thread (Django's
    LocaleMiddleware activates it and nothing deactivates it), so a later test on the same worker
    that reads a translated heading would otherwise read it in English.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_search_vocabulary():
    """The search's in-process vocabulary is read again in every test: a rolled-back test's words must not linger."""
    vocabulary.forget()


# The site


@pytest.fixture
def home(database):
    """The site's home page, as the data migration leaves it on a fresh install."""
    return site_home_page()


@pytest.fixture
def site(database):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def portal_settings(site, home):
    """Site settings filled in as a kommune would, with footer pages that exist."""
    return fill_portal_settings(site)


@pytest.fixture
def directory(home):
    """The association directory (/foreninger/) under the home page."""
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def searchable_pages(home):
    """A few published things to find, so that each hostile example searches real documents quickly."""
    directory = DirectoryIndexPageFactory(parent=home)
    lysglimt = AssociationPageFactory(
        parent=directory,
        title="Lysglimt sorggrupper",
        slug="lysglimt",
        summary="Sorggrupper for efterladte ægtefæller.",
        locality=LocalityFactory(name="Fjordlund"),
        categories=[category("Socialt arbejde")],
        target_groups=[target_group("Pårørende")],
    )
    ActivityFactory(association=lysglimt, name="Sorggruppe for forældre", accessible_venue=True)
    roklub = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden.",
        locality=LocalityFactory(name="Birkely"),
        categories=[category("Idræt og motion")],
    )
    ActivityFactory(association=roklub, name="Morgenroning", is_free=True, no_danish_needed=True)
    guides = GuideIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=guides, title="Sådan starter du en sorggruppe", slug="sorggruppe")
    for page in (lysglimt, roklub, guide):
        page.save_revision().publish()


@pytest.fixture
def second_site(home):
    """A second kommune on the installation beside the first (the default site, Testrup/Fjordlund):
    Nabo Kommune at nabo.localhost, its own home page (/nabo/), settings with its contact point
    (frivillig@nabo.dk), its group "Kommunikation – Frivillig i Nabo" and one town of its own, Nabohavn.

    Ask it with the host: ``client.get("/", HTTP_HOST=second_site.host)``; the test client's own host
    (testserver) is served by the default site."""
    site = add_site("nabo.localhost", "Frivillig i Nabo", "nabo", "Nabo Kommune", contact_email="frivillig@nabo.dk")
    return SimpleNamespace(
        site=site,
        host=site.hostname,
        home=site.root_page.specific,
        portal=PortalSettings.for_site(site),
        locality=LocalityFactory(name="Nabohavn", site=site),
    )


# Email


@pytest.fixture
def mail_queue(settings):
    """Send mail through the production queue (django-mailer) instead of straight to the outbox.

    Django's test set-up replaces EMAIL_BACKEND with its in-memory outbox; this puts the
    queue back, so a test sees what production does and calls tests.mail.deliver_queued_mail().
    """
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"


# The fuzzing's tally (tests/hostile.py), added up over the xdist workers and printed after the run -------------------


def pytest_sessionfinish(session):
    if hasattr(session.config, "workeroutput"):  # an xdist worker: hand the tally to the controller
        session.config.workeroutput["fuzz_tally"] = dict(hostile.tally)


def pytest_testnodedown(node, error):
    hostile.tally.update(getattr(node, "workeroutput", {}).get("fuzz_tally", {}))


def pytest_terminal_summary(terminalreporter):
    if hostile.tally["requests"]:
        terminalreporter.write_line(
            f"Fuzzing: {hostile.tally['requests']:,} generated requests, {hostile.tally['server_errors']} answered 5xx"
            f" (FUZZ_SCALE={hostile.FUZZ_SCALE:g})"
        )


@pytest.fixture
def shared_cache(settings):
    """Redis, as in production (a real one runs on 127.0.0.1:6379 here and in CI), under a prefix of this test's."""
    prefix = f"test-shared-cache-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": REDIS, "KEY_PREFIX": prefix}
    }
    yield caches["default"]
    server = redis.Redis.from_url(REDIS)
    for key in server.scan_iter(f"{prefix}:*"):
        server.delete(key)
