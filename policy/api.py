"""What the content API (/api/v2/pages/) serves of a policy beyond its plain fields: its adopted versions."""

from content_api.fields import PreparedField


class VersionsField(PreparedField):
    """Every adopted version of the policy, oldest first, each with the address where it stays readable."""

    prefetch = ["versions"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        url = page.full_url
        return [
            {
                "number": version.number,
                "title": version.title,
                "adopted_by": version.adopted_by,
                "adopted_on": version.adopted_on.isoformat(),
                "html_url": url + page.reverse_subpage("version", args=[version.number]) if url else None,
            }
            for version in page.versions.all()
        ]
