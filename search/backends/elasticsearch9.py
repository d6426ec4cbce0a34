"""Wagtail's elasticsearch9 backend with the portal's Danish index settings (see search/backends/__init__.py)."""

from . import ENGINES, _danish

SearchBackend = _danish(*ENGINES["elasticsearch9"])
