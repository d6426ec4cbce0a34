"""Django's Redis cache, but a Redis that is down means "nothing cached", never a 500.

Everything the portal keeps in Redis can be made again or done without: whole pages (core/pagecache.py),
the site frame (home/frame.py), generations (core/cachegen.py, which fall back to the database), the
per-IP form limits (django-ratelimit lets a request through when it cannot count). So when Redis restarts
or its host is unreachable, every cache call answers as an empty cache would (``get`` its default, ``add``
False, ``incr`` a ValueError as for a missing key, which every caller already handles) and the
site serves uncached. It logs once when Redis goes away and once when it is back, not on every call (a busy
site makes hundreds a second), and for ``RETRY_SECONDS`` after a failure it does not try again, so that a
host that does not answer costs each request nothing rather than a connection timeout per call.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError)


class _Health:
    """Whether Redis answered last time, shared by the threads of a process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down = False

    def skip(self):
        return self.down and time.monotonic() < self.down_until

    def failed(self, error, location):
        with self.lock:
            if not self.down:
                logger.error("Redis at %s is unreachable (%s): serving without the cache", location, error)
            self.down = True
            self.down_until = time.monotonic() + RETRY_SECONDS

    def answered(self, location):
        if self.down:
            with self.lock:
                if self.down:
                    logger.warning("Redis at %s answers again: the cache is back", location)
                self.down = False


def _guarded(fallback):
    """Run the cache call, or give ``fallback(args)`` when Redis is not there."""

    def decorate(method):
        @functools.wraps(method)
        def guarded(self, *args, **kwargs):
            if self._health.skip():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                self._health.failed(error, self._servers[0])
                return fallback(*args, **kwargs)
            self._health.answered(self._servers[0])
            return result

        return guarded

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _false(*args, **kwargs):
    return False


def _none(*args, **kwargs):
    return None


def _empty(*args, **kwargs):
    return {}


def _no_list(keys, *args, **kwargs):
    return list(keys)


def _missing(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found (Redis is unreachable)")


class ReusedRedisClient(RedisCacheClient):
    """Django's Redis client maker, with one ``redis.Redis`` per connection pool rather than one per call.

    Django makes a new ``redis.Redis`` for every cache call, and each sets up its table of ~330 response
    callbacks: 0.2 ms a call, and a search suggestion makes three (the rate limit's two, the vocabulary's
    token), a third of its time in the process. A ``redis.Redis`` is safe to share between threads; the
    connections still come from the pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` that serves as an empty cache while Redis is down."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisClient
        self._health = _Health()

    get = _guarded(_default)(RedisCache.get)
    get_many = _guarded(_empty)(RedisCache.get_many)
    has_key = _guarded(_false)(RedisCache.has_key)
    set = _guarded(_none)(RedisCache.set)
    add = _guarded(_false)(RedisCache.add)
    touch = _guarded(_false)(RedisCache.touch)
    delete = _guarded(_false)(RedisCache.delete)
    set_many = _guarded(_no_list)(RedisCache.set_many)
    delete_many = _guarded(_none)(RedisCache.delete_many)
    incr = _guarded(_missing)(RedisCache.incr)
    clear = _guarded(_false)(RedisCache.clear)
