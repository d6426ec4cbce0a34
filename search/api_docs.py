"""The readable reference at /api/docs: the OpenAPI description as a plain, accessible HTML page.

It presents whatever django-ninja API it is given (search/api.py hands it the search's), so it
holds no knowledge of the endpoints themselves: operations, parameters, responses and schemas
all come from the OpenAPI document. No JavaScript, no CDN, no inline style (the CSP forbids it).
"""

import json
import re

from django.http import HttpResponse
from django.template import engines
from django.utils.html import escape
from django.utils.safestring import mark_safe
from ninja.openapi.docs import DocsBase


class ReferenceDocs(DocsBase):
    """The API's reference as a plain, accessible HTML page, rendered on the server from the OpenAPI description.

    ninja's Swagger UI and Redoc pages work offline from ninja's static files, but axe-core
    finds serious WCAG violations in both (nested buttons, selects without names, contrast),
    and a kommune's pages must pass. Interactive tools can load /api/openapi.json instead."""

    page = """{% load static %}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ info.title }} – reference</title>
<link rel="stylesheet" href="{% static 'search/api-docs.css' %}">
</head>
<body>
<main>
<h1>{{ info.title }}</h1>
<p>{{ info.description }}</p>
<p>Machine-readable description (OpenAPI {{ openapi }}): <a href="{{ openapi_url }}">{{ openapi_url }}</a>.
Load it into any OpenAPI tool to try the API.</p>
<nav aria-label="Operations"><ul>
{% for op in operations %}<li><a href="#{{ op.id }}">{{ op.method }} {{ op.path }}</a>: {{ op.summary }}</li>
{% endfor %}<li><a href="#schemas">Response schemas</a></li></ul></nav>
{% for op in operations %}
<section aria-labelledby="{{ op.id }}">
<h2 id="{{ op.id }}"><code>{{ op.method }} {{ op.path }}</code>: {{ op.summary }}</h2>
<p>{{ op.description }}</p>
<table>
<caption>Query parameters of {{ op.method }} {{ op.path }}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Required</th>
<th scope="col">Description</th></tr></thead>
<tbody>{% for param in op.parameters %}
<tr><th scope="row"><code>{{ param.name }}</code></th><td>{{ param.type }}</td>
<td>{{ param.required|yesno:"yes,no" }}</td><td>{{ param.description }}</td></tr>{% endfor %}
</tbody>
</table>
<table>
<caption>Responses of {{ op.method }} {{ op.path }}</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Body</th></tr></thead>
<tbody>{% for response in op.responses %}
<tr><th scope="row">{{ response.status }}</th><td>{{ response.description }}</td>
<td>{% if response.schema %}<a href="#schema-{{ response.schema }}">{{ response.schema }}</a>{% endif %}</td></tr>
{% endfor %}
</tbody>
</table>
</section>
{% endfor %}
<section aria-labelledby="schemas">
<h2 id="schemas">Response schemas</h2>
{% for schema in schemas %}
<h3 id="schema-{{ schema.name }}">{{ schema.name }}</h3>
<table>
<caption>Fields of {{ schema.name }}</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
<tbody>{% for field in schema.fields %}
<tr><th scope="row"><code>{{ field.name }}</code></th><td>{{ field.type }}</td><td>{{ field.description }}</td></tr>
{% endfor %}
</tbody>
</table>
{% endfor %}
</section>
</main>
</body>
</html>"""

    def render_page(self, request, api, **kwargs):
        schema = api.get_openapi_schema(path_params=kwargs)
        operations = []
        for path, methods in schema["paths"].items():
            for method, operation in methods.items():
                operations.append(
                    {
                        "id": f"operation-{operation.get('operationId', path)}",
                        "method": method.upper(),
                        "path": path,
                        "summary": operation.get("summary", ""),
                        "description": _code(operation.get("description", "")),
                        "parameters": [
                            {
                                "name": param["name"],
                                "type": _type_text(param.get("schema", {})),
                                "required": param.get("required", False),
                                "description": _code(param.get("description", "")),
                            }
                            for param in operation.get("parameters", [])
                        ],
                        "responses": [
                            {
                                "status": status,
                                "description": response.get("description", ""),
                                "schema": _ref_name(
                                    response.get("content", {}).get("application/json", {}).get("schema", {})
                                ),
                            }
                            for status, response in operation.get("responses", {}).items()
                        ],
                    }
                )
        schemas = [
            {
                "name": name,
                "fields": [
                    {
                        "name": field,
                        "type": _type_html(spec),
                        "description": _code(spec.get("description", "")),
                    }
                    for field, spec in definition.get("properties", {}).items()
                ],
            }
            for name, definition in schema.get("components", {}).get("schemas", {}).items()
        ]
        context = {
            "info": dict(schema["info"], description=_code(schema["info"].get("description", ""))),
            "openapi": schema["openapi"],
            "openapi_url": self.get_openapi_url(api, kwargs),
            "operations": operations,
            "schemas": schemas,
        }
        return HttpResponse(engines["django"].from_string(self.page).render(context, request))


def _ref_name(spec):
    ref = spec.get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref else ""


def _type_text(spec):
    """A JSON schema's type in words: "string (at most 200 characters)", "array of string, one of: a, b"."""
    if "$ref" in spec:
        return _ref_name(spec)
    if "anyOf" in spec:
        return " or ".join(_type_text(option) for option in spec["anyOf"])
    kind = spec.get("type", "any")
    text = f"array of {_type_text(spec.get('items', {}))}" if kind == "array" else kind
    notes = []
    if "enum" in spec:
        notes.append("one of: " + ", ".join(str(value) for value in spec["enum"]))
    if "maxLength" in spec:
        notes.append(f"at most {spec['maxLength']} characters")
    if "minimum" in spec:
        notes.append(f"from {spec['minimum']}")
    if "default" in spec:
        notes.append(f"default {json.dumps(spec['default'])}")
    return f"{text} ({'; '.join(notes)})" if notes else text


def _type_html(spec):
    """Like ``_type_text``, with references to other schemas as links."""
    if "$ref" in spec:
        name = escape(_ref_name(spec))
        return mark_safe(f'<a href="#schema-{name}">{name}</a>')
    if spec.get("type") == "array" and "$ref" in spec.get("items", {}):
        return mark_safe("array of " + _type_html(spec["items"]))
    if "anyOf" in spec:
        return mark_safe(" or ".join(_type_html(option) for option in spec["anyOf"]))
    return escape(_type_text(spec))


def _code(text):
    """Escape text and show `backticked` words as code."""
    return mark_safe(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))
