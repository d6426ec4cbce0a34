"""The demo's search synonyms, loaded by ``manage.py load_demo`` (staff edit them in the admin)."""

from wagtail import hooks


@hooks.register("portal_demo_content")
def load_search_demo(command, home, pages, images):
    from .models import SynonymGroup
    from .relevance.synonyms import DEMO_SYNONYMS

    if SynonymGroup.objects.exists():
        return None  # Staff's own list stands; a second run changes nothing.
    from .vocabulary import vocabulary

    SynonymGroup.objects.bulk_create([SynonymGroup(terms=", ".join(group)) for group in DEMO_SYNONYMS])
    vocabulary.changed()
    command.report(f"Created {len(DEMO_SYNONYMS)} synonym groups for the search")
    return None
