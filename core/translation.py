"""What a page's translation takes over from the Danish page, and what a translator writes anew.

Every page type says so itself with ``translatable_fields = page_fields(translated=[…], synchronised=[…])``
(tests/translation checks each concrete page type does): texts are translated, facts stay in sync
with the Danish page — an association's address, coordinates, categories, e-mail and phone number
are the same in English, and a change to them in Danish reaches the translations when they are
synchronised. A field in neither list is left alone: ``AssociationPage.external_id`` is unique
(the import's key), so the English copy must not carry it (``exclude_fields_in_copy``).
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

# Wagtail's own Page fields, as wagtail-localize would treat them: the slug is translated too
# ("/en/associations/…" rather than the Danish word).
PAGE_FIELDS = (
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
)


def page_fields(translated=(), synchronised=()):
    """The ``translatable_fields`` of a page type: Page's own, then ``translated`` texts and ``synchronised`` facts."""
    return [
        *PAGE_FIELDS,
        *(TranslatableField(name) for name in translated),
        *(SynchronizedField(name) for name in synchronised),
    ]
