"""The directory's additions to core's guards (core/admin_guards.py) on admin URLs.

Core closes Wagtail's site-wide views to confined users (representatives, policy
owners). The directory adds its own:

- the freshness report, closed to confined users (it also checks its own permission,
  directory/admin/freshness.py);
- wagtail-localize's snippet API would list the names of citizens who wrote to an
  association: contact messages come from it only to those who may read messages,
  whoever they are.
"""

from functools import wraps

from wagtail import hooks
from wagtail.admin.auth import permission_denied

from core.admin_guards import refuse


def readers_of_messages_only(view):
    """The snippet API lists contact messages only for those who read messages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        model = (kwargs.get("app_label"), kwargs.get("model_name"))
        if model == ("directory", "contactmessage") and not request.user.has_perm("directory.view_contactmessage"):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return wrapper


@hooks.register("register_admin_url_guards")
def directory_guards():
    return {
        "directory_freshness_report": [refuse],
        "directory_freshness_report_results": [refuse],
        "wagtail_localize:snippets_api_listing": [readers_of_messages_only],
        "wagtail_localize:snippets_api_detail": [readers_of_messages_only],
    }
