"""Keep the search documents in step with the live site.

A page's documents are (re)built when it is published and dropped when it is
unpublished, deleted, moved behind a login or stops being open (a filled task).
What they hold is the page type's own business (search/pages.py); here is only when.
Drafts never reach the search: an association's submitted change waits for
moderation and the last approved version stays findable. ``rebuild()`` does the
whole site again; ``manage.py update_index`` runs it before the backends.
"""

import logging
from collections import Counter
from urllib.parse import urlsplit, urlunsplit

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from core.sites import site_id_of

from . import danish, lexicon
from .models import SearchDocument, Term
from .pages import dependents_of, documents_of
from .vocabulary import vocabulary

logger = logging.getLogger(__name__)


def is_searchable(page, restricted=None):
    """Live, below a site's home page, and visible to everyone.

    ``restricted``: the paths of every page with a view restriction, read once by ``rebuild``
    rather than one query per page (a restriction on the page or an ancestor: a prefix of its path)."""
    if not page.live or page.depth <= 2:
        return False
    if restricted is not None:
        return not page.path.startswith(restricted)
    return not PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(page)).exists()


def _ancestor_paths(page):
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def specs_for(page, restricted=None):
    """The document specs of a page as its own class describes them (search/pages.py); none if not searchable."""
    page = page.specific
    if not is_searchable(page, restricted):
        return []
    return documents_of(page)


FACET_FIELDS = ("categories", "target_groups")


def site_relative(url):
    """The address within its site: a document is only ever shown on its own site (``site``).

    With several sites Wagtail gives a page's address with its host ("http://nabo.localhost/foreninger/");
    the results and the API put the host of the request in front themselves."""
    if not url.startswith(("http://", "https://")):
        return url
    parts = urlsplit(url)
    return urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))


def _prepared(page, spec, roots=None):
    """(key, the document's values, {facet relation: objects}) from a page's document spec."""
    spec = dict(spec)
    relations = {name: spec.pop(name, []) for name in FACET_FIELDS}
    spec.setdefault("locale_id", page.locale_id)
    spec.setdefault("site_id", site_id_of(page, roots))
    spec["url"] = site_relative(spec.get("url", ""))
    return spec.pop("key"), {"page": page, **spec}, relations


def _save(page, spec):
    key, values, relations = _prepared(page, spec)
    doc, _created = SearchDocument.objects.update_or_create(key=key, defaults=values)
    for name, objects in relations.items():
        getattr(doc, name).set(objects)
    return doc


def sync_page(page, descendants=False):
    """Rebuild the documents of one page (and optionally its descendants); returns how many are live."""
    pages = [page]
    if descendants:
        pages += list(page.get_descendants().specific())
    count = 0
    for each in pages:
        count += _sync_one(each)
    return count


def sync_published(page):
    """After ``page`` was published: its documents, then those of the pages that carry its facts.

    Which pages carry its facts is the page's own word (``search_dependents``); when its address
    changed, every page below it moved too."""
    page = page.specific
    before = _address(page)
    sync_page(page)
    others = {other.pk: other for other in dependents_of(page)}
    if _address(page) != before:
        others.update((other.pk, other) for other in page.get_descendants().specific())
    for other in others.values():
        sync_page(other)


def _address(page):
    return SearchDocument.objects.filter(page_id=page.pk).values_list("url", flat=True).first()


@transaction.atomic
def _sync_one(page):
    specs = specs_for(page)
    keys = [spec["key"] for spec in specs]
    removed = 0
    for doc in SearchDocument.objects.filter(page_id=page.pk).exclude(key__in=keys):
        doc.delete()  # One by one, so the backends hear of each removal.
        removed += 1
    docs = [_save(page, spec) for spec in specs]
    if not add_terms(docs) and removed:
        vocabulary.changed()  # No new words, but every process's kept answers (search/memo.py) must go.
    return len(docs)


def remove_page(page):
    """Drop the documents of a page and everything below it."""
    pages = Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True)
    removed = 0
    for doc in SearchDocument.objects.filter(page_id__in=pages):
        doc.delete()
        removed += 1
    if removed:
        vocabulary.changed()  # Every process's kept answers (search/memo.py) may list them.


def document_words(doc):
    return danish.words(" ".join([doc.title, doc.summary, doc.keywords, doc.body]))


def term(word, documents=1):
    """A vocabulary row for ``word``: its Snowball stem and its lemma, looked up once here rather than per search."""
    key = danish.normalise(word)
    return Term(word=word, stem=danish.stem(key), lemma=lexicon.lemma(key)[:100], documents=documents)


def add_terms(docs):
    """Make the words of new documents known to the query side (counts are exact after ``rebuild``).

    Returns whether there were words (and so the vocabulary's token was bumped)."""
    words = {word for doc in docs for word in document_words(doc) if 1 < len(word) <= 100}
    if not words:
        return False
    Term.objects.bulk_create([term(word) for word in words], ignore_conflicts=True, batch_size=500)
    vocabulary.changed()  # Also tells every process that the documents changed (search/memo.py).
    return True


def rebuild(report=None, bulk=False):
    """Every live page's documents again, stale ones gone, and the vocabulary counted afresh.

    ``bulk``: written a few hundred at a time without saving each (``update_index`` when it rebuilds
    every backend's index right after, so no backend needs to hear of each document): at 5,000
    associations that is ~12,000 documents in a few dozen queries instead of ~80,000."""
    report = report or (lambda message: None)
    started = timezone.now()
    pages = Page.objects.live().filter(depth__gt=2).order_by("path").specific(defer=False)
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    if bulk:
        seen = _rebuild_in_bulk(pages, restricted)
    else:
        seen = set()
        for page in with_related(pages):
            with transaction.atomic():
                for spec in specs_for(page, restricted):
                    seen.add(_save(page, spec).pk)
    count = len(seen)
    for doc in SearchDocument.objects.exclude(pk__in=seen).iterator():
        doc.delete()
    rebuild_terms()
    report(f"Search documents: {count} built in {(timezone.now() - started).total_seconds():.1f} s")
    return count


BULK_BATCH = 500
RELATED_BATCH = 200


def with_related(pages):
    """The pages of the queryset in order, each page type's ``search_related`` relations (search/pages.py)
    read for up to 200 pages at a time: one query per relation and batch instead of one per page."""
    batch = []
    for page in pages.iterator(chunk_size=RELATED_BATCH):
        batch.append(page)
        if len(batch) == RELATED_BATCH:
            yield from _prefetch(batch)
            batch = []
    yield from _prefetch(batch)


def _prefetch(batch):
    by_type = {}
    for page in batch:
        by_type.setdefault(type(page), []).append(page)
    for page_type, group in by_type.items():
        if getattr(page_type, "search_related", ()):
            prefetch_related_objects(group, *page_type.search_related)
    return batch


UNKNOWN = object()  # A value nothing equals: a document written earlier in the same rebuild is written again.


def _rebuild_in_bulk(pages, restricted):
    """What ``_save`` does for every page's specs, in batches: the same values, created or updated, and
    the same facet relations. Returns the ids of the documents written."""
    columns = [field.attname for field in SearchDocument._meta.concrete_fields]
    # What each document holds now: one that would be written unchanged (most, when update_index runs
    # again) is left as it is. {key: {column: value}}
    existing = {row["key"]: row for row in SearchDocument.objects.values(*columns).iterator(chunk_size=2000)}
    related = {name: _relation_pairs(name) for name in FACET_FIELDS}
    seen, pending = set(), {}

    def flush():
        with transaction.atomic():
            seen.update(_write(list(pending.values()), existing, related))
        pending.clear()

    roots = Site.get_site_root_paths()  # once, not a cache read per document
    for page in with_related(pages):
        for spec in specs_for(page, restricted):
            key, values, relations = _prepared(page, spec, roots)
            if key in pending:  # The same key twice: written in order, as _save would.
                flush()
            pending[key] = (key, values, relations)
        if len(pending) >= BULK_BATCH:
            flush()
    flush()
    return seen


def _relation_pairs(name):
    """{document id: {term id}} of one facet relation, for every document."""
    field = SearchDocument._meta.get_field(name)
    source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    pairs = {}
    for doc_id, term_id in field.remote_field.through.objects.values_list(source, target):
        pairs.setdefault(doc_id, set()).add(term_id)
    return pairs


def _write(pending, existing, related):
    """Create the new documents and update the others (only the values their spec gives, as
    ``update_or_create`` does), then add and remove facet relations where they changed."""
    new, changed, docs = [], {}, []
    for key, values, relations in pending:
        doc = SearchDocument(key=key, **values)
        stored = existing.get(key)
        if stored is None:
            new.append(doc)
        else:
            doc.pk = stored["id"]
            fields = [SearchDocument._meta.get_field(name) for name in values]
            if any(getattr(doc, field.attname) != stored.get(field.attname, UNKNOWN) for field in fields):
                changed.setdefault(tuple(sorted(field.name for field in fields)), []).append(doc)
        docs.append((doc, relations))
    SearchDocument.objects.bulk_create(new, batch_size=BULK_BATCH)
    for doc in new:
        existing[doc.key] = {"id": doc.pk}  # A second spec with its key updates it (values UNKNOWN).
    for names, group in changed.items():
        SearchDocument.objects.bulk_update(group, names, batch_size=BULK_BATCH)
    for name in FACET_FIELDS:
        field = SearchDocument._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        added = []
        for doc, relations in docs:
            wanted = {getattr(obj, "pk", obj) for obj in relations[name]}
            had = related[name].get(doc.pk, set())
            added += [through(**{source: doc.pk, target: term}) for term in wanted - had]
            for term in had - wanted:
                through.objects.filter(**{source: doc.pk, target: term}).delete()
            related[name][doc.pk] = wanted
        through.objects.bulk_create(added, batch_size=1000)
    return [doc.pk for doc, _relations in docs]


def rebuild_terms():
    counts = Counter()
    for doc in SearchDocument.objects.only("title", "summary", "keywords", "body").iterator(chunk_size=500):
        counts.update({word for word in document_words(doc) if 1 < len(word) <= 100})
    with transaction.atomic():
        Term.objects.all().delete()
        Term.objects.bulk_create([term(word, documents=n) for word, n in counts.items()], batch_size=1000)
    vocabulary.changed()
