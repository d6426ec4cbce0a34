"""Every content image of the demo reaches the visitor as a <picture>: AVIF and WebP first, a JPEG or PNG for
browsers that take neither, each in several widths with the ``sizes`` the layout gives it, lazy below the fold,
and with whole-pixel width and height so nothing jumps when it arrives.

The pages are the demo's that show pictures: the front page's hero, the story listing's cards, a story's lead
image, an image block in a content page, a premises' photos, an association's logo; and the kommune's SVG logo in
the header of every page. The files the addresses point at are opened and read as what they claim to be.
"""

import re

import pytest
import wagtail_factories
from django.conf import settings
from django.core.files.storage import default_storage
from django.test import Client
from PIL import Image
from wagtail.images.models import Filter

from core.images import stored_specs
from directory.models import AssociationPage
from home.models import PortalSettings, StandardPage
from premises.models import PremisesPage
from stories.listing import PER_PAGE
from stories.models import StoryPage
from tests import page_types
from tests.helpers import soup_of

WIDTH_CANDIDATE = re.compile(r"^(\S+) (\d+)w$")
WHOLE_PIXELS = re.compile(r"^\d+$")
FILE_FORMATS = {"image/avif": "AVIF", "image/webp": "WEBP"}


def pictures_on(path):
    """The <picture> elements in the page's main content."""
    response = Client().get(path)
    assert response.status_code == 200, path
    return soup_of(response).find("main").find_all("picture")


def candidates(srcset):
    """[(address, width)] of a srcset with width descriptors, e.g. "/media/images/a.avif 800w, …"."""
    found = []
    for candidate in srcset.split(", "):
        match = WIDTH_CANDIDATE.match(candidate.strip())
        assert match, f"not a width candidate: {candidate!r} in {srcset!r}"
        found.append((match[1], int(match[2])))
    return found


def file_format(address):
    """What Pillow reads the file at a media address as ("AVIF", "WEBP", "JPEG", "PNG")."""
    assert address.startswith(settings.MEDIA_URL), address
    name = address.removeprefix(settings.MEDIA_URL)
    assert default_storage.exists(name), f"no file behind {address}"
    with default_storage.open(name) as file, Image.open(file) as image:
        return image.format


def assert_modern_picture(picture, fallback="JPEG"):
    """AVIF then WebP sources and a JPEG/PNG <img>, each in two or more widths with the same sizes; whole pixels.

    Returns the <img>."""
    sources = picture.find_all("source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    img = picture.find("img")
    assert img["sizes"] and all(source["sizes"] == img["sizes"] for source in sources)
    for source in sources:
        widths = candidates(source["srcset"])
        assert len({width for _address, width in widths}) >= 2, source["srcset"]
        for address, _width in widths:
            assert file_format(address) == FILE_FORMATS[source["type"]], address
    fallback_widths = candidates(img["srcset"])
    assert len(fallback_widths) >= 2
    assert {file_format(address) for address, _width in fallback_widths} == {fallback}
    assert file_format(img["src"]) == fallback
    assert WHOLE_PIXELS.match(img["width"]) and WHOLE_PIXELS.match(img["height"]), img
    return img


def assert_lazy(img):
    assert img.get("loading") == "lazy" and img.get("decoding") == "async", img


def assert_eager(img):
    """Above the fold: fetched at once, first."""
    assert img.get("loading") in (None, "eager") and img.get("fetchpriority") == "high", img


def test_the_front_page_hero_comes_at_once_in_modern_formats(demo):
    (hero,) = pictures_on("/")
    img = assert_modern_picture(hero)
    assert_eager(img)
    assert img["alt"] == ""  # decorative: the heading beside it says it all
    assert "468px" in img["sizes"]  # five twelfths of the 1,200 px container, less its gutter


def test_the_story_cards_are_lazy_pictures_with_their_alternative_texts(demo):
    index = page_types.demo_page("stories.StoryIndexPage")
    stories = StoryPage.objects.child_of(index).live().public().exclude(lead_image=None)
    alt_texts = {story.lead_image_alt for story in stories}
    cards = pictures_on(index.get_url())
    assert len(cards) == min(stories.count(), PER_PAGE) >= 2
    for card in cards:
        img = assert_modern_picture(card)
        assert_lazy(img)
        assert img["alt"] in alt_texts


def test_a_story_s_lead_image_comes_at_once_and_keeps_its_alternative_text(demo):
    story = page_types.demo_page("stories.StoryPage")
    lead = pictures_on(story.get_url())[0]
    img = assert_modern_picture(lead)
    assert_eager(img)
    assert img["alt"] == story.lead_image_alt
    assert (img["width"], img["height"]) == ("1200", "676")  # 16:9, Wagtail's rounding: the API's shape
    assert "768px" in img["sizes"]  # eight twelfths of the 1,200 px container, less its gutter


def test_an_image_block_is_a_lazy_picture_with_the_editor_s_alternative_text(demo):
    page = next(
        page
        for page in StandardPage.objects.live().public().order_by("path")
        if any(block.block_type == "image" for block in page.body)
    )
    block = next(block for block in page.body if block.block_type == "image")
    image = block.value["image"]
    expected_alt = "" if image.decorative else (image.contextual_alt_text or image.default_alt_text)
    (picture,) = [picture for picture in pictures_on(page.get_url()) if picture.find_parent(class_="content-image")]
    img = assert_modern_picture(picture)
    assert_lazy(img)
    assert img["alt"] == expected_alt
    assert img["width"] == "800"  # shown at most 800 px wide, as before: the first width is the <img>'s own


def test_a_premises_photos_are_lazy_pictures_with_their_alternative_texts(demo):
    premises = next(page for page in PremisesPage.objects.live().public().order_by("path") if page.photos.exists())
    photos = pictures_on(premises.get_url())
    assert [picture.find("img")["alt"] for picture in photos] == [
        photo.alt_text for photo in premises.photos.order_by("sort_order")
    ]
    for picture in photos:
        assert_lazy(assert_modern_picture(picture))


def test_an_association_s_logo_keeps_its_transparency_in_the_fallback(demo):
    association = AssociationPage.objects.live().public().exclude(logo=None).order_by("path").first()
    pictures = [picture for picture in pictures_on(association.get_url()) if picture.find(class_="directory-logo")]
    (logo,) = pictures
    img = assert_modern_picture(logo, fallback="PNG")
    assert_lazy(img)
    assert img["alt"] == "" and img["sizes"] == "160px"


def test_a_logo_smaller_than_the_widths_asked_for_is_offered_once_per_format(demo):
    """A volunteer uploads a 120 px logo: neither 160 nor 320 px copies can be made (no upscaling), so each format
    has one file, named once; two equal "120w" candidates would be invalid HTML and a coin toss for the browser."""
    association = AssociationPage.objects.live().public().exclude(logo=None).order_by("path").first()
    association.logo = wagtail_factories.ImageFactory(title="Lille logo", file__width=120, file__height=120)
    association.save_revision().publish()
    (logo,) = [picture for picture in pictures_on(association.get_url()) if picture.find(class_="directory-logo")]
    img = logo.find("img")
    for srcset in [source["srcset"] for source in logo.find_all("source")] + [img.get("srcset", img["src"])]:
        assert "," not in srcset and " " not in srcset.strip(), srcset
    assert [source["type"] for source in logo.find_all("source")] == ["image/avif", "image/webp"]
    assert img["width"] == "120" and file_format(img["src"]) == "PNG"


def test_the_svg_logo_in_the_header_stays_one_svg_in_whole_pixels(demo):
    """An SVG is sharp at any size, so it needs no widths or raster copies; measured from the SVG its rendition's
    sizes are floats (40.0 × 48.0) until read back from the database, and HTML allows only whole pixels."""
    assert PortalSettings.objects.first().logo.is_svg()
    logo = soup_of(Client().get("/")).find(class_="portal-logo")
    img = logo.find("img")
    assert logo.find("picture") is None
    assert img["src"].endswith(".svg") and img["alt"] == ""
    assert WHOLE_PIXELS.match(img["width"]) and img["height"] == "48"


def test_a_raster_logo_in_the_header_is_a_picture_as_wide_as_its_shape(demo):
    """A kommune that uploads its logo as a PNG gets AVIF and WebP copies, with the PNG (transparent) behind them."""
    portal = PortalSettings.objects.first()
    portal.logo = AssociationPage.objects.live().exclude(logo=None).order_by("path").first().logo
    portal.save()  # the frame is read again (home/frame.py)
    logo = soup_of(Client().get("/")).find(class_="portal-logo")
    img = assert_modern_picture(logo.find("picture"), fallback="PNG")
    assert img["height"] == "48" and img["alt"] == ""
    assert img["sizes"] == f"{round(48 * portal.logo.width / portal.logo.height)}px"


@pytest.mark.parametrize("pattern", ["fill-{800x450,400x225} format-{avif,webp,jpeg} preserve-svg"])
def test_a_listing_prefetches_the_specs_wagtail_stores(demo, pattern):
    """What core.images.stored_specs gives is what Wagtail writes in filter_spec, for a photo and for an SVG."""
    photo = page_types.demo_page("stories.StoryPage").lead_image
    svg = PortalSettings.objects.first().logo
    wanted = set(stored_specs(pattern))
    for spec in Filter.expand_spec(pattern):
        assert photo.get_rendition(spec).filter_spec in wanted
        assert svg.get_rendition(spec).filter_spec in wanted
