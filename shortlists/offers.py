"""What a shortlist shows of each offer: its name, when, where and how to get in touch.

One ``Offer`` per item, the same for the staff's page, the print and the emails. Contacts are only
what the offer's own page shows the public (directory/templates' ``_contacts.html``): role
addresses and phones; a person's name and phone only with consent on record; and no addresses at
all for an association that uses a contact form instead (the offer then points to its page).
"""

from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.pages import private_q
from directory.models import Activity, AssociationPage, KommuneUnitPage, VolunteerTaskPage
from portal_events.models import EventPage

from .models import ShortlistItem

KINDS = {
    AssociationPage: ShortlistItem.ASSOCIATION,
    VolunteerTaskPage: ShortlistItem.TASK,
    EventPage: ShortlistItem.EVENT,
}


def kind_of(page, activity_id=None):
    """ "association", "activity", "task" or "event", or None for a page that cannot be on a shortlist."""
    kind = KINDS.get(type(page))
    if kind == ShortlistItem.ASSOCIATION and activity_id:
        return ShortlistItem.ACTIVITY
    return kind


@dataclass
class Contact:
    role: str
    name: str = ""
    email: str = ""
    phone: str = ""
    personal_phone: str = ""


@dataclass
class Offer:
    item: ShortlistItem
    kind: str
    kind_label: str
    title: str
    page: Page
    url: str
    summary: str = ""
    organiser: Page | None = None
    when: list = field(default_factory=list)  # (label, text) pairs: meeting times, a task's dates, event dates
    place: str = ""
    address_lines: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    contact_through_page: bool = False  # an association with a contact form: no addresses, see its page

    @property
    def organiser_title(self):
        return self.organiser.title if self.organiser is not None else ""


def public_contacts(organiser):
    """The contacts the organiser's page shows everyone (see the module's docstring)."""
    if isinstance(organiser, AssociationPage):
        if organiser.contact_form_enabled:
            return []
        return [
            Contact(
                role=contact.role,
                name=contact.person_name if contact.shows_person else "",
                email=contact.email,
                phone=contact.phone,
                personal_phone=contact.person_phone if contact.shows_person else "",
            )
            for contact in organiser.contacts.all()
        ]
    if isinstance(organiser, KommuneUnitPage) and organiser.contact_email:
        return [Contact(role=organiser.contact_name, email=organiser.contact_email, phone=organiser.contact_phone)]
    return []


def _date(day):
    return formats.date_format(day, "j. F Y")


def _association(offer, page, activity):
    offer.organiser = page
    if activity is not None:
        offer.title = f"{activity.name} ({page.title})"
        offer.summary = activity.description or page.summary
        if activity.when:
            offer.when.append((_("When"), activity.when))
        offer.place = activity.where or page.meeting_place
    else:
        offer.summary = page.summary
        if page.meeting_times:
            offer.when.append((_("When we meet"), page.meeting_times))
        offer.place = page.meeting_place
    offer.address_lines = page.address_lines
    offer.contacts = public_contacts(page)
    offer.contact_through_page = page.contact_form_enabled


def _task(offer, page):
    parent = page.get_parent().specific
    offer.organiser = parent if isinstance(parent, (AssociationPage, KommuneUnitPage)) else None
    offer.summary = page.summary
    commitment = page.get_time_commitment_display()
    if page.hours is not None:
        hours = formats.number_format(page.hours, decimal_pos=0 if page.hours == int(page.hours) else 1)
        commitment = f"{commitment}, {hours} {_('hours')}"
    offer.when.append((_("Time commitment"), commitment))
    if page.start_date and page.end_date:
        offer.when.append((_("Period"), f"{_date(page.start_date)} – {_date(page.end_date)}"))
    elif page.start_date:
        offer.when.append((_("Period"), _("From %(date)s") % {"date": _date(page.start_date)}))
    elif page.end_date:
        offer.when.append((_("Period"), _("Until %(date)s") % {"date": _date(page.end_date)}))
    if page.deadline:
        offer.when.append((_("Apply by"), _date(page.deadline)))
    offer.place = page.where
    if offer.organiser is not None:
        offer.address_lines = offer.organiser.address_lines
        offer.contacts = public_contacts(offer.organiser)
        offer.contact_through_page = (
            isinstance(offer.organiser, AssociationPage) and offer.organiser.contact_form_enabled
        )


def _event(offer, page):
    offer.organiser = page.organiser_page()
    offer.summary = page.summary
    dates = page.sorted_dates()
    if dates:
        offer.when.append((_("When"), "; ".join(date.when for date in dates)))
    if page.is_cancelled:
        offer.when.append((_("Cancelled"), page.cancellation_note or _("The event is cancelled.")))
    offer.place = page.place_name
    offer.address_lines = page.address_lines
    if page.contact_email or page.contact_phone:
        offer.contacts = [
            Contact(role=page.contact_name or _("Contact"), email=page.contact_email, phone=page.contact_phone)
        ]
    elif offer.organiser is not None:
        offer.contacts = public_contacts(offer.organiser)
        offer.contact_through_page = (
            isinstance(offer.organiser, AssociationPage) and offer.organiser.contact_form_enabled
        )


KIND_LABELS = {
    ShortlistItem.ASSOCIATION: lambda: _("Association"),
    ShortlistItem.ACTIVITY: lambda: _("Activity"),
    ShortlistItem.TASK: lambda: _("Volunteer task"),
    ShortlistItem.EVENT: lambda: _("Event"),
}


def offers_of(shortlist, request=None):
    """The shortlist's items as offers, in the staff's order; items whose page is gone or unpublished are left out."""
    items = list(shortlist.items.all())
    pages = {
        page.pk: page
        for page in Page.objects.live().exclude(private_q()).filter(pk__in=[item.page_id for item in items]).specific()
    }
    activity_ids = [item.activity_id for item in items if item.activity_id]
    activities = {activity.pk: activity for activity in Activity.objects.filter(pk__in=activity_ids)}
    offers = []
    for item in items:
        page = pages.get(item.page_id)
        if page is None:
            continue
        activity = activities.get(item.activity_id)
        if activity is not None and activity.association_id != page.pk:
            activity = None
        kind = kind_of(page, activity.pk if activity else None)
        if kind is None:
            continue
        offer = Offer(
            item=item,
            kind=kind,
            kind_label=KIND_LABELS[kind](),
            title=page.title,
            page=page,
            url=page.get_full_url(request) or "",
        )
        if isinstance(page, AssociationPage):
            _association(offer, page, activity)
        elif isinstance(page, VolunteerTaskPage):
            _task(offer, page)
        else:
            _event(offer, page)
        offers.append(offer)
    return offers


def organisers_of(offers):
    """The associations and kommune units behind the offers, each once, in the shortlist's order."""
    found = {}
    for offer in offers:
        if offer.organiser is not None:
            found.setdefault(offer.organiser.pk, offer.organiser)
    return list(found.values())
