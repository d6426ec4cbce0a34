"""Text as the search takes it in: printable characters and single spaces.

Both the search (search/service.py) and its reports (search/analytics.py) clean what was typed
the same way, so this module imports no other part of the search.
"""


def printable(raw):
    """The text with control characters (PostgreSQL rejects NUL) as spaces, and single spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(raw or "")).split())
