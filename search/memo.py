"""The answers of recent searches, kept in this process while nothing the search reads has changed.

Citizens ask the same things over and over ("frivillig", "fodbold", "ældre"), and a broad word
makes the database rank thousands of documents and read their facet values (at 5,000 associations
"frivillig" matches 6,500 documents: ~300 ms of SQL). What a search computes before the chosen
filters, the page and the promoted results are applied (the ranked rows with their facet values)
is the same for every visitor until the documents change, so it is kept here and the filters,
the counts and the page are worked out from it as before: the same results and the same counts.
What the search page and the API showed for an address is kept here too (search.service.shown): the
page's rendered results and the API's JSON, so that the same search again is neither searched nor
rendered (at 5,000 associations ~23 ms of CPU for the page, ~17 ms for the API, against ~8 and ~4).
Those are kept in a memo of their own (``vocabulary.shown``), bounded in kilobytes, so the rows of a
few broad searches in a large directory never push them out.

Kept under the vocabulary's token (search/models/freshness.py), which every search reads anyway (from
Redis where there is one, else the database) and which changes with every document, word or synonym
change in any process, so an
answer never outlives what it was computed from; a change in this process clears it at once
(search/signals.py). An answer is kept at most ``SECONDS``, as what is current moves with the clock
(a task open until yesterday, an association nobody updated for two years), and the memo is bounded
in rows (``MAX_ROWS``), so a directory of any size cannot fill the process's memory.
"""

import threading
import time
from collections import OrderedDict

SECONDS = 60
MAX_ENTRIES = 256
MAX_ROWS = 60_000  # About 60 MB of rows: the broadest query at 5,000 associations has ~6,500.
# Documents whose facet values are kept (``Facts``), ~250 bytes each: every document at 5,000 associations
# (~17,000), and the broadest query's matches at 50,000 ("frivillig": 25,853).
MAX_FACTS = 100_000


class Memo:
    def __init__(self, seconds=SECONDS, max_entries=MAX_ENTRIES, max_rows=MAX_ROWS):
        self.seconds, self.max_entries, self.max_rows = seconds, max_entries, max_rows
        self._entries = OrderedDict()  # key: (stored at, size, value), oldest first
        self._rows = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if time.monotonic() - entry[0] > self.seconds:
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return entry[2]

    def put(self, key, value, size=1):
        if size > self.max_rows:
            return  # Too large to keep: computed afresh each time.
        with self._lock:
            if key in self._entries:
                self._drop(key)
            self._entries[key] = (time.monotonic(), size, value)
            self._rows += size
            while len(self._entries) > self.max_entries or self._rows > self.max_rows:
                self._drop(next(iter(self._entries)))

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._rows = 0

    def _drop(self, key):
        _stored, size, _value = self._entries.pop(key)
        self._rows -= size

    def __len__(self):
        return len(self._entries)

    @property
    def rows(self):
        """The rows the kept answers count, of ``max_rows``."""
        return self._rows


class Facts:
    """Each document's facet values and dates (search/counting.py), by id, while the vocabulary's token stands.

    A new search's matches are different from a kept answer's, but mostly the same documents: "kor",
    "kor Fjordlund" and "sangkor" all read the choirs' categories, and "frivillig" reads a sixth of the
    directory. What a document's facets are changes only with the document, which changes the token, so
    they are read from the database once and then from here: at 5,000 associations "frivillig" read 2,614
    rows in three queries (~50 ms of SQL) for every new search with the word. What is current (a task's last
    day, an association's last update) moves with the clock and is decided when the rows are read, not here.

    ``get_many`` and ``put_many`` name the token their facts belong to: facts read under an older token
    (another thread's search that began before a change) are not kept, and a new token empties the store."""

    def __init__(self, max_facts=MAX_FACTS):
        self.max_facts = max_facts
        self._token = None
        self._facts = OrderedDict()  # id: facts, least recently read first
        self._lock = threading.Lock()

    def get_many(self, token, ids):
        """{id: facts} of ``ids`` kept under ``token``."""
        with self._lock:
            if token != self._token:
                self._facts.clear()
                self._token = token
                return {}
            found = {}
            for pk in ids:
                facts = self._facts.get(pk)
                if facts is not None:
                    self._facts.move_to_end(pk)
                    found[pk] = facts
            return found

    def put_many(self, token, facts):
        with self._lock:
            if token != self._token or token is None:
                return
            self._facts.update(facts)
            while len(self._facts) > self.max_facts:
                self._facts.popitem(last=False)

    def clear(self):
        with self._lock:
            self._facts.clear()
            self._token = None

    def __len__(self):
        return len(self._facts)
