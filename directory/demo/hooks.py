"""Registers the directory's demo content with manage.py load_demo."""

from wagtail import hooks

from .loader import load
from .second_site import load_second_site
from .translations import translations
from .vocabulary import translate_vocabularies


@hooks.register("portal_demo_content")
def load_directory_demo(command, home, pages, images):
    """Towns, associations, volunteer tasks, the two listing pages and the representatives' logins."""
    return load(command, home=home, pages=pages, images=images)


@hooks.register("portal_demo_site")
def load_second_site_directory(command, site, home):
    """``load_demo --site``: Nabo Kommune's towns, directory, associations and tasks."""
    load_second_site(command, site, home)


@hooks.register("portal_demo_translations")
def directory_translations(command, pages):
    """The listing pages, ten associations and five tasks in English; the directory in Ukrainian and Arabic."""
    return translations(command, pages)


@hooks.register("portal_demo_translations")
def vocabulary_translations(command, pages):
    """The categories, target groups and towns in English, Ukrainian and Arabic; no pages of their own to translate."""
    translate_vocabularies(command)
    return []
