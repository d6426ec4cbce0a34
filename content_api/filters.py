"""Wagtail's API v2 filters, made safe for any input: a bad value is a 400 with a message, never a 500."""

import re
from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import DecimalValidator
from django.db import connection, models
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.fields import StreamField

MAX_SEARCH_LENGTH = 200
SEARCH_OPERATORS = ("and", "or")


def plain_words(text):
    """The text as plain words: no control characters, punctuation or operators, at most 200 characters first."""
    printable = " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())
    return " ".join(re.sub(r"[^\w\s]", " ", printable[:MAX_SEARCH_LENGTH]).split())


class PlainWordsSearchFilter(SearchFilter):
    """Wagtail's ``?search=``, with the query reduced to plain words first.

    Wagtail hands the text to the backend as it is, and SQLite's full-text search fails on
    an unbalanced quote or a stray operator (a 500); so does every backend on a
    ``search_operator`` other than "and" or "or". The portal's own search API
    (/api/search) is the place for a Danish-aware search; here words are enough."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" in request.GET:
            params = request.GET.copy()
            params["search"] = plain_words(params["search"])
            request = SimpleNamespace(GET=params)
        return super().filter_queryset(request, queryset, view)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's filters by field value (``?status=open``, ``?deadline=2026-05-01``, ``?locality=3``), checked first.

    Wagtail converts booleans, integers and foreign keys itself, but hands a date, a time,
    a decimal or a related object's id to the database as given, and "not-a-date" or a
    number too large for the column then fails in the database (a 500). Here every value is
    converted as the database would receive it first, and anything that does not convert
    is a 400 naming the field. A StreamField (``?body=…``) cannot be filtered by."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name in fields:
                check_filter_value(queryset.model, name, value)
        return super().filter_queryset(request, queryset, view)


def check_filter_value(model, name, value):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if isinstance(field, models.BooleanField):
        return  # Wagtail's parse_boolean says what is wrong
    if isinstance(field, (StreamField, models.JSONField)):  # stored blocks are no value to compare with
        raise BadRequestError(f"cannot filter by {name}")
    target = field
    # Down to the column the value is compared with: a policy's ``revises`` points at a PolicyPage, whose key
    # is itself a link (``page_ptr``) to Page's integer id; only there is "9223372036854775808" out of range.
    while target.is_relation:
        target = target.target_field if isinstance(target, models.ForeignKey) else target.related_model._meta.pk
    try:
        converted = target.to_python(value)
        if isinstance(target, models.DecimalField):
            DecimalValidator(target.max_digits, target.decimal_places)(converted)
        if isinstance(target, models.IntegerField):
            low, high = connection.ops.integer_field_range(target.get_internal_type())
            if not low <= converted <= high:
                raise ValidationError("out of range")
        target.get_db_prep_value(converted, connection, prepared=False)
    except (ValidationError, ValueError, TypeError, OverflowError, ArithmeticError) as error:
        shown = value if len(value) <= 40 else value[:39] + "…"
        raise BadRequestError(f"field filter error. '{shown}' is not a valid value for {name}") from error
