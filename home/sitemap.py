"""The sitemap: every language's pages of the request's site, each naming its translations (hreflang)."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.pages import private_q


class PortalSitemap(Sitemap):
    """Wagtail's sitemap lists the site's root page's tree only: the Danish one. This one lists the trees of
    every language (/en/…, /uk/…, /ar/…) and gives each page its live translations as
    ``<xhtml:link rel="alternate" hreflang="en" href="…/en/foreninger/…">``, plus x-default (the Danish page),
    as search engines ask; a page without translations has no alternates."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        in_any_tree = reduce(or_, (Page.objects.descendant_of_q(other, inclusive=True) for other in roots))
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .exclude(private_q())
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        urls_by_page = [(item, item.get_sitemap_urls(self.request)) for item in items]
        by_key = defaultdict(dict)
        for item, url_infos in urls_by_page:
            if url_infos:
                by_key[item.translation_key][item.locale.language_code] = url_infos[0]["location"]
        order = [code for code, _name in settings.LANGUAGES]
        urls = []
        last_mods = set()
        for item, url_infos in urls_by_page:
            versions = by_key[item.translation_key]
            alternates = []
            if len(versions) > 1:
                alternates = [{"lang_code": code, "location": versions[code]} for code in order if code in versions]
                if settings.LANGUAGE_CODE in versions:
                    alternates.append({"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]})
            for url_info in url_infos:
                urls.append({**url_info, "alternates": alternates})
                last_mods.add(url_info.get("lastmod"))
        # As Wagtail's: a Last-Modified header only when every entry has a date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
