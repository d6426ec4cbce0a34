"""Wagtail's search index and reference index: off in tests unless a test asks for them.

Every save of a page, image, document or snippet updates both indexes through signal
handlers (modelsearch's and Wagtail's), and that was much of what building test data cost.
Few tests look at them: the admin's searches (explorer, choosers, snippet listings) read the
search index, and "usage" counts read the reference index. Those tests are marked
``@pytest.mark.search_index`` or ``@pytest.mark.reference_index``.

The portal's own search is not affected: it reads ``SearchDocument`` through Wagtail's search
backends, and SearchDocument stays indexed. The demo indexes everything itself when it is
loaded (home/management/commands/load_demo.py, indexes_updated_once).

The handlers are disconnected rather than disabled per thread (as Wagtail's
``disable_reference_index_auto_update`` does), so the browser tests' live server, which
answers in threads of its own, sees the same switch as the test.
"""

from django.db.models.signals import post_delete, post_save
from modelsearch import index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers_for_model,
    disconnect_reference_index_signal_handlers_for_model,
)

from search.models import SearchDocument


def wagtail_search_models():
    """The models modelsearch keeps indexed on save, but the portal's own search documents."""
    return [
        model
        for model in index.get_indexed_models()
        if model is not SearchDocument and getattr(model, "search_auto_update", True)
    ]


def switch(search, references):
    """Turn the updating of Wagtail's search index and of its reference index on or off."""
    for model in wagtail_search_models():
        if search:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)
        else:
            post_save.disconnect(post_save_signal_handler, sender=model)
            post_delete.disconnect(post_delete_signal_handler, sender=model)
    for model in ReferenceIndex.tracked_models:
        if references:
            connect_reference_index_signal_handlers_for_model(model)
        else:
            disconnect_reference_index_signal_handlers_for_model(model)
