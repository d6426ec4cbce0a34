"""What a catalogue shows: the directory of the site serving the request, filtered as on screen.

The filters are the directory listing's own (directory.listing.association_filters), read from the
same GET parameters, so ``/katalog/?kategori=spejder&gratis=ja`` prints what
``/foreninger/?kategori=spejder&gratis=ja`` lists; an unknown value is ignored as the listing does.

A catalogue is kept until the content changes. Its key is made of the site, the language, the
filters in their normal form (known values only, in the vocabulary's order: ``?sted=x&kategori=b&kategori=a``
and ``?kategori=a&kategori=b&sted=x&sted=nonsense`` are one catalogue) and the content's version: the
listed associations (how many, their ids, the latest publish), the vocabularies' names and the
kommune's name. Publishing, unpublishing or moving an association, or renaming a category, gives a
new version and so a new catalogue.
"""

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Max, Prefetch, Sum
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.listing import name_sort_key
from core.pages import private_q
from directory.listing import PARAM_CATEGORY, association_filters
from directory.models import Activity, AssociationContact, DirectoryIndexPage
from home.models import PortalSettings

# Raised when the layout of the PDF changes, so catalogues made by older code are made again.
LAYOUT_VERSION = "1"


def directory_of(site, language):
    """The site's directory page in the language asked for (else its first), or None when the site has none."""
    pages = DirectoryIndexPage.objects.live().exclude(private_q()).descendant_of(site.root_page).order_by("path")
    pages = list(pages.select_related("locale"))
    return next((page for page in pages if page.locale.language_code == language), pages[0] if pages else None)


def site_of(request):
    return Site.find_for_request(request)


def filter_request(filters, site):
    """A request carrying only the filters (a query string) and the catalogue's site, as the listing reads
    them: for the worker. The site is set where Wagtail's Site.find_for_request caches it, since the
    worker's request has no host to find it by (the listing offers the site's own towns)."""
    request = HttpRequest()
    request.GET = QueryDict(filters)
    request._wagtail_site = site
    return request


@dataclass
class Selection:
    """The associations one request asks for, with what is needed to key, describe and print them."""

    site: Site
    directory: DirectoryIndexPage
    language: str
    listing: object
    filters: str = ""
    description: list = field(default_factory=list)

    @classmethod
    def of(cls, request, site, directory, language):
        listing = association_filters(request, directory)
        params, description = [], []
        for facet in listing.facets:
            chosen = set(listing.chosen[facet.param])
            picked = [choice for choice in facet.choices if choice.key in chosen]
            params += [(facet.param, choice.slug) for choice in picked]
            if picked:
                description.append((facet.legend, [choice.label for choice in picked]))
        flags = [each for each in listing.flags if listing.flags_on[each.param]]
        params += [(each.param, "ja") for each in flags]
        if flags:
            description.append((listing.flags_legend, [each.label for each in flags]))
        return cls(site, directory, language, listing, urlencode(params), description)

    @property
    def count(self):
        return self.listing.total

    def version(self, kommune_name):
        """The content's version: changes when anything the catalogue prints may have changed."""
        listed = self.listing.base.aggregate(n=Count("pk"), ids=Sum("pk"), published=Max("last_published_at"))
        # The vocabularies' names, as the listing has already read them (no query).
        terms = [
            (facet.param, choice.key, str(choice.label)) for facet in self.listing.facets for choice in facet.choices
        ]
        return digest([LAYOUT_VERSION, listed["n"], listed["ids"], str(listed["published"]), terms, kommune_name])

    def key(self, version):
        return digest([self.site.pk, self.directory.pk, self.language, self.filters, version])

    def associations(self):
        """The associations to print, by name, each with what its block shows, in a fixed number of queries."""
        return list(
            self.listing.narrowed()
            .select_related("locality")
            .prefetch_related(
                "categories",
                "target_groups",
                Prefetch("activities", queryset=Activity.objects.select_related("target_group")),
                Prefetch("contacts", queryset=AssociationContact.objects.all()),
            )
            .defer("description")
            .order_by(name_sort_key(), "pk")
        )

    def sections(self, associations):
        """The catalogue's chapters: one per category, in the vocabulary's order, and the rest last.

        Each association is printed once, in its first category (of the chosen ones when the
        categories are filtered); its other categories name it with the page it is on."""
        facet = next(facet for facet in self.listing.facets if facet.param == PARAM_CATEGORY)
        chosen = set(self.listing.chosen[PARAM_CATEGORY])
        order = {choice.key: index for index, choice in enumerate(facet.choices)}
        chapters = {choice.key: Chapter(choice.slug, choice.label) for choice in facet.choices}
        others = Chapter("ovrige", _("Other associations"))
        for association in associations:
            categories = sorted(
                (c for c in association.categories.all() if not chosen or c.pk in chosen),
                key=lambda c: order.get(c.pk, len(order)),
            )
            if not categories:
                others.associations.append(association)
                continue
            chapters[categories[0].pk].associations.append(association)
            for category in categories[1:]:
                chapters[category.pk].see_also.append(association)
        found = [chapter for chapter in chapters.values() if chapter.associations or chapter.see_also]
        return found + ([others] if others.associations else [])


@dataclass
class Chapter:
    slug: str
    name: str
    associations: list = field(default_factory=list)
    see_also: list = field(default_factory=list)
    blocks: list = field(default_factory=list)  # the associations' blocks as HTML (catalogue/rendering.py)


def kommune_name(site):
    return PortalSettings.for_site(site).kommune_name


def digest(parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()
