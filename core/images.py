"""Pictures in modern formats: what a ``{% picture %}`` tag stores, so a listing can prefetch it.

The public templates show content images with Wagtail's ``{% picture %}`` tag: AVIF and WebP
sources and a JPEG (photos) or PNG (logos) fallback, each in a few widths, for example
``{% picture story.lead_image fill-{800x450,400x225} format-{avif,webp,jpeg} preserve-svg ... %}``.
That is six renditions per image, and Wagtail finds them with one cache or database look-up per
image: a listing of ten cards would cost up to ten queries when the renditions are not cached.
A listing prefetches them instead, with ``prefetch_renditions(*stored_specs(pattern))``.

When renditions are prefetched Wagtail takes the prefetched list as the whole truth: a spec
missing from it is looked up (and created if need be) image by image. So the specs here are the
ones Wagtail stores, not the ones the template writes: ``preserve-svg`` is dropped from them, and
for an SVG (the demo's kommune logo, stored by code) the format and other rasterising steps too,
e.g. ``fill-800x450|format-avif|preserve-svg`` is stored as ``fill-800x450|format-avif`` for a
photo and as ``fill-800x450`` for an SVG.
"""

from wagtail.images.models import Filter
from wagtail.images.utils import to_svg_safe_spec

PRESERVE_SVG = "preserve-svg"


def stored_specs(pattern):
    """The filter specs Wagtail stores for a ``{% picture %}`` tag's space-separated filter pattern."""
    specs = []
    for spec in Filter.expand_spec(pattern):
        raster = "|".join(part for part in spec.split("|") if part != PRESERVE_SVG)
        specs.append(raster)
        if PRESERVE_SVG in spec.split("|"):
            specs.append(to_svg_safe_spec(spec))
    return list(dict.fromkeys(specs))


def make_renditions(image, pattern):
    """Make (or find) the renditions a ``{% picture %}`` tag with this filter pattern shows, ahead of the visitor.

    AVIF is slow to encode (0.2–1 s a file on a 2-core machine): a story list whose ten cards' files are all
    missing took about 8 s to answer. Made when a page is published, they cost the editor a second or two instead.
    """
    if image is not None:
        image.get_renditions(*Filter.expand_spec(pattern))
