"""How the directory's pages appear in the portal's search (the protocol is search/pages.py).

An association is one document for itself and one per activity, with its categories, target
groups, town and the inclusion flags as facet values. A kommune unit (a library, a plejecenter)
is one document of the "page" type with its categories, target groups and town. A volunteer task
is one document while it is open; it carries its organiser's (association's or unit's) name,
categories and town, so publishing the organiser rebuilds its tasks' documents too.

An association that has gone "ikke bekræftet" (directory/freshness.py) gives no documents, nor
do its tasks: directory.freshness rebuilds them when the flag flips. Its documents count as
updated when it was last published or confirmed, whichever is later, so an association that
confirms its page every year never reaches SEARCH_STALE_AFTER_DAYS.

The page models mix these classes in; this module reads only the page it is given, so it
imports none of the directory's models.
"""

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, field_text, joined, names, plain_text, prefetched


def last_current(organiser):
    """When the organiser was last known to be current: published, or (an association) confirmed."""
    moments = [organiser.last_published_at, getattr(organiser, "last_confirmed_at", None)]
    moments = [moment for moment in moments if moment is not None]
    return max(moments) if moments else None


class AssociationSearch(SearchDocumentsMixin):
    search_related = ("categories", "target_groups", "activities__target_group", "locality")

    def search_documents(self):
        if self.unconfirmed:
            return []  # Out of sight until it is confirmed; its page says so to anyone with the link.
        categories = list(self.categories.all())
        groups = list(self.target_groups.all())
        activities = prefetched(self, "activities")
        if activities is None:
            activities = self.activities.select_related("target_group")
        # In the page's order, ties (a translation's copied activities share their sort_order) by id: the
        # same documents whether update_index read them for 200 pages or publishing for this one.
        activities = sorted(
            activities, key=lambda activity: (activity.sort_order is None, activity.sort_order or 0, activity.pk)
        )
        body = joined(
            field_text(self, "description"),
            self.meeting_place,
            self.meeting_times,
            " ".join(f"{activity.name}. {activity.description}" for activity in activities),
        )
        common = {
            "association_name": self.title,
            "locality": self.locality,
            "categories": categories,
            "updated_at": last_current(self),
        }
        docs = [
            document(
                self,
                SearchDocument.ASSOCIATION,
                summary=self.summary,
                keywords=joined(names(categories), names(groups), names([self.locality]), self.city),
                body=body,
                target_groups=groups,
                is_free=self.has_free_offer,
                no_danish_needed=self.has_no_danish_needed,
                accessible_venue=self.has_accessible_venue,
                **common,
            )
        ]
        url = self.get_url() or self.url_path
        for activity in activities:
            group = [activity.target_group] if activity.target_group else []
            docs.append(
                {
                    "key": f"activity:{activity.pk}",
                    "kind": SearchDocument.ACTIVITY,
                    "title": activity.name,
                    "summary": activity.description,
                    "keywords": joined(self.title, names(categories), names(group), names([self.locality])),
                    "body": joined(activity.when, activity.where, self.summary),
                    "url": f"{url}#aktivitet-{activity.pk}",
                    "target_groups": group,
                    "is_free": activity.is_free,
                    "no_danish_needed": activity.no_danish_needed,
                    "accessible_venue": activity.accessible_venue,
                    **common,
                }
            )
        return docs

    def search_dependents(self):
        """The tasks below it carry its name, categories and town."""
        return self.get_descendants().specific()


class KommuneUnitSearch(SearchDocumentsMixin):
    search_related = ("categories", "target_groups", "locality")

    def search_documents(self):
        categories = list(self.categories.all())
        groups = list(self.target_groups.all())
        return [
            document(
                self,
                SearchDocument.PAGE,
                summary=self.summary,
                keywords=joined(names(categories), names(groups), names([self.locality]), self.city),
                body=joined(field_text(self, "description"), self.contact_name),
                association_name=self.title,
                locality=self.locality,
                categories=categories,
                target_groups=groups,
            )
        ]

    def search_dependents(self):
        """The tasks below it carry its name, categories and town."""
        return self.get_descendants().specific()


class VolunteerTaskSearch(SearchDocumentsMixin):
    def search_documents(self):
        if self.status != self.OPEN:
            return []  # A filled task leaves the search; its page says so to anyone with the link.
        organiser = self.get_parent().specific  # an association or a kommune unit
        if getattr(organiser, "unconfirmed", False):
            return []  # Its association has gone "ikke bekræftet": out of sight with it.
        categories = list(organiser.categories.all())
        locality = self.locality or organiser.locality
        ends = [day for day in (self.deadline, self.end_date) if day]
        return [
            document(
                self,
                SearchDocument.TASK,
                summary=self.summary,
                keywords=joined(organiser.title, names(categories), names([locality])),
                body=joined(plain_text(self.what_you_do), self.skills, self.where),
                association_name=organiser.title,
                locality=locality,
                categories=categories,
                no_danish_needed=self.no_danish_needed,
                open_until=min(ends) if ends else None,
                updated_at=last_current(organiser),  # Tasks go stale with their organiser.
            )
        ]
