"""Publishing a change to an association's page confirms that the page is current (directory/freshness.py).

A representative's change is published only after Kommunikation approved it, and staff publish
what they have checked themselves; either way someone has just looked at the page.
"""

from django.dispatch import receiver
from wagtail.signals import page_published

from .freshness import confirm_current
from .models import AssociationPage


@receiver(page_published)
def confirm_on_publish(sender, instance, **kwargs):
    if isinstance(instance, AssociationPage):
        # The search's own handler rebuilds the documents on publishing; only a page coming back
        # from "ikke bekræftet" needs it again here, as the handlers may run in either order.
        confirm_current(instance, when=instance.last_published_at, reindex=instance.unconfirmed)
