"""Generations of cached content: a number that changes whenever the content behind a cache changes.

A cache key that includes the generation (``frame:7:site1:da``) is never read again once something bumps the
generation, so nothing needs to find and delete the old entries: they expire. The site frame (home/frame.py)
and the page cache (core/pagecache.py) use the "pages" generation, bumped by every change of what a page
shows (the receivers at the end of this module).

Where the number lives: in the cache when it is shared by all processes (Redis, ``REDIS_URL``: no query), else
in the database (``core.CacheGeneration``: one primary-key read per request), because the process-local cache
of one gunicorn worker never hears that another worker published a page.
"""

import contextlib
import functools
import hashlib
import sys
from pathlib import Path

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DatabaseError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import BaseViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import models

PAGES = "pages"
KEY = "cachegen:{}"
LOCAL_BACKEND = "django.core.cache.backends.locmem.LocMemCache"
TIMEOUT = 24 * 60 * 60  # a day: an old generation's entries go away by themselves

# The generations the request being served has read ({name: number}), for code that has no request at hand
# (a vocabulary's translations, a page's restrictions): emptied when a request starts and ends and by every bump, so
# nothing is read from the cache outside a request or after a change made in the same request.
_seen = Local()


def _forget_seen(**kwargs):
    _seen.generations = {}


request_started.connect(_forget_seen, dispatch_uid="core.cachegen.request_started")
request_finished.connect(_forget_seen, dispatch_uid="core.cachegen.request_finished")


def shared_cache():
    return settings.CACHES["default"]["BACKEND"] != LOCAL_BACKEND


def current(name=PAGES):
    """The generation of ``name`` now (0 before the first change)."""
    if shared_cache():
        value = cache.get(KEY.format(name))
        if value is None:
            # Redis was emptied (or restarted): start from the database's number, never from an old one.
            value = _stored(name) + 1
            cache.add(KEY.format(name), value, timeout=None)
            value = cache.get(KEY.format(name), value)
        return value
    return _stored(name)


def for_request(request, name=PAGES):
    """The generation of ``name`` as this request saw it first: one read per request, however many caches ask."""
    memo = request.__dict__.setdefault("_cache_generations", {})
    if name not in memo:
        memo[name] = current(name)
        if getattr(_seen, "generations", None) is None:
            _seen.generations = {}
        _seen.generations[name] = memo[name]
    return memo[name]


def cached(key, build, name=PAGES, timeout=TIMEOUT):
    """What ``build()`` returns, from the cache under the generation the current request read (none: built).

    For data that only changes together with a bump of ``name``: the translations of a vocabulary (snippets),
    the view restrictions. ``key`` says what it is (``vocabulary:directory.Category:en``). Outside a request,
    or in a request that has changed something (a bump), it is built each time, as without a cache.
    ``timeout``: how long a key can be of use, for keys that name a minute (``sections:…:29431201``), which
    nobody reads after it, rather than a day of Redis memory for each."""
    generation = (getattr(_seen, "generations", None) or {}).get(name)
    if generation is None:
        return build()
    full_key = f"{name}:{generation}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout)
    return value


def queryset_key(queryset):
    """A short key for the rows a queryset reads (its model and SQL), for ``cached``."""
    sql = str(queryset.query)
    return f"{queryset.model._meta.label}:{hashlib.sha256(sql.encode()).hexdigest()[:32]}"


def bump(name=PAGES):
    """Make every key of ``name``'s old generation unreachable: after a publish, a settings change, …

    The database's number changes with the change's own transaction (other processes see both at commit); the
    shared cache's at once and again at commit, so that a process that cached the old content in between under
    the new number loses it then. The rest of the current request reads nothing from ``cached``."""
    _forget_seen()
    try:
        with transaction.atomic():
            if not models.CacheGeneration.objects.filter(name=name).update(value=F("value") + 1):
                models.CacheGeneration.objects.create(name=name, value=1)
    except DatabaseError:
        # A lost race to create the row: the other process's row counts, bump that.
        models.CacheGeneration.objects.filter(name=name).update(value=F("value") + 1)
    if shared_cache():
        _incr_shared(name)
        transaction.on_commit(lambda: _incr_shared(name))


def _incr_shared(name):
    with contextlib.suppress(ValueError):  # not in Redis yet: the next read starts from the database's new number
        cache.incr(KEY.format(name))


def _stored(name):
    return models.CacheGeneration.objects.filter(name=name).values_list("value", flat=True).first() or 0


# What changes what a page shows, and so the "pages" generation: every page's publish, unpublish, move or delete,
# and the save or delete of anything else a page can show: sites, locales, settings, snippets (vocabularies, the
# contact point, synonyms), images and documents, and the models of the portal's own apps (an association's
# activities, a policy's versions, an event's dates, approved consultation responses, …). A model of the portal
# that only records what visitors send and no public page shows (an enquiry, a contact message, a shortlist, the
# search's counters) says ``shown_on_pages = False``, so that a citizen's enquiry does not empty the page cache.
# Over-purging is safe, a missed purge is a stale page: so a new model of the portal counts until it says otherwise.

PORTAL_ROOT = Path(settings.BASE_DIR).resolve()


def _is_portal_model(model):
    module = sys.modules.get(model.__module__)
    path = getattr(module, "__file__", None)
    return bool(path) and Path(path).resolve().is_relative_to(PORTAL_ROOT) and ".venv" not in Path(path).parts


@functools.cache
def shown_on_pages(model):
    """Whether saving or deleting a ``model`` can change a public page (see above)."""
    if getattr(model, "shown_on_pages", True) is False:
        return False
    if issubclass(model, (Page, Locale, Site, BaseSiteSetting, BaseGenericSetting, AbstractImage, AbstractDocument)):
        return True
    if issubclass(model, BaseViewRestriction):
        # "Privacy" in the admin saves no page, yet routing checks the frame's copy of the restrictions, and the
        # listings' core.pages.private_q the cached restricted paths: a page made private must be so at once.
        return True
    if issubclass(model, AbstractRendition):
        return False  # made while a page renders: the page it is for is not changed by it
    if model in get_snippet_models():
        return True
    return _is_portal_model(model)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    bump()


@receiver(post_save)
@receiver(post_delete)
def _saved(sender, **kwargs):
    if kwargs.get("raw"):
        return  # loading a fixture
    if shown_on_pages(sender):
        bump()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def _restriction_groups_changed(sender, **kwargs):
    bump()  # a restriction to other groups
