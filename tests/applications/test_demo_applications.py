"""The demo shows Kommunikation two applications: one waiting for a decision, one rejected with its reason."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from applications.models import AssociationApplication
from tests.helpers import load_demo


def test_the_demo_has_a_waiting_and_a_rejected_application_in_danish(demo):
    waiting = AssociationApplication.objects.get(name="Fjordlund Seniordans")
    assert waiting.status == AssociationApplication.NEW
    assert waiting.locality.name == "Fjordlund"
    assert set(waiting.categories.values_list("name", flat=True)) == {"Kultur og musik", "Ældre"}
    rejected = AssociationApplication.objects.get(name="Billige Biler ApS")
    assert rejected.status == AssociationApplication.REJECTED
    assert rejected.rejection_reason.startswith("Foreningsoversigten er for foreninger")
    assert rejected.created_at < rejected.decided_at


def test_the_demo_editor_sees_both_in_the_admin(demo, client):
    editor = get_user_model().objects.get(username="redaktoer")
    client.force_login(editor)
    html = client.get(reverse("association_applications:index")).content.decode()
    assert "Fjordlund Seniordans" in html and "Billige Biler ApS" in html


def test_loading_the_demo_again_adds_no_application(demo):
    before = AssociationApplication.objects.count()
    output = load_demo()
    assert "association applications" not in output
    assert AssociationApplication.objects.count() == before == 2
