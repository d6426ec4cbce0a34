"""Generated Danish associations for the search benchmark (bench/search.py).

Thousands of associations that read like a kommune's real directory: names such as
"Egebjerg Fodboldklub" or "Besøgstjenesten i Lyngå", summaries and descriptions put
together from Danish phrases, the real vocabularies (Category, TargetGroup, Locality)
and 0-3 activities each, some free, some for people who speak no Danish, some in an
accessible venue. Every association is drawn from its own ``random.Random`` seeded
with (seed, number), so the 300th association is the same whether the database is
filled in one go or topped up later, and runs on different days are comparable.

Pages are written in bulk, a thousand at a time: their tree paths are counted on from the
directory's last child (what treebeard's ``add_child`` would give them one by one, at a dozen
queries and ~0.1 s each: 50,000 associations would take over an hour), then one INSERT per
table per batch. No signal is sent, so the search index and the reference index are not
touched; the caller runs ``manage.py update_index`` once afterwards. They are published
without revisions (live, with publication dates), which is all the public site and the
search read. Every generated page has ``external_id = "bench-NNNNN"``.
"""

import random
import time
from datetime import timedelta

EXTERNAL_ID_PREFIX = "bench-"
DRAFT_SHARE = 0.03  # drafts never show up in search, but the queries have to skip them

# --- Vocabulary ------------------------------------------------------------------------------
# Each theme is one kind of association. Names use {town}; categories and target groups are
# names from the vocabularies (migration directory/0002; a missing one is skipped).
THEMES = [
    {
        "names": [
            "{town} Boldklub",
            "{town} Fodboldklub",
            "{town} Fodboldforening",
            "FC {town}",
            "{town} og Omegns Fodboldforening",
            "Fodboldklubben {town}",
        ],
        "categories": ["Idræt og motion", "Børn og unge"],
        "groups": ["Børn", "Unge", "Voksne", "Ældre"],
        "offers": ["fodbold for børn, unge og voksne", "fodbold på alle niveauer", "breddefodbold og hygge"],
        "details": [
            "Vi spiller fodbold på græsbanerne ved {place} og har hold for alle aldre.",
            "Trænerne er frivillige forældre, og de fleste har taget DBU's trænerkurser.",
            "Om vinteren flytter vi indendørs og spiller futsal i hallen.",
            "Pigefodbold er vokset hurtigt hos os, og vi har nu pigehold fra U8 til U15.",
        ],
        "activities": [
            (
                "Fodbold for de mindste (U6–U8)",
                "Leg med bold for børn fra 4 år. Forældre er velkomne på banen.",
                "Børn",
            ),
            ("Pigefodbold U11–U13", "Træning og kampe i lokalunionens turneringer.", "Børn"),
            ("Oldboys-fodbold", "Fodbold for mænd over 40, mest for motionens og hyggens skyld.", "Voksne"),
            ("Walking football", "Fodbold i gå-tempo for seniorer – ingen løb og ingen tacklinger.", "Ældre"),
            ("Fodboldskole i sommerferien", "En uge med fodbold, frokost og masser af leg.", "Børn"),
        ],
    },
    {
        "names": ["{town} Håndboldklub", "{town} HK", "{town} Håndboldforening", "Håndboldklubben {town}"],
        "categories": ["Idræt og motion"],
        "groups": ["Børn", "Unge", "Voksne"],
        "offers": ["håndbold for børn og unge", "håndbold og motionshåndbold", "håndbold i hallen"],
        "details": [
            "Vi træner i {place} og spiller kampe i DHF's turneringer.",
            "Motionshåndbold er for dig, der har spillet engang og savner det – uden kampe og stress.",
            "Vores ungdomstrænere er unge spillere, som vi uddanner gennem foreningen.",
        ],
        "activities": [
            ("Håndbold U9", "Boldleg og de første håndboldregler for børn i 2.–3. klasse.", "Børn"),
            ("Motionshåndbold", "Håndbold for voksne uden kampe, med fokus på sved og grin.", "Voksne"),
            ("Fitnesshåndbold", "Intervaltræning med bold, for alle uanset form.", "Voksne"),
        ],
    },
    {
        "names": ["{town} Badmintonklub", "{town} Badmintonforening", "Badmintonklubben {town}"],
        "categories": ["Idræt og motion"],
        "groups": ["Børn", "Unge", "Voksne", "Ældre"],
        "offers": ["badminton for motionister og turneringsspillere", "badminton for hele familien"],
        "details": [
            "Vi har seks baner i {place}, og du kan leje en fast bane for en sæson.",
            "Begyndere får en makker og en træner de første gange.",
            "Seniorbadminton om formiddagen er blevet et af vores mest populære tilbud.",
        ],
        "activities": [
            ("Ungdomsbadminton", "Træning for 8–16-årige med turneringer i weekenderne.", "Unge"),
            ("Motionsbadminton", "Fast banetid for voksne, der spiller for sjov.", "Voksne"),
            ("Seniorbadminton", "Badminton om formiddagen med kaffe bagefter.", "Ældre"),
        ],
    },
    {
        "names": ["{town} Svømmeklub", "{town} Svømmeforening", "Svømmeklubben {town}", "{town} Vinterbadere"],
        "categories": ["Idræt og motion"],
        "groups": ["Børn", "Familier", "Voksne", "Ældre"],
        "offers": ["svømning for børn og voksne", "svømmeundervisning og vinterbadning", "babysvømning og crawlkurser"],
        "details": [
            "Vi har svømmehallen om aftenen og i weekenderne og underviser fra babysvømning til konkurrence.",
            "Vinterbaderne mødes ved badebroen hele vinteren, og bagefter er der sauna.",
            "Crawlkurset for voksne er for dig, der vil lære at svømme rigtigt – også selvom du er over 60.",
        ],
        "activities": [
            ("Babysvømning", "Leg i det varme bassin for børn fra 3 måneder sammen med en forælder.", "Familier"),
            ("Crawlkursus for voksne", "Otte gange med teknik, vejrtrækning og tålmodige instruktører.", "Voksne"),
            ("Vinterbadning", "Morgendukkert fra badebroen og sauna bagefter.", "Voksne"),
            ("Svømning for seniorer", "Rolig svømning og vandgymnastik i varmtvandsbassinet.", "Ældre"),
        ],
    },
    {
        "names": [
            "{town} Gymnastikforening",
            "{town} GF",
            "{town} Idrætsforening",
            "{town} IF",
            "{town} Motionsforening",
        ],
        "categories": ["Idræt og motion"],
        "groups": ["Børn", "Familier", "Voksne", "Ældre", "Alle"],
        "offers": ["gymnastik, idræt og motion for alle", "idræt for hele familien", "springgymnastik og seniormotion"],
        "details": [
            "Idrætsforeningen samler gymnastik, løb, yoga og seniormotion under ét tag i {place}.",
            "Forældre-barn-gymnastikken er fuld af leg, redskaber og sang.",
            "Springholdet har en opvisning hvert forår, hvor hele byen kommer.",
            "Idræt skal være for alle, så vi holder kontingentet lavt.",
        ],
        "activities": [
            (
                "Forældre-barn-gymnastik",
                "Leg på redskaber og bevægelse til musik for 2–4-årige og deres voksne.",
                "Familier",
            ),
            ("Springgymnastik", "Spring på airtrack og trampolin for 8–14-årige.", "Børn"),
            ("Seniorgymnastik", "Blid gymnastik med balance og styrke – stole til dem, der har brug for det.", "Ældre"),
            ("Yoga for begyndere", "Rolig yoga med fokus på vejrtrækning og smidighed.", "Voksne"),
        ],
    },
    {
        "names": ["{town} Løbeklub", "{town} Motionsløbere", "Løbeklubben {town}", "{town} Løb og Motion"],
        "categories": ["Idræt og motion"],
        "groups": ["Voksne", "Unge", "Ældre"],
        "offers": ["løb og motion for alle niveauer", "løbeskole og fællesløb", "fællesløb i {town}"],
        "details": [
            "Vi løber fra {place} tirsdag og torsdag i tre tempogrupper, så ingen løber alene.",
            "Løbeskolen tager dig fra sofaen til fem kilometer på ti uger.",
            "Hver sommer arrangerer vi motionsløbet rundt om søen med flere hundrede deltagere.",
        ],
        "activities": [
            ("Løbeskole for begyndere", "Ti uger fra nul til fem kilometer med skiftevis gang og løb.", "Voksne"),
            ("Fællesløb", "Løb i tre tempogrupper med opvarmning og udstrækning.", "Voksne"),
            ("Gå-løb for seniorer", "Skiftevis gang og let løb i roligt tempo.", "Ældre"),
        ],
    },
    {
        "names": ["{town} Cykelklub", "{town} Cykelmotion", "Cykelklubben {town}", "{town} MTB-klub"],
        "categories": ["Idræt og motion", "Natur og miljø"],
        "groups": ["Unge", "Voksne", "Ældre"],
        "offers": ["landevejscykling og mountainbike", "motionscykling i fællesskab", "cykelture i naturen"],
        "details": [
            "Vi kører fra {place} i hold efter fart, så alle kan være med.",
            "Mountainbikesporet i skoven er bygget og vedligeholdt af frivillige.",
            "Cykling uden alder: frivillige piloter kører beboere fra plejehjemmet en tur i rickshaw.",
        ],
        "activities": [
            ("Motionscykling", "Ture på 40–80 km i roligt tempo med kaffepause undervejs.", "Voksne"),
            ("Mountainbike for unge", "Teknik og ture på skovens spor for 12–18-årige.", "Unge"),
            ("Cykling uden alder", "Rickshawture med beboere fra plejehjemmet.", "Ældre"),
        ],
    },
    {
        "names": ["{town} Petanqueklub", "{town} Krolfklub", "{town} Petanque og Krolf"],
        "categories": ["Idræt og motion", "Ældre"],
        "groups": ["Ældre", "Voksne"],
        "offers": ["petanque og krolf for seniorer", "petanque i det fri", "krolf og kaffe"],
        "details": [
            "Vi spiller på banerne ved {place} fra april til oktober og i hallen om vinteren.",
            "Det vigtigste er hyggen: der er altid kaffe på kanden efter kampene.",
        ],
        "activities": [
            ("Petanque", "Fri spil på banerne – vi sætter holdene, når vi mødes.", "Ældre"),
            ("Krolf", "Et roligt spil for alle, der kan gå en tur på græsset.", "Ældre"),
        ],
    },
    {
        "names": ["{town} Bridgeklub", "{town} Skakklub", "Skakklubben {town}", "{town} Bridge og Whist"],
        "categories": ["Kultur og musik", "Ældre"],
        "groups": ["Voksne", "Ældre", "Børn"],
        "offers": ["bridge, whist og skak", "skak for børn og voksne", "kortspil i godt selskab"],
        "details": [
            "Vi spiller bridge hver onsdag i {place} og holder begynderkursus hvert efterår.",
            "Skak for børn er et tilbud til alle skolebørn – brikker og brætter har vi.",
            "Turneringerne er for sjov, men vi tager spillet alvorligt.",
        ],
        "activities": [
            ("Bridgekursus for begyndere", "Tolv aftener med meldinger, spilføring og mange spil.", "Voksne"),
            ("Skak for børn", "Skaktræning og leg for 7–14-årige.", "Børn"),
            ("Whist-eftermiddag", "Kortspil og kaffe hver anden torsdag.", "Ældre"),
        ],
    },
    {
        "names": [
            "{town} Kor",
            "{town} Kammerkor",
            "{town} Kirkekor",
            "{town} Seniorkor",
            "{town} Gospelkor",
            "{town} Sangforening",
            "Koret i {town}",
        ],
        "categories": ["Kultur og musik"],
        "groups": ["Voksne", "Ældre", "Børn", "Unge"],
        "offers": ["korsang for alle stemmer", "kor og fællessang", "gospel og rytmisk korsang"],
        "details": [
            "Koret øver hver tirsdag i {place} og giver koncerter til jul og om sommeren.",
            "Du behøver ikke at kunne læse noder – vi lærer sangene sammen.",
            "Vi søger især tenorer og basser, men alle stemmer er velkomne.",
            "Fællessangen den første søndag i måneden er åben for alle, der har lyst til at synge med.",
        ],
        "activities": [
            ("Korprøve", "Ugentlig prøve med opvarmning, stemmeøvelser og nye sange.", "Voksne"),
            ("Babysalmesang", "Sang, rim og bevægelse for babyer og deres forældre i kirken.", "Familier"),
            ("Fællessang", "Vi synger fra Højskolesangbogen med klaverakkompagnement.", "Alle"),
            ("Børnekor", "Sang og leg for børn i 1.–4. klasse.", "Børn"),
        ],
    },
    {
        "names": [
            "{town} Musikforening",
            "{town} Harmoniorkester",
            "{town} Spillemandslaug",
            "{town} Jazzklub",
            "Musikforeningen {town}",
        ],
        "categories": ["Kultur og musik"],
        "groups": ["Voksne", "Unge", "Ældre"],
        "offers": ["koncerter og fællesspil", "orkesterspil for amatører", "folkemusik og spillemandsmusik"],
        "details": [
            "Vi arrangerer ti koncerter om året i {place} – frivillige står for billetter, bar og lyd.",
            "Orkestret øver hver mandag og tager gerne nye musikere ind, også efter mange års pause.",
            "Spillemændene spiller op til folkedans, og alle instrumenter er velkomne.",
        ],
        "activities": [
            ("Orkesterprøve", "Fællesspil for blæsere og slagtøj under ledelse af en dirigent.", "Voksne"),
            ("Koncertaften", "Frivillige hjælper med billetter, bar og opstilling.", "Voksne"),
            ("Spil med i spillemandsmusik", "Vi lærer melodier efter gehør – tag dit instrument med.", "Alle"),
        ],
    },
    {
        "names": ["{town} Amatørteater", "{town} Teaterforening", "Revyen i {town}", "{town} Teaterkreds"],
        "categories": ["Kultur og musik"],
        "groups": ["Voksne", "Unge", "Børn"],
        "offers": ["amatørteater og revy", "teater for børn og unge", "teaterture og forestillinger"],
        "details": [
            "Hvert år sætter vi en forestilling op i {place}, og vi har brug for skuespillere og hænder bag scenen.",
            "Revyen skriver selv sine numre om livet i {town}.",
            "Børneteatret øver om lørdagen og spiller for skolerne til foråret.",
        ],
        "activities": [
            ("Børneteater", "Drama, improvisation og en forestilling til foråret for 8–12-årige.", "Børn"),
            ("Revy", "Vi skriver, øver og spiller revy – også sufflører og scenefolk søges.", "Voksne"),
            ("Teaterture", "Fælles ture til teatre i landsdelen med bus.", "Ældre"),
        ],
    },
    {
        "names": [
            "KFUM-Spejderne i {town}",
            "{town} Gruppe – Det Danske Spejderkorps",
            "FDF {town}",
            "{town} Pigespejdere",
            "Spejderne i {town}",
        ],
        "categories": ["Spejder", "Børn og unge", "Natur og miljø"],
        "groups": ["Børn", "Unge", "Familier"],
        "offers": ["spejderarbejde for børn og unge", "friluftsliv og spejderlejre", "spejder for hele familien"],
        "details": [
            "Vi mødes ved spejderhytten i skoven og laver bål, knob, løb og lejre.",
            "Spejder handler om at klare sig selv og tage ansvar for hinanden.",
            "Familiespejd er for børn fra 3 år sammen med en voksen.",
            "Hver sommer tager vi på sommerlejr, og lederne er alle frivillige.",
        ],
        "activities": [
            ("Bævere", "Spejder for børn i 0.–1. klasse med leg, bål og natur.", "Børn"),
            ("Ulve", "Spejder for 2.–3. klasse med løb, knob og overnatninger.", "Børn"),
            ("Juniorspejder", "Patruljer, hike og lejre for 4.–5. klasse.", "Børn"),
            ("Familiespejd", "Spejder for børn fra 3 år sammen med deres voksne.", "Familier"),
            ("Sommerlejr", "En uge i telt med hele gruppen.", "Unge"),
        ],
    },
    {
        "names": [
            "Lektiecaféen i {town}",
            "{town} Lektiehjælp",
            "Lektiehjælperne i {town}",
            "{town} Lektiecafé",
            "Lektiehjælp {town}",
        ],
        "categories": ["Uddannelse og læring", "Børn og unge"],
        "groups": ["Børn", "Unge", "Flygtninge og indvandrere"],
        "offers": [
            "gratis lektiehjælp for skoleelever",
            "lektiecafé med frivillige hjælpere",
            "hjælp til lektier og opgaver",
        ],
        "details": [
            "I lektiecaféen på {place} sidder frivillige klar til at hjælpe med matematik, dansk og engelsk.",
            "Mange af vores lektiehjælpere er pensionerede lærere eller studerende.",
            "Der er frugt og saftevand, og ingen spørgsmål er for små.",
            "Vi hjælper også forældre, der gerne vil forstå, hvad deres børn lærer i skolen.",
        ],
        "activities": [
            ("Lektiecafé for 4.–9. klasse", "Hjælp til lektier og afleveringer i alle fag.", "Børn"),
            ("Lektiehjælp i matematik", "Frivillige matematiklærere hjælper med opgaver og eksamen.", "Unge"),
            (
                "Lektiehjælp for tosprogede elever",
                "Hjælp til lektier på let dansk, og til forældre.",
                "Flygtninge og indvandrere",
            ),
        ],
    },
    {
        "names": [
            "Besøgstjenesten i {town}",
            "{town} Besøgsvenner",
            "Besøgsvennerne i {town}",
            "{town} Besøgsvenforening",
            "Gåvenner i {town}",
        ],
        "categories": ["Socialt arbejde", "Ældre"],
        "groups": ["Ældre", "Psykisk sårbare", "Voksne"],
        "offers": ["besøgsvenner til ensomme ældre", "en fast besøgsven hver uge", "besøgsven og gåven"],
        "details": [
            "En besøgsven kommer hjemme hos dig en gang om ugen til kaffe, en snak eller en gåtur.",
            "Vi matcher besøgsven og værtsperson efter interesser, så I har noget at tale om.",
            "Som frivillig besøgsven får du kurser, supervision og et netværk af andre besøgsvenner.",
            "Ensomhed kan ramme alle, og et besøg gør en stor forskel.",
        ],
        "activities": [
            ("Besøgsven for ældre", "Et fast besøg hver uge hos en ældre, der sidder meget alene.", "Ældre"),
            ("Gåvenner", "En makker til en fast gåtur i nabolaget.", "Ældre"),
            ("Telefonven", "En fast telefonsamtale hver uge for dig, der ikke kan få besøg.", "Ældre"),
        ],
    },
    {
        "names": [
            "Sorggruppen i {town}",
            "{town} Sorgforening",
            "Netværk for efterladte i {town}",
            "Sorgcaféen {town}",
        ],
        "categories": ["Sundhed og handicap", "Socialt arbejde"],
        "groups": ["Pårørende", "Voksne", "Ældre", "Unge"],
        "offers": ["sorggrupper for efterladte", "støtte i sorgen efter et dødsfald", "sorgcafé og samtalegrupper"],
        "details": [
            "I sorggruppen mødes mennesker, der har mistet en ægtefælle, et barn eller en forælder.",
            "Grupperne ledes af frivillige med uddannelse i sorgstøtte og mødes hver anden uge i {place}.",
            "Det er gratis at være med, og du kan komme, uanset hvor lang tid der er gået.",
            "Mange fortæller, at det hjælper at tale med nogen, der ved, hvordan det er.",
        ],
        "activities": [
            (
                "Sorggruppe for efterladte ægtefæller",
                "Otte møder i en lukket gruppe med en frivillig tovholder.",
                "Voksne",
            ),
            ("Sorggruppe for unge", "For 15–25-årige, der har mistet en forælder eller søskende.", "Unge"),
            ("Sorgcafé", "Åben café, hvor du kan komme uden tilmelding.", "Pårørende"),
        ],
    },
    {
        "names": [
            "Sprogcaféen i {town}",
            "Venligboerne {town}",
            "{town} Integrationsforening",
            "Netværket Ny i {town}",
            "{town} Kvindenetværk",
        ],
        "categories": ["Integration og sprog", "Socialt arbejde"],
        "groups": ["Flygtninge og indvandrere", "Voksne", "Familier"],
        "offers": [
            "sprogcafé og netværk for nye borgere",
            "hjælp til dansk og hverdagsliv",
            "fællesskab på tværs af kulturer",
        ],
        "details": [
            "I sprogcaféen øver vi dansk over en kop kaffe – du bestemmer selv, hvad vi taler om.",
            "Frivillige hjælper med breve fra kommunen, Digital Post og jobansøgninger.",
            "Kvindenetværket mødes hver anden lørdag til madlavning, gåture og snak.",
            "Alle er velkomne, uanset hvor længe du har boet i Danmark.",
        ],
        "activities": [
            ("Sprogcafé", "Samtale på dansk i små grupper med en frivillig ved bordet.", "Flygtninge og indvandrere"),
            ("Hjælp til breve og papirer", "Hjælp til Digital Post, skat og formularer.", "Flygtninge og indvandrere"),
            ("Kvindenetværk", "Madlavning, gåture og snak for kvinder fra mange lande.", "Voksne"),
            ("Jobcafé", "Hjælp til CV, ansøgninger og samtaler.", "Voksne"),
        ],
    },
    {
        "names": [
            "{town} Seniorklub",
            "{town} Pensionistforening",
            "Ældre Sagen {town}",
            "{town} Ældreklub",
            "Seniorerne i {town}",
        ],
        "categories": ["Ældre", "Lokalsamfund"],
        "groups": ["Ældre"],
        "offers": [
            "fællesskab og aktiviteter for ældre",
            "ture, foredrag og fællesspisning for seniorer",
            "seniorklub med plads til alle",
        ],
        "details": [
            "Vi mødes hver torsdag i {place} til foredrag, banko eller fællessang.",
            "Om sommeren tager vi på udflugter med bus, og om vinteren er der julefrokost og nytårskur.",
            "IT-hjælpen hjælper med MitID, Digital Post og at ringe med video til børnebørnene.",
            "Vi henter gerne medlemmer, der ikke selv kan komme frem.",
        ],
        "activities": [
            ("Seniordans", "Dans i par eller alene til musik fra 50'erne og 60'erne.", "Ældre"),
            ("Fællesspisning for ældre", "Varm mad og godt selskab hver anden tirsdag.", "Ældre"),
            ("Banko", "Banko med kaffe og gevinster fra de lokale butikker.", "Ældre"),
            ("IT-hjælp for seniorer", "Hjælp til telefon, tablet, MitID og Digital Post.", "Ældre"),
        ],
    },
    {
        "names": [
            "{town} Naturplejeforening",
            "Naturfredningsforeningen i {town}",
            "{town} Fugleforening",
            "Strandrenserne i {town}",
            "{town} Naturklub",
            "{town} Grønne Laug",
        ],
        "categories": ["Natur og miljø"],
        "groups": ["Voksne", "Familier", "Ældre", "Børn"],
        "offers": [
            "naturpleje og naturoplevelser",
            "fugleture og naturformidling",
            "affaldsindsamling og grøn omstilling",
        ],
        "details": [
            "Vi plejer engene og overdrevene med le og rive, så orkideer og sommerfugle har plads.",
            "Fugleturene starter ved {place} og er for alle – vi låner kikkerter ud.",
            "To gange om året samler vi affald på stranden sammen med skolerne.",
            "Naturen i {town} er noget særligt, og den skal vi passe på sammen.",
        ],
        "activities": [
            ("Naturpleje", "Slåning, rydning og hyggelige arbejdsdage i det fri.", "Voksne"),
            ("Fugletur", "Guidede ture ved søen og fjorden tidligt om morgenen.", "Alle"),
            ("Strandrensning", "Affaldsindsamling på stranden med sække og handsker.", "Familier"),
            ("Naturlegeplads for børn", "Leg, bål og smådyr i skoven.", "Børn"),
        ],
    },
    {
        "names": ["{town} Handicapidræt", "{town} Handicapforening", "Parasport {town}", "{town} Idræt for Alle"],
        "categories": ["Sundhed og handicap", "Idræt og motion"],
        "groups": ["Mennesker med handicap", "Børn", "Voksne"],
        "offers": ["idræt for mennesker med handicap", "parasport og motion", "fællesskab for mennesker med handicap"],
        "details": [
            "Vi tilbyder boccia, kørestolsbasket og svømning for børn og voksne med handicap.",
            "Hallen i {place} har niveaufri adgang, lift til bassinet og handicaptoiletter.",
            "Hjælpere og trænere er frivillige, og vi sørger for, at alle kan være med.",
        ],
        "activities": [
            ("Boccia", "Boccia for alle, også for dig i kørestol.", "Mennesker med handicap"),
            ("Kørestolsbasket", "Basketball i kørestol for unge og voksne.", "Mennesker med handicap"),
            (
                "Svømning for mennesker med handicap",
                "Svømning i varmtvandsbassin med hjælpere.",
                "Mennesker med handicap",
            ),
        ],
    },
    {
        "names": ["Værestedet i {town}", "{town} Selvhjælp", "Mødestedet i {town}", "Netværkshuset {town}"],
        "categories": ["Sundhed og handicap", "Socialt arbejde"],
        "groups": ["Psykisk sårbare", "Voksne", "Unge"],
        "offers": [
            "et trygt værested for psykisk sårbare",
            "selvhjælpsgrupper og samtaler",
            "fællesskab for dig, der har det svært",
        ],
        "details": [
            "Værestedet er åbent for alle, der har brug for et sted at være og nogen at tale med.",
            "Selvhjælpsgrupperne om angst, depression og stress ledes af frivillige med egne erfaringer.",
            "Du kan være anonym, og du skal ikke visiteres.",
        ],
        "activities": [
            ("Åbent værested", "Kaffe, spil og samtale – kom og gå, som du vil.", "Psykisk sårbare"),
            ("Samtalegruppe om angst", "En lukket gruppe på otte møder.", "Psykisk sårbare"),
            ("Gåtur for psykisk sårbare", "Fælles gåtur i roligt tempo hver fredag.", "Psykisk sårbare"),
        ],
    },
    {
        "names": [
            "{town} Pårørendeforening",
            "Pårørendenetværket i {town}",
            "Demensforeningen {town}",
            "Demenscaféen {town}",
        ],
        "categories": ["Sundhed og handicap", "Socialt arbejde"],
        "groups": ["Pårørende", "Ældre"],
        "offers": [
            "netværk og støtte for pårørende",
            "demenscafé og pårørendegrupper",
            "aflastning og samtaler for pårørende",
        ],
        "details": [
            "Når en, du holder af, bliver syg, kan det være godt at tale med andre i samme situation.",
            "Demenscaféen er for mennesker med demens og deres pårørende – sammen eller hver for sig.",
            "Vores frivillige har selv været pårørende og ved, hvor hårdt det kan være.",
        ],
        "activities": [
            (
                "Pårørendegruppe for demens",
                "Samtalegruppe for ægtefæller og børn af mennesker med demens.",
                "Pårørende",
            ),
            ("Demenscafé", "Hyggelig eftermiddag med kaffe, sang og aktiviteter.", "Ældre"),
            ("Aflastning", "En frivillig er hos din kære, så du kan få et par timer for dig selv.", "Pårørende"),
        ],
    },
    {
        "names": [
            "{town} Borgerforening",
            "{town} Beboerforening",
            "{town} Lokalråd",
            "Forsamlingshuset i {town}",
            "{town} Byfestforening",
            "{town} Landsbylaug",
        ],
        "categories": ["Lokalsamfund"],
        "groups": ["Alle", "Familier", "Voksne"],
        "offers": [
            "byfest, fællesspisning og lokalt sammenhold",
            "et levende lokalsamfund",
            "arrangementer for hele byen",
        ],
        "details": [
            "Borgerforeningen står bag byfesten, juletræet på torvet og fællesspisningen i {place}.",
            "Vi arbejder for gode stier, legepladser og en bus, der kører til tiden.",
            "Alle, der bor i {town}, kan blive medlem og være med til at bestemme.",
            "Loppemarkedet i august er årets største begivenhed, og overskuddet går til byens børn.",
        ],
        "activities": [
            ("Fællesspisning", "Tre retter og lange borde i forsamlingshuset den sidste fredag i måneden.", "Alle"),
            ("Byfest", "Telt, musik, loppemarked og aktiviteter for børn.", "Familier"),
            ("Arbejdsdag i byen", "Vi maler bænke, planter blomster og ordner legepladsen.", "Voksne"),
        ],
    },
    {
        "names": [
            "KFUM og KFUK i {town}",
            "{town} Sogns Frivillige",
            "Kirkens Korshær {town}",
            "{town} Kirkes Besøgstjeneste",
            "Menighedens Frivillige i {town}",
        ],
        "categories": ["Tro og livssyn", "Socialt arbejde"],
        "groups": ["Alle", "Ældre", "Familier", "Unge"],
        "offers": [
            "kirkeligt fællesskab og socialt arbejde",
            "natcafé, juleuddeling og kirkefrokost",
            "frivilligt arbejde i sognet",
        ],
        "details": [
            "Frivillige i sognet står for kirkekaffe, kirkefrokost og besøg hos ældre.",
            "Natcaféen giver et varmt måltid og et sted at være for dem, der har det svært.",
            "Til jul uddeler vi julehjælp til familier med en stram økonomi.",
        ],
        "activities": [
            ("Kirkefrokost", "Fællesspisning efter gudstjenesten.", "Alle"),
            ("Natcafé", "Varm mad og samtale om aftenen.", "Voksne"),
            ("Juleuddeling", "Frivillige pakker og bringer julekurve ud.", "Familier"),
        ],
    },
    {
        "names": [
            "Reparationscaféen i {town}",
            "{town} Genbrug",
            "{town} Frivillige Genbrugsbutik",
            "{town} Byttecentral",
        ],
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "groups": ["Alle", "Voksne", "Ældre"],
        "offers": ["reparationer og genbrug", "reparationscafé og genbrugsbutik", "bæredygtigt fællesskab"],
        "details": [
            "I reparationscaféen hjælper frivillige med at reparere cykler, tøj, lamper og små elektronikting.",
            "Genbrugsbutikken drives af frivillige, og overskuddet går til lokale formål.",
            "Tag det, der er i stykker, med – så finder vi ud af det sammen.",
        ],
        "activities": [
            ("Reparationscafé", "Frivillige reparerer sammen med dig.", "Alle"),
            ("Frivillig i genbrugsbutikken", "Sortering, salg og en god snak med kunderne.", "Voksne"),
            ("Cykelværksted", "Hjælp til lappede slanger, bremser og lys.", "Unge"),
        ],
    },
    {
        "names": ["{town} Ungdomsklub", "Ungdomsrådet i {town}", "Ungenetværket {town}", "{town} Ungdomsforening"],
        "categories": ["Børn og unge"],
        "groups": ["Unge", "Børn"],
        "offers": ["klubliv og fællesskab for unge", "aktiviteter for unge fra 13 år", "et sted for unge i {town}"],
        "details": [
            "Klubben har åbent tre aftener om ugen med bordtennis, gaming, musik og mad.",
            "Unge er med til at bestemme, og mange bliver selv frivillige hjælpere.",
            "Vi arrangerer LAN-parties, ture og koncerter sammen med de unge.",
        ],
        "activities": [
            ("Klubaften", "Spil, musik og mad for 13–17-årige.", "Unge"),
            ("Gaming-aften", "Fælles gaming med frivillige voksne.", "Unge"),
            ("Musikværksted", "Øvelokale og hjælp til at starte et band.", "Unge"),
        ],
    },
    {
        "names": ["{town} Familienetværk", "Familiecaféen i {town}", "Mødrenetværket {town}", "{town} Familieforening"],
        "categories": ["Socialt arbejde", "Børn og unge"],
        "groups": ["Familier", "Børn"],
        "offers": ["netværk og støtte for børnefamilier", "familiecafé og ferieture", "fællesskab for familier"],
        "details": [
            "Familiecaféen er for forældre med små børn, der vil møde andre i samme situation.",
            "Om sommeren tager vi på ferielejr med familier, der ikke selv har råd til en ferie.",
            "Frivillige familievenner giver en hånd med i hverdagen.",
        ],
        "activities": [
            ("Familiecafé", "Leg for børnene og kaffe og snak for de voksne.", "Familier"),
            ("Ferielejr", "En uges ferie for familier med en stram økonomi.", "Familier"),
            ("Familieven", "En frivillig familie, der giver en hånd med.", "Familier"),
        ],
    },
    {
        "names": ["{town} Danseforening", "{town} Folkedansere", "{town} Linedance", "Danseskolen i {town}"],
        "categories": ["Kultur og musik", "Idræt og motion"],
        "groups": ["Voksne", "Ældre", "Børn"],
        "offers": ["folkedans og linedance", "dans for alle aldre", "dans og motion i fællesskab"],
        "details": [
            "Vi danser hver mandag i {place} – du behøver ikke at have en partner.",
            "Folkedanserne spiller og danser til byfesten og på plejehjemmet.",
            "Linedance er for dig, der kan lide countrymusik og en god sved.",
        ],
        "activities": [
            ("Folkedans", "Danse fra hele landet med levende musik.", "Voksne"),
            ("Linedance", "Begynder- og øvethold.", "Voksne"),
            ("Børnedans", "Leg og dans for 4–8-årige.", "Børn"),
        ],
    },
    {
        "names": ["{town} Rideklub", "{town} Rideforening", "Rideklubben {town}"],
        "categories": ["Idræt og motion"],
        "groups": ["Børn", "Unge", "Mennesker med handicap"],
        "offers": ["ridning og hestepasning", "rideundervisning for børn og unge", "handicapridning og pony"],
        "details": [
            "Klubben har ti skoleheste og undervisning for begyndere og øvede.",
            "Handicapridningen foregår med frivillige trækkere og en uddannet instruktør.",
            "Mange kommer for hestene og bliver for fællesskabet i stalden.",
        ],
        "activities": [
            ("Rideundervisning", "Hold for begyndere og øvede på skoleheste.", "Børn"),
            ("Handicapridning", "Ridning med trækker og instruktør.", "Mennesker med handicap"),
            ("Stalddag", "Muge, fodre og strigle sammen.", "Unge"),
        ],
    },
    {
        "names": ["{town} Sejlklub", "{town} Kajakklub", "{town} Roklub", "{town} Bådelaug"],
        "categories": ["Idræt og motion", "Natur og miljø"],
        "groups": ["Unge", "Voksne", "Ældre"],
        "offers": ["sejlads, kajak og roning", "livet på vandet", "kajak og roning på fjorden"],
        "details": [
            "Vi har klubhus ved havnen og både til både begyndere og erfarne.",
            "Begynderkurset tager dig fra første tur til dit eget bådførerbevis.",
            "Om vinteren vedligeholder vi bådene sammen og træner i hallen.",
        ],
        "activities": [
            ("Begynderkursus i kajak", "Otte aftener med teknik, sikkerhed og redning.", "Voksne"),
            ("Ungdomssejlads", "Jollesejlads for 10–18-årige.", "Unge"),
            ("Morgenroning", "Fællesroning tidligt om morgenen.", "Voksne"),
        ],
    },
    {
        "names": ["{town} Strikkeklub", "Strikkecaféen i {town}", "{town} Håndarbejdsforening"],
        "categories": ["Kultur og musik", "Lokalsamfund"],
        "groups": ["Voksne", "Ældre"],
        "offers": ["strik, hækling og håndarbejde", "strikkecafé med kaffe og snak", "håndarbejde i fællesskab"],
        "details": [
            "Strikkecaféen mødes på {place}, og vi strikker både til os selv og til velgørenhed.",
            "Begyndere får hjælp til at slå op og følge en opskrift.",
        ],
        "activities": [
            ("Strikkecafé", "Strik og snak med kaffe og kage.", "Voksne"),
            ("Strik til velgørenhed", "Huer og tæpper til hospitaler og nødhjælp.", "Ældre"),
        ],
    },
    {
        "names": ["{town} Lokalhistoriske Forening", "{town} Lokalarkiv", "Museumsforeningen i {town}"],
        "categories": ["Kultur og musik", "Lokalsamfund"],
        "groups": ["Voksne", "Ældre"],
        "offers": ["lokalhistorie og byvandringer", "arkiv, foredrag og byvandringer", "historien om {town}"],
        "details": [
            "Vi samler billeder, breve og fortællinger om {town} og stiller dem til rådighed for alle.",
            "Byvandringerne om sommeren fortæller historien om husene, havnen og menneskene.",
            "Frivillige registrerer fotos og interviewer byens ældste.",
        ],
        "activities": [
            ("Byvandring", "Guidet tur gennem byens gamle kvarterer.", "Alle"),
            ("Arkivaften", "Registrering af billeder og dokumenter.", "Ældre"),
        ],
    },
    {
        "names": ["Frivilligcenter {town}", "{town} Frivilligforening", "Frivillignetværket i {town}"],
        "categories": ["Socialt arbejde", "Lokalsamfund"],
        "groups": ["Alle", "Voksne"],
        "offers": [
            "hjælp til at finde et frivilligt job",
            "et samlingssted for frivillige",
            "rådgivning om frivilligt arbejde",
        ],
        "details": [
            "Vi hjælper dig med at finde et frivilligt job, der passer til dig.",
            "Foreninger kan få hjælp til at rekruttere frivillige og skrive fondsansøgninger.",
            "Frivilligcentret holder kurser i førstehjælp, bestyrelsesarbejde og kommunikation.",
        ],
        "activities": [
            ("Frivilligrådgivning", "En samtale om, hvad du kunne tænke dig som frivillig.", "Voksne"),
            ("Førstehjælpskursus", "Førstehjælp og hjertestarter på fire timer.", "Alle"),
        ],
    },
]

DISTRICTS = ["Nord", "Syd", "Øst", "Vest", "By", "Strand", "Mark", "Skov"]
PLACES = [
    "hallen",
    "{town} Skole",
    "Medborgerhuset",
    "forsamlingshuset",
    "sognegården",
    "biblioteket",
    "klubhuset ved stadion",
    "Kulturhuset",
    "Fritidscenteret",
    "det gamle posthus",
]
STREETS = [
    "Skolevej",
    "Kirkevej",
    "Stationsvej",
    "Havnegade",
    "Møllevej",
    "Bygaden",
    "Engvej",
    "Skovvej",
    "Søndergade",
    "Nørregade",
    "Vestergade",
    "Østergade",
    "Stadionvej",
    "Idrætsvej",
    "Torvet",
    "Præstevænget",
]
WEEKDAYS = ["Mandage", "Tirsdage", "Onsdage", "Torsdage", "Fredage", "Lørdage", "Søndage"]
WHO = {
    "Børn": "børn",
    "Unge": "unge",
    "Familier": "familier",
    "Voksne": "voksne",
    "Ældre": "ældre",
    "Mennesker med handicap": "mennesker med handicap",
    "Psykisk sårbare": "psykisk sårbare",
    "Flygtninge og indvandrere": "flygtninge og indvandrere",
    "Pårørende": "pårørende",
    "Alle": "alle",
}
SUMMARY_FORMS = [
    "{Offer} i {town}{who}. {extra}",
    "Vi tilbyder {offer}{who} i {town}. {extra}",
    "En lokal forening med {offer}{who}. {extra}",
    "Hos os finder du {offer}{who}. {extra}",
    "{Offer} – {extra_lower}",
]
EXTRAS = [
    "Alle er velkomne, også hvis du er ny i byen.",
    "Kom og prøv en gang gratis.",
    "Vi søger altid nye frivillige.",
    "Det koster ikke noget at være med.",
    "Du behøver ikke at have erfaring.",
    "Fællesskabet er lige så vigtigt som aktiviteten.",
    "Vi mødes hele året, også i ferierne.",
    "Nye medlemmer får en fast kontaktperson de første gange.",
    "Vi har plads til flere, så kig forbi.",
    "Det hele drives af frivillige ildsjæle.",
]
HISTORY = [
    "Foreningen blev stiftet i {year} af en gruppe ildsjæle fra {town}.",
    "Vi har eksisteret siden {year} og har i dag omkring {members} medlemmer.",
    "Foreningen startede i {year} som et lille initiativ og er vokset støt siden.",
    "Siden {year} har vi samlet folk fra hele {town} og omegn.",
]
VOLUNTEER = [
    "Vi søger frivillige, der har lyst til at give en hånd med – et par timer om måneden er nok.",
    "Alle vores trænere og hjælpere er frivillige, og vi klæder dig på til opgaven.",
    "Som frivillig bliver du en del af et fællesskab med faste møder, kurser og en årlig sommerfest.",
    "Har du lyst til at sidde i bestyrelsen, så hører vi gerne fra dig.",
    "Vi har brug for chauffører, kagebagere og folk, der kan hjælpe til ved arrangementer.",
    "Unge frivillige kan få en udtalelse til deres CV.",
]
PRACTICAL = [
    "Vi mødes i {place}, hvor der er gode parkeringsforhold og busstoppested lige ved døren.",
    "Du kan altid komme forbi og se, hvad vi laver, før du melder dig ind.",
    "Kontingentet er lavt, og der er mulighed for tilskud, hvis økonomien er stram.",
    "Tilmelding er ikke nødvendig – mød bare op.",
]
INCLUSION = {
    "no_danish_needed": "Du behøver ikke at tale dansk for at være med – vi hjælper hinanden med sproget.",
    "accessible_venue": "Lokalerne er i stueplan med niveaufri adgang og handicaptoilet.",
}
HEADINGS = [
    "Sådan kommer du i gang",
    "Bliv frivillig hos os",
    "Et fællesskab for alle",
    "Praktiske oplysninger",
    "Hvem er vi?",
    "Det laver vi",
]
PRICES = [
    "50 kr. pr. gang",
    "200 kr. for en sæson",
    "100 kr. om måneden",
    "25 kr. for kaffe og kage",
    "300 kr. om året",
]
FEES = ["Gratis", "{n} kr. om året", "{n} kr. om halvåret", "{n} kr. pr. sæson, {m} kr. for børn"]
DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def capitalised(text):
    return text[:1].upper() + text[1:]


def joined(words):
    """ "a", "a og b", "a, b og c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} og {words[-1]}"


class Vocabulary:
    """The database's categories, target groups and localities, looked up once."""

    def __init__(self):
        from directory.demo.content import LOCALITIES
        from directory.models import Category, Locality, TargetGroup

        self.categories = {term.name: term for term in Category.objects.sources()}
        self.groups = {term.name: term for term in TargetGroup.objects.sources()}
        self.localities = list(Locality.objects.sources().order_by("sort_order", "name"))
        if not self.localities:
            raise RuntimeError("there are no localities; load the demo (manage.py load_demo) first")
        demo = {spec["slug"]: spec for spec in LOCALITIES}
        self.postcodes = {town.pk: demo.get(town.slug, {}).get("postcode", "4790") for town in self.localities}
        self.centres = {town.pk: demo.get(town.slug, {}).get("centre") for town in self.localities}
        # The first town (Fjordlund, the biggest) gets a third of the associations, the others share the rest.
        self.town_weights = [len(self.localities)] + [1] * (len(self.localities) - 1)

    def terms(self, table, names):
        return [table[name] for name in names if name in table]


def association_spec(number, seed, vocabulary):
    """Everything about association ``number`` except its slug, drawn from its own generator."""
    rng = random.Random(f"{seed}:{number}")
    theme = rng.choice(THEMES)
    town = rng.choices(vocabulary.localities, weights=vocabulary.town_weights)[0]
    named_after = town.name if rng.random() < 0.85 else f"{town.name} {rng.choice(DISTRICTS)}"
    title = rng.choice(theme["names"]).format(town=named_after)
    if rng.random() < 0.08:
        title += f" af {rng.randint(1890, 2020)}"
    place = rng.choice(PLACES).format(town=town.name)
    groups = rng.sample(theme["groups"], k=min(len(theme["groups"]), rng.randint(1, 3)))
    categories = theme["categories"][: rng.randint(1, len(theme["categories"]))]
    if rng.random() < 0.15:
        categories = [*categories, rng.choice(sorted(vocabulary.categories))]

    activities = []
    for name, description, group in rng.sample(theme["activities"], k=min(rng.randint(0, 3), len(theme["activities"]))):
        free = rng.random() < 0.45
        start = rng.randint(9, 19)
        activities.append(
            {
                "name": name,
                "description": description,
                "when": f"{rng.choice(WEEKDAYS)} kl. {start}–{start + rng.randint(1, 3)}",
                "where": capitalised(place),
                "group": group,
                "is_free": free,
                "price": "" if free else rng.choice(PRICES),
                "no_danish_needed": rng.random() < 0.15,
                "accessible_venue": rng.random() < 0.35,
            }
        )

    theme_offer = rng.choice(theme["offers"])
    offer = theme_offer.format(town=town.name)
    if " for " in offer or "{town}" in theme_offer or rng.random() < 0.3:
        who = ""  # the offer says whom it is for already
    elif "Alle" in groups:
        who = " for alle"
    else:
        who = f" for {joined([WHO[name] for name in WHO if name in groups])}"
    extra = rng.choice(EXTRAS)
    summary = rng.choice(SUMMARY_FORMS).format(
        Offer=capitalised(offer),
        offer=offer,
        town=town.name,
        who=who,
        extra=extra,
        extra_lower=extra[0].lower() + extra[1:],
    )[:300]

    fill = {"town": town.name, "place": place, "year": rng.randint(1895, 2022), "members": rng.randint(2, 60) * 10}
    details = rng.sample(theme["details"], k=min(len(theme["details"]), rng.randint(1, 3)))
    first = [rng.choice(HISTORY), *details]
    second = rng.sample(VOLUNTEER, k=rng.randint(1, 2)) + rng.sample(PRACTICAL, k=rng.randint(0, 2))
    for flag, sentence in INCLUSION.items():
        if any(activity[flag] for activity in activities):
            second.append(sentence)
    about = [("paragraph", f"<p>{' '.join(first).format(**fill)}</p>")]
    if rng.random() < 0.6:
        about.append(("heading", {"text": rng.choice(HEADINGS), "level": "h2"}))
    about.append(("paragraph", f"<p>{' '.join(second).format(**fill)}</p>"))

    start = rng.randint(9, 19)
    fee = rng.choice(FEES).format(n=rng.randint(2, 30) * 50, m=rng.randint(1, 10) * 50)
    return {
        "number": number,
        "title": title,
        "summary": summary,
        "about": about,
        "town": town,
        "categories": categories,
        "groups": groups,
        "activities": activities,
        "street": f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
        "place": capitalised(place),
        "times": f"{rng.choice(WEEKDAYS)} kl. {start}–{start + 2}",
        "fee": fee,
        "website": rng.random() < 0.4,
        "cvr": rng.random() < 0.5,
        "pin": rng.random() < 0.5,
        "form": rng.random() < 0.2,
        "draft": rng.random() < DRAFT_SHARE,
        "age_days": int(rng.triangular(1, 2000, 60)),
    }


def slug_for(title, taken):
    from django.utils.text import slugify

    base = slugify(title.translate(DANISH_LETTERS))[:70].strip("-") or "forening"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def build_page(spec, slug, vocabulary, now):
    """An unsaved AssociationPage with its activities, contact and relations in memory (modelcluster)."""
    from directory.demo.loader import EMAIL_DOMAIN, cvr_number, pin
    from directory.models import Activity, AssociationContact, AssociationPage

    town = spec["town"]
    domain = f"{slug}.{EMAIL_DOMAIN}"
    published = now - timedelta(days=spec["age_days"])
    page = AssociationPage(
        title=spec["title"],
        slug=slug,
        summary=spec["summary"],
        description=spec["about"],
        locality=town,
        street=spec["street"],
        postcode=vocabulary.postcodes[town.pk],
        city=town.name,
        meeting_place=spec["place"],
        meeting_times=spec["times"],
        membership_fee=spec["fee"],
        website=f"https://{domain}" if spec["website"] else "",
        cvr=cvr_number(slug) if spec["cvr"] else "",
        contact_form_enabled=spec["form"],
        external_id=f"{EXTERNAL_ID_PREFIX}{spec['number']:05d}",
        live=not spec["draft"],
        has_unpublished_changes=spec["draft"],
        first_published_at=None if spec["draft"] else published,
        last_published_at=None if spec["draft"] else published,
    )
    if spec["pin"] and vocabulary.centres[town.pk]:
        page.latitude, page.longitude = pin(vocabulary.centres[town.pk], spec["number"])
    page.categories = vocabulary.terms(vocabulary.categories, spec["categories"])
    page.target_groups = vocabulary.terms(vocabulary.groups, spec["groups"])
    page.activities = [
        Activity(
            name=item["name"],
            description=item["description"],
            when=item["when"],
            where=item["where"],
            target_group=vocabulary.groups.get(item["group"]),
            is_free=item["is_free"],
            price=item["price"],
            no_danish_needed=item["no_danish_needed"],
            accessible_venue=item["accessible_venue"],
        )
        for item in spec["activities"]
    ]
    page.contacts = [AssociationContact(role="Formand", email=f"formand@{domain}")]
    return page


def generated_count():
    from directory.models import AssociationPage

    return AssociationPage.objects.filter(external_id__startswith=EXTERNAL_ID_PREFIX).count()


def generate(count, seed, batch=1000, progress=print):
    """Add ``count`` generated associations under the directory page, numbered after those already there."""
    from django.db import transaction
    from django.utils import timezone

    from directory.models import AssociationPage, DirectoryIndexPage

    directory = DirectoryIndexPage.objects.order_by("path").first()
    if directory is None:
        raise RuntimeError("there is no directory page (Find en forening); load the demo first")
    vocabulary = Vocabulary()
    taken = set(AssociationPage.objects.child_of(directory).values_list("slug", flat=True))
    start = generated_count()
    now = timezone.now()
    started = time.monotonic()
    for first in range(start, start + count, batch):
        with transaction.atomic():
            pages = []
            for number in range(first, min(first + batch, start + count)):
                spec = association_spec(number, seed, vocabulary)
                pages.append(build_page(spec, slug_for(spec["title"], taken), vocabulary, now))
            insert_children(directory, pages)
        done = min(first + batch, start + count) - start
        rate = done / max(time.monotonic() - started, 1e-9)
        progress(f"    {done}/{count} associations ({rate:.0f}/s)")
    return time.monotonic() - started


def insert_children(parent, pages):
    """Write unsaved AssociationPages (with their in-memory activities, contacts and terms) as the last
    children of ``parent``: the rows ``add_child`` and ``AssociationPage.save`` would write, in bulk."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from directory.models import Activity, AssociationContact, AssociationPage

    parent = Page.objects.get(pk=parent.pk)  # numchild and the last child as they are now
    last = parent.get_last_child()
    position = last._get_lastpos_in_path() if last else 0
    content_type = ContentType.objects.get_for_model(AssociationPage)
    for offset, page in enumerate(pages, start=1):
        page.path = Page._get_path(parent.path, parent.depth + 1, position + offset)
        page.depth, page.numchild = parent.depth + 1, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
        page.content_type = content_type
        activities = list(page.activities.all())
        # What AssociationPage.save works out from the activities (the directory's filters read them).
        page.has_free_offer = any(activity.is_free for activity in activities)
        page.has_no_danish_needed = any(activity.no_danish_needed for activity in activities)
        page.has_accessible_venue = any(activity.accessible_venue for activity in activities)

    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = [Page(**{field.attname: getattr(page, field.attname) for field in page_fields}) for page in pages]
    Page.objects.bulk_create(rows)
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    # The association's own table: bulk_create refuses a child of multi-table inheritance, the
    # queryset's INSERT does not (the parent rows are there, each page carries its pointer).
    for first in range(0, len(pages), 250):  # in slices within SQLite's limit of bound values
        AssociationPage.objects._insert(pages[first : first + 250], fields=AssociationPage._meta.local_concrete_fields)

    children = {Activity: [], AssociationContact: []}
    links = {"categories": [], "target_groups": []}
    for page in pages:
        for model, related in ((Activity, page.activities.all()), (AssociationContact, page.contacts.all())):
            for order, child in enumerate(related):
                child.association_id, child.sort_order, child.locale_id = page.pk, order, page.locale_id
                children[model].append(child)
        for name, found in links.items():
            field = AssociationPage._meta.get_field(name)
            through = field.remote_field.through
            source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            terms = dict.fromkeys(term.pk for term in getattr(page, name).all())  # a category drawn twice: once
            found += [through(**{source: page.pk, target: term}) for term in terms]
    for model, objects in children.items():
        model.objects.bulk_create(objects)
    for name, objects in links.items():
        AssociationPage._meta.get_field(name).remote_field.through.objects.bulk_create(objects)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
