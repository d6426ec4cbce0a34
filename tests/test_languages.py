"""A citizen reads the portal in Danish, English, Ukrainian or Arabic.

The frame (menus, notices, the switcher) speaks the visitor's language; a page not yet translated is the
Danish page, said so and marked lang="da", never a 404; Arabic runs right to left; search engines learn
each page's translations from the head and the sitemap."""

import re

import pytest
from wagtail.models import Locale

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# A Danish page shown under /uk/: routing twice (the Ukrainian tree, then the Danish one), the page, the
# frame (settings, menu, footer pages, translations, locales) and the breadcrumbs: bounded, whatever the content.
FALLBACK_PAGE_QUERIES = 21


@pytest.fixture
def languages(home):
    """The four content languages' Locales, as the home app's migration leaves them."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ["da", "en", "uk", "ar"]}


@pytest.fixture
def about(home, portal_settings, languages):
    """A Danish page, "Om portalen" at /om/, in the menu."""
    return StandardPageFactory(parent=home, title="Om portalen", slug="om", show_in_menus=True)


def publish_translation(page, locale, title, slug=None):
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.title = title
    if slug:
        translated.slug = slug
    translated.save_revision().publish()
    translated.refresh_from_db()  # the address as published, with the new slug
    return translated


def test_each_language_sets_lang_and_direction_on_the_page(client, about):
    assert '<html lang="da" dir="ltr"' in client.get("/om/").content.decode()
    assert '<html lang="en" dir="ltr"' in client.get("/en/om/").content.decode()
    assert '<html lang="uk" dir="ltr"' in client.get("/uk/om/").content.decode()
    assert '<html lang="ar" dir="rtl"' in client.get("/ar/om/").content.decode()


def test_a_page_not_yet_translated_is_shown_in_danish_with_a_notice(client, about, django_assert_max_num_queries):
    client.get("/uk/om/")  # warm the caches that live for the process (content types, site root paths)
    with django_assert_max_num_queries(FALLBACK_PAGE_QUERIES):
        response = client.get("/uk/om/")
    assert response.status_code == 200
    html = response.content.decode()
    # The frame is Ukrainian, the notice too; the content is the Danish page, marked as Danish.
    assert "Перейти до вмісту" in html
    assert 'lang="uk" dir="ltr" role="note"' in html
    assert "Цю сторінку ще не перекладено; вона показана данською мовою." in html
    assert '<main id="main-content" tabindex="-1" lang="da" dir="ltr">' in html
    assert "<h1>Om portalen</h1>" in html or ">Om portalen</h1>" in html
    # The breadcrumbs keep the visitor in Ukrainian and mark the Danish title.
    assert '<a class="breadcrumbs__link" href="/uk/">' in html
    assert '<span lang="da" dir="ltr">Om portalen</span>' in html
    # The fallback names the Danish page as the original and offers no alternates of its own.
    assert re.search(r'<link rel="canonical" href="[^"]*/om/">', html)
    assert "hreflang=" not in html.split("</head>")[0]


def test_arabic_fallback_keeps_the_danish_content_left_to_right(client, about):
    html = client.get("/ar/om/").content.decode()
    assert "لم تُترجم هذه الصفحة بعد؛ وهي معروضة باللغة الدانماركية." in html
    assert 'lang="ar" dir="rtl" role="note"' in html
    assert '<main id="main-content" tabindex="-1" lang="da" dir="ltr">' in html
    # The menu's Danish titles inside the Arabic frame say so.
    assert '<span lang="da" dir="ltr">Om portalen</span>' in html


def test_a_draft_translation_is_not_shown_the_danish_page_is(client, about, languages):
    draft = about.copy_for_translation(languages["uk"], copy_parents=True)
    draft.title = "Про портал"
    draft.save_revision()
    html = client.get("/uk/om/").content.decode()
    assert "Про портал" not in html
    assert "Цю сторінку ще не перекладено" in html


def test_a_translated_page_has_no_notice_and_no_foreign_marks(client, about, languages):
    publish_translation(about, languages["en"], "About the portal", slug="about")
    html = client.get("/en/about/").content.decode()
    assert "not yet translated" not in html
    assert '<main id="main-content" tabindex="-1">' in html
    assert "About the portal" in html


def test_an_address_that_exists_in_no_language_is_still_404(client, about):
    assert client.get("/uk/findes-ikke/").status_code == 404


def test_the_switcher_goes_to_the_same_page_in_each_language(client, about, languages):
    english = publish_translation(about, languages["en"], "About the portal", slug="about")
    html = client.get("/om/").content.decode()
    assert '<a href="/om/" lang="da" dir="ltr" hreflang="da" aria-current="true">Dansk</a>' in html
    # English exists: its own address; Ukrainian and Arabic do not: the Danish page under their prefix.
    assert f'<a href="{english.url}" lang="en" dir="ltr" hreflang="en">English</a>' in html
    assert '<a href="/uk/om/" lang="uk" dir="ltr" hreflang="uk">Українська</a>' in html
    assert '<a href="/ar/om/" lang="ar" dir="rtl" hreflang="ar">العربية</a>' in html
    # From the English page back to Danish, and on to the Ukrainian fallback, which answers.
    english_html = client.get("/en/about/").content.decode()
    assert '<a href="/om/" lang="da" dir="ltr" hreflang="da">Dansk</a>' in english_html
    assert '<a href="/uk/om/" lang="uk" dir="ltr" hreflang="uk">Українська</a>' in english_html
    assert client.get("/uk/om/").status_code == 200


def test_the_switcher_keeps_the_search_and_its_query(client, about):
    html = client.get("/search/?q=fodbold&side=2").content.decode()
    assert '<a href="/ar/search/?q=fodbold&amp;side=2" lang="ar" dir="rtl" hreflang="ar">العربية</a>' in html
    uk_html = client.get("/uk/search/?q=fodbold").content.decode()
    assert '<a href="/search/?q=fodbold" lang="da" dir="ltr" hreflang="da">Dansk</a>' in uk_html


def test_the_head_names_each_live_translation_and_the_danish_default(client, about, languages):
    english = publish_translation(about, languages["en"], "About the portal", slug="about")
    head = client.get("/om/").content.decode().split("</head>")[0]
    assert f'<link rel="alternate" hreflang="da" href="{about.full_url}">' in head
    assert f'<link rel="alternate" hreflang="en" href="{english.full_url}">' in head
    assert f'<link rel="alternate" hreflang="x-default" href="{about.full_url}">' in head
    assert 'hreflang="uk"' not in head
    english_head = client.get("/en/about/").content.decode().split("</head>")[0]
    assert f'<link rel="alternate" hreflang="x-default" href="{about.full_url}">' in english_head


def test_a_page_without_translations_has_no_alternates(client, about):
    assert "hreflang=" not in client.get("/om/").content.decode().split("</head>")[0]


def test_the_sitemap_lists_every_language_with_alternates(client, about, languages):
    english = publish_translation(about, languages["en"], "About the portal", slug="about")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{english.full_url}</loc>" in sitemap
    entry = re.search(rf"<url><loc>{re.escape(about.full_url)}</loc>.*?</url>", sitemap).group(0)
    assert f'<xhtml:link rel="alternate" hreflang="da" href="{about.full_url}"/>' in entry
    assert f'<xhtml:link rel="alternate" hreflang="en" href="{english.full_url}"/>' in entry
    assert f'<xhtml:link rel="alternate" hreflang="x-default" href="{about.full_url}"/>' in entry
