"""One row that says when the search's words last changed, so every process notices at once.

Each process keeps the vocabulary in memory (search/vocabulary.py). A change made in another
process (``manage.py import_associations``, a cron job, a second app server) must reach it before
its next search, whatever cache the installation has: the local-memory cache of the embedded
default is not shared between processes at all. So the token lives in the database, written in the
same transaction as the words it announces, and each search reads it back: one row by its primary key.
"""

import uuid

from django.db import models


class VocabularyVersion(models.Model):
    """A token that changes whenever the search's words or synonyms change (row ``ROW`` only).

    A random token rather than a counter: a rolled-back transaction or a restored backup may take a
    counter back to a number a process has already seen for other words, never a token."""

    shown_on_pages = False  # a freshness token (core/cachegen.py)

    ROW = 1

    token = models.CharField(max_length=32, default="")

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=cls.ROW).values_list("token", flat=True).first() or ""

    @classmethod
    def bump(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=cls.ROW).update(token=token):
            # The first change of a new database; another process may be making the row at the same time.
            cls.objects.bulk_create([cls(pk=cls.ROW, token=token)], ignore_conflicts=True)
            cls.objects.filter(pk=cls.ROW).update(token=token)
        return token
