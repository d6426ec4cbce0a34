"""The home page's "Have your say" section: consultations open right now.

A høring only works if citizens know about it; the front page is where they look.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail import hooks

from core.pages import private_q

from .models import ConsultationPage


@hooks.register("portal_home_sections")
def open_consultations(request, page):
    now = timezone.now()
    consultations = (
        ConsultationPage.objects.live()
        .exclude(private_q())
        .descendant_of(page)  # The home page is its site's root: no query to find the site.
        .filter(opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at")[:3]
    )
    items = [
        {
            "title": consultation.title,
            "url": consultation.get_url(request),
            "text": consultation.intro,
            "meta": _("Open for responses until %(date)s")
            % {"date": date_format(timezone.localtime(consultation.closes_at), "j. F Y")},
        }
        for consultation in consultations
    ]
    return {"key": "consultations", "heading": _("Have your say"), "items": items, "order": 20}
