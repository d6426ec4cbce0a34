"""The volunteering policy, its focus areas, versions and consultations, and the guidance pages."""

from .consultations import ConsultationPage, ConsultationResponse
from .guides import GuideIndexPage, GuidePage
from .policies import FocusAreaPage, PolicyPage, PolicyVersion
from .taxonomy import GuideAudience, GuideTopic

__all__ = [
    "ConsultationPage",
    "ConsultationResponse",
    "FocusAreaPage",
    "GuideAudience",
    "GuideIndexPage",
    "GuidePage",
    "GuideTopic",
    "PolicyPage",
    "PolicyVersion",
]
