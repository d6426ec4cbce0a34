"""Blocks of the volunteering policy and the guidance pages.

The policy is a structured document, not a free page: principles, definitions,
initiatives and follow-up are blocks with fields, so the policy page can count
initiatives per status and a version can be compared with the one before.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import BodyBlock, LinkBlock

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ul", "ol", "document-link"]


class PrincipleBlock(blocks.StructBlock):
    """One guiding principle: a short name ("Tillid") and what it means in practice."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "pick"
        label = _("Principle")


class DefinitionBlock(blocks.StructBlock):
    """A term the policy relies on ("Frivilligt arbejde") and its explanation."""

    term = blocks.CharBlock(label=_("Term"), max_length=120)
    explanation = blocks.RichTextBlock(label=_("Explanation"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "help"
        label = _("Definition")


class RelatedPolicyBlock(LinkBlock):
    """Another policy to read this one with: a page in the portal or a link, with a title."""

    description = blocks.CharBlock(label=_("Description"), max_length=250, required=False)

    class Meta:
        icon = "link"
        label = _("Related policy")


class DocumentBlock(blocks.StructBlock):
    """A downloadable document with a title a citizen understands (not the file name)."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class ContactBlock(blocks.StructBlock):
    """Whom to ask: a unit or role first, so the box survives staff changes."""

    name = blocks.CharBlock(label=_("Unit, role or name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=30, required=False)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "policy/blocks/contact.html"


class FollowUpBlock(blocks.StructBlock):
    """One step of the follow-up plan: a status meeting, a theme day or an evaluation."""

    STATUS_MEETING, THEME_DAY, EVALUATION, OTHER = "status_meeting", "theme_day", "evaluation", "other"
    KIND_CHOICES = [
        (STATUS_MEETING, _("Status meeting")),
        (THEME_DAY, _("Theme day")),
        (EVALUATION, _("Evaluation")),
        (OTHER, _("Other")),
    ]

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=KIND_CHOICES, default=STATUS_MEETING)
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=600)

    class Meta:
        icon = "date"
        label = _("Follow-up")


class ProgressNoteBlock(blocks.StructBlock):
    """A dated note on how an initiative is going, written for citizens and politicians."""

    date = blocks.DateBlock(label=_("Date"))
    text = blocks.TextBlock(label=_("Progress note"), max_length=1000)

    class Meta:
        icon = "date"
        label = _("Progress note")


PLANNED, IN_PROGRESS, DONE, DROPPED = "planned", "in_progress", "done", "dropped"
INITIATIVE_STATUS_CHOICES = [
    (PLANNED, _("Planned")),
    (IN_PROGRESS, _("In progress")),
    (DONE, _("Done")),
    (DROPPED, _("Dropped")),
]


class InitiativeBlock(blocks.StructBlock):
    """What the kommune and its partners do to reach a focus area's goals ("Sådan gør vi")."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    description = blocks.RichTextBlock(label=_("Description"), features=SIMPLE_RICH_TEXT)
    responsible_unit = blocks.CharBlock(label=_("Responsible unit"), max_length=160)
    status = blocks.ChoiceBlock(label=_("Status"), choices=INITIATIVE_STATUS_CHOICES, default=PLANNED)
    progress_notes = blocks.ListBlock(
        ProgressNoteBlock(),
        label=_("Progress notes"),
        default=[],
        help_text=_("Newest first is not needed: the page sorts them by date."),
    )
    carried_out_by = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")),
        label=_("Carried out by"),
        default=[],
        help_text=_("Associations, events, stories and guides that carry the initiative out."),
    )

    class Meta:
        icon = "tasks"
        label = _("Initiative")


class GoalBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Goal"), max_length=300)

    class Meta:
        icon = "success"
        label = _("Goal")


# Guidance pages


class StepsBlock(blocks.StructBlock):
    """Numbered steps ("1. Find ud af, hvad I har brug for …"): rendered as an ordered list."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=160, required=False)
    steps = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("title", blocks.CharBlock(label=_("Step"), max_length=160)),
                ("text", blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT, required=False)),
            ],
            label=_("Step"),
        ),
        label=_("Steps"),
        min_num=1,
    )

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "policy/blocks/steps.html"


class QuestionsBlock(blocks.StructBlock):
    """Questions and answers, shown as an accordion that works with keyboard and screen reader."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=160, required=False)
    questions = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("question", blocks.CharBlock(label=_("Question"), max_length=250)),
                ("answer", blocks.RichTextBlock(label=_("Answer"), features=SIMPLE_RICH_TEXT)),
            ],
            label=_("Question"),
        ),
        label=_("Questions"),
        min_num=1,
    )

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "policy/blocks/questions.html"


class DownloadsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=160, required=False)
    documents = blocks.ListBlock(DocumentBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "download"
        label = _("Downloads")
        template = "policy/blocks/downloads.html"


class GuideBodyBlock(BodyBlock):
    """The portal's body blocks plus steps, questions and answers, downloads and a contact box.

    Advice boxes are the body's info box ("Godt råd", "Vigtigt")."""

    steps = StepsBlock()
    questions = QuestionsBlock()
    downloads = DownloadsBlock()
    contact = ContactBlock()
