"""The demo's starting list of search synonyms, for staff to edit.

Each group holds Danish words or short phrases that citizens and associations
use for the same thing on a volunteering portal: a citizen writes "pensionister"
or "min mand", an association writes "seniorer" or "ægtefælle". The list is meant
to seed the synonym groups staff maintain in the admin, and the relevance set
next to it (queries.json) is meant to be measured with it in place.

The groups are meant for any kommune's portal, not for the demo's texts: none
exists only to make a single query pass. Words are lowercase; single words are
preferred, and a phrase is kept to two words.
"""

DEMO_SYNONYMS = [
    ["ældre", "seniorer", "pensionister"],
    ["besøgsven", "besøgsvenner", "besøgstjeneste", "besøgsvenskab"],
    ["ægtefælle", "mand", "kone", "hustru", "partner", "samlever"],
    ["sorg", "efterladt", "efterladte", "sorgstøtte"],
    ["lektiehjælp", "lektiecafé", "lektiecafe", "lektiehjælper"],
    ["idræt", "sport", "motion"],
    ["indvandrer", "flygtning", "nydansker", "nyankommen", "nyankomne"],
    ["handicap", "handicappet", "funktionsnedsættelse"],
    ["psykisk syg", "psykisk sygdom", "psykisk sårbar", "psykisk sårbarhed"],
    ["demens", "dement", "demente", "alzheimer"],
    ["ensomhed", "ensom", "ensomme"],
    ["barn", "børn"],
    ["barsel", "barselsgruppe", "mødregruppe", "fædregruppe"],
    ["værested", "mødested"],
    ["affald", "skrald"],
    ["strandrensning", "strandoprydning", "affaldsindsamling"],
    ["banko", "bingo"],
    ["kor", "korsang", "sangkor"],
    ["spejder", "scout"],
    ["kirke", "folkekirke", "sogn", "menighed"],
    ["reparationscafé", "repair café"],
    ["tilskud", "pulje", "fondsstøtte"],
    ["kontingent", "medlemsgebyr", "medlemskontingent"],
    ["vedtægter", "statutter"],
    ["høring", "høringssvar", "borgerinddragelse"],
    ["børneattest", "straffeattest"],
    ["hjertestarter", "defibrillator", "aed"],
    ["førstehjælp", "hjerte-lunge-redning", "hlr"],
]
