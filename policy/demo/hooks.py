"""Registers the policy demo content with manage.py load_demo.

The work comes in two steps around the directory's demo (which registers with the
default order 0): the pages first, so the directory's texts can link to the guides
("boerneattest"); then the guides' bodies and the initiatives' links, which point to
the directory's associations, volunteer tasks and listing pages.
"""

from wagtail import hooks

from .loader import finish, load
from .second_site import load_second_site
from .translations import translations
from .vocabulary import translate_vocabularies


@hooks.register("portal_demo_content", order=-10)
def load_policy_demo(command, home, pages, images):
    """The adopted policy with its versions and focus areas, the draft in consultation, the guides, the policy owner."""
    return load(command, home=home, pages=pages, images=images)


@hooks.register("portal_demo_content", order=50)
def finish_policy_demo(command, home, pages, images):
    """Publish the guides and focus areas made in the first step, now that the pages they link to exist."""
    return finish(command, home=home, pages=pages, images=images)


@hooks.register("portal_demo_site")
def load_second_site_policy(command, site, home):
    """``load_demo --site``: Nabo Kommune's short policy."""
    load_second_site(command, site, home)


@hooks.register("portal_demo_translations")
def policy_translations(command, pages):
    """The policy and three guides in English; the guides' front page and two guides in Ukrainian and Arabic."""
    return translations(command, pages)


@hooks.register("portal_demo_translations")
def vocabulary_translations(command, pages):
    """The guides' topics and audiences in English, Ukrainian and Arabic; no pages of their own to translate."""
    translate_vocabularies(command)
    return []
