"""The search's JSON API, with its OpenAPI description.

``/api/search`` and ``/api/search/suggest`` answer with the same search the search page
uses (search/service.py). They are django-ninja operations, so the OpenAPI description at
``/api/openapi.json`` is generated from the typed parameters and response models below;
``/api/docs`` is a plain HTML reference rendered from that description (search/api_docs.py).

Every bad parameter gets a 400 with ``{"error": "…"}``: a translated sentence naming the
parameter and the bad value and, for a fixed vocabulary, the values that are allowed.

Wagtail's read-only content API at ``/api/v2/`` is not search: it lives in content_api/.
"""

from typing import Annotated, Literal

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import HttpResponse, QueryDict
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, NinjaAPI, Query, Schema, Status
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer as NinjaJSONRenderer
from wagtail.models import Locale, Site

from core import cachegen
from core.ratelimit import over_search_limit

from . import service
from .analytics import record_search
from .api_docs import ReferenceDocs
from .models import SearchDocument

MAX_QUERY_LENGTH = service.MAX_QUERY_LENGTH
CACHE_SECONDS = 60
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
KIND_CODES = tuple(code for code, _label in SearchDocument.KIND_CHOICES)
FLAG_PARAMS = tuple(param for param, _attribute, _label in service.FLAGS)

# Over RATELIMIT_SEARCH_PER_IP (core/ratelimit.py): HTTP 429 with this message in `error`.
TOO_MANY_SEARCHES = gettext_lazy("Too many searches from your address in a short while. Wait a minute and try again.")

Kind = Literal[KIND_CODES]
Language = Literal[LANGUAGE_CODES]


class Renderer(NinjaJSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # "Idræt", not "Idr\\u00e6t"


api = NinjaAPI(
    title="Frivilligportal search API",
    version="1",
    description=(
        "Search the portal's associations, activities, volunteer tasks, guides, policy pages and other pages "
        "in one go, with the same Danish-aware search as the portal's search page. Read-only, no authentication. "
        "Successful answers may be cached for 60 seconds. Too many requests from one address in a minute get "
        'HTTP 429 with `{"error": "…"}`. Every bad parameter gets HTTP 400 with '
        '`{"error": "…"}`, a message naming the parameter and the bad value. Wagtail\'s own read-only API '
        "for pages, images and documents is at /api/v2/ (not described here)."
    ),
    urls_namespace="search_api",
    docs=ReferenceDocs(),
    docs_url="/docs",
    openapi_url="/openapi.json",
    renderer=Renderer(),
)


# Response models: their descriptions are the API's documentation.


class FacetOption(Schema):
    value: str = Field(description="What to send in the facet's parameter to choose this option (a slug or code).")
    label: str = Field(description="The option's name, to show.")
    count: int = Field(description="How many results this option would give, with the other chosen facets applied.")
    selected: bool = Field(description="Whether the request chose this option.")


class Facets(Schema):
    type: list[FacetOption] = Field(description="Kinds of result; send a value as `type`.")
    category: list[FacetOption] = Field(description="Categories; send a value as `category`.")
    target_group: list[FacetOption] = Field(description="Target groups; send a value as `target_group`.")
    locality: list[FacetOption] = Field(description="Towns and districts; send a value as `locality`.")
    flags: list[FacetOption] = Field(
        description="Inclusion: the values are the parameters `free`, `no_danish` and `accessible`; send `<value>=1`."
    )


class MatchingActivity(Schema):
    title: str = Field(description="The activity's name.")
    url: str = Field(description="Absolute address of the activity on its association's page.")
    summary: str = Field(description="A short plain-text description; may be empty.")


class SearchResult(Schema):
    title: str = Field(description="The result's title.")
    url: str = Field(description="Absolute address of the page (an activity's address points into its association).")
    type: Kind = Field(description="Kind of result.")
    type_label: str = Field(description="The kind's name in the requested language.")
    summary: str = Field(description="A short plain-text description; may be empty.")
    association: str | None = Field(description="The association it belongs to, if any.")
    categories: list[str] = Field(description="Names of its categories.")
    locality: str | None = Field(description="Name of its town or district, if known.")
    language: Language = Field(
        description="Language of the result's text: the requested one, or `da` for a Danish page not yet "
        "translated into it (found through its Danish text)."
    )
    activities: list[MatchingActivity] = Field(
        description="For an association: its activities that match the search too, shown with it rather than as "
        "results of their own. Empty for other kinds."
    )


class SearchResponse(Schema):
    query: str = Field(description="The query as searched: control characters removed, spaces collapsed.")
    count: int = Field(description="Number of results in all pages.")
    page: int = Field(description="This page's number, from 1.")
    pages: int = Field(
        description="Number of pages (0 when nothing was found). A page past the end has no results, with the real "
        "number of pages here."
    )
    suggestion: str | None = Field(description="A corrected query to offer (“did you mean …”), or null.")
    results: list[SearchResult] = Field(description="This page's results, best first, at most 10.")
    facets: Facets = Field(description="Counts to narrow the search by, for the same query.")


class Suggestion(Schema):
    title: str = Field(description="Title that matches what was typed so far.")
    url: str = Field(description="Absolute address of the page.")
    type: Kind = Field(description="Kind of result.")
    type_label: str = Field(description="The kind's name in the requested language.")
    association: str | None = Field(description="The association it belongs to, if any.")


class SuggestResponse(Schema):
    query: str = Field(description="What was typed, cleaned as for the search.")
    suggestions: list[Suggestion] = Field(description="At most 8 suggestions; none for fewer than 2 characters.")


class ErrorResponse(Schema):
    error: str = Field(description="What was wrong, naming the parameter, in the requested language.")


# Parameters, described once for both operations.

Q_DESCRIPTION = (
    f"What to search for, in Danish (or English with `lang=en`), at most {MAX_QUERY_LENGTH} characters. "
    "Inflections, compounds, æ/ø/å spelled ae/oe/aa and one-letter typos are understood; quotes and "
    "operators such as AND, OR, * are treated as plain text."
)
LANG_DESCRIPTION = "Language of the content and labels: `da` (default) or `en`."
PAGE_DESCRIPTION = "Page of results, from 1. A page past the end gives no results (HTTP 200) and the real `pages`."
TERM_DESCRIPTION = (
    "Only results with this {what} (its slug, as in the `value` of the `{facet}` facet). Repeat the "
    "parameter to allow several; an unknown value is an error."
)


def _terms(what, facet):
    return Annotated[list[str], Query(None, description=TERM_DESCRIPTION.format(what=what, facet=facet))]


def _flag(description):
    return Annotated[bool, Query(False, description=description)]


# min_length and a printable character: an empty or blank q is refused (400), and the description says so.
QueryText = Annotated[
    str, Query(..., min_length=1, pattern=r"[^\s\x00-\x1f\x7f]", max_length=MAX_QUERY_LENGTH, description=Q_DESCRIPTION)
]
TypedText = Annotated[str, Query(..., max_length=MAX_QUERY_LENGTH, description="What was typed so far.")]
Kinds = Annotated[list[Kind], Query(None, alias="type", description="Only results of this kind. Repeat for several.")]
Categories = _terms("category", "category")
TargetGroups = _terms("target group", "target_group")
Localities = _terms("town or district", "locality")
Free = _flag("`1`: only what is free of charge.")
NoDanish = _flag("`1`: only what needs no Danish.")
Accessible = _flag("`1`: only at an accessible venue.")
PageNumber = Annotated[int, Query(1, ge=1, description=PAGE_DESCRIPTION)]
Lang = Annotated[Language, Query(DEFAULT_LANGUAGE, description=LANG_DESCRIPTION)]


# Error messages.


def _shown(value, limit=80):
    """A bad value as it can be quoted in a message: printable and short."""
    text = "".join(ch if ch.isprintable() else "�" for ch in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _allowed(param):
    if param == "type":
        return list(KIND_CODES)
    if param == "lang":
        return list(LANGUAGE_CODES)
    if param in ("category", "target_group", "locality"):
        vocab = service.vocabularies()
        terms = {"category": "categories", "target_group": "target_groups", "locality": "localities"}[param]
        return [term.slug for term in vocab[terms]]
    return []


def bad_value_message(param, value):
    """The sentence that tells a client what was wrong with one parameter."""
    if param == "q":
        if value is None:
            return _("The parameter “q” is missing: give the words to search for.")
        if len(value) > MAX_QUERY_LENGTH:
            return _("The parameter “q” may be at most %(max)d characters long; this one has %(length)d.") % {
                "max": MAX_QUERY_LENGTH,
                "length": len(value),
            }
        return _("The parameter “q” is empty: give the words to search for.")
    if param == "page":
        return _("The parameter “page” must be a whole number from 1 up, not “%(value)s”.") % {"value": _shown(value)}
    if param in FLAG_PARAMS:
        return _("The parameter “%(param)s” must be 1 (yes) or 0 (no), not “%(value)s”.") % {
            "param": param,
            "value": _shown(value),
        }
    allowed = _allowed(param)
    if allowed:
        return _("Unknown value “%(value)s” for the parameter “%(param)s”. Allowed values: %(allowed)s.") % {
            "value": _shown(value),
            "param": param,
            "allowed": ", ".join(allowed),
        }
    return _("The parameter “%(param)s” has a value that is not allowed: “%(value)s”.") % {
        "param": _shown(param),
        "value": _shown(value),
    }


def _language(request):
    lang = request.GET.get("lang", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGE_CODES else DEFAULT_LANGUAGE


def error(request, message, status=400):
    return api.create_response(request, {"error": message}, status=status)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    """ninja's own check of the declared types (page, flags, lang, type, q's length): our message, HTTP 400."""
    with translation.override(_language(request)):
        messages = []
        for problem in exc.errors:
            location = [part for part in problem.get("loc", ()) if isinstance(part, str)]
            param = location[-1] if location else ""
            values = request.GET.getlist(param)
            if param == "type":
                bad = [value for value in values if value not in KIND_CODES]
                value = bad[0] if bad else (values[0] if values else "")
            else:
                value = values[-1] if values else None
            message = bad_value_message(param, value)
            if message not in messages:
                messages.append(message)
        return error(request, " ".join(messages) or _("The request's parameters are not valid."))


def _cached(response):
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def _checked_query(q):
    """The cleaned query, or None when nothing is left of it (only spaces or control characters)."""
    text = service.clean_query(q)
    return text or None


def _facets(outcome):
    facets = {facet: [] for facet in ("type", "category", "target_group", "locality", "flags")}
    for facet in outcome.facets:
        facets[facet.param] = [
            {"value": option.value, "label": str(option.label), "count": option.count, "selected": option.selected}
            for option in facet.options
        ]
    return facets


def _result(request, result):
    doc = result.document
    return {
        "title": doc.title,
        "url": request.build_absolute_uri(doc.url),
        "type": doc.kind,
        "type_label": str(doc.kind_label),
        "summary": doc.summary or "",
        "association": doc.association_name or None,
        "categories": [category.localized.name for category in doc.categories.all()],
        "locality": doc.locality.localized.name if doc.locality_id and doc.locality else None,
        "language": result.language,
        "activities": [
            {
                "title": activity.title,
                "url": request.build_absolute_uri(activity.url),
                "summary": activity.summary or "",
            }
            for activity in result.activities
        ],
    }


@api.get(
    "/search",
    response={200: SearchResponse, 400: ErrorResponse, 429: ErrorResponse},
    summary="Search the portal",
    description="One page of results for `q`, best first, with facet counts. Facet parameters combine: within a "
    "facet any chosen value matches, between facets all must match.",
    operation_id="search",
    tags=["search"],
)
def search(
    request,
    response: HttpResponse,
    q: QueryText,
    kinds: Kinds = None,
    category: Categories = None,
    target_group: TargetGroups = None,
    locality: Localities = None,
    free: Free = False,
    no_danish: NoDanish = False,
    accessible: Accessible = False,
    page: PageNumber = 1,
    lang: Lang = DEFAULT_LANGUAGE,
):
    with translation.override(lang):
        if over_search_limit(request, "search"):
            return Status(429, {"error": str(TOO_MANY_SEARCHES)})
        text = _checked_query(q)
        if text is None:
            return Status(400, {"error": bad_value_message("q", "")})
        params = QueryDict(mutable=True)
        params.setlist("type", kinds or [])
        params.setlist("category", category or [])
        params.setlist("target_group", target_group or [])
        params.setlist("locality", locality or [])
        for param, chosen in (("free", free), ("no_danish", no_danish), ("accessible", accessible)):
            if chosen:
                params[param] = "1"
        site = Site.find_for_request(request)  # Each kommune's API answers with its own documents.
        # The API has no site frame (home/frame.py), so read the pages generation here: the vocabularies and the
        # locales then come from the cache under it (a change to either bumps it), not one query each.
        cachegen.for_request(request)
        # Unknown facet values are the client's mistake: say so before searching (and before counting the query).
        unknown = {}
        if category or target_group or locality:
            unknown = service.Filters.from_params(params, service.vocabularies(site)).unknown
        if unknown:
            messages = [bad_value_message(param, value) for param, values in unknown.items() for value in values]
            return Status(400, {"error": " ".join(messages)})
        locale = cachegen.cached(f"locale:{lang}", lambda: Locale.objects.filter(language_code=lang).first())
        _cached(response)
        if locale is None:
            return _answer(request, service.Outcome(query=text), page)
        # The same request again is answered with what it was answered before (search.service.shown): not
        # searched and serialised afresh. Its addresses are absolute, so the scheme and host are in the key.
        key = ("api", request.get_full_path(), request.build_absolute_uri("/"), lang, getattr(site, "pk", None))
        key += (cachegen.for_request(request),)

        def build():
            outcome = service.run_search(text, locale, params=params, page=page, site=site)
            # The JSON as ninja would write it from the answer (checked against SearchResponse), kept as bytes:
            # checking and writing 10 results with their facets again is most of what a kept answer would cost.
            checked = SearchResponse.model_validate(_answer(request, outcome, page)).model_dump()
            content = api.create_response(request, checked, status=200).content
            # Elasticsearch failed and the database answered: ask again next time rather than keep the stand-in's.
            return (outcome.query, outcome.count, content), None if outcome.fell_back else len(content) // 1000

        query, count, content = service.shown(key, build)
        record_search(query, count)  # every request counts, kept or not, as before
        response.content = content
        return response  # ninja sends an HttpResponse as it is: the JSON above, with the headers set on it


def _answer(request, outcome, page):
    docs = [result.document for result in outcome.results]
    prefetch_related_objects(docs, "categories")  # one query for the whole page
    return {
        "query": outcome.query,
        "count": outcome.count,
        "page": page,
        "pages": outcome.pages,
        "suggestion": outcome.suggestion or None,
        "results": [_result(request, result) for result in outcome.results],
        "facets": _facets(outcome),
    }


@api.get(
    "/search/suggest",
    response={200: SuggestResponse, 400: ErrorResponse, 429: ErrorResponse},
    summary="Suggestions as you type",
    description="Titles that begin with what was typed so far, for a search box's list of suggestions. "
    "Fewer than 2 characters give an empty list.",
    operation_id="suggest",
    tags=["search"],
)
def suggest(
    request,
    response: HttpResponse,
    q: TypedText,
    lang: Lang = DEFAULT_LANGUAGE,
):
    with translation.override(lang):
        if over_search_limit(request, "suggest"):
            return Status(429, {"error": str(TOO_MANY_SEARCHES)})
        text = service.clean_query(q)
        locale = cachegen.cached(f"locale:{lang}", lambda: Locale.objects.filter(language_code=lang).first())
        docs = service.suggest(text, locale, site=Site.find_for_request(request)) if locale is not None else []
        _cached(response)
        return {
            "query": text,
            "suggestions": [
                {
                    "title": doc.title,
                    "url": request.build_absolute_uri(doc.url),
                    "type": doc.kind,
                    "type_label": str(doc.kind_label),
                    "association": doc.association_name or None,
                }
                for doc in docs
            ],
        }
