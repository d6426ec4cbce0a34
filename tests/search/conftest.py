"""Fixtures the search's tests share."""

import pytest
from wagtail.models import Locale


@pytest.fixture
def danish_locale(db):
    return Locale.objects.get(language_code="da")


@pytest.fixture
def english_locale(db):
    return Locale.objects.get(language_code="en")
