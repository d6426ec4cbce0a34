"""The content API is plumbing: it knows Wagtail, not the portal's feature apps.

Apps take part through Wagtail's own means (``api_fields`` on their page models, the
``content_api_private_collections`` hook), so the API app can be read, tested and changed
without the directory, the policy pages or the search, and a new app needs no change here.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from wagtail import hooks
from wagtail.models import Collection
from wagtail_factories import DocumentFactory, ImageFactory

FEATURE_APPS = {"home", "directory", "policy", "search"}


def test_the_content_api_imports_no_feature_app():
    imported = set()
    for module in (Path(settings.BASE_DIR) / "content_api").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(), str(module))):
            if isinstance(node, ast.Import):
                imported |= {(module.name, alias.name.split(".")[0]) for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add((module.name, node.module.split(".")[0]))
    assert {(name, package) for name, package in imported if package in FEATURE_APPS} == set()


@pytest.mark.django_db
def test_an_app_keeps_its_own_collections_out_of_the_api_through_the_hook(client):
    root = Collection.get_first_root_node()
    drafts = root.add_child(name="Kladder")
    below = drafts.add_child(name="Gamle kladder")
    DocumentFactory(title="Offentlig", collection=root)
    DocumentFactory(title="Kladde", collection=drafts)
    DocumentFactory(title="Gammel kladde", collection=below)
    ImageFactory(title="Kladdefoto", collection=drafts)

    def drafts_collection():
        return Collection.objects.filter(name="Kladder")

    with hooks.register_temporarily("content_api_private_collections", drafts_collection):
        assert {item["title"] for item in client.get("/api/v2/documents/").json()["items"]} == {"Offentlig"}
        assert client.get("/api/v2/images/").json()["items"] == []
    titles = {item["title"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert titles == {"Offentlig", "Kladde", "Gammel kladde"}
