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
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

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


def _save(page, spec):
    spec = dict(spec)
    relations = {name: spec.pop(name, []) for name in FACET_FIELDS}
    spec.setdefault("locale_id", page.locale_id)
    spec.setdefault("site_id", site_id_of(page))
    spec["url"] = site_relative(spec.get("url", ""))
    doc, _created = SearchDocument.objects.update_or_create(key=spec.pop("key"), defaults={"page": page, **spec})
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
    for doc in SearchDocument.objects.filter(page_id=page.pk).exclude(key__in=keys):
        doc.delete()  # One by one, so the backends hear of each removal.
    docs = [_save(page, spec) for spec in specs]
    add_terms(docs)
    return len(docs)


def remove_page(page):
    """Drop the documents of a page and everything below it."""
    pages = Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True)
    for doc in SearchDocument.objects.filter(page_id__in=pages):
        doc.delete()


def document_words(doc):
    return danish.words(" ".join([doc.title, doc.summary, doc.keywords, doc.body]))


def term(word, documents=1):
    """A vocabulary row for ``word``: its Snowball stem and its lemma, looked up once here rather than per search."""
    key = danish.normalise(word)
    return Term(word=word, stem=danish.stem(key), lemma=lexicon.lemma(key)[:100], documents=documents)


def add_terms(docs):
    """Make the words of new documents known to the query side (counts are exact after ``rebuild``)."""
    words = {word for doc in docs for word in document_words(doc) if 1 < len(word) <= 100}
    if not words:
        return
    Term.objects.bulk_create([term(word) for word in words], ignore_conflicts=True, batch_size=500)
    vocabulary.changed()


def rebuild(report=None):
    """Every live page's documents again, stale ones gone, and the vocabulary counted afresh."""
    report = report or (lambda message: None)
    started = timezone.now()
    seen = set()
    pages = Page.objects.live().filter(depth__gt=2).order_by("path").specific(defer=False)
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    count = 0
    for page in pages.iterator(chunk_size=200):
        with transaction.atomic():
            for spec in specs_for(page, restricted):
                seen.add(_save(page, spec).pk)
                count += 1
    for doc in SearchDocument.objects.exclude(pk__in=seen).iterator():
        doc.delete()
    rebuild_terms()
    report(f"Search documents: {count} built in {(timezone.now() - started).total_seconds():.1f} s")
    return count


def rebuild_terms():
    counts = Counter()
    for doc in SearchDocument.objects.only("title", "summary", "keywords", "body").iterator(chunk_size=500):
        counts.update({word for word in document_words(doc) if 1 < len(word) <= 100})
    with transaction.atomic():
        Term.objects.all().delete()
        Term.objects.bulk_create([term(word, documents=n) for word, n in counts.items()], batch_size=1000)
    vocabulary.changed()
