"""``{% picture %}`` as Wagtail's, but each width once in a ``srcset``.

A rendition never upscales: an association's 150 px logo asked for as ``max-{160x160,320x320}`` gives two
150 px files, and a 600 px photo asked for as ``fill-{400x225,800x450,1200x675}`` two 600 px ones. Wagtail
writes both into the ``srcset`` ("logo.avif 150w, logo.2.avif 150w"), which HTML does not allow (a validator
reports it) and which makes the browser download an arbitrary one of two equal files. Here the first of each
width is kept. Load it after ``wagtailimages_tags``: ``{% load wagtailimages_tags portal_images %}``.
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


class DistinctWidthsPicture(Picture):
    @classmethod
    def get_width_srcset(cls, renditions_list):
        by_width = {}
        for rendition in renditions_list:
            by_width.setdefault(rendition.width, rendition)
        return super().get_width_srcset(list(by_width.values()))


class PictureNode(wagtailimages_tags.PictureNode):
    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = get_renditions_or_not_found(image, self.get_filters())
        if self.output_var_name:
            context[self.output_var_name] = DistinctWidthsPicture(renditions)
            return ""
        attrs = {name: value.resolve(context) for name, value in self.attrs.items()}
        return DistinctWidthsPicture(renditions, attrs).__html__()


@register.tag("picture")
def picture(parser, token):
    """Wagtail's own parsing (and its error messages), then the node above."""
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name)
