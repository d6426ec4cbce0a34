"""Vocabularies, the contact point and an association's activities in the visitor's language.

Staff translate a category as any snippet with wagtail-localize ("Translate", the strings typed into its
editor, saved). The English directory, association page, task listing and their filters then say
"Scouting" where the Danish ones say "Spejder"; a term nobody translated stays Danish. Pages keep pointing
at the Danish terms, so the filters' addresses and counts are the same in every language, and the English
listing reads all the names of a vocabulary with one query however many results it shows.
"""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.models import translations_of
from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    localities,
    target_group,
)
from directory.models import AssociationPage, Category
from home.factories import StandardPageFactory
from tests.helpers import filter_counts, member_of, publish, second_request, soup_of, text_of

pytestmark = pytest.mark.django_db

# The English directory at /en/foreninger/: routing, the frame, the listing's facets (one count query each),
# the page of results and its categories, and one query for each vocabulary's English names (three). The same
# with 2 or 20 associations.
ENGLISH_LISTING_QUERIES = 40


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def staff(client):
    """A member of Kommunikation, logged in to the admin: they keep the vocabularies and translate them."""
    user = member_of("Kommunikation", "kommunikation")
    client.force_login(user)
    return user


def type_strings(client, made, texts):
    """Type translations into wagtail-localize's editor (its API), {source text: translation}, then save."""
    for segment in StringSegment.objects.filter(source=made.source).select_related("string"):
        if segment.string.data in texts:
            url = reverse("wagtail_localize:edit_string_translation", args=[made.pk, segment.pk])
            answer = client.put(
                url, urlencode({"value": texts[segment.string.data]}), "application/x-www-form-urlencoded"
            )
            assert answer.status_code in (200, 201), answer.content
    made.save_target(user=None, publish=True)


def translate_snippet(client, snippet, code, texts):
    """ "Translate" on a snippet in the admin, into one language, and its strings typed in."""
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[snippet._meta.app_label, snippet._meta.model_name, snippet.pk],
    )
    assert client.post(url, {"locales": [locale(code).pk]}).status_code == 302
    made = Translation.objects.get(source__object_id=snippet.translation_key, target_locale=locale(code))
    type_strings(client, made, texts)
    return snippet.get_translation(locale(code))


def in_english(page):
    """The English translation of a Danish page, made with wagtail-localize (its parents too) and published."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translated, _created = source.create_or_update_translation(locale("en"), copy_parent_pages=True, fallback=True)
    for ancestor in translated.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            publish(ancestor)
    return publish(translated)


@pytest.fixture
def bilingual(home, portal_settings):
    """A directory with a rowing club and a scout group, a task of the rowing club, all in Danish and English."""
    directory = DirectoryIndexPageFactory(parent=home, title="Foreninger", slug="foreninger")
    town = localities("Egebjerg")["Egebjerg"]
    rowing = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        categories=[category("Idræt og motion")],
        target_groups=[target_group("Unge")],
        locality=town,
    )
    scouts = AssociationPageFactory(
        parent=directory,
        title="Egebjerg Spejderne",
        slug="spejderne",
        categories=[category("Spejder"), category("Børn og unge")],
        target_groups=[target_group("Børn")],
        locality=town,
    )
    ActivityFactory(association=scouts, name="Bæverne", target_group=target_group("Børn"))
    tasks = VolunteerTaskIndexPageFactory(parent=home)
    task = VolunteerTaskPageFactory(parent=rowing, title="Hjælper til kaproning", slug="kaproning")
    pages = {"directory": directory, "rowing": rowing, "scouts": scouts, "tasks": tasks, "task": task}
    for page in pages.values():
        publish(page)
    english = {name: in_english(page) for name, page in pages.items()}
    return {"da": pages, "en": english}


def facet_labels(response, param):
    group = next(group for group in response.context["filter_groups"] if group.key == param)
    return {option.value: option.label for option in group.options}


def test_staff_translate_a_category_and_the_english_pages_and_filters_show_it(client, staff, bilingual):
    scouting = translate_snippet(client, category("Spejder"), "en", {"Spejder": "Scouting"})
    assert scouting.name == "Scouting" and scouting.slug == "spejder" and scouting.locale.language_code == "en"
    client.logout()
    english, danish = bilingual["en"], bilingual["da"]

    listing = client.get(english["directory"].url)
    assert facet_labels(listing, "kategori")["spejder"] == "Scouting"
    card = soup_of(listing).find("a", string="Egebjerg Spejderne").find_parent("li")
    assert "Scouting" in text_of(card)
    page = text_of(soup_of(client.get(english["scouts"].url)).find("main"))
    assert "Scouting" in page and "Spejder " not in page
    assert facet_labels(client.get(english["tasks"].url), "kategori")["spejder"] == "Scouting"

    # Danish visitors still read the Danish term, and the pages point at it in both languages.
    assert facet_labels(client.get(danish["directory"].url), "kategori")["spejder"] == "Spejder"
    assert list(AssociationPage.objects.get(pk=english["scouts"].pk).categories.all()) == list(
        danish["scouts"].categories.all()
    )


def test_a_term_nobody_translated_is_shown_in_danish(client, bilingual):
    english = bilingual["en"]
    listing = client.get(english["directory"].url)

    assert facet_labels(listing, "kategori")["idraet-og-motion"] == "Idræt og motion"
    assert "Idræt og motion" in text_of(soup_of(client.get(english["rowing"].url)).find("main"))
    assert facet_labels(client.get(english["tasks"].url), "kategori")["idraet-og-motion"] == "Idræt og motion"


def test_filter_addresses_and_counts_are_the_same_in_every_language(client, staff, bilingual):
    translate_snippet(client, category("Spejder"), "en", {"Spejder": "Scouting"})
    translate_snippet(client, target_group("Børn"), "en", {"Børn": "Children"})
    client.logout()
    danish, english = bilingual["da"]["directory"], bilingual["en"]["directory"]

    da, en = client.get(danish.url), client.get(english.url)
    for param in ("kategori", "maalgruppe", "sted"):
        assert filter_counts(en, param) == filter_counts(da, param), param
    scouts_da = client.get(danish.url, {"kategori": "spejder", "maalgruppe": "boern"})
    scouts_en = client.get(english.url, {"kategori": "spejder", "maalgruppe": "boern"})
    assert scouts_en.context["result_count"] == scouts_da.context["result_count"] == 1
    assert "Children" in {chip["label"] for chip in scouts_en.context["active_filters"]}


def test_the_english_listing_reads_each_vocabularys_names_once(client, staff, bilingual, django_assert_max_num_queries):
    for name, english_name in [("Spejder", "Scouting"), ("Idræt og motion", "Sport and exercise")]:
        translate_snippet(client, category(name), "en", {name: english_name})
    client.logout()
    directory, url = bilingual["da"]["directory"], bilingual["en"]["directory"].url
    _response, with_two = second_request(url)

    for _number in range(10):  # ten more results, each with two translated categories: not one query more
        added = AssociationPageFactory(parent=directory, categories=[category("Spejder"), category("Idræt og motion")])
        in_english(publish(added))
    response, with_twelve = second_request(url)

    assert with_twelve == with_two
    assert response.content.decode().count("Scouting") >= 11
    with django_assert_max_num_queries(ENGLISH_LISTING_QUERIES):
        assert client.get(url).status_code == 200


def test_editors_choose_among_the_danish_terms_only(client, staff, bilingual):
    translate_snippet(client, category("Spejder"), "en", {"Spejder": "Scouting"})
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[bilingual["da"]["scouts"].pk]))

    choices = {term.name for term in edit.context["form"].fields["categories"].queryset}
    assert "Spejder" in choices and "Scouting" not in choices
    assert Category.objects.count() == Category.objects.sources().count() + 1


def test_the_translations_are_read_again_once_a_term_changes(staff, client, bilingual):
    translations_of(Category, "en")  # read before the translation exists
    translate_snippet(client, category("Spejder"), "en", {"Spejder": "Scouting"})
    with translation.override("en"):
        assert category("Spejder").localized.name == "Scouting"


def test_an_activitys_texts_are_translated_and_its_facts_stay_danish(client, staff, bilingual):
    scouts = bilingual["da"]["scouts"]
    source, _created = TranslationSource.update_or_create_from_instance(scouts)
    made, _created = Translation.objects.get_or_create(source=source, target_locale=locale("en"))
    type_strings(client, made, {"Bæverne": "The Beavers"})

    activity = AssociationPage.objects.get(pk=bilingual["en"]["scouts"].pk).activities.get()
    assert activity.name == "The Beavers" and activity.locale.language_code == "en"
    assert activity.target_group == target_group("Børn")  # the Danish term: a fact
    assert scouts.activities.get().name == "Bæverne"
    client.logout()
    assert "The Beavers" in client.get(bilingual["en"]["scouts"].url).content.decode()


# The contact point ----------------------------------------------------------------------------------------------


@pytest.fixture
def about(home, portal_settings):
    """A page in Danish, English and Arabic, to read the footer under."""
    page = publish(StandardPageFactory(parent=home, title="Om portalen", slug="om"))
    for code in ("en", "ar"):
        translated = page.copy_for_translation(locale(code), copy_parents=True)
        publish(translated)
        for ancestor in translated.get_ancestors().filter(depth__gt=1).specific():
            if not ancestor.live:
                publish(ancestor)
    return page


def footer(client, path):
    return text_of(soup_of(client.get(path)).find("footer"))


def test_staff_translate_the_contact_point_and_the_footer_speaks_the_visitors_language(
    client, staff, about, portal_settings
):
    point = portal_settings.contact_point
    translate_snippet(
        client,
        point,
        "en",
        {"Frivilligkoordinator": "Volunteer coordinator", "Mandag–torsdag 9–15": "Monday–Thursday 9–15"},
    )
    translate_snippet(
        client, point, "ar", {"Frivilligkoordinator": "منسق المتطوعين", "Mandag–torsdag 9–15": "الاثنين–الخميس 9–15"}
    )
    client.logout()

    english = footer(client, "/en/om/")
    assert "Volunteer coordinator" in english and "Monday–Thursday 9–15" in english
    arabic = footer(client, "/ar/om/")
    assert "منسق المتطوعين" in arabic and "الاثنين–الخميس 9–15" in arabic
    danish = footer(client, "/om/")
    assert "Frivilligkoordinator" in danish and "Mandag–torsdag 9–15" in danish
    # The facts are the settings', the same in every language.
    assert all(portal_settings.contact_phone in text for text in (english, arabic, danish))
    # Ukrainian has no translation of it: the Danish texts.
    assert "Frivilligkoordinator" in footer(client, "/uk/om/")


def test_the_settings_choose_among_danish_contact_points_only(client, staff, portal_settings):
    english = portal_settings.contact_point.copy_for_translation(locale("en"))
    english.name = "Volunteer coordinator"
    english.save()

    edit = client.get(reverse("wagtailsettings:edit", args=["home", "portalsettings", portal_settings.site_id]))
    assert list(edit.context["form"].fields["contact_point"].queryset) == [portal_settings.contact_point]
    chooser = client.get(reverse("wagtailsnippetchoosers_home_contactpoint:choose")).content.decode()
    assert "Frivilligkoordinator" in chooser and "Volunteer coordinator" not in chooser


# The demo -------------------------------------------------------------------------------------------------------


def test_the_demos_vocabularies_and_contact_point_are_translated_and_marked(client, demo):
    listing = client.get("/en/associations/")
    assert "Sport and exercise" in facet_labels(listing, "kategori").values()
    english = Category.objects.get(slug="idraet-og-motion", locale=locale("en"))
    assert english.description == "Demo translation"
    arabic = footer(client, "/ar/")
    assert "منسقة المتطوعين ميته كراغ" in arabic and "ترجمة تجريبية" in arabic
    assert "Volunteer coordinator Mette Kragh" in footer(client, "/en/")
    # The search's filters too, with the Danish slugs in their addresses.
    search = client.get("/en/search/", {"q": "football"})
    assert facet_labels(search, "category")["idraet-og-motion"] == "Sport and exercise"
