"""The starting list of search synonyms, for staff to edit: search/fixtures/starter_synonyms.json.

Each group holds Danish words or short phrases that citizens and associations
use for the same thing on a volunteering portal: a citizen writes "pensionister",
"min mand" or "snakke dansk", an association writes "seniorer", "ægtefælle" or
"samtale". ``manage.py load_demo`` loads the list into the synonym groups staff
maintain in the admin; a new installation loads it with
``manage.py loaddata starter_synonyms`` (loading it again adds nothing: a group is known by its words).
The relevance set next to this file (queries.json) is measured with it in place.

The groups are meant for any kommune's portal, not for the demo's texts: none
exists only to make a single query pass. Words are lowercase; single words are
preferred, and a phrase is kept to two words.
"""

import json
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "starter_synonyms.json"

DEMO_SYNONYMS = [
    [term.strip() for term in entry["fields"]["terms"].split(",")]
    for entry in json.loads(FIXTURE.read_text(encoding="utf-8"))
]
