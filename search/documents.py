"""Keep the search documents in step with the live site.

A page's documents are (re)built when it is published and dropped when it is
unpublished, deleted, moved behind a login or stops being open (a filled task).
Drafts never reach the search: an association's submitted change waits for
moderation and the last approved version stays findable. ``rebuild()`` does the
whole site again; ``manage.py update_index`` runs it before the backends.
"""

import logging
from collections import Counter

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from . import danish
from .models import SearchDocument, Term
from .vocabulary import vocabulary

logger = logging.getLogger(__name__)

BUILDERS = {}


def builder(model_label):
    """Register the function that turns a page of ``model_label`` into document specs."""

    def register(function):
        BUILDERS[model_label] = function
        return function

    return register


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(item) for item in value)
    value = str(value)
    return get_text_for_indexing(value) if "<" in value else value


def searchable_text(page, skip=("title",)):
    """The text of a page's own search fields (stream and rich text made plain)."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            try:
                parts.append(_text(field.get_value(page)))
            except Exception:  # A broken field must not keep the rest of the page out of the search.
                logger.exception("Could not read %s of page %s for the search", field.field_name, page.pk)
    return " ".join(part for part in parts if part).strip()


def _names(objects):
    return " ".join(obj.name for obj in objects if obj is not None)


def _base(page, kind, **values):
    return {
        "key": f"page:{page.pk}",
        "kind": kind,
        "title": page.title,
        "summary": page.search_description or "",
        "url": page.get_url() or page.url_path,
        "updated_at": page.last_published_at,
        **values,
    }


@builder("directory.associationpage")
def association_documents(page):
    categories = list(page.categories.all())
    groups = list(page.target_groups.all())
    keywords = " ".join(filter(None, [_names(categories), _names(groups), _names([page.locality]), page.city]))
    activities = list(page.activities.select_related("target_group"))
    body = " ".join(
        filter(
            None,
            [
                _text(page._meta.get_field("description").get_searchable_content(page.description)),
                page.meeting_place,
                page.meeting_times,
                " ".join(f"{activity.name}. {activity.description}" for activity in activities),
            ],
        )
    )
    common = {
        "association_name": page.title,
        "locality": page.locality,
        "categories": categories,
        "updated_at": page.last_published_at,
    }
    docs = [
        _base(
            page,
            SearchDocument.ASSOCIATION,
            summary=page.summary,
            keywords=keywords,
            body=body,
            target_groups=groups,
            is_free=page.has_free_offer,
            no_danish_needed=page.has_no_danish_needed,
            accessible_venue=page.has_accessible_venue,
            **common,
        )
    ]
    url = page.get_url() or page.url_path
    for activity in activities:
        group = [activity.target_group] if activity.target_group else []
        docs.append(
            {
                "key": f"activity:{activity.pk}",
                "kind": SearchDocument.ACTIVITY,
                "title": activity.name,
                "summary": activity.description,
                "keywords": " ".join(
                    filter(None, [page.title, _names(categories), _names(group), _names([page.locality])])
                ),
                "body": " ".join(filter(None, [activity.when, activity.where, page.summary])),
                "url": f"{url}#aktivitet-{activity.pk}",
                "target_groups": group,
                "is_free": activity.is_free,
                "no_danish_needed": activity.no_danish_needed,
                "accessible_venue": activity.accessible_venue,
                **common,
            }
        )
    return docs


@builder("directory.volunteertaskpage")
def task_documents(page):
    if page.status != page.OPEN:
        return []  # A filled task leaves the search; its page says so to anyone with the link.
    association = page.get_parent().specific
    categories = list(association.categories.all())
    locality = page.locality or association.locality
    ends = [day for day in (page.deadline, page.end_date) if day]
    return [
        _base(
            page,
            SearchDocument.TASK,
            summary=page.summary,
            keywords=" ".join(filter(None, [association.title, _names(categories), _names([locality])])),
            body=" ".join(filter(None, [_text(page.what_you_do), page.skills, page.where])),
            association_name=association.title,
            locality=locality,
            categories=categories,
            no_danish_needed=page.no_danish_needed,
            open_until=min(ends) if ends else None,
            updated_at=association.last_published_at,  # Tasks go stale with their association.
        )
    ]


@builder("policy.guidepage")
def guide_documents(page):
    audiences = list(page.audiences.all())
    return [
        _base(
            page,
            SearchDocument.GUIDE,
            summary=page.summary,
            keywords=" ".join(filter(None, [_names([page.topic]), _names(audiences)])),
            body=searchable_text(page, skip=("title", "summary")),
        )
    ]


def _policy_documents(page):
    summary = getattr(page, "intro", "") or page.search_description or ""
    return [
        _base(page, SearchDocument.POLICY, summary=_text(summary), body=searchable_text(page, skip=("title", "intro")))
    ]


for _label in ("policy.policypage", "policy.focusareapage", "policy.consultationpage"):
    builder(_label)(_policy_documents)


def page_documents(page):
    """Any other content page: about, contact, the listings' own introductions."""
    summary = page.search_description or getattr(page, "intro", "") or ""
    return [
        _base(page, SearchDocument.PAGE, summary=_text(summary), body=searchable_text(page, skip=("title", "intro")))
    ]


def is_searchable(page):
    """Live, below a site's home page, and visible to everyone."""
    if not page.live or page.depth <= 2:
        return False
    return not PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(page)).exists()


def _ancestor_paths(page):
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def specs_for(page):
    page = page.specific
    if not is_searchable(page):
        return []
    build = BUILDERS.get(page._meta.label_lower, page_documents)
    return build(page)


FACET_FIELDS = ("categories", "target_groups")


def _save(page, spec):
    spec = dict(spec)
    relations = {name: spec.pop(name, []) for name in FACET_FIELDS}
    spec.setdefault("locale_id", page.locale_id)
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


def add_terms(docs):
    """Make the words of new documents known to the query side (counts are exact after ``rebuild``)."""
    words = {word for doc in docs for word in document_words(doc) if 1 < len(word) <= 100}
    if not words:
        return
    Term.objects.bulk_create(
        [Term(word=word, stem=danish.stem_of(word)) for word in words], ignore_conflicts=True, batch_size=500
    )
    vocabulary.changed()


def rebuild(report=None):
    """Every live page's documents again, stale ones gone, and the vocabulary counted afresh."""
    report = report or (lambda message: None)
    started = timezone.now()
    seen = set()
    pages = Page.objects.live().filter(depth__gt=2).order_by("path").specific(defer=False)
    count = 0
    for page in pages.iterator(chunk_size=200):
        with transaction.atomic():
            for spec in specs_for(page):
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
        Term.objects.bulk_create(
            [Term(word=word, stem=danish.stem_of(word), documents=n) for word, n in counts.items()], batch_size=1000
        )
    vocabulary.changed()
