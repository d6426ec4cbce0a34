"""Whether Elasticsearch may be asked: the mark a failure leaves in the cache.

When Elasticsearch fails or is slow, ``mark_down()`` notes it in the cache (shared by every
process) for ``ELASTICSEARCH_RETRY_SECONDS``. Meanwhile the citizens' search
(search/matching.py), searches made straight on the backend (Wagtail's admin) and indexing
(search/backends/) leave Elasticsearch alone and use the database; ``manage.py update_index``
clears the mark once Elasticsearch has everything again.

Everything that reads or sets the mark imports it from here, so this module imports no
other part of the search.
"""

from django.conf import settings
from django.core.cache import cache

DOWN_KEY = "search:elasticsearch-down"


def known_down():
    """Whether Elasticsearch failed less than ELASTICSEARCH_RETRY_SECONDS ago."""
    return bool(cache.get(DOWN_KEY))


def mark_down():
    """Leave Elasticsearch alone for ELASTICSEARCH_RETRY_SECONDS."""
    cache.set(DOWN_KEY, True, settings.ELASTICSEARCH_RETRY_SECONDS)


def mark_up():
    """Elasticsearch has everything again: searches may use it at once."""
    cache.delete(DOWN_KEY)
