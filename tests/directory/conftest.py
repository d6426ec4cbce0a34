"""Fixtures the directory's tests share; the directory itself is in tests/conftest.py."""

import pytest

from directory.factories import localities


@pytest.fixture
def places(db):
    """Three towns of the kommune."""
    return localities("Egebjerg", "Fjordlund", "Sønderby")
