"""Which pages a citizen can offer help on, and who has to answer.

A volunteer task is organised by the page it is placed under (an association, or a kommune unit
once tasks may live there): that page gets the enquiry. A citizen can also offer help to an
organiser directly, from its own page. Which pages organise tasks is read from the task's own
``parent_page_types``, so a new kind of organiser gets "Jeg vil gerne hjælpe" without a change here.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.sites import public_address
from directory.models import VolunteerTaskPage


def organiser_models():
    """The page types a volunteer task can be placed under: an association or a kommune unit."""
    return tuple(VolunteerTaskPage.allowed_parent_page_models())


def organiser_of(page):
    """The organiser page (specific) who answers an enquiry about ``page``, or None if nobody can be asked.

    Always the organiser in the portal's own language: an offer made on the English copy of a task
    (/en/…) goes to the Danish association page, whose contacts and representatives are the real ones.
    """
    if isinstance(page, VolunteerTaskPage):
        parent = page.get_parent()
        organiser = parent.specific if parent is not None else None
    else:
        organiser = page
    if not isinstance(organiser, organiser_models()):
        return None
    if organiser.locale.language_code != settings.LANGUAGE_CODE:
        original = organiser.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).specific().first()
        organiser = original or organiser
    return organiser


def is_open(page):
    """Whether the page takes enquiries now: an organiser always, a task only while it is open."""
    if isinstance(page, VolunteerTaskPage):
        return page.is_open
    return True


def enquiry_url(page):
    """The form's address for this page, e.g. /jeg-vil-hjaelpe/42/ (/en/jeg-vil-hjaelpe/42/ in English)."""
    return reverse("enquiries:form", args=[page.pk])


def full_url(page):
    """The page's address for an email: the portal's public address (BASE_URL) and the page's path, in Danish."""
    with translation.override(settings.LANGUAGE_CODE):
        parts = page.get_url_parts()
    return public_address(parts)
