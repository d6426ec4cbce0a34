"""Wagtail hooks of the policy app, kept in one module per concern."""

from . import (
    access,  # noqa: F401  Policy owners are confined to the policy in the admin.
    retention,  # noqa: F401  How long responders' addresses and names are kept.
    sections,  # noqa: F401  The home page's "Have your say" section.
)
from .admin import guides as guide_admin  # noqa: F401
from .admin import responses as response_admin  # noqa: F401
from .demo import hooks as demo_hooks  # noqa: F401
