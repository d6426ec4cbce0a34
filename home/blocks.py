"""Body blocks shared by the portal's content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from core.retention import retention_rules


class ReaderTextOnly:
    """For a struct block whose ``not_searched`` children set the markup (a level, a colour, an icon), not words.

    Wagtail gives the search a choice's label: a heading's level would be indexed as "Overskrift 2"
    and show in search snippets. The search (Wagtail's and the portal's) gets only the text a reader sees.
    """

    not_searched = ()

    def get_searchable_content(self, value):
        if not self.search_index:
            return []
        return [
            text
            for name, block in self.child_blocks.items()
            if name not in self.not_searched
            for text in block.get_searchable_content(value.get(name, block.get_default()))
        ]


class HeadingBlock(ReaderTextOnly, blocks.StructBlock):
    """A section heading; the level keeps the page outline correct for screen readers."""

    not_searched = ("level",)

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        label = _("Heading")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alternative text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"
        label = _("Quote")


class LinkBlock(blocks.StructBlock):
    """A link to a page in the portal or to another website."""

    text = blocks.CharBlock(label=_("Link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or enter a web address."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action.html"
        label = _("Call to action")


class InfoBoxBlock(ReaderTextOnly, blocks.StructBlock):
    """A highlighted box (DKFDS alert) for advice or important facts; its kind is only its colour."""

    not_searched = ("kind",)

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("success", _("Good advice")), ("warning", _("Important"))],
        default="info",
    )
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        template = "home/blocks/info_box.html"
        label = _("Info box")


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class BodyBlock(blocks.StreamBlock):
    """The stream of blocks editors use to write a content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    info_box = InfoBoxBlock()
    call_to_action = CallToActionBlock()


class RetentionTableBlock(blocks.StaticBlock):
    """How long the portal keeps each kind of personal data, printed from the retention rules themselves.

    The privacy page holds this block instead of typed-in periods, so the page and what
    ``manage.py purge_personal_data`` deletes can never disagree: a rule an app registers
    (core/retention.py) or a period changed in the environment shows here at once, e.g.
    "Beskeder sendt til en forening … | 90 dage".
    """

    class Meta:
        icon = "table"
        label = _("Retention periods (from the settings)")
        admin_text = _("Shows the table of how long personal data is kept, as the portal is set up to delete it.")
        template = "home/blocks/retention_table.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["rules"] = retention_rules()
        return context

    def get_api_representation(self, value, context=None):
        return [
            {"name": rule.name, "description": str(rule.description), "days": max(rule.days, 0)}
            for rule in retention_rules()
        ]


class StandardPageBodyBlock(BodyBlock):
    """A plain page's blocks: the body blocks, and the retention table the privacy page shows."""

    retention_table = RetentionTableBlock()


class EntryPointBlock(ReaderTextOnly, blocks.StructBlock):
    """One of the home page's ways in ("Find en forening", "Bliv frivillig" …)."""

    not_searched = ("icon",)

    title = blocks.CharBlock(label=_("Title"), max_length=60)
    text = blocks.TextBlock(label=_("Text"), max_length=200)
    icon = blocks.ChoiceBlock(
        label=_("Icon"),
        choices=[
            ("groups", _("People")),
            ("how-to-reg", _("Sign up")),
            ("document", _("Document")),
            ("help", _("Help")),
            ("search", _("Search")),
            ("calendar-month", _("Calendar")),
            ("location", _("Place")),
        ],
        default="groups",
    )
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "link"
        label = _("Entry point")
