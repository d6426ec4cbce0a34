"""Wagtail hooks of core: the retention rule of the mail log, which belongs to no app of the portal."""

from . import mail_log  # noqa: F401
