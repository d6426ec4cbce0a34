"""The HSDS 3.0 read API at /api/hsds/: the endpoints and parameters of the HSDS API reference.

Plain Django views answering JSON. Every list is paginated as the reference describes
(``total_items``, ``total_pages``, ``page_number``, ``size``, ``first_page``, ``last_page``,
``empty``, ``contents``; ``page`` from 1 and ``per_page`` up to MAX_PER_PAGE). Everything is the
directory of the Wagtail site that serves the request, and nothing else. A bad parameter gets
HTTP 400 and ``{"error": "…"}`` naming the parameter; an id that is not there, 404 the same way.
Unknown parameters (``format=json``, say) are ignored, as the reference's optional ones may be.
"""

import math
import uuid
from datetime import datetime, time

from django.http import JsonResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Site

from home.models import PortalSettings

from .hsds import HSDS_VERSION, Directory, all_terms, iso, pruned, taxonomies

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200  # a larger per_page is served as this many: one answer stays a few hundred kB at most
CACHE_SECONDS = 60
PROFILE_URL = "https://docs.openreferral.org/en/latest/hsds/overview.html"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
TRUE_VALUES, FALSE_VALUES = ("true", "1", "yes"), ("false", "0", "no", "")


class BadParameter(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def answer(data, status=200):
    response = JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})
    # Open data: any web page may read it; an answer may be cached for a minute.
    response["Access-Control-Allow-Origin"] = "*"
    if status == 200:
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def _shown(value, limit=60):
    text = "".join(ch if ch.isprintable() else "�" for ch in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def hsds_view(view):
    """GET and HEAD only; a BadParameter becomes its JSON answer; the site is found once."""

    @require_safe
    def wrapper(request, *args, **kwargs):
        site = Site.find_for_request(request)
        if site is None:
            return answer({"error": _("This address serves no site.")}, status=404)
        # The site's own language (Danish for a Danish kommune), for its vocabularies' names and the messages.
        with translation.override(site.root_page.locale.language_code):
            try:
                return view(request, site, *args, **kwargs)
            except BadParameter as error:
                return answer({"error": error.message}, status=error.status)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


# Parameters


def whole_number(request, name, default, minimum=1):
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        raise BadParameter(
            _("The parameter “%(param)s” must be a whole number from %(min)d up, not “%(value)s”.")
            % {"param": name, "min": minimum, "value": _shown(raw)}
        )
    return value


def yes_no(request, name):
    raw = request.GET.get(name, "").strip().lower()
    if raw in TRUE_VALUES:
        return True
    if raw in FALSE_VALUES:
        return False
    raise BadParameter(
        _("The parameter “%(param)s” must be true or false, not “%(value)s”.")
        % {"param": name, "value": _shown(request.GET[name])}
    )


def modified_after(request):
    """``modified_after``: an ISO 8601 date-time (2025-03-01T12:00:00Z) or a date (from the start of that day)."""
    raw = request.GET.get("modified_after", "").strip()
    if not raw:
        return None
    try:
        moment = parse_datetime(raw.replace(" ", "+"))  # a "+02:00" sent unencoded arrives as " 02:00"
        day = None if moment else parse_date(raw)
    except ValueError:
        moment = day = None
    if day is not None:
        moment = datetime.combine(day, time.min)
    if moment is None:
        raise BadParameter(
            _(
                "The parameter “modified_after” must be a date and time in ISO 8601 form, "
                "such as 2025-03-01T12:00:00Z or 2025-03-01, not “%(value)s”."
            )
            % {"value": _shown(raw)}
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def term_param(request, terms):
    raw = request.GET.get("taxonomy_term_id", "").strip()
    if not raw:
        return None
    try:
        wanted = uuid.UUID(raw)
    except ValueError:
        wanted = None
    term = next((term for term in terms if term.id == wanted), None) if wanted else None
    if term is None:
        raise BadParameter(
            _(
                "The parameter “taxonomy_term_id” must be the id of a term from /api/hsds/taxonomy_terms, "
                "not “%(value)s”."
            )
            % {"value": _shown(raw)}
        )
    return term


def search_words(request):
    return [word.casefold() for word in request.GET.get("search", "").split() if word.isprintable()]


def paginated(request, items, render):
    """One page of ``items`` as HSDS lists it, each item given to ``render``."""
    page = whole_number(request, "page", 1)
    per_page = min(whole_number(request, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
    total = len(items)
    total_pages = math.ceil(total / per_page)
    contents = [render(item) for item in items[(page - 1) * per_page : page * per_page]]
    return answer(
        {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= total_pages,
            "empty": not contents,
            "contents": contents,
        }
    )


def filtered(request, items, directory):
    """The items (organizations or services) that match ``search``, ``taxonomy_term_id`` and ``modified_after``."""
    words = search_words(request)
    term = term_param(request, directory.terms)
    since = modified_after(request)
    if words:
        items = [item for item in items if all(word in item.text() for word in words)]
    if term is not None:
        items = [item for item in items if any(found.id == term.id for found in item.terms)]
    if since is not None:
        items = [item for item in items if item.modified and item.modified >= since]
    return items


def found(items, raw_id, what):
    """The one item with this id, or a 404 that says which kind of thing was not found."""
    try:
        wanted = uuid.UUID(raw_id)
    except ValueError:
        wanted = None
    item = next((item for item in items if item.id == wanted), None) if wanted else None
    if item is None:
        raise BadParameter(
            _("There is no %(what)s with the id “%(id)s” here.") % {"what": what, "id": _shown(raw_id)}, status=404
        )
    return item


# Endpoints


@hsds_view
def root(request, site):
    """What this API is: the HSDS version, the profile and the OpenAPI description it follows, and who publishes it."""
    portal = PortalSettings.for_site(site)
    publisher = {"name": portal.kommune_name, "website": site.root_url + "/"}
    if portal.contact_email:
        publisher["email"] = portal.contact_email
    return answer(
        {
            "version": HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": OPENAPI_URL,
            "description": _(
                "The associations of %(portal)s, their activities and volunteer tasks, as open data in the "
                "Human Services Data Specification (HSDS) 3.0."
            )
            % {"portal": portal.portal_name},
            "publisher": publisher,
        }
    )


@hsds_view
def organizations(request, site):
    directory = Directory.load(site, request)
    items = filtered(request, directory.organizations, directory)
    full = yes_no(request, "full")
    full_service = yes_no(request, "full_service")
    return paginated(request, items, lambda org: org.as_hsds(full=full, full_service=full_service))


@hsds_view
def organization(request, site, id):
    directory = Directory.load(site, request)
    org = found(directory.organizations, id, _("organization"))
    return answer(org.as_hsds(full=True, full_service=yes_no(request, "full_service")))


def _organization_filter(request, services):
    raw = request.GET.get("organization_id", "").strip()
    if not raw:
        return services
    try:
        wanted = uuid.UUID(raw)
    except ValueError as error:
        raise BadParameter(
            _("The parameter “organization_id” must be the id of an organization, not “%(value)s”.")
            % {"value": _shown(raw)}
        ) from error
    return [service for service in services if service.org.id == wanted]


@hsds_view
def services(request, site):
    directory = Directory.load(site, request)
    items = _organization_filter(request, filtered(request, directory.services, directory))
    full = yes_no(request, "full")
    if yes_no(request, "minimal"):
        # Just the ids and when each last changed, for a client that syncs (the reference's "minimal").
        return paginated(
            request,
            items,
            lambda service: pruned({"id": str(service.id), "last_modified": iso(service.modified)}),
        )
    return paginated(request, items, lambda service: service.as_hsds(full=full))


@hsds_view
def service(request, site, id):
    directory = Directory.load(site, request)
    return answer(found(directory.services, id, _("service")).as_hsds(full=True))


@hsds_view
def service_at_locations(request, site):
    directory = Directory.load(site, request)
    services = _organization_filter(request, filtered(request, directory.services, directory))
    items = [at for service in services for at in service.at_locations()]
    full = yes_no(request, "full")
    return paginated(request, items, lambda at: at.as_hsds(full=full))


@hsds_view
def service_at_location(request, site, id):
    directory = Directory.load(site, request)
    return answer(found(directory.service_at_locations(), id, _("service at a location")).as_hsds(full=True))


@hsds_view
def locations(request, site):
    directory = Directory.load(site, request)
    return paginated(request, directory.locations(), lambda location: location.as_hsds())


@hsds_view
def location(request, site, id):
    directory = Directory.load(site, request)
    return answer(found(directory.locations(), id, _("location")).as_hsds())


@hsds_view
def taxonomy_list(request, site):
    return paginated(request, taxonomies(), lambda taxonomy: taxonomy)


class _Taxonomy:
    def __init__(self, data):
        self.data = data
        self.id = uuid.UUID(data["id"])


@hsds_view
def taxonomy(request, site, id):
    return answer(found([_Taxonomy(data) for data in taxonomies()], id, _("taxonomy")).data)


@hsds_view
def taxonomy_terms(request, site):
    terms = all_terms(site)
    raw = request.GET.get("taxonomy_id", "").strip()
    if raw:
        known = {data["id"]: data for data in taxonomies()}
        if raw.lower() not in known:
            raise BadParameter(
                _(
                    "The parameter “taxonomy_id” must be the id of a taxonomy from /api/hsds/taxonomies, "
                    "not “%(value)s”."
                )
                % {"value": _shown(raw)}
            )
        terms = [term for term in terms if str(term.as_hsds()["taxonomy_id"]) == raw.lower()]
    words = search_words(request)
    if words:
        terms = [term for term in terms if all(word in term.obj.name.casefold() for word in words)]
    return paginated(request, terms, lambda term: term.as_hsds())


@hsds_view
def taxonomy_term(request, site, id):
    return answer(found(all_terms(site), id, _("taxonomy term")).as_hsds())
