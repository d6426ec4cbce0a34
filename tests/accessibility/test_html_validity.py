"""Every public page type is valid HTML: the Nu HTML Checker (vnu.jar from npm, run with Java) finds no error.

The pages are the accessibility suite's (tests/page_types.py: one demo page of every page
model, in Danish and in Arabic once the portal offers it) and the public forms, also with their
errors shown. They are fetched with the test client, saved, and checked by one run of the
checker over all of them (one JVM start, a few seconds).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import timezone

from directory.models import AssociationPage, VolunteerTaskPage
from policy.models import ConsultationPage
from portal_events.models import EventPage
from signups.models import SignupFields
from tests.page_types import LANGUAGES, demo_url, public_page_models

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def form_addresses():
    """The public forms: shown, and sent empty (so with their error summary and field messages)."""
    task = VolunteerTaskPage.objects.live().order_by("path").first()
    event = EventPage.objects.live().filter(signup_method=SignupFields.FORM).order_by("path").first()
    association = AssociationPage.objects.live().filter(contact_form_enabled=True).order_by("path").first()
    now = timezone.now()
    consultation = ConsultationPage.objects.live().filter(opens_at__lte=now, closes_at__gt=now).order_by("path").first()
    return {
        "search": "/search/?q=fodbold",
        "search-empty": "/search/",
        "enquiry": f"/jeg-vil-hjaelpe/{task.pk}/",
        "application": "/tilmeld-forening/",
        "signup": f"/tilmelding/{event.pk}/",
        "contact": association.url,
        "consultation": consultation.url,
    }


def check(paths):
    """Run the Nu HTML Checker once over the saved pages; its messages of type "error"."""
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stderr or result.stdout)["messages"]


def test_every_public_page_type_and_form_is_valid_html(client, demo, tmp_path):
    if shutil.which("java") is None or not VNU.exists():
        pytest.fail("The Nu HTML Checker needs Java and vnu-jar: run scripts/ensure-java.sh and `npm ci`")
    pages = {}
    for language in LANGUAGES:
        for label in public_page_models():
            pages[f"{label}-{language}"] = client.get(demo_url(label, language))
        for name, address in form_addresses().items():
            path = address if language == "da" else f"/{language}{address}"
            pages[f"{name}-{language}"] = client.get(path)
            if not name.startswith("search"):
                pages[f"{name}-errors-{language}"] = client.post(path, {})
    files = []
    for name, response in pages.items():
        assert response.status_code in (200, 400), f"{name}: {response.status_code}"
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)

    errors = check(files)

    report = [f"{Path(e['url']).stem}:{e.get('lastLine', '?')}: {e['message']}" for e in errors]
    assert errors == [], f"The Nu HTML Checker found {len(errors)} error(s):\n" + "\n".join(report)
