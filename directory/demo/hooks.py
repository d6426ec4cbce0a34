"""Registers the directory's demo content with manage.py load_demo."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content")
def load_directory_demo(command, home, pages, images):
    """Towns, associations, volunteer tasks, the two listing pages and the representatives' logins."""
    return load(command, home=home, pages=pages, images=images)
