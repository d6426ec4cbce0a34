"""A published story's pictures are made when it is published, not when the first citizen opens the list.

The lead image is shown as a <picture> on the story page and on its card in the story list, nine and six files
(widths × AVIF, WebP, JPEG), and to social media and feed readers as one JPEG; made here they cost the editor a
second or two, and no visitor waits for them.
"""

from django.dispatch import receiver
from wagtail.signals import page_published

from core.images import make_renditions

from .listing import CARD_PICTURE
from .models import LEAD_PICTURE, SHARE_IMAGE_FILTER, StoryPage


@receiver(page_published, sender=StoryPage)
def make_the_pictures(sender, instance, **kwargs):
    make_renditions(instance.lead_image, CARD_PICTURE)
    make_renditions(instance.lead_image, LEAD_PICTURE)
    make_renditions(instance.lead_image, SHARE_IMAGE_FILTER)  # og:image and the feeds' enclosure
