"""Which way the imports go: feature apps import core, core imports no feature app, and inside the
directory and the policy app the models import their helpers, never the other way round.

The checks read the source (ast), so they see an import whether or not it has run.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

from applications.forms import ApplicationForm
from applications.models import AssociationApplication
from directory.forms import ContactForm
from directory.models import ContactMessage
from enquiries.forms import EnquiryForm
from enquiries.models import Enquiry
from policy.forms import ATTACHMENT_NAME_MAX_LENGTH, ConsultationResponseForm
from policy.models import ConsultationResponse

ROOT = Path(settings.BASE_DIR)
FEATURE_APPS = {"home", "directory", "applications", "enquiries", "policy", "search", "content_api"}
# The policy app links to the directory's content (an initiative is carried out by an association
# or a volunteer task): it may use the directory's models, nothing of its plumbing.
POLICY_MAY_IMPORT_FROM_DIRECTORY = {"directory.models"}


def modules(*apps):
    """{dotted name: path} of the apps' Python modules, migrations left out (they import no app code)."""
    found = {}
    for app in apps:
        for path in sorted((ROOT / app).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imports(name, path):
    """(imported module, the names imported from it, the import node) for every import in a module."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            yield target, [alias.name for alias in node.names], node


def local_imports(path):
    """Imports inside a function, except the usual one of signal receivers in AppConfig.ready()."""
    found = []

    def visit(node, function=None):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, function=child.name)
            elif isinstance(child, ast.Import | ast.ImportFrom) and function:
                if not (path.name == "apps.py" and function == "ready"):
                    found.append(f"{path.relative_to(ROOT)}:{child.lineno} (in {function})")
            else:
                visit(child, function)

    visit(ast.parse(path.read_text(), str(path)))
    return found


def app_of(module):
    return (module or "").split(".")[0]


def test_core_imports_no_app_of_the_portal():
    used = {
        f"{name}: {target}"
        for name, path in modules("core").items()
        for target, _names, _node in imports(name, path)
        if app_of(target) in FEATURE_APPS
    }
    assert used == set()


def test_home_imports_no_feature_app():
    """The frame and the demo loader know no feature app: apps add their demo content and sections through hooks."""
    used = {
        f"{name}: {target}"
        for name, path in modules("home").items()
        for target, _names, _node in imports(name, path)
        if app_of(target) in {"directory", "applications", "enquiries", "policy", "search"}
    }
    assert used == set()


def test_the_enquiries_app_builds_on_the_directory_and_nothing_imports_it():
    """Enquiries use the directory's pages, contacts and access; the directory and the others know nothing of them."""
    importers = {
        f"{name}: {target}"
        for name, path in modules(*(FEATURE_APPS - {"enquiries"})).items()
        for target, _names, _node in imports(name, path)
        if app_of(target) == "enquiries"
    }
    assert importers == set()


def test_the_applications_app_builds_on_the_directory_and_nothing_imports_it():
    """Applications make directory pages (directory.models, directory.access); no other app knows applications."""
    into_applications = {
        f"{name}: {target}"
        for name, path in modules("core", *(FEATURE_APPS - {"applications"})).items()
        for target, _names, _node in imports(name, path)
        if app_of(target) == "applications"
    }
    from_applications = {
        app_of(target) for name, path in modules("applications").items() for target, _n, _node in imports(name, path)
    }
    assert into_applications == set()
    assert from_applications & FEATURE_APPS <= {"applications", "directory", "home"}


def test_the_policy_app_uses_only_the_directorys_content_and_the_directory_nothing_of_the_policy_app():
    from_directory = {
        f"{name}: {target}"
        for name, path in modules("policy").items()
        for target, _names, _node in imports(name, path)
        if app_of(target) == "directory" and target not in POLICY_MAY_IMPORT_FROM_DIRECTORY
    }
    from_policy = {
        f"{name}: {target}"
        for name, path in modules("directory").items()
        for target, _names, _node in imports(name, path)
        if app_of(target) == "policy"
    }
    assert from_directory == set()
    assert from_policy == set()


def test_no_app_imports_another_apps_private_names():
    checked = {
        **modules("core", "directory", "applications", "enquiries", "policy"),
        "search.views": ROOT / "search" / "views.py",
    }
    private = {
        f"{name}: {target}.{imported}"
        for name, path in checked.items()
        for target, names, _node in imports(name, path)
        for imported in names
        if imported.startswith("_") and app_of(target) != app_of(name) and app_of(target) in FEATURE_APPS | {"core"}
    }
    assert private == set()


@pytest.mark.parametrize(
    "app",
    ["core", "home", "directory", "applications", "enquiries", "policy", "search", "content_api", "opendata", "portal"],
)
def test_no_imports_inside_functions(app):
    found = [place for path in modules(app).values() for place in local_imports(path)]
    assert found == []


def test_the_directorys_and_the_policy_apps_modules_import_each_other_one_way_only():
    """No cycle: the models import their helpers (listing, forms, consultation, versions); those import no model.

    Importing a.b.c imports a.b first, so a module depends on the packages above what it imports
    too, except its own: Python has started those already when the module runs.
    """
    known = modules("directory", "policy")
    graph = {name: set() for name in known}
    for name, path in known.items():
        own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        for target, names, _node in imports(name, path):
            candidates = {f"{target}.{imported}" for imported in names} | {target}
            for candidate in candidates:
                parts = candidate.split(".")
                for i in range(2, len(parts) + 1):
                    module = ".".join(parts[:i])
                    if module in known and module != name and module not in own_packages:
                        graph[name].add(module)

    cycles, state = [], {}

    def visit(module, trail):
        state[module] = "visiting"
        for target in sorted(graph[module]):
            if state.get(target) == "visiting":
                cycles.append(" → ".join(trail[trail.index(target) :] + [target]))
            elif target not in state:
                visit(target, trail + [target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
    # The direction the cycles used to go the other way: the pages' helpers import no model.
    assert "directory.models.associations" in graph and "directory.listing" in graph["directory.models.associations"]
    for helper in ("directory.listing", "directory.forms", "policy.listing", "policy.consultation", "policy.versions"):
        assert not {module for module in graph[helper] if ".models" in module}, helper


def test_the_forms_limits_fit_the_columns_they_are_stored_in():
    """The forms import no model, so they state their limits; the limits must fit the database."""

    def column(model, name):
        return model._meta.get_field(name).max_length

    contact = ContactForm.base_fields
    for name in ("name", "phone", "message"):
        assert contact[name].max_length == column(ContactMessage, name)
    enquiry = EnquiryForm.base_fields
    for name in ("name", "phone", "message"):
        assert enquiry[name].max_length == column(Enquiry, name)
    application = ApplicationForm.base_fields
    for name in ("name", "summary", "contact_name", "phone"):
        assert application[name].max_length == column(AssociationApplication, name), name
    assert application["web_address"].max_length == column(AssociationApplication, "website")
    response = ConsultationResponseForm.base_fields
    assert response["name"].max_length == column(ConsultationResponse, "name")
    assert column(ConsultationResponse, "attachment_name") == ATTACHMENT_NAME_MAX_LENGTH
