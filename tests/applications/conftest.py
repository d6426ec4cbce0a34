"""What the applications' tests share: a valid application as the browser sends it, and a clean slate of limits."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from applications.forms import ApplicationForm
from core.forms import STARTED_FIELD
from directory.factories import category, localities, target_group

URL = "/tilmeld-forening/"
RECEIPT_URL = "/tilmeld-forening/tak/"


@pytest.fixture(autouse=True)
def no_limits_yet():
    """The per-IP counts live in the process's cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def towns(db):
    return localities("Fjordlund", "Egebjerg")


def shown_seconds_ago(seconds=30):
    """The form's hidden "shown at", as if the applicant opened the page that long ago."""
    with time_machine.travel(timezone.now() - timedelta(seconds=seconds), tick=False):
        return ApplicationForm.started_token()


def application_data(towns=None, **changes):
    """The form as a browser sends it, filled in by Karen of Fjordlund Seniordans, who took her time."""
    data = {
        "name": "Fjordlund Seniordans",
        "cvr": "35123407",
        "summary": "Vi danser folkedans for seniorer hver onsdag.",
        "categories": [str(category("Kultur og musik").pk), str(category("Ældre").pk)],
        "target_groups": [str(target_group("Ældre").pk)],
        "locality": str(towns["Fjordlund"].pk) if towns else "",
        "web_address": "www.seniordans.dk",
        "contact_name": "Karen Holm",
        "email": "karen@seniordans.dk",
        "phone": "21 43 65 87",
        "accept_terms": "on",
        "consent": "on",
        "website": "",
        STARTED_FIELD: shown_seconds_ago(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
