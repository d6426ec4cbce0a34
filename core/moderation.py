"""One moderation decision per click: a second "Godkend og Publicér" POST is told it is done, not a 500.

Wagtail 8.0.1 (the newest 8.0.x on PyPI) answers a workflow action sent from the page editor
("Godkend og Publicér", "Anmod om ændringer") in two ways when the moderation it acts on has just
been finished by an identical request, as a double click or a browser retry sends:

- arriving while the first is still at work, the second passes Wagtail's check
  (``workflow_action_is_valid``) and then finds ``page.current_workflow_task`` is None:
  ``AttributeError: 'NoneType' object has no attribute 'on_action'``, a 500;
- arriving after it, it fails the check and falls through to "save": a new draft revision of
  the page that was just published (a stray draft, "Kladde" in the explorer).

Upstream (wagtail/wagtail#14460, open for 8.1; #13878 added the None check 8.0.1 has) guards
the start of ``perform_workflow_action``. Until a release has it, this wraps Wagtail's page
edit view: a workflow-action POST takes a row lock on the page's moderation in progress, so an
identical request waits for the first to finish; when none is in progress any more, the
moderator is sent back to the editor with a message instead. Remove this module's hook when
Wagtail's edit view checks this itself (tests/directory/test_moderation.py keeps the story).
"""

from functools import wraps

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _lazy
from wagtail.models import Page, WorkflowState

EDIT_VIEW = "wagtailadmin_pages:edit"
ALREADY_MODERATED = _lazy(
    "'%(title)s' has already been moderated (perhaps the button was clicked twice): nothing was changed."
)


def _moderation_in_progress(page):
    """The page's moderation in progress, locked until the end of the transaction, or None."""
    return (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_for_update()
        .first()
    )


def one_decision_per_moderation(edit_view):
    """Wrap Wagtail's page edit view (``edit_view(request, page_id)``) as the module docstring says."""

    @wraps(edit_view)
    def view(request, page_id, *args, **kwargs):
        if request.method != "POST" or not request.POST.get("action-workflow-action"):
            return edit_view(request, *args, page_id=page_id, **kwargs)
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            return edit_view(request, *args, page_id=page_id, **kwargs)  # Wagtail's own 404
        with transaction.atomic():
            state = _moderation_in_progress(page)
            if state is None or state.current_task_state is None:
                messages.info(
                    request,
                    ALREADY_MODERATED % {"title": page.get_admin_display_title()},
                )
                return redirect(EDIT_VIEW, page.pk)
            return edit_view(request, *args, page_id=page_id, **kwargs)

    return view


def install(urlpatterns):
    """Wrap the edit view in Wagtail's admin URL patterns (called from core's ``register_admin_urls`` hook)."""
    for pattern in urlpatterns:
        if getattr(pattern, "namespace", None) == "wagtailadmin_pages":
            for inner in pattern.url_patterns:
                if getattr(inner, "name", None) == "edit" and not getattr(inner.callback, "one_decision", False):
                    inner.callback = one_decision_per_moderation(inner.callback)
                    inner.callback.one_decision = True
