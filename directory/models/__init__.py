"""The association directory: vocabularies, associations, their activities and volunteer tasks."""

from .associations import Activity, AssociationContact, AssociationPage, DirectoryIndexPage, SocialLink
from .messages import ContactMessage
from .tasks import VolunteerTaskIndexPage, VolunteerTaskPage
from .taxonomy import Category, Locality, TargetGroup
from .units import KommuneUnitPage

__all__ = [
    "Activity",
    "AssociationContact",
    "AssociationPage",
    "Category",
    "ContactMessage",
    "DirectoryIndexPage",
    "KommuneUnitPage",
    "Locality",
    "SocialLink",
    "TargetGroup",
    "VolunteerTaskIndexPage",
    "VolunteerTaskPage",
]
