"""The stories' hooks: the front page's and the associations' sections, and the demo content."""

from . import sections  # noqa: F401  The front page's stories and an association's stories.
from .demo import hooks as demo_hooks  # noqa: F401
