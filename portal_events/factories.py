"""Factories for events, used by the tests (and by the signups app's tests)."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from .models import EventDate, EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Arrangementer"
    slug = "arrangementer"
    intro = "Temadage, møder og kurser for frivillige i kommunen."

    class Meta:
        model = EventIndexPage


def in_days(days, hour=17, minute=0):
    """An aware datetime ``days`` from today at the given local time."""
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour, minute))


class EventPageFactory(wagtail_factories.PageFactory):
    """An event; ``dates=[(start, end), …]`` sets its dates (default: one evening a week from now)."""

    title = factory.Sequence(lambda n: f"Arrangement {n}")
    summary = "Et arrangement for frivillige i kommunen."
    event_type = EventPage.THEME_DAY
    place_name = "Fjordlund Bibliotek"
    street = "Torvet 1"
    postcode = "4790"
    city = "Fjordlund"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True  # the hooks below save when they change something

    @factory.post_generation
    def dates(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = [(in_days(7, 17), in_days(7, 19))]
        for order, (start, end) in enumerate(extracted):
            EventDate.objects.create(event=self, start=start, end=end, sort_order=order)
        self.save()

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)
            self.save()

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)
            self.save()
