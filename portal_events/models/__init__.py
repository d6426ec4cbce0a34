"""Events and courses: the kommune's calendar and the events of associations.

An event page sits under the kommune's event index ("Arrangementer": theme days, status and
dialogue meetings, courses for volunteers) or under an association's page (its own events,
moderated like its other pages). Its dates are an orderable list, so a repeating event or a
course series is one page. It mixes in ``signups.models.SignupFields`` and keeps that contract.
"""

from .events import EventDate, EventIndexPage, EventPage

__all__ = ["EventDate", "EventIndexPage", "EventPage"]
