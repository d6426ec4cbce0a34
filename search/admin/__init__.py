"""The search in the admin: synonyms, promoted results and two reports, for Kommunikation.

Who may do what is decided by Django permissions that migration 0002 grants to
Kommunikation (superusers have them all): the synonyms' add/change/delete/view,
Wagtail's search promotions' add/change/delete, and ``search.view_search_reports``
for the reports. Politikejere and association representatives get none of them,
so they see no "Search" menu and are refused at every one of its addresses.
"""

REPORTS_PERMISSION = "search.view_search_reports"
SYNONYM_PERMISSIONS = [f"search.{action}_synonymgroup" for action in ("add", "change", "delete", "view")]
PROMOTION_PERMISSIONS = [f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")]


def may_see_reports(user):
    return user.has_perm(REPORTS_PERMISSION)


def may_keep_synonyms(user):
    return any(user.has_perm(permission) for permission in SYNONYM_PERMISSIONS)


def may_promote(user):
    return any(user.has_perm(permission) for permission in PROMOTION_PERMISSIONS)
