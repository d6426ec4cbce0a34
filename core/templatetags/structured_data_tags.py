"""``{% structured_data_script %}``: the page's schema.org objects and its BreadcrumbList in one JSON-LD script.

In ``base.html``'s head. See ``core/structured_data.py`` for the protocol and the escaping."""

from django import template
from wagtail.models import Page

from core.structured_data import CONTEXT_NAME, collect, script

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data_script(context):
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    return script(collect(request, page, context.get(CONTEXT_NAME)))
