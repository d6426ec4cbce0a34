"""The demo's good stories from Fjordlund Kommune, kept as data. Every text is written for the demo.

A story names what it is about by slug: ``("association", "egebjerg-boldklub")``,
``("task", "traener-for-u9-drengene")``, ``("focus_area", "flere-unge-frivillige")``. Its date is
``days_ago`` before the day the demo is loaded, so the list always looks current; the one with
``go_live_in_days`` is scheduled and appears when ``manage.py publish_scheduled`` runs after that.
Images are the demo's drawings (home/demo/content.py's keys), each with alt text of its own.
"""

from home.demo.content import heading, quote, text

INDEX = {
    "key": "gode-historier",
    "slug": "gode-historier",
    "title": "Gode historier",
    "intro": (
        "Hver dag gør frivillige en forskel i Fjordlund Kommune. Her fortæller vi om nogle af dem – om "
        "foreningerne, opgaverne og de mennesker, der får fællesskaberne til at hænge sammen."
    ),
    "search_description": "Historier om frivillige, foreninger og fællesskaber i Fjordlund Kommune.",
}

BYLINE = "Tekst: Mette Kragh, Kultur og Fritid"

STORIES = [
    {
        "slug": "u9-drengene-fik-en-ny-traener",
        "title": "U9-drengene fik en ny træner – og Jonas fik et nyt netværk",
        "days_ago": 3,
        "featured": True,
        "image": "idraet",
        "alt": "Tegning af børn og voksne, der spiller fodbold på en græsbane.",
        "caption": "Tirsdagstræning på banen bag Egebjerg Skole.",
        "categories": ["Idræt og motion", "Børn og unge"],
        "about": [("association", "egebjerg-boldklub"), ("task", "traener-for-u9-drengene")],
        "intro": (
            "Da Jonas flyttede til Egebjerg, kendte han ingen. Et halvt år senere står han på banen hver "
            "tirsdag med 14 drenge, der råber hans navn, når de scorer."
        ),
        "body": [
            text(
                "Jonas Winther på 27 år flyttede til Egebjerg for et job på maskinfabrikken. Han havde spillet "
                "fodbold hele livet, men havde aldrig trænet andre. Så så han opslaget på Frivilligportalen: "
                "Egebjerg Boldklub søgte en træner til U9-drengene."
            ),
            quote("Jeg tænkte, at det var en måde at lære byen at kende på. Det blev meget mere end det.", "Jonas"),
            text(
                "Klubben sendte ham på DBU's børnetrænerkursus og satte ham sammen med en erfaren træner de "
                "første måneder. I dag har han holdet selv og har fået venner blandt forældrene."
            ),
            heading("Klubben mangler stadig hænder"),
            text(
                "Egebjerg Boldklub har plads til flere trænere og hjælpere, også til dem, der aldrig har "
                "trænet før. Man behøver ikke kunne sparke til en bold – man skal kunne lide børn."
            ),
        ],
    },
    {
        "slug": "hoeslaet-paa-lyngaa-enge",
        "title": "Høslæt på Lyngå Enge samlede tre generationer",
        "days_ago": 9,
        "featured": True,
        "image": "skov",
        "alt": "Tegning af to mennesker, der går ad en lys sti gennem skoven.",
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "about": [
            ("association", "lyngaa-naturplejelaug"),
            ("task", "hoeslaet-paa-lyngaa-enge"),
            ("focus_area", "natur-klima-og-lokalt-ansvar"),
        ],
        "intro": (
            "Med leer, river og madpakker slog 40 frivillige engen ved Lyngå Å. Den yngste var seks, "
            "den ældste 83 – og orkidéerne takker dem til næste år."
        ),
        "body": [
            text(
                "Lyngå Naturplejelaug har slået engen med le hver sommer i 12 år. Høet bliver fjernet, så "
                "jorden holdes mager, og de sjældne blomster får plads. I år kom flere børnefamilier end nogensinde."
            ),
            quote("Det er hårdt arbejde, men ingen går hjem før kaffen og kagen er spist.", "Inger Bech, formand"),
            text(
                "Laugets frivillige viser, hvordan man holder en le, og der er opgaver til alle: nogle river, "
                "andre bærer hø, og de mindste tæller sommerfugle."
            ),
        ],
    },
    {
        "slug": "matematik-med-kage",
        "title": "Matematik med kage i Strandbæk Lektiecafé",
        "days_ago": 16,
        "image": "cafe",
        "alt": "Tegning af mennesker ved et bord med kaffekopper under to lamper.",
        "categories": ["Uddannelse og læring", "Børn og unge"],
        "about": [("association", "strandbaek-lektiecafe"), ("task", "lektiehjaelper-i-matematik")],
        "intro": (
            "Hver onsdag sidder pensionerede ingeniører, studerende og en tidligere bankassistent klar med "
            "blyanter og boller, når udskolingen kommer forbi med brøker og ligninger."
        ),
        "body": [
            text(
                "Strandbæk Lektiecafé har på to år gået fra fem til 30 elever om ugen. Det har krævet flere "
                "frivillige, og især nogen, der kan forklare matematik på flere måder."
            ),
            quote("Det bedste er, når en elev siger: Nå, er det bare det?", "Karen, frivillig lektiehjælper"),
            text("Lektiecaféen søger stadig hjælpere, gerne nogen, der har en eftermiddag fri om ugen."),
        ],
    },
    {
        "slug": "strandrensning-i-strandbaek",
        "title": "200 kilo affald forsvandt fra stranden på én lørdag",
        "days_ago": 24,
        "image": "strand",
        "alt": "Tegning af fem frivillige på stranden med havet og solen bagved.",
        "categories": ["Natur og miljø"],
        "about": [("association", "strandbaek-naturlaug"), ("task", "strandrensning")],
        "intro": (
            "Flasker, fiskenet, en gammel kaffekande og over tusind cigaretskodder: Strandbæk Naturlaugs "
            "forårsrensning blev den største nogensinde."
        ),
        "body": [
            text(
                "Omkring 60 borgere mødte op ved Strandbæk Havn med handsker og sække. Naturlauget havde "
                "delt stranden i strækninger, og spejderne stod for registreringen af affaldet."
            ),
            text("Det indsamlede affald bliver sorteret, og tallene indgår i en landsdækkende opgørelse."),
        ],
    },
    {
        "slug": "sprogcafeen-hvor-alle-taler-dansk",
        "title": "I sprogcaféen øver alle sig – også de frivillige",
        "days_ago": 33,
        "image": "faellesskab",
        "alt": "Tegning af voksne og børn i forskellige farver, der står side om side på en bakke.",
        "categories": ["Integration og sprog"],
        "about": [("association", "sprogcafeen-fjordlund"), ("task", "samtalepartner-i-sprogcafeen")],
        "intro": (
            "Torsdag aften på biblioteket mødes folk fra 15 lande for at tale dansk. Samtalerne handler om "
            "alt fra rugbrød til jobsamtaler."
        ),
        "body": [
            text(
                "Sprogcaféen i Fjordlund er for alle, der vil øve sig i at tale dansk. De frivillige er "
                "samtalepartnere – ikke lærere – og det er netop pointen."
            ),
            quote("Jeg troede, jeg skulle hjælpe. Men jeg har lært lige så meget selv.", "Poul, samtalepartner"),
        ],
    },
    {
        "slug": "besoegsven-hver-tirsdag",
        "title": "Else og Amira drikker kaffe hver tirsdag",
        "days_ago": 41,
        "image": "byliv",
        "alt": "Tegning af en lille by med farverige huse, et kirketårn og mennesker på gaden.",
        "categories": ["Ældre", "Socialt arbejde"],
        "about": [
            ("association", "fjordlund-besoegsvenner"),
            ("task", "besoegsven-for-en-aeldre"),
            ("focus_area", "faellesskaber-mod-ensomhed"),
        ],
        "intro": (
            "Else er 89 og bor alene. Amira er 24 og læser til sygeplejerske. Besøgsvennerne bragte dem "
            "sammen, og nu er tirsdag ugens bedste dag for dem begge."
        ),
        "body": [
            text(
                "Fjordlund Besøgsvenner matcher frivillige med ældre, der savner nogen at tale med. Et besøg "
                "varer typisk et par timer, og man aftaler selv, hvad man laver."
            ),
            quote("Hun fortæller om Fjordlund, som byen var i halvtredserne. Jeg kunne lytte i timevis.", "Amira"),
        ],
    },
    {
        "slug": "reparationscafeen-redder-broedristere",
        "title": "Reparationscaféen har reddet 500 brødristere fra skrotpladsen",
        "days_ago": 52,
        "image": "cafe",
        "alt": "Tegning af mennesker ved et bord med kaffekopper foran et stort vindue.",
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "about": [("association", "reparationscafeen-egebjerg"), ("task", "reparatoer")],
        "intro": (
            "Første lørdag i måneden forvandles Egebjerg Medborgerhus til værksted. Frivillige reparatører "
            "fikser lamper, cykler og kaffemaskiner – og viser, hvordan man gør det selv."
        ),
        "body": [
            text(
                "Reparationscaféen startede for fire år siden med tre frivillige og et loddekolbe. I dag er de "
                "15, og ventelisten for at få repareret sin cykel er kort."
            ),
            text("Caféen søger flere reparatører, især nogen, der har forstand på elektronik og symaskiner."),
        ],
    },
    {
        "slug": "ridning-giver-frihed",
        "title": "På hesteryggen glemmer Sofie kørestolen",
        "days_ago": 63,
        "image": "skov",
        "alt": "Tegning af en lys sti mellem runde trætoppe i en skov.",
        "categories": ["Sundhed og handicap", "Idræt og motion"],
        "about": [
            ("association", "kloevermose-handicapridning"),
            ("task", "hestefoerer-eller-sidegaenger"),
            ("focus_area", "et-foreningsliv-for-alle"),
        ],
        "intro": (
            "Kløvermose Handicapridning giver børn og voksne med handicap en oplevelse af frihed. Det kræver "
            "frivillige, der kan føre hesten og gå ved siden af."
        ),
        "body": [
            text(
                "Sofie på 11 år har cerebral parese og rider hver lørdag. To frivillige går ved siden af hende, "
                "og en tredje fører hesten. Det giver træning af balance og muskler – og glæde."
            ),
            quote("Man behøver ikke kunne ride selv. Vi lærer dig alt, du skal vide.", "Ridelærer Hanne Lund"),
        ],
    },
    {
        "slug": "kodeklubbens-unge-instruktoerer",
        "title": "Kodeklubbens unge instruktører tager ansvar",
        "days_ago": 75,
        "image": "faellesskab",
        "alt": "Tegning af børn og voksne, der står sammen på en grøn bakke.",
        "categories": ["Børn og unge", "Uddannelse og læring"],
        "about": [
            ("association", "kodeklubben-birkely"),
            ("task", "instruktoer-i-kodeklubben"),
            ("focus_area", "flere-unge-frivillige"),
        ],
        "intro": (
            "Gymnasieelever underviser 10-årige i at programmere. Kodeklubben i Birkely er blevet et sted, "
            "hvor unge frivillige får lov at tage ansvar."
        ),
        "body": [
            text(
                "Instruktørerne er mellem 16 og 19 år. De planlægger selv forløbene og får hjælp af en voksen "
                "tovholder. Til sommer viser børnene deres spil frem på biblioteket."
            ),
        ],
    },
    {
        "slug": "vaagetjenesten-ingen-skal-doe-alene",
        "title": "Ingen skal dø alene",
        "days_ago": 88,
        "image": "fjord",
        "alt": "Tegning af en gruppe mennesker på en grøn skrænt ved fjorden i morgensol.",
        "categories": ["Socialt arbejde", "Ældre"],
        "about": [("association", "vaagetjenesten"), ("task", "vaager-hos-doeende")],
        "intro": (
            "Vågetjenestens frivillige sidder hos mennesker i deres sidste timer, når familien ikke kan være "
            "der. Det er stille arbejde, og det betyder alt."
        ),
        "body": [
            text(
                "Vågetjenesten har 22 frivillige, der kan tilkaldes døgnet rundt. De får et grundigt kursus og "
                "mødes til supervision hver måned."
            ),
            quote("Det er en gave at få lov at være der. Man bliver ydmyg.", "Birgit, våger i syv år"),
        ],
    },
    {
        "slug": "arkivets-frivillige-redder-historien",
        "title": "Arkivets frivillige redder Fjordlunds historie",
        "days_ago": 102,
        "image": "byliv",
        "alt": "Tegning af farverige huse og et kirketårn i en lille by.",
        "categories": ["Kultur og musik", "Lokalsamfund"],
        "about": [("association", "fjordlund-lokalhistoriske-arkiv"), ("task", "scanning-af-gamle-fotografier")],
        "intro": (
            "Hver mandag scanner frivillige i Lokalhistorisk Arkiv billeder af Fjordlund fra før krigen. Nu "
            "kan alle se dem på nettet."
        ),
        "body": [
            text(
                "Arkivet har over 20.000 fotografier. De frivillige scanner, beskriver og finder ud af, hvem "
                "der er på billederne – ofte med hjælp fra borgere, der genkender deres bedsteforældre."
            ),
        ],
    },
    {
        "slug": "faellesspisning-i-kloevermose",
        "title": "Fællesspisning i Kløvermose: 80 kuverter og én stor opvask",
        "days_ago": 118,
        "image": "cafe",
        "alt": "Tegning af mennesker ved et langt bord med kaffekopper.",
        "categories": ["Lokalsamfund", "Ældre"],
        "about": [
            ("association", "kloevermose-beboerforening"),
            ("task", "kok-til-faellesspisningen"),
            ("focus_area", "faellesskaber-mod-ensomhed"),
        ],
        "intro": (
            "Hver anden torsdag laver frivillige kokke aftensmad til hele landsbyen. Prisen er 40 kroner, og "
            "ingen spiser alene."
        ),
        "body": [
            text(
                "Beboerforeningen startede fællesspisningen for at samle nye og gamle beboere. I dag kommer "
                "både børnefamilier og enlige ældre, og køkkenholdet skifter fra gang til gang."
            ),
        ],
    },
    {
        "slug": "havefaellesskab-med-plads-til-alle",
        "title": "Fællesskabshaven åbner for en ny sæson",
        "days_ago": 0,
        "go_live_in_days": 7,
        "image": "skov",
        "alt": "Tegning af to mennesker på en sti mellem grønne træer.",
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "about": [("association", "faellesskabshaven-kloevermose"), ("task", "havehjaelper-soendag-formiddag")],
        "intro": (
            "Højbedene er gravet, og frøene er købt. Fællesskabshaven i Kløvermose inviterer alle til at "
            "være med, når sæsonen begynder."
        ),
        "body": [
            text(
                "Haven er for alle, der har lyst til at få jord under neglene. Der er faste havedage søndag "
                "formiddag, og høsten deles mellem dem, der har været med."
            ),
        ],
    },
]
