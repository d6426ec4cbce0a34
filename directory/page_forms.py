"""The admin form of the directory's page types: a new page's address made from its title, the Danish way.

Representatives do not see the address (slug) field (a technical field for staff, see
TECHNICAL_FIELDS_PERMISSION in directory/models/associations.py), so nothing in the browser fills
it in. Wagtail would then make it from the title on save, but drop the Danish letters
("Hjælper til båden" → "hjlper-til-baden"); here they are spelt out first ("hjaelper-til-baaden"),
as the importer does, and the slug is kept unique among the page's siblings.

The form also offers only the towns (localities) of the page's own kommune and the shared ones, as a
plain list: with several kommuner on one installation, Nabo Kommune's editor never sees Fjordlund's
"Egebjerg" (``Locality.objects.for_site``), and a posted town of another site is refused.

The page models take this form (``base_form_class``), so this module imports no directory model.
"""

from django import forms
from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.coreutils import find_available_slug

from core.sites import site_of

DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slug(text):
    return slugify(text.translate(DANISH_LETTERS))[:80].strip("-")


class DirectoryPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("locality")
        if field is not None and hasattr(field.queryset, "for_site"):
            page = self.parent_page if self.parent_page is not None else self.instance
            field.queryset = field.queryset.for_site(site_of(page if page is not None and page.pk else None))
            field.widget = forms.Select(attrs=field.widget.attrs)
            field.widget.choices = field.choices

    def clean(self):
        cleaned_data = super().clean()
        title = cleaned_data.get("title")
        if "slug" not in self.fields and not self.instance.slug and title and self.parent_page is not None:
            base = danish_slug(title)
            if base:
                self.instance.slug = find_available_slug(self.parent_page, base)
        return cleaned_data
