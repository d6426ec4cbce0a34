"""A search whose words together find only a page or two: those first, then what the looser attempts find.

"frivillig spejderleder" has every word on one page, the guide to child certificates (which says
"spejderleder"); a citizen who wants to lead scouts also wants the scout group, whose pages say
"spejder" and "leder" apart. Results that lack a word of the query come after every result that has them
all, whatever their titles say, and a search that finds enough with every word shows nothing looser.
"""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from search import matching, query, ranking
from search.query import analyse
from search.service import run_search
from tests.search.test_morphology import clause_for, snapshot_of

pytestmark = pytest.mark.django_db


def urls(text, locale):
    return [result.url for result in run_search(text, locale, QueryDict(), per_page=50).results]


def test_a_search_with_one_page_that_has_every_word_also_shows_the_pages_that_have_them_apart(demo, danish_locale):
    found = urls("frivillig spejderleder", danish_locale)
    assert found[0] == "/guides/boerneattest/"
    assert "/foreninger/egebjerg-spejderne/" in found[1:]
    assert len(found) <= matching.FILL


def test_the_parts_of_a_compound_are_also_tried_without_the_generic_word_beside_it(demo, danish_locale):
    """The scouts' helper-leader task says "spejder" and "hjælpeleder" but never "frivillig": the looser
    attempts leave the generic word out for the compound's parts as they do for whole words."""
    plan = analyse("frivillig spejderleder")
    frivillig, _spejderleder = plan.clauses
    [*_earlier, (last, left_out)] = plan.attempts()
    assert left_out == ["frivillig"] and "frivillige" not in str(last)
    assert not frivillig.specific
    found = urls("frivillig spejderleder", danish_locale)
    assert "/foreninger/birkely-spejderne/hjaelpeleder-for-de-8-11-aarige/" in found[: matching.FILL]


def test_a_search_that_finds_enough_with_every_word_shows_nothing_that_lacks_one(demo, danish_locale):
    plan = analyse("fodbold børn")
    strict = matching.match("fodbold børn", plan, danish_locale)
    assert len(strict.ids) >= matching.FEW
    assert strict.looser == frozenset()


def test_a_word_the_dictionary_knows_whole_is_never_searched_as_its_pieces(demo):
    """ "frivillig" is no "frivil" + "lig" (corpse); "spejderleder" is "spejder" + "leder"."""
    frivillig, spejderleder = analyse("frivillig spejderleder").clauses
    assert frivillig.apart == []
    assert [part.text for part in spejderleder.apart] == ["spejder", "leder"]


def test_a_result_that_lacks_a_word_stays_after_those_that_have_them_all_whatever_its_title():
    snapshot = snapshot_of("tennisklubben", "tennis", "bane")
    plan = query.Plan("tennis bane", [clause_for(snapshot, "tennis"), clause_for(snapshot, "bane")])
    rows = [
        {"id": 1, "title": "Hedeby Idrætsforening", "summary": "Tennis på grusbanen", "keywords": ""},
        {"id": 2, "title": "Tennis og bane i Hedeby", "summary": "", "keywords": ""},
    ]
    assert [row["id"] for row in ranking.rerank(rows, plan)] == [2, 1]
    assert [row["id"] for row in ranking.rerank(rows, plan, looser=frozenset({2}))] == [1, 2]


def test_a_looser_attempt_that_may_match_too_many_documents_is_not_tried_only_to_fill_up(
    demo, danish_locale, monkeypatch
):
    """Filling costs one query for the looser attempts together, and none when each may match more than
    ``FILL_REACH`` documents: ranking a third of a big portal's pages for nine more results is not worth it."""
    plan = analyse("frivillig spejderleder")
    with CaptureQueriesContext(connection) as filled:
        assert matching.match("frivillig spejderleder", plan, danish_locale).looser
    monkeypatch.setattr(matching, "FILL_REACH", 0)
    with CaptureQueriesContext(connection) as unfilled:
        assert matching.match("frivillig spejderleder", plan, danish_locale).looser == frozenset()
    assert len(unfilled) == len(filled) - 1


def test_how_many_documents_a_query_may_match_is_read_from_the_vocabulary():
    snapshot = snapshot_of("fodbold", "skak")  # each in 2 documents of 100
    assert matching.reach(query.PlainText("fodbold"), snapshot) == 2
    assert matching.reach(query.Or([query.PlainText("fodbold"), query.PlainText("skak")]), snapshot) == 4
    assert matching.reach(query.And([query.PlainText("fodbold"), query.PlainText("golf")]), snapshot) == 0


def test_a_common_part_of_a_compound_is_never_left_out_as_a_generic_word(demo, danish_locale):
    """No page says "rollespil" (role-playing): it is looked for as "rolle" and "spil", and "spil" is common.
    Left out, "rollespil" was every page that says "rolle" or, through its Snowball stem, "rolig" (calm). A
    generic word beside the compound is still left out ("børn"), and so is a compound's generic last part
    ("tur" in "vandretur")."""
    plan = analyse("rollespil for børn")
    assert [clause.text for clause in plan.clauses] == ["rolle", "spil", "børn"]
    assert all("spil" not in left_out for _query, left_out in plan.attempts())
    assert ["børn"] in [left_out for _query, left_out in plan.attempts()]
    texts = [
        " ".join([result.title, result.summary, result.keywords, result.body]).lower()
        for result in run_search("rollespil", danish_locale, QueryDict()).results
    ]
    assert all("spil" in text for text in texts)
