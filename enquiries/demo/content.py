"""The demo's enquiries: citizens who offered to help with the demo's tasks, in every state.

``task`` is a task's slug under its association (``association``); without ``task`` the enquiry
is to the association itself. ``days`` is how long ago it came in; ``state`` is what has happened
since: answered, closed, waiting (under 7 days), reminded (the 7-day reminder went out) or
escalated (after 14 days the kommune was told and the citizen got other ways in).
"""

ENQUIRIES = [
    {
        "association": "egebjerg-boldklub",
        "task": "traener-for-u9-drengene",
        "name": "Mikkel Sørensen",
        "email": "mikkel.soerensen@example.dk",
        "phone": "",
        "message": "Jeg har spillet i klubben som dreng og har tid tirsdag og torsdag. Jeg har ikke trænet før.",
        "days": 12,
        "state": "answered",
    },
    {
        "association": "egebjerg-boldklub",
        "task": "traener-for-u9-drengene",
        "name": "Amira Haddad",
        "email": "amira.haddad@example.dk",
        "phone": "+45 31 22 45 67",
        "message": "Min søn spiller på U9-holdet, og jeg vil gerne give en hånd om torsdagen.",
        "days": 2,
        "state": "waiting",
    },
    {
        "association": "egebjerg-boldklub",
        "task": "hjaelpere-til-egebjerg-cup",
        "name": "Lone Kjær",
        "email": "",
        "phone": "22 45 67 89",
        "message": "Jeg kan tage en vagt i boden lørdag formiddag. Ring gerne efter kl. 16.",
        "days": 8,
        "state": "reminded",
    },
    {
        "association": "lyngaa-naturplejelaug",
        "task": "hoeslaet-paa-lyngaa-enge",
        "name": "Jonas Vestergaard",
        "email": "jonas.vestergaard@example.dk",
        "phone": "",
        "message": "Jeg har aldrig brugt en le, men vil gerne lære det. Kan jeg tage min datter på 12 med?",
        "days": 15,
        "state": "escalated",
    },
    {
        "association": "strandbaek-lektiecafe",
        "task": "lektiehjaelper-i-matematik",
        "name": "Birgitte Holm",
        "email": "birgitte.holm@example.dk",
        "phone": "",
        "message": "Pensioneret matematiklærer. Jeg kan komme mandag eftermiddag.",
        "days": 20,
        "state": "closed",
    },
    {
        "association": "strandbaek-lektiecafe",
        "name": "Yusuf Demir",
        "email": "yusuf.demir@example.dk",
        "phone": "",
        "message": "Jeg læser til ingeniør og vil gerne hjælpe med fysik og kemi, hvis I har brug for det.",
        "days": 1,
        "state": "waiting",
    },
]
