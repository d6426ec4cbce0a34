"""How the directory's pages appear in the portal's search (the protocol is search/pages.py).

An association is one document for itself and one per activity, with its categories, target
groups, town and the inclusion flags as facet values. A volunteer task is one document while it
is open; it carries its association's name, categories and town, so publishing the association
rebuilds its tasks' documents too.

The page models mix these classes in; this module reads only the page it is given, so it
imports none of the directory's models.
"""

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, field_text, joined, names, plain_text


class AssociationSearch(SearchDocumentsMixin):
    def search_documents(self):
        categories = list(self.categories.all())
        groups = list(self.target_groups.all())
        activities = list(self.activities.select_related("target_group"))
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
            "updated_at": self.last_published_at,
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


class VolunteerTaskSearch(SearchDocumentsMixin):
    def search_documents(self):
        if self.status != self.OPEN:
            return []  # A filled task leaves the search; its page says so to anyone with the link.
        association = self.get_parent().specific
        categories = list(association.categories.all())
        locality = self.locality or association.locality
        ends = [day for day in (self.deadline, self.end_date) if day]
        return [
            document(
                self,
                SearchDocument.TASK,
                summary=self.summary,
                keywords=joined(association.title, names(categories), names([locality])),
                body=joined(plain_text(self.what_you_do), self.skills, self.where),
                association_name=association.title,
                locality=locality,
                categories=categories,
                no_danish_needed=self.no_danish_needed,
                open_until=min(ends) if ends else None,
                updated_at=association.last_published_at,  # Tasks go stale with their association.
            )
        ]
