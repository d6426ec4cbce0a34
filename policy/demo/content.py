"""The demo's volunteering policy for the fictional Fjordlund Kommune, kept as data.

Every text is written for the demo. The policy was first adopted in 2021 and
revised in 2025 (both versions are published, so the comparison has something to
show); a draft for 2027–2030 is now in public consultation after an idea phase.
The guides live in guides.py.

Pages are named by their key in load_demo's ``pages`` (``page_link(key, text)`` in
rich text, a key in an initiative's ``links``); associations and volunteer tasks,
which the directory's demo creates after this one, by ``association(slug)`` and
``task(association_slug, slug)``. Dates that must lie ahead of the visitor are
given in days from the day the demo is loaded (``days=``).
"""

import datetime

from home.demo.content import page_link

# The policy owner to log in as: reviews policy pages and moderates consultation responses.
POLICY_OWNER = {
    "username": "politikejer",
    "first_name": "Morten",
    "last_name": "Juhl",
    "email": "politikejer@fjordlund.dk",
    "role": "Policy owner (group Politikejere)",
    "password_env": "DEMO_POLICY_OWNER_PASSWORD",
    "default_password": "fjordlund-politik",
    "superuser": False,
    "groups": ["Politikejere"],
}

COLLECTION = "Politik"  # The documents' collection in the admin.

MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


def danish_date(day):
    """'19. juni 2025' – how a Danish kommune writes a date in running text."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def association(slug):
    return ("association", slug)


def task(association_slug, slug):
    return ("task", association_slug, slug)


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def principle(name, *texts):
    return {"name": name, "text": paragraphs(*texts)}


def definition(term, *texts):
    return {"term": term, "explanation": paragraphs(*texts)}


def follow_up(kind, day, title, words):
    """A step of the follow-up plan on a fixed date, or ``days=`` from the day the demo is loaded."""
    return {"kind": kind, "day": day, "title": title, "text": words}


def note(day, words):
    return {"date": day, "text": words}


def initiative(title, description, unit, status, notes, links, since_2021=False):
    return {
        "title": title,
        "description": paragraphs(description),
        "responsible_unit": unit,
        "status": status,
        "progress_notes": notes,
        "links": links,
        "since_2021": since_2021,
    }


def external(title, slug, description):
    """A related policy on the kommune's own (made-up) website."""
    return {
        "text": title,
        "page": None,
        "url": f"https://www.example.dk/fjordlund/politikker/{slug}",
        "description": description,
    }


# Documents, generated as small PDFs (policy/demo/pdf.py) in the "Politik" collection.
DOCUMENTS = [
    {
        "key": "politik-2025",
        "title": "Frivilligpolitik for Fjordlund Kommune 2025",
        "filename": "frivilligpolitik-fjordlund-2025.pdf",
        "text": [
            "Vedtaget af Byrådet den 19. juni 2025.",
            "I Fjordlund gør vi noget for hinanden. Alle borgere skal have mulighed for at være en del af et "
            "fællesskab – som frivillig, som deltager eller begge dele.",
            "Fire principper: Frivilligheden er fri. Samarbejde i øjenhøjde. Frivillige supplerer – de "
            "erstatter ikke. Det skal være let.",
            "Fem fokusområder: Flere unge frivillige. Fællesskaber mod ensomhed. Et foreningsliv for alle. Enkel "
            "adgang til støtte og lokaler. Natur, klima og lokalt ansvar.",
            "Den fulde politik med initiativer og status findes på Frivillig i Fjordlund.",
        ],
    },
    {
        "key": "evaluering-2024",
        "title": "Evaluering af frivilligpolitikken 2021–2024",
        "filename": "evaluering-frivilligpolitik-2021-2024.pdf",
        "text": [
            "Kultur og Fritid, november 2024.",
            "142 foreninger og 310 frivillige svarede på spørgeskemaet. 7 ud af 10 foreninger oplever, at "
            "samarbejdet med kommunen er blevet bedre siden 2021.",
            "Foreningerne ønsker færre blanketter, hurtigere svar og bedre hjælp til at finde unge frivillige. "
            "Mange efterlyser et fælles sted at låne udstyr til naturpleje.",
            "Evalueringen danner grundlag for den reviderede politik, som Byrådet vedtog i juni 2025.",
        ],
    },
    {
        "key": "udkast-2027",
        "title": "Udkast til frivilligpolitik 2027–2030",
        "filename": "udkast-frivilligpolitik-2027-2030.pdf",
        "text": [
            "Høringsudkast fra Kultur- og Fritidsudvalget.",
            "Vision: Fællesskab for alle – hele livet.",
            "Principper: Frivilligheden er fri. Tillid frem for kontrol. Frivillige supplerer – de erstatter "
            "ikke. Mod til at prøve nyt.",
            "Udkastet er i offentlig høring. Send dit høringssvar på Frivillig i Fjordlund.",
        ],
    },
    {
        "key": "tjekliste-ny-frivillig",
        "title": "Tjekliste: Når en ny frivillig starter",
        "filename": "tjekliste-ny-frivillig.pdf",
        "text": [
            "1. Aftal, hvem der tager imod den nye frivillige.",
            "2. Fortæl om foreningen, opgaven, nøgler og lokaler.",
            "3. Indhent børneattest, hvis opgaven er med børn under 15 år.",
            "4. Lad den nye prøve opgaven sammen med en erfaren frivillig.",
            "5. Ring eller skriv efter en måned, og spørg, hvordan det går.",
        ],
    },
    {
        "key": "samtykke-billeder",
        "title": "Skabelon: Samtykke til billeder og video",
        "filename": "skabelon-samtykke-billeder.pdf",
        "text": [
            "Jeg giver samtykke til, at foreningen må bruge billeder og video af mig (eller mit barn) på "
            "foreningens hjemmeside, sociale medier og i foldere.",
            "Samtykket gælder, indtil jeg trækker det tilbage. Jeg kan til enhver tid trække det tilbage ved at "
            "skrive til foreningens formand.",
            "Navn: ______________________   Dato: __________   Underskrift: ______________________",
        ],
    },
    {
        "key": "aftale-frivillig",
        "title": "Skabelon: Aftale med en frivillig i et kommunalt tilbud",
        "filename": "skabelon-aftale-frivillig.pdf",
        "text": [
            "Opgave: ______________________   Tilbud: ______________________",
            "Tidspunkt og omfang: ______________________   Kontaktperson: ______________________",
            "Den frivillige har tavshedspligt om borgernes private forhold, også efter at samarbejdet er slut.",
            "Den frivillige er dækket af Fjordlund Kommunes ulykkes- og ansvarsforsikring for frivillige.",
            "Begge parter kan afslutte samarbejdet. Vi taler sammen igen efter en måned.",
        ],
    },
]

CONTACT = {
    "name": "Frivilligkoordinatoren",
    "role": "Kultur og Fritid, Fjordlund Kommune",
    "email": "frivillig@fjordlund.dk",
    "phone": "72 40 12 00",
    "text": (
        "Spørgsmål til politikken eller idéer til, hvordan den kan blive til virkelighed? Skriv eller ring – vi "
        "svarer inden for tre arbejdsdage."
    ),
}


# The adopted policy. Its page is published twice, as adopted in 2021 and as revised
# in 2025; each publication with a new adoption date becomes a version of its own.
POLICY = {
    "key": "frivilligpolitik",
    "slug": "frivilligpolitik",
    "title": "Frivilligpolitik for Fjordlund Kommune",
    "search_description": (
        "Fjordlund Kommunes frivilligpolitik: vision, fire principper, fem fokusområder og status på initiativerne."
    ),
    "2021": {
        "intro": (
            "Frivilligpolitikken beskriver, hvordan Fjordlund Kommune vil støtte og samarbejde med foreninger og "
            "frivillige i hele kommunen. Byrådet vedtog politikken den 25. marts 2021."
        ),
        "adopted_by": "Byrådet",
        "adopted_on": datetime.date(2021, 3, 25),
        "next_evaluation_on": datetime.date(2024, 11, 30),
        "vision": paragraphs(
            "<b>I Fjordlund gør vi noget for hinanden.</b> Alle borgere skal have mulighed for at være en del af "
            "et fællesskab. Kommunen vil støtte foreningerne og gøre det let at være frivillig.",
            "Politikken er blevet til i samarbejde med foreninger og frivillige. Over 80 foreninger deltog i de tre "
            "dialogmøder, vi holdt i Fjordlund, Egebjerg og Birkely i efteråret 2020.",
        ),
        "principles": [
            principle(
                "Frivilligheden er fri",
                "Frivilligt arbejde bygger på lyst og ikke på pligt. Kommunen blander sig ikke i foreningernes "
                "arbejde.",
            ),
            principle(
                "Dialog",
                "Kommunen holder møde med foreningerne to gange om året og hører dem, før vi ændrer regler, der "
                "berører dem.",
            ),
            principle(
                "Frivillige supplerer – de erstatter ikke",
                "Frivillige udfører ikke de opgaver, som kommunens ansatte skal løse. De giver noget andet: tid, "
                "nærvær og fællesskab.",
            ),
        ],
        "definitions": [
            definition(
                "Frivilligt arbejde",
                "Arbejde, der udføres af egen fri vilje og uden løn, til gavn for andre end ens egen familie.",
            ),
            definition(
                "Forening",
                "En sammenslutning med vedtægter, en valgt bestyrelse og medlemmer, der har hjemsted i Fjordlund "
                "Kommune.",
            ),
        ],
        "cooperation_rules": (
            "<h3>Hver sin rolle</h3>"
            "<p>Frivillige i kommunens tilbud supplerer medarbejderne. De løser ikke opgaver, som kommunen har pligt "
            "til at løse.</p>"
            "<ul><li>Medarbejderne afgør, hvilke opgaver de frivillige tager.</li>"
            "<li>Hver frivillig har en fast kontaktperson blandt medarbejderne.</li></ul>"
            "<h3>Tavshedspligt og børneattest</h3>"
            "<p>Frivillige i kommunens tilbud har tavshedspligt om det, de hører om borgerne.</p>"
            "<h3>Forsikring og udgifter</h3>"
            "<p>Kommunen forsikrer frivillige, der hjælper til i kommunens egne tilbud.</p>"
        ),
        "follow_up": [
            follow_up(
                "status_meeting",
                datetime.date(2021, 9, 14),
                "Status til Kultur- og Fritidsudvalget",
                "Udvalget får den første status på politikken.",
            ),
            follow_up(
                "theme_day",
                datetime.date(2022, 10, 1),
                "Frivillighedstopmøde 2022",
                "Foreningerne og kommunen gør status sammen.",
            ),
            follow_up(
                "evaluation",
                datetime.date(2024, 11, 30),
                "Evaluering af frivilligpolitikken",
                "Foreninger og frivillige vurderer politikken i en spørgeskemaundersøgelse.",
            ),
        ],
    },
    "2025": {
        "intro": (
            "Frivilligpolitikken beskriver, hvordan Fjordlund Kommune vil styrke og samarbejde med det frivillige "
            "Fjordlund – foreninger, frivillige grupper og borgere, der giver en hånd med. Byrådet vedtog den "
            "gældende udgave den 19. juni 2025."
        ),
        "adopted_by": "Byrådet",
        "adopted_on": datetime.date(2025, 6, 19),
        "next_evaluation_on": datetime.date(2027, 6, 1),
        "vision": paragraphs(
            "<b>I Fjordlund gør vi noget for hinanden.</b> Alle borgere skal have mulighed for at være en del af "
            "et fællesskab – som frivillig, som deltager eller begge dele. Kommunen vil være en god "
            "samarbejdspartner, der gør det let at være frivillig og at drive forening.",
            "Politikken er blevet til i samarbejde med foreninger, frivillige, borgere og kommunens medarbejdere. "
            "Over 200 borgere deltog i de fire dialogmøder, vi holdt i Fjordlund, Egebjerg, Strandbæk og Birkely i "
            "foråret 2025.",
        ),
        "principles": [
            principle(
                "Frivilligheden er fri",
                "Frivilligt arbejde bygger på lyst og ikke på pligt. Foreningerne bestemmer selv over deres arbejde, "
                "og kommunen respekterer deres uafhængighed.",
            ),
            principle(
                "Samarbejde i øjenhøjde",
                "Kommune og civilsamfund mødes som ligeværdige parter. Vi inddrager foreningerne tidligt, når vi "
                "lægger planer, der berører dem.",
            ),
            principle(
                "Frivillige supplerer – de erstatter ikke",
                "Frivillige udfører ikke de opgaver, som kommunens ansatte skal løse. De giver noget andet: tid, "
                "nærvær og fællesskab.",
            ),
            principle(
                "Det skal være let",
                "Vi gør det enkelt at søge støtte, låne lokaler og få svar. Mindre papirarbejde giver mere tid til "
                "det, der betyder noget.",
            ),
        ],
        "definitions": [
            definition(
                "Frivilligt arbejde",
                "Arbejde, der udføres af egen fri vilje og uden løn, til gavn for andre end ens familie og nærmeste "
                "venner. Det kan foregå i en forening, i en løsere gruppe eller i et af kommunens tilbud.",
            ),
            definition(
                "Forening",
                "En sammenslutning med vedtægter, en valgt bestyrelse og medlemmer. I politikken bruger vi også "
                "ordet om frivillige grupper og netværk uden vedtægter.",
            ),
            definition(
                "Frivilligkoordinator",
                "Den medarbejder i Kultur og Fritid, der er kommunens indgang for foreninger og frivillige, og som "
                "hjælper kommunens tilbud med at samarbejde med frivillige.",
            ),
            definition(
                "Frivillig i et kommunalt tilbud",
                "En frivillig, der hjælper til på fx et plejecenter, et bibliotek eller en skole. Den frivillige har "
                "en fast kontaktperson blandt medarbejderne og er dækket af kommunens forsikring.",
            ),
        ],
        "cooperation_rules": (
            "<h3>Hver sin rolle</h3>"
            "<p>Frivillige i kommunens tilbud – på plejecentre, biblioteker, skoler og i naturen – supplerer "
            "medarbejderne. De løser ikke opgaver, som kommunen har pligt til at løse, og de erstatter aldrig en "
            "stilling.</p>"
            "<ul><li>Frivillige giver ikke personlig pleje, medicin eller behandling, og de træffer ikke afgørelser "
            "om borgere.</li>"
            "<li>Medarbejderne aftaler sammen med de frivillige, hvilke opgaver de frivillige tager, og skriver "
            "det ned i en kort aftale.</li>"
            "<li>Hver frivillig har en fast kontaktperson blandt medarbejderne.</li>"
            "<li>Frivillige kan altid sige nej til en opgave – og stoppe igen.</li></ul>"
            "<h3>Tavshedspligt og børneattest</h3>"
            "<p>Frivillige i kommunens tilbud har tavshedspligt om det, de hører om borgerne. Skal de arbejde med "
            "børn under 15 år, indhenter kommunen en børneattest, før de starter. Læs mere i guiderne om "
            + page_link("tavshedspligt", "tavshedspligt")
            + " og "
            + page_link("boerneattest", "børneattest")
            + ".</p>"
            "<h3>Forsikring og udgifter</h3>"
            "<p>Kommunen forsikrer frivillige, der hjælper til i kommunens egne tilbud, og dækker nødvendige "
            "udgifter efter aftale. Frivillige i foreninger er forsikret gennem foreningen. Læs mere i guiden om "
            + page_link("forsikring", "forsikring af frivillige")
            + ".</p>"
            "<h3>Når der opstår uenighed</h3>"
            "<p>Er frivillige og medarbejdere uenige, tager lederen af tilbuddet en samtale med begge parter. "
            "Frivilligkoordinatoren kan hjælpe.</p>"
        ),
        "follow_up": [
            follow_up(
                "status_meeting",
                datetime.date(2025, 9, 16),
                "Opstartsmøde i Frivilligrådet",
                "Frivilligrådet og kommunen aftalte, hvem der har ansvaret for hvert initiativ, og hvornår vi "
                "følger op.",
            ),
            follow_up(
                "theme_day",
                datetime.date(2025, 11, 22),
                "Temadag: Unge frivillige",
                "Foreninger, skoler og unge mødtes på Fjordlund Bibliotek for at finde nye måder at invitere unge ind "
                "i foreningslivet.",
            ),
            follow_up(
                "status_meeting",
                datetime.date(2026, 3, 10),
                "Status til Kultur- og Fritidsudvalget",
                "Udvalget fik den første status på politikkens initiativer.",
            ),
            follow_up(
                "evaluation",
                datetime.date(2026, 6, 9),
                "Midtvejsevaluering",
                "Foreningerne vurderede politikken i en spørgeskemaundersøgelse. Resultatet indgår i arbejdet med en "
                "ny politik for 2027–2030.",
            ),
            follow_up(
                "theme_day",
                datetime.date(2026, 9, 19),
                "Frivillighedstopmøde 2026",
                "Over 150 frivillige kom med idéer til den nye frivilligpolitik.",
            ),
            follow_up(
                "theme_day",
                {"days": 24},
                "Temadag om børneattest og tavshedspligt",
                "For bestyrelser, trænere og ledere. Juridisk afdeling svarer på spørgsmål. Gratis – tilmeld dig hos "
                "frivilligkoordinatoren.",
            ),
            follow_up(
                "status_meeting",
                {"days": 80},
                "Status til Kultur- og Fritidsudvalget",
                "Udvalget får status på initiativerne og på høringssvarene til den nye politik.",
            ),
            follow_up(
                "evaluation",
                datetime.date(2027, 6, 1),
                "Slutevaluering af frivilligpolitikken",
                "Vi gør status over hele perioden, før den nye politik træder i kraft, og offentliggør "
                "evalueringen her.",
            ),
        ],
        "related_policies": [
            external(
                "Sundheds- og trivselspolitik 2024–2028",
                "sundhed-og-trivsel",
                "Om fællesskaber mod ensomhed og et sundt liv for alle aldre.",
            ),
            external(
                "Handicappolitik",
                "handicappolitik",
                "Om tilgængelighed og lige muligheder for at deltage i fritidslivet.",
            ),
            external(
                "Børne- og ungepolitik",
                "boern-og-unge",
                "Om børns og unges fællesskaber i skolen og i fritiden.",
            ),
            external(
                "Folkeoplysningspolitik",
                "folkeoplysning",
                "Om tilskud og lokaler til foreninger efter folkeoplysningsloven.",
            ),
            {
                "text": "Privatlivspolitik for Frivillig i Fjordlund",
                "page": "privatliv",
                "url": "",
                "description": "Sådan behandler portalen personoplysninger – også i høringssvar.",
            },
        ],
        "documents": [
            ("politik-2025", "Den vedtagne politik fra 19. juni 2025 som PDF."),
            ("evaluering-2024", "Evalueringen, som den reviderede politik bygger på."),
        ],
    },
}


# The five focus areas of the 2025 policy. Four were already in the 2021 policy (with the
# texts under "2021" and the initiatives marked since_2021); Natur, klima og lokalt ansvar is new.
FOCUS_AREAS = [
    {
        "slug": "flere-unge-frivillige",
        "title": "Flere unge frivillige",
        "search_description": "Sådan vil Fjordlund Kommune gøre det lettere for unge at være frivillige.",
        "intro": paragraphs(
            "Unge vil gerne gøre en forskel, men de binder sig sjældent for flere år ad gangen. Hver fjerde ung i "
            "Fjordlund har været frivillig inden for det seneste år, mod hver tredje voksen. Vi vil gøre det "
            "lettere at prøve kræfter med frivilligt arbejde – i korte forløb, sammen med vennerne og med tydelig "
            "anerkendelse."
        ),
        "goals": [
            "Flere unge mellem 15 og 25 år er frivillige i 2028 end i 2024.",
            "Alle elever i udskolingen har prøvet en frivillig opgave, før de går ud af 9. klasse.",
            "Unge sidder i bestyrelsen i mindst hver femte forening.",
        ],
        "2021": {
            "intro": paragraphs(
                "Unge vil gerne gøre en forskel, men de binder sig sjældent for flere år ad gangen. Vi vil hjælpe "
                "foreningerne med at finde de unge og give dem plads."
            ),
            "goals": [
                "Flere unge er frivillige i 2025 end i 2020.",
                "Foreningerne har nemt ved at finde unge frivillige.",
            ],
        },
        "initiatives": [
            initiative(
                "Korte frivilligjob for unge",
                "Foreningerne kan markere opgaver, der passer til unge: korte, afgrænsede og gerne sammen med andre. "
                "Opgaverne samles på Frivillig i Fjordlund, så unge kan finde dem ét sted.",
                "Kultur og Fritid",
                "done",
                [
                    note(
                        datetime.date(2025, 10, 14),
                        "De første 20 opgaver for unge er lagt på portalen, bl.a. hjælpere til Egebjerg Cup og "
                        "sommerfodboldskolen.",
                    ),
                    note(
                        datetime.date(2026, 6, 20),
                        "Opgaverne for unge er nu en fast del af Bliv frivillig. 74 unge meldte sig til en opgave i "
                        "første halvår.",
                    ),
                ],
                [
                    "bliv-frivillig",
                    task("egebjerg-boldklub", "hjaelpere-til-egebjerg-cup"),
                    association("egebjerg-boldklub"),
                ],
                since_2021=True,
            ),
            initiative(
                "Frivilligdag i udskolingen",
                "Elever i 8. klasse bruger en skoledag sammen med en forening: De hjælper til, møder de frivillige og "
                "hører, hvad foreningen kan bruge dem til. Skolerne og foreningerne planlægger dagen sammen.",
                "Børn og Unge i samarbejde med Kultur og Fritid",
                "in_progress",
                [
                    note(
                        datetime.date(2025, 11, 20),
                        "Egebjerg Skole og Strandbæk Skole er med i første runde med 112 elever og 14 foreninger.",
                    ),
                    note(
                        datetime.date(2026, 9, 30),
                        "Evalueringen viser, at hver tiende elev er fortsat som frivillig. Birkely Skole og "
                        "Kløvermose Friskole kommer med fra foråret.",
                    ),
                ],
                [
                    association("strandbaek-lektiecafe"),
                    association("birkely-lektiecafe"),
                    association("hoeloftet-ungdomsklub"),
                ],
            ),
            initiative(
                "Unge i bestyrelserne",
                "Et gratis aftenkursus for unge mellem 16 og 25, der vil vide, hvordan en bestyrelse arbejder – om "
                "økonomi, vedtægter og generalforsamling. Foreninger, der vil have en ung i bestyrelsen, kan få "
                "sparring af frivilligkoordinatoren.",
                "Kultur og Fritid",
                "planned",
                [
                    note(
                        datetime.date(2026, 8, 25),
                        "Kurset er planlagt sammen med Høloftet og Fjordlund Gymnasium. Første hold starter i februar.",
                    ),
                ],
                ["vedtaegter", association("hoeloftet-ungdomsklub")],
            ),
        ],
    },
    {
        "slug": "faellesskaber-mod-ensomhed",
        "title": "Fællesskaber mod ensomhed",
        "search_description": "Sådan støtter Fjordlund Kommune de frivillige fællesskaber, der når ensomme borgere.",
        "intro": paragraphs(
            "Omkring 2.000 borgere i Fjordlund Kommune føler sig ofte uønsket alene. Mange af dem er ældre, der bor "
            "alene, men ensomhed rammer også unge og nytilflyttere. Foreningerne og de frivillige når mennesker, "
            "som kommunen ikke selv når. Vi vil støtte de fællesskaber, der åbner døren for flere."
        ),
        "goals": [
            "Ingen ældre, der ønsker en besøgsven, venter mere end en måned.",
            "Der er et åbent spisefællesskab mindst én gang om måneden i alle seks byer.",
            "Færre borgere føler sig ofte uønsket alene i 2028 end i 2024.",
        ],
        "2021": {
            "intro": paragraphs(
                "Mange borgere i Fjordlund Kommune føler sig ensomme, og mange af dem er ældre, der bor alene. "
                "Foreningerne og de frivillige når mennesker, som kommunen ikke selv når. Vi vil støtte de "
                "frivillige, der besøger og inviterer dem."
            ),
            "goals": ["Flere ældre får en besøgsven.", "Der er fællesspisning i de større byer."],
        },
        "initiatives": [
            initiative(
                "Besøgsvenner til ældre, der bor alene",
                "Hjemmeplejen og plejecentrene fortæller ældre om besøgsvennerne, og Fjordlund Besøgsvenner finder en "
                "frivillig, der passer. Kommunen betaler kurser og et årligt arrangement for de frivillige.",
                "Sundhed og Omsorg",
                "in_progress",
                [
                    note(
                        datetime.date(2025, 9, 8),
                        "Hjemmeplejen har fået en folder og en fast kontaktperson hos besøgsvennerne.",
                    ),
                    note(
                        datetime.date(2026, 4, 15),
                        "Ventetiden på en besøgsven er faldet fra tre måneder til fem uger. Der mangler stadig "
                        "besøgsvenner i Lyngå og Birkely.",
                    ),
                ],
                [
                    association("fjordlund-besoegsvenner"),
                    task("fjordlund-besoegsvenner", "besoegsven-for-en-aeldre"),
                ],
                since_2021=True,
            ),
            initiative(
                "Fællesspisning i alle seks byer",
                "Foreninger, der holder åben fællesspisning, kan låne køkken og lokaler gratis og søge "
                "Frivilligpuljen til opstart. Kommunen hjælper med at nå de borgere, der ikke selv finder vej.",
                "Kultur og Fritid",
                "in_progress",
                [
                    note(
                        datetime.date(2025, 12, 2),
                        "Kløvermose og Egebjerg har fast fællesspisning hver måned. Strandbæk starter i januar.",
                    ),
                    note(
                        datetime.date(2026, 10, 1),
                        "Nu er der fællesspisning i fem af de seks byer. Lyngå Landsbyråd undersøger, om "
                        "forsamlingshuset kan bruges.",
                    ),
                ],
                [
                    association("kloevermose-beboerforening"),
                    task("kloevermose-beboerforening", "kok-til-faellesspisningen"),
                    association("familiekirken-egebjerg"),
                    "frivilligpuljen",
                ],
                since_2021=True,
            ),
            initiative(
                "Telefonkæde for ældre",
                "Frivillige ringer hver morgen til ældre, der bor alene, og hører, hvordan de har det.",
                "Sundhed og Omsorg",
                "dropped",
                [
                    note(
                        datetime.date(2025, 10, 30),
                        "Vi har stoppet telefonkæden. Kun 11 ældre meldte sig, og de fleste havde allerede en "
                        "besøgsven eller kom i seniorklubben. Kræfterne bruges i stedet på besøgsvennerne.",
                    ),
                ],
                [association("egebjerg-seniorklub")],
                since_2021=True,
            ),
        ],
    },
    {
        "slug": "et-foreningsliv-for-alle",
        "title": "Et foreningsliv for alle",
        "search_description": "Sådan vil Fjordlund Kommune åbne foreningslivet for borgere, der i dag står udenfor.",
        "intro": paragraphs(
            "Foreningslivet skal være åbent for alle – også for borgere med handicap, borgere med en anden baggrund "
            "end dansk og børn fra familier med få penge. Det kræver lokaler, man kan komme ind i, foreninger, der "
            "ved, hvordan de tager imod nye, og at prisen ikke står i vejen."
        ),
        "goals": [
            "Alle kommunale foreningslokaler er tilgængelige for kørestolsbrugere i 2028.",
            "Nye borgere får tilbudt en foreningsguide i deres første år i kommunen.",
            "Intet barn står uden for foreningslivet, fordi familien ikke har råd til kontingentet.",
        ],
        "2021": {
            "intro": paragraphs(
                "Foreningslivet skal være åbent for alle – også for borgere med handicap og borgere med en anden "
                "baggrund end dansk. Vi vil hjælpe foreningerne med at tage imod nye medlemmer."
            ),
            "goals": [
                "Flere borgere med en anden baggrund end dansk er med i foreningslivet.",
                "Foreningslokalerne bliver gjort tilgængelige.",
            ],
        },
        "initiatives": [
            initiative(
                "Tilgængelige foreningslokaler",
                "Kommunen gennemgår sine foreningslokaler sammen med Handicaprådet og retter det, der står i vejen: "
                "trin, tunge døre, toiletter og skiltning. Oversigten over lokaler viser, hvad der er tilgængeligt.",
                "Ejendomme og Kultur og Fritid",
                "in_progress",
                [
                    note(datetime.date(2025, 10, 6), "Gennemgangen af 23 lokaler er færdig. 9 lokaler skal bygges om."),
                    note(
                        datetime.date(2026, 8, 18),
                        "Ramper og automatiske døre er på plads i Birkely Hallen og Kløvermose Forsamlingshus. Fire "
                        "lokaler mangler.",
                    ),
                ],
                [association("fjordlund-parasport"), association("kloevermose-forsamlingshus")],
                since_2021=True,
            ),
            initiative(
                "Foreningsguider for nye borgere",
                "Frivillige foreningsguider tager nye borgere med til en forening, de er nysgerrige på, og hjælper "
                "dem i gang. Tilbuddet kører sammen med sprogcaféerne og Dialogforum Birkely.",
                "Kultur og Fritid",
                "done",
                [
                    note(datetime.date(2025, 11, 12), "12 frivillige er uddannet som foreningsguider."),
                    note(
                        datetime.date(2026, 5, 27),
                        "Foreningsguiderne er nu et fast tilbud. 46 nye borgere har været med til en forening, og 31 "
                        "er blevet medlemmer.",
                    ),
                ],
                [
                    association("sprogcafeen-fjordlund"),
                    association("sprogvenner-egebjerg"),
                    association("dialogforum-birkely"),
                ],
            ),
            initiative(
                "Fritidspas til børn og unge",
                "Børn fra familier med få penge kan få betalt kontingent og udstyr til én fritidsaktivitet om året. "
                "Foreningerne får pengene direkte fra kommunen.",
                "Børn og Unge",
                "planned",
                [
                    note(
                        datetime.date(2026, 9, 10),
                        "Byrådet har afsat penge til fritidspasset i budget 2027. Der åbnes for ansøgninger til "
                        "foråret.",
                    ),
                ],
                [association("birkely-if"), association("egebjerg-gymnastikforening")],
            ),
        ],
    },
    {
        "slug": "enkel-adgang-til-stoette-og-lokaler",
        "title": "Enkel adgang til støtte og lokaler",
        "search_description": "Sådan gør Fjordlund Kommune det lettere for foreninger at få støtte, lokaler og svar.",
        "intro": paragraphs(
            "Frivillige skal bruge deres tid på fællesskabet – ikke på blanketter. Foreningerne har bedt om én "
            "indgang til kommunen, hurtige svar og regler, der er til at forstå. Det vil vi levere."
        ),
        "goals": [
            "Foreningerne får svar på en henvendelse inden for tre arbejdsdage.",
            "Det tager højst en halv time at søge Frivilligpuljen.",
            "Alle kommunens regler for foreninger er forklaret i en guide på portalen.",
        ],
        "2021": {
            "intro": paragraphs(
                "Frivillige skal bruge deres tid på fællesskabet – ikke på blanketter. Det skal være nemt at søge "
                "støtte og låne lokaler, og vi vil gøre reglerne enklere."
            ),
            "goals": ["Foreningerne får hurtigere svar fra kommunen.", "Ansøgningsskemaerne bliver kortere."],
        },
        "initiatives": [
            initiative(
                "Én indgang: Frivillig i Fjordlund",
                "Portalen samler foreninger, frivillige opgaver, guides og politikken ét sted. Foreningerne redigerer "
                "selv deres sider, og kommunen godkender ændringerne.",
                "Kultur og Fritid og Digitalisering",
                "done",
                [
                    note(datetime.date(2026, 3, 2), "Frivillig i Fjordlund er lanceret med 40 foreninger."),
                    note(
                        datetime.date(2026, 10, 5),
                        "Nu har 63 foreninger en side, og 36 frivillige opgaver er slået op.",
                    ),
                ],
                ["foreninger", "om"],
            ),
            initiative(
                "Frivilligpuljen med fire frister om året",
                "Frivilligpuljen har fire ansøgningsfrister om året og et kort skema på én side. Beløb under "
                "5.000 kr. afgør frivilligkoordinatoren inden for to uger.",
                "Kultur og Fritid",
                "done",
                [
                    note(datetime.date(2025, 9, 1), "Det nye skema på én side er taget i brug."),
                    note(
                        datetime.date(2026, 2, 16),
                        "Sagsbehandlingstiden er i gennemsnit 11 dage. 38 initiativer fik støtte i 2025.",
                    ),
                ],
                ["frivilligpuljen", association("strandbaek-naturlaug")],
                since_2021=True,
            ),
            initiative(
                "Guides til foreningerne",
                "Frivilligkoordinatoren skriver korte guides om det, foreningerne oftest spørger om: børneattest, "
                "forsikring, GDPR, tavshedspligt og vedtægter. Guiderne bliver gennemgået mindst én gang om året.",
                "Kultur og Fritid",
                "in_progress",
                [
                    note(datetime.date(2026, 4, 8), "Otte guides er klar på portalen."),
                    note(datetime.date(2026, 10, 20), "Tre guides skal gennemgås igen, fordi reglerne er ændret."),
                ],
                ["guides", "boerneattest", "gdpr"],
            ),
            initiative(
                "Fælles booking af lokaler",
                "Foreningerne skal kunne se ledige kommunale lokaler og booke dem ét sted i stedet for at ringe til "
                "hver institution.",
                "Ejendomme",
                "planned",
                [
                    note(
                        datetime.date(2026, 6, 11),
                        "Bookingsystemet er sendt i udbud. Vi forventer, at foreningerne kan booke lokaler digitalt i "
                        "løbet af 2027.",
                    ),
                ],
                ["kontakt"],
                since_2021=True,
            ),
        ],
    },
    {
        "slug": "natur-klima-og-lokalt-ansvar",
        "title": "Natur, klima og lokalt ansvar",
        "search_description": "Sådan hjælper Fjordlund Kommune de frivillige, der passer på naturen og strandene.",
        "intro": paragraphs(
            "Hundredvis af frivillige passer på strandene, engene og skovene i Fjordlund. De rydder op, slår hø, "
            "tæller fugle og planter træer. Vi vil gøre det lettere for dem – med udstyr, klare aftaler og en fast "
            "kontakt i kommunen."
        ),
        "goals": [
            "Frivillige kan låne udstyr til naturpleje og oprydning i alle seks byer.",
            "Alle frivillige naturprojekter på kommunens arealer har en skriftlig aftale.",
            "Antallet af frivillige i naturen er fordoblet i 2028.",
        ],
        "initiatives": [
            initiative(
                "Udstyrsdepoter til naturpleje og strandrensning",
                "Frivillige kan låne river, grabbere, sække, veste og trillebøre i depoter i Strandbæk, Lyngå og "
                "Fjordlund. Materielgården fylder op og henter affaldet.",
                "Natur og Miljø",
                "done",
                [
                    note(datetime.date(2025, 8, 22), "Depotet i Strandbæk er åbnet."),
                    note(
                        datetime.date(2026, 5, 4),
                        "Depoterne i Lyngå og Fjordlund er åbnet. Udstyret er lånt ud 140 gange.",
                    ),
                ],
                [
                    association("strandbaek-naturlaug"),
                    task("strandbaek-naturlaug", "strandrensning"),
                    association("lyngaa-naturplejelaug"),
                ],
            ),
            initiative(
                "Plejeaftaler på kommunens naturarealer",
                "Frivillige grupper, der plejer kommunens enge, skove og strande, får en enkel skriftlig aftale om, "
                "hvad de må, hvem der har ansvaret, og hvordan de er forsikret.",
                "Natur og Miljø",
                "in_progress",
                [
                    note(
                        datetime.date(2026, 3, 18),
                        "Aftalen for Lyngå Enge er underskrevet. Aftalerne for klitterne ved Strandbæk er på vej.",
                    ),
                ],
                [
                    association("lyngaa-naturplejelaug"),
                    task("lyngaa-naturplejelaug", "hoeslaet-paa-lyngaa-enge"),
                    "forsikring",
                ],
            ),
            initiative(
                "Fælles oprydningsdag i hele kommunen",
                "En dag om året rydder frivillige op i alle seks byer på samme tid – med kaffe og afslutning på "
                "Rådhustorvet.",
                "Natur og Miljø",
                "planned",
                [
                    note(
                        datetime.date(2026, 10, 12),
                        "Lokalrådene i Strandbæk og Lyngå er med i planlægningen. Den første oprydningsdag bliver i "
                        "april.",
                    ),
                ],
                [association("strandbaek-lokalraad"), association("lyngaa-landsbyraad")],
            ),
        ],
    },
]


# The draft of the next policy, in public consultation now, with the idea phase before it.
DRAFT = {
    "key": "frivilligpolitik-udkast",
    "slug": "frivilligpolitik-2027-2030",
    "title": "Frivilligpolitik 2027–2030 (udkast)",
    "search_description": "Udkast til Fjordlund Kommunes frivilligpolitik 2027–2030. Udkastet er i offentlig høring.",
    "intro": (
        "Udkastet til en ny frivilligpolitik bygger på erfaringerne med den gældende politik og på de idéer, "
        "foreninger og borgere sendte i idéfasen. Udkastet er i offentlig høring – sig din mening, før Byrådet "
        "beslutter politikken."
    ),
    "vision": paragraphs(
        "<b>Fællesskab for alle – hele livet.</b> I 2030 har alle borgere i Fjordlund en let vej ind i et "
        "fællesskab, uanset alder, helbred og pengepung. Foreningerne oplever kommunen som en makker, der er til "
        "at få fat på, og som har tillid til, at de selv ved bedst."
    ),
    "principles": [
        principle(
            "Frivilligheden er fri",
            "Frivilligt arbejde bygger på lyst. Foreningerne bestemmer selv, og kommunen blander sig kun, når loven "
            "kræver det.",
        ),
        principle(
            "Tillid frem for kontrol",
            "Vi spørger kun om det, vi har brug for, og vi stoler på, at foreningerne bruger støtten fornuftigt. "
            "Mindre kontrol giver mere tid til fællesskabet.",
        ),
        principle(
            "Frivillige supplerer – de erstatter ikke",
            "Frivillige udfører ikke de opgaver, som kommunens ansatte skal løse. De giver noget andet: tid, nærvær "
            "og fællesskab.",
        ),
        principle(
            "Mod til at prøve nyt",
            "Vi prøver nye former for frivillighed af sammen med foreningerne – også nogle, der ikke lykkes. Vi "
            "lærer mere af et forsøg, der slår fejl, end af et, vi aldrig begyndte på.",
        ),
    ],
    "definitions": [
        definition(
            "Frivilligt arbejde",
            "Arbejde, der udføres af egen fri vilje og uden løn, til gavn for andre end ens familie og nærmeste "
            "venner – i en forening, i en løsere gruppe, i et af kommunens tilbud eller på egen hånd.",
        ),
        definition(
            "Forening",
            "En sammenslutning med vedtægter, en valgt bestyrelse og medlemmer, og i politikken også frivillige "
            "grupper og netværk uden vedtægter.",
        ),
    ],
    "follow_up": [
        follow_up(
            "other",
            {"days": 21},
            "Høringsfristen udløber",
            "Høringssvarene samles i et høringsnotat, som offentliggøres sammen med det endelige forslag.",
        ),
        follow_up(
            "status_meeting",
            {"days": 75},
            "Kultur- og Fritidsudvalget behandler forslaget",
            "Udvalget behandler det endelige forslag og høringsnotatet.",
        ),
        follow_up(
            "other",
            {"days": 105},
            "Byrådet beslutter politikken",
            "Vedtager Byrådet politikken, træder den i kraft den 1. juli 2027.",
        ),
    ],
    "documents": [("udkast-2027", "Hele udkastet som PDF.")],
}

CONSULTATIONS = [
    {
        "key": "idefase",
        "slug": "idefase-ny-frivilligpolitik",
        "title": "Idéfase: Hvad skal den nye frivilligpolitik handle om?",
        "search_description": (
            "Idéfasen før den nye frivilligpolitik: de offentliggjorte svar fra foreninger og borgere."
        ),
        "opens": -75,  # Days from the day the demo is loaded; it closes at noon.
        "closes": -30,
        "intro": (
            "Før vi skrev udkastet til en ny frivilligpolitik, spurgte vi foreninger, frivillige og borgere: Hvad "
            "fungerer i dag, og hvad skal den nye politik handle om? Idéfasen er slut. Her kan du læse de svar, "
            "afsenderne har givet lov til, at vi offentliggør."
        ),
        "body": [
            (
                "paragraph",
                "<p>Vi stillede tre spørgsmål:</p>"
                "<ul><li>Hvad virker godt i samarbejdet mellem foreningerne og kommunen i dag?</li>"
                "<li>Hvad er det sværeste ved at være frivillig eller drive forening i Fjordlund?</li>"
                "<li>Hvad skal kommunen gøre mere af – og mindre af – i de næste fire år?</li></ul>",
            ),
        ],
        "documents": [],
        "next_steps": (
            "Tak for alle svar og idéer. De er samlet i udkastet til den nye frivilligpolitik, som nu er i høring."
        ),
        "responses": [
            {
                "name": "Egebjerg Boldklub",
                "email": "formand@egebjerg-boldklub.example.dk",
                "text": (
                    "Vi har 180 børn og unge i klubben og mangler hele tiden trænere. Den nye politik bør gøre det "
                    "lettere for unge at blive hjælpetrænere – fx ved at kommunen betaler for trænerkurser og gør "
                    "det nemt at indhente børneattester for de 15–17-årige.\n\nVi håber også, at frivilligdagen i "
                    "udskolingen fortsætter. To af vores nye hjælpetrænere kom den vej."
                ),
                "consent": True,
                "status": "approved",
                "submitted": -70,
            },
            {
                "name": "Egebjerg Seniorklub",
                "email": "formand@egebjerg-seniorklub.example.dk",
                "text": (
                    "Ensomhed blandt ældre skal fortsat være et fokusområde. Mange af vores medlemmer kan ikke "
                    "længere selv køre, og bussen til Fjordlund går kun hver anden time.\n\nVi foreslår, at "
                    "politikken også handler om at komme frem til fællesskaberne, fx med en frivillig "
                    "kørselsordning, som kommunen hjælper i gang."
                ),
                "consent": True,
                "status": "approved",
                "submitted": -58,
            },
            {
                "name": "Strandbæk Naturlaug",
                "email": "formand@strandbaek-naturlaug.example.dk",
                "text": (
                    "Udstyrsdepotet har gjort en stor forskel for os. Vi foreslår, at den nye politik giver de "
                    "frivillige naturgrupper en fast kontaktperson i Natur og Miljø, og at plejeaftalerne bliver "
                    "gjort færdige for alle kommunens strande.\n\nVi har vedhæftet vores forslag til, hvordan "
                    "depotet i Strandbæk kan blive større."
                ),
                "consent": True,
                "status": "approved",
                "submitted": -41,
                "attachment": {
                    "name": "Forslag til udstyrsdepot i Strandbæk.pdf",
                    "title": "Forslag til et større udstyrsdepot i Strandbæk",
                    "text": [
                        "Strandbæk Naturlaug, bestyrelsen.",
                        "Depotet ved havnen bruges hver weekend fra april til oktober. Vi foreslår et ekstra skur "
                        "ved stranden ved Klitvej med grabbere, sække og fem trillebøre.",
                        "Naturlauget står for nøglerne og en liste over udlån.",
                    ],
                },
            },
            {
                "name": "Jonas Holm",
                "email": "jonas.holm@example.dk",
                "text": (
                    "Jeg har været frivillig på Plejecenter Solhøj i tre år. Politikken skal sikre, at vi frivillige "
                    "får besked, når aktiviteter bliver aflyst. Senest ventede jeg en time sammen med Else fra stue "
                    "12, fordi afdelingslederen havde glemt at sige det til os."
                ),
                "consent": True,
                "status": "rejected",
                "note": (
                    "Svaret nævner en beboer og en medarbejder, som kan genkendes. Forslaget om bedre besked til "
                    "frivillige indgår i udkastet. Afsenderen er orienteret."
                ),
                "submitted": -49,
            },
            {
                "name": "Lyngå Landsbyråd",
                "email": "kontakt@lyngaa-landsbyraad.example.dk",
                "text": (
                    "I Lyngå har vi ingen kommunale lokaler. Vi håber, at den nye politik giver mulighed for tilskud "
                    "til at bruge forsamlingshuset og sognegården til foreningsaktiviteter. Svaret er et internt "
                    "oplæg fra bestyrelsen og skal ikke offentliggøres."
                ),
                "consent": False,
                "status": "pending",
                "submitted": -33,
            },
        ],
    },
    {
        "key": "hoering",
        "slug": "hoering-frivilligpolitik-2027-2030",
        "title": "Høring om udkast til frivilligpolitik 2027–2030",
        "search_description": "Giv dit høringssvar til udkastet til Fjordlund Kommunes frivilligpolitik 2027–2030.",
        "opens": -4,
        "closes": 21,
        "intro": (
            "Kultur- og Fritidsudvalget har sendt udkastet til en ny frivilligpolitik i offentlig høring. Alle kan "
            "give et høringssvar – foreninger, frivillige, borgere og kommunens medarbejdere. Høringsfristen er "
            "{deadline} kl. 12.00."
        ),
        "body": [
            (
                "paragraph",
                "<p>Udkastet har fire principper og fem fokusområder: flere unge frivillige, fællesskaber mod "
                "ensomhed, et foreningsliv for alle, enkel adgang til støtte og lokaler og natur, klima og lokalt "
                "ansvar. Vi vil især gerne høre dit svar på disse spørgsmål:</p>"
                "<ol><li>Er der noget i udkastet, du savner – eller noget, der bør tages ud?</li>"
                "<li>Giver det nye princip »Tillid frem for kontrol« mening for jeres forening?</li>"
                "<li>Hvilket af de fem fokusområder er vigtigst for dig, og hvorfor?</li>"
                "<li>Hvordan kan kommunen bedst følge op på politikken sammen med jer?</li></ol>",
            ),
            (
                "info_box",
                {
                    "kind": "info",
                    "heading": "Sådan bruger vi dit svar",
                    "text": (
                        "<p>Alle svar indgår i høringsnotatet. Når høringen er slut, offentliggør vi de svar, "
                        "afsenderen har givet lov til – med navn eller forening, men aldrig med e-mailadresse.</p>"
                    ),
                },
            ),
        ],
        "documents": [("udkast-2027", "Læs hele udkastet, før du svarer.")],
        "next_steps": (
            "Når høringen er slut, samler vi svarene i et høringsnotat. Kultur- og Fritidsudvalget behandler det "
            "endelige forslag, og Byrådet forventes at vedtage politikken i foråret 2027. Den nye politik træder i "
            "kraft den 1. juli 2027. De svar, der må offentliggøres, kan du læse her, når høringen er slut."
        ),
        "responses": [
            {
                "name": "Fjordlund Parasport",
                "email": "formand@fjordlund-parasport.example.dk",
                "text": (
                    "Vi er glade for, at udkastet nævner tilgængelige lokaler. Men der står ikke noget om transport "
                    "til træning for medlemmer i kørestol. Vi foreslår, at det kommer med under fokusområdet om et "
                    "foreningsliv for alle."
                ),
                "consent": True,
                "status": "pending",
                "submitted": -2,
            },
            {
                "name": "Mette Vinther",
                "email": "mette.vinther@example.dk",
                "text": (
                    "Som forælder til to børn i Birkely savner jeg, at politikken siger noget om, hvordan forældre "
                    "kan give en hånd med en gang imellem uden at binde sig til en fast opgave."
                ),
                "consent": False,
                "status": "pending",
                "submitted": -1,
            },
        ],
    },
]
