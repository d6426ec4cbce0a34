"""Registers the directory's demo content with manage.py load_demo."""

from wagtail import hooks


@hooks.register("portal_demo_content")
def load_directory_demo(command, home, pages, images):
    """Towns, associations, volunteer tasks, the two listing pages and the representatives' logins."""
    from .loader import load  # Imported late: the loader pulls in models and the demo texts.

    return load(command, home=home, pages=pages, images=images)
