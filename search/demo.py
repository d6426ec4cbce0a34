"""The demo's search synonyms, loaded by ``manage.py load_demo`` (staff edit them in the admin)."""

from wagtail import hooks

from . import documents
from .models import SynonymGroup
from .relevance.synonyms import DEMO_SYNONYMS
from .vocabulary import vocabulary


@hooks.register("portal_demo_content")
def load_search_demo(command, home, pages, images):
    if SynonymGroup.objects.exists():
        return None  # Staff's own list stands; a second run changes nothing.
    SynonymGroup.objects.bulk_create([SynonymGroup(terms=", ".join(group)) for group in DEMO_SYNONYMS])
    vocabulary.changed()
    command.report(f"Created {len(DEMO_SYNONYMS)} synonym groups for the search")
    return None


@hooks.register("portal_demo_loaded")
def count_demo_words(command):
    """Publishing the demo added its words one page at a time; count them once at the end."""
    documents.rebuild_terms()
