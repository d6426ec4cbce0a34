"""Queries as citizens type them, beyond single words: a number of years, the § sign said as a word, and the
synonyms staff gave for a word no page uses as typed."""

import pytest
from django.http import QueryDict

from search.query import analyse
from search.service import run_search

pytestmark = pytest.mark.django_db


def search(text, locale):
    return run_search(text, locale, QueryDict(), per_page=50)


def test_a_parent_who_gives_the_childs_age_finds_the_offers_for_children(demo, danish_locale):
    """No page writes "6-10 år", so the number is left out, and said to be: the answer is still for children."""
    outcome = search("børn 6-10 år", danish_locale)
    assert outcome.count > 0
    assert "6" in outcome.left_out
    texts = [
        " ".join([result.title, result.summary, result.keywords, result.body]).lower() for result in outcome.results
    ]
    assert all("børn" in text or "barn" in text for text in texts)


def test_a_number_never_stands_in_for_the_subject_nothing_fits(demo, danish_locale):
    assert search("karate for børn 8 år", danish_locale).count == 0
    assert search("2031", danish_locale).count == 0


def test_a_number_a_page_has_is_still_asked_for(demo, danish_locale):
    """ "u9" and "18" are on pages: the § 18 pool is found by its number, not by everything."""
    plan = analyse("paragraf 18")
    assert [clause.text for clause in plan.clauses] == ["18"] and plan.numbers == []


def test_the_paragraph_sign_said_as_a_word_finds_what_the_sign_does(demo, danish_locale):
    """Pages write "§18-puljen"; an association asks for "paragraf 18"."""
    said = [result.url for result in search("paragraf 18", danish_locale).results]
    signed = [result.url for result in search("§18", danish_locale).results]
    assert said == signed
    assert "/puljer/paragraf-18-puljen/" in said[:3]


def test_a_lonely_citizen_finds_what_is_written_about_loneliness(demo, danish_locale):
    """Staff's synonym group joins "ensom" and "ensomhed". No page says "ensom", and hunspell-da reads
    "ensomhed" as a word of its own, which once cut the synonym along with Snowball's accidental kin."""
    (clause,) = analyse("jeg er ensom").clauses
    assert "ensomhed" in clause.alternatives
    found = [result.url for result in search("ensom", danish_locale).results]
    assert "/frivilligpolitik/faellesskaber-mod-ensomhed/" in found[:3]


def test_a_synonym_is_kept_beside_the_many_compounds_of_a_common_word(demo):
    """ "samtale" has more frequent compounds (samtalepartner, samtalegruppe, …) than there is room for; the
    synonym staff gave ("snakke") stays among its alternatives all the same."""
    (clause,) = analyse("samtale").clauses
    assert "snakke" in clause.alternatives
    assert "samtale" in clause.alternatives
