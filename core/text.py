"""Cleaning text people type before anything else looks at it."""

import unicodedata


def strip_control_characters(value, keep_newlines=False):
    """Remove control characters (NUL, escape, bell …) but keep letters, emoji and RTL text as typed.

    Only the Unicode "Cc" category goes: format characters such as the zero width
    joiner in emoji sequences or the right-to-left mark in Arabic text are kept.
    """
    if keep_newlines:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    kept = {"\n", "\t"} if keep_newlines else set()
    return "".join(ch for ch in value if ch in kept or unicodedata.category(ch) != "Cc")


def printable(raw):
    """The text on one line: what Python does not count as printable (control characters, which PostgreSQL
    rejects as NUL, line breaks, format characters) becomes a space, and runs of spaces become one."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(raw or "")).split())
