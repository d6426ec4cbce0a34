"""Whatever filters are put in the catalogue's address, the answer is a PDF (or a 4xx), never 5xx."""

from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from catalogue.models import Catalogue
from tests.hostile import BAD_INPUT, FuzzClient, assert_no_traceback, field_values, scaled

PARAMS = ["kategori", "maalgruppe", "sted", "gratis", "uden-dansk", "tilgaengelig", "page", "sortering", "x\x00"]
filters = st.lists(st.tuples(st.sampled_from(PARAMS), field_values), max_size=8)


# Each yes/no flag turned on by a value such as "on" or "true" is a catalogue of its own (made in
# about half a second); any other value is ignored, so most examples are the whole directory again.
@examples(BAD_INPUT, max_examples=scaled(25))
@given(params=filters)
def test_the_catalogue_answers_any_filters_with_a_pdf(associations, settings, params):
    settings.RATELIMIT_ENABLE = False
    response = FuzzClient().get("/katalog/", _query(params))
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    assert Catalogue.objects.filter(status=Catalogue.FAILED).count() == 0


def _query(params):
    data = {}
    for name, value in params:
        data.setdefault(name, []).append(value)
    return data


def test_a_hostile_progress_address_is_not_found(client, directory):
    response = client.get("/katalog/%00/")
    assert response.status_code == 404
    assert_no_traceback(response)
