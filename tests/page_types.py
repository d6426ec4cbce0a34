"""Every public page type of the portal, found from the code, and one demo page of each.

The accessibility suite (tests/browser/test_accessibility.py) and the HTML validity check
(tests/accessibility/test_html_validity.py) visit the pages listed here. The list is not
written by hand: every concrete Wagtail page model counts, so a new page type (say a
``NewsPage``) joins the suites by itself, and fails them until the demo has a live page of it
or it is listed in ``EXCLUDED`` with a reason.
"""

from django.apps import apps
from django.conf import settings
from wagtail.models import Locale, Page

# Page types that no visitor reaches, with why. (None today: the demo has a live page of each.)
EXCLUDED = {}

# The languages the suites check: Danish, and Arabic (right to left) once the portal offers it.
LANGUAGES = [code for code, _name in settings.LANGUAGES if code in ("da", "ar")]


def page_models():
    """Every concrete page model, as "app_label.ModelName", in a stable order."""
    return sorted(
        model._meta.label
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and not model._meta.abstract
        and not model._meta.proxy
        # The test suite's own apps (tests/searchable_app) are not part of the portal.
        and not model._meta.app_config.name.startswith("tests.")
    )


def public_page_models():
    return [label for label in page_models() if label not in EXCLUDED]


def demo_page(label, language="da"):
    """The first live, public page of the model in the demo (in tree order), in that language.

    A page not translated into the language is shown in Danish under the language's prefix
    (/ar/…), the way the portal answers it; None when the demo has no page of the type."""
    model = apps.get_model(label)
    danish = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    page = model.objects.live().public().filter(locale=danish).order_by("path").first()
    if page is None or language == settings.LANGUAGE_CODE:
        return page
    locale = Locale.objects.filter(language_code=language).first()
    translation = page.get_translation_or_none(locale) if locale else None
    return translation if translation is not None and translation.live else page


def demo_url(label, language="da"):
    """The path of the demo page of the model in the language, or None when there is none."""
    page = demo_page(label, language)
    if page is None:
        return None
    url = page.get_url()
    if language != settings.LANGUAGE_CODE and not url.startswith(f"/{language}/"):
        url = f"/{language}{url}"
    return url
