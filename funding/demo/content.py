"""The funding pools of the demo: Fjordlund Kommune's §18-pulje and its small kaffepulje, all written for the demo.

Rounds are given in days from today, so the demo always has a round open now, one closed and one to
come; grants go to the directory's demo associations (by slug) or to a group named in words.
"""

INDEX = {
    "key": "puljer",
    "slug": "puljer",
    "title": "Puljer og fonde",
    "intro": (
        "Kommunen støtter det frivillige arbejde med penge fra to puljer. Her kan du se, hvem der kan søge, "
        "hvornår fristerne er, og hvem der har fået støtte."
    ),
    "no_results_text": "Der er ingen puljer lige nu. Kontakt frivilligkoordinatoren, hvis du har en idé.",
    "search_description": "Søg støtte til frivilligt arbejde i Fjordlund Kommune: §18-puljen og kaffepuljen.",
}

POOLS = [
    {
        "slug": "paragraf-18-puljen",
        "title": "§18-puljen til frivilligt socialt arbejde",
        "intro": (
            "Støtte til foreninger og grupper, der gør en frivillig social indsats for borgere i Fjordlund Kommune."
        ),
        "purpose": (
            "<p>Efter servicelovens § 18 samarbejder kommunen med frivillige sociale foreninger og støtter dem "
            "økonomisk. Puljen skal styrke fællesskaber, der forebygger ensomhed, støtter udsatte borgere og "
            "giver flere lyst til at være frivillige.</p>"
        ),
        "who_may_apply": (
            "<p>Foreninger, selvejende institutioner og frivillige grupper, der laver frivilligt socialt arbejde "
            "for borgere i Fjordlund Kommune. I behøver ikke være en forening med vedtægter, hvis I er en "
            "gruppe med en fast kontaktperson.</p>"
        ),
        "criteria": (
            "<ul><li>Aktiviteten er frivillig og social og kommer borgere i kommunen til gode.</li>"
            "<li>I beskriver, hvem I vil nå, og hvordan I finder dem.</li>"
            "<li>Der gives ikke støtte til partipolitisk eller religiøs forkyndelse.</li>"
            "<li>I sender en kort beretning om, hvordan pengene blev brugt, senest et år efter.</li></ul>"
        ),
        "amount": "450000",
        "how_to_apply": (
            "<p>Udfyld ansøgningsskemaet og vedhæft et budget og jeres seneste regnskab. Ansøgningerne behandles "
            "af Socialudvalget, og I får svar cirka seks uger efter fristen.</p>"
        ),
        "url": "https://www.example.dk/fjordlund/ansoeg-paragraf-18",
        "contact": ("Frivilligkoordinator Mette Holm", "frivillig@fjordlund.example.dk", "72 10 20 30"),
        "focus_areas": ["faellesskaber-mod-ensomhed", "enkel-adgang-til-stoette-og-lokaler"],
        # name ({season}: the season and year it opens), opens and deadline (days from today; noon), amount, note
        "rounds": [
            ("{season}", -260, -200, "200000", "Alle ansøgere har fået svar."),
            ("{season}", -20, 25, "150000", "Svar i uge 24."),
            ("{season}", 120, 170, "100000", ""),
        ],
        # association slug or None, name when not in the directory, amount, purpose, years ago
        "grants": [
            ("fjordlund-besoegsvenner", "", "35000", "Kursus for nye besøgsvenner og kørsel til besøg", 0),
            ("lysglimt-sorggrupper", "", "28000", "Uddannelse af to nye gruppeledere", 0),
            ("vaerestedet-fyrtaarnet", "", "60000", "Fællesspisning to gange om ugen", 1),
            (None, "Naboskab i Birkely (netværk af beboere)", "15000", "Velkomstmøder for nye familier", 1),
        ],
    },
    {
        "slug": "kaffepuljen",
        "title": "Kaffepuljen",
        "intro": "Op til 3.000 kr. til kaffe, kage og små udgifter, når frivillige samles eller byder nye velkommen.",
        "purpose": (
            "<p>En lille og hurtig pulje til det, der får fællesskabet til at hænge sammen: kaffen ved "
            "arbejdsdagen, kagen til velkomstmødet og materialer til et fælles projekt.</p>"
        ),
        "who_may_apply": (
            "<p>Alle foreninger og frivillige grupper i kommunen. Også grupper uden vedtægter kan søge.</p>"
        ),
        "criteria": (
            "<ul><li>Højst 3.000 kr. pr. ansøgning.</li>"
            "<li>Arrangementet er åbent for nye frivillige eller borgere.</li></ul>"
        ),
        "amount": "40000",
        "how_to_apply": (
            "<p>Skriv en kort mail til frivilligkoordinatoren: hvem I er, hvad I vil lave, og hvad det koster. "
            "Svar inden for to uger.</p>"
        ),
        "url": "",
        "contact": ("Frivilligkoordinatoren", "kaffepulje@fjordlund.example.dk", ""),
        "focus_areas": ["et-foreningsliv-for-alle"],
        "rounds": [
            ("{season}", -120, -60, "10000", ""),
            ("{season}", -5, 40, "15000", "Svar inden for to uger."),
            ("{season}", 60, 110, "15000", ""),
        ],
        "grants": [
            ("egebjerg-boldklub", "", "2500", "Kaffe og kage til arbejdsdagen på banerne", 0),
            ("lyngaa-naturplejelaug", "", "1800", "Forplejning til høslæt på engen", 0),
            (None, "Strikkeklubben i Kløvermose", "1200", "Garn og kaffe til strikkecafé for nye", 1),
        ],
    },
]
