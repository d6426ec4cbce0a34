"""Generations of cached content: a number that changes whenever the content behind a cache changes.

A cache key that includes the generation (``frame:7:site1:da``) is never read again once something bumps the
generation, so nothing needs to find and delete the old entries: they expire. The site frame (home/frame.py)
uses the "pages" generation, bumped when a page is published, unpublished, moved or deleted and when the
portal's settings, a locale or a site change; a page cache can use the same one.

Where the number lives: in the cache when it is shared by all processes (Redis, ``REDIS_URL``: no query), else
in the database (``core.CacheGeneration``: one primary-key read per request), because the process-local cache
of one gunicorn worker never hears that another worker published a page.
"""

import contextlib

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F

from .models import CacheGeneration

PAGES = "pages"
KEY = "cachegen:{}"
LOCAL_BACKEND = "django.core.cache.backends.locmem.LocMemCache"


def _shared_cache():
    return settings.CACHES["default"]["BACKEND"] != LOCAL_BACKEND


def current(name=PAGES):
    """The generation of ``name`` now (0 before the first change)."""
    if _shared_cache():
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
    return memo[name]


def bump(name=PAGES):
    """Make every key of ``name``'s old generation unreachable: after a publish, a settings change, …

    The database's number changes with the change's own transaction (other processes see both at commit); the
    shared cache's at once and again at commit, so that a process that cached the old content in between under
    the new number loses it then."""
    try:
        with transaction.atomic():
            if not CacheGeneration.objects.filter(name=name).update(value=F("value") + 1):
                CacheGeneration.objects.create(name=name, value=1)
    except DatabaseError:
        # A lost race to create the row: the other process's row counts, bump that.
        CacheGeneration.objects.filter(name=name).update(value=F("value") + 1)
    if _shared_cache():
        _incr_shared(name)
        transaction.on_commit(lambda: _incr_shared(name))


def _incr_shared(name):
    with contextlib.suppress(ValueError):  # not in Redis yet: the next read starts from the database's new number
        cache.incr(KEY.format(name))


def _stored(name):
    return CacheGeneration.objects.filter(name=name).values_list("value", flat=True).first() or 0
