"""The demo's associations in Fjordlund Kommune, kept as data.

Every association, person and text is made up for the demo. The loader
(directory/demo/loader.py) fills in what follows from the data: postcode and city
from the town, role addresses and the website on the association's own
example.dk domain, a valid CVR number where ``cvr`` is set, and a map pin near the
town centre where ``pin`` is set.

Keys: ``town`` is a locality slug; ``categories`` and ``groups`` are names from
the vocabularies (migration directory/0002); ``about`` is the description as
blocks; ``contacts`` adds to the chairman's role address (role, address before
the @, and optionally a person's name and phone, shown with recorded consent);
``person`` puts a name and phone on the chairman's address; ``phone`` is the
association's own number; ``social`` lists platforms; ``form`` turns on the
contact form; ``logo`` is (initials, colour) for a drawn stand-in logo.
"""

from home.demo.content import heading, quote, text


def activity(name, description, when, group, price="", where="", no_danish=False, accessible=False):
    """One activity or offer; one without a price is free."""
    return {
        "name": name,
        "description": description,
        "when": when,
        "group": group,
        "price": price,
        "where": where,
        "no_danish_needed": no_danish,
        "accessible_venue": accessible,
    }


FJORDLUND = [
    {
        "slug": "fjordlund-roklub",
        "name": "Fjordlund Roklub",
        "town": "fjordlund",
        "categories": ["Idræt og motion"],
        "groups": ["Unge", "Voksne", "Ældre"],
        "summary": "Roning og kajak på fjorden for alle fra 14 år – også hvis du aldrig har siddet i en båd før.",
        "about": [
            text(
                "Fjordlund Roklub har ligget ved lystbådehavnen siden 1921. Vi ror inriggere på fjorden fra april "
                "til oktober, og om vinteren træner vi i ergometersalen og løber sammen langs vandet.",
                "Hvert forår starter et begynderhold, hvor erfarne roere lærer dig at ro, styre og vende båden "
                "sikkert. Når du har taget styrmandsretten, kan du booke både og ro, når det passer dig.",
            ),
            heading("Et klubhus med plads til alle"),
            text(
                "Efter morgenroningen om lørdagen er der kaffe og rundstykker i klubhuset. Mange af vores "
                "medlemmer kom for motionens skyld og blev for fællesskabets."
            ),
        ],
        "street": "Havnevej 31",
        "place": "Klubhuset ved lystbådehavnen",
        "times": "Morgenroning tirsdag og torsdag kl. 6.30 og lørdag kl. 8.00. Begynderhold onsdage fra maj.",
        "fee": "1.450 kr. om året, 725 kr. for unge under 25",
        "activities": [
            activity(
                "Begynderhold i inrigger",
                "Seks aftener, hvor du lærer at ro og styre. Du skal kunne svømme 300 meter.",
                "Onsdage kl. 17.30–19.30 i maj og juni",
                "Voksne",
                price="400 kr., som trækkes fra kontingentet, hvis du melder dig ind",
            ),
            activity(
                "Vinterergometer",
                "Intervaltræning på romaskiner i klubhuset, med musik og en træner.",
                "Mandage kl. 18–19 fra november til marts",
                "Alle",
                price="Indgår i kontingentet",
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook", "instagram"],
        "cvr": True,
        "pin": True,
        "logo": ("FR", "fjord"),
    },
    {
        "slug": "sprogcafeen-fjordlund",
        "name": "Sprogcaféen på Fjordlund Bibliotek",
        "town": "fjordlund",
        "categories": ["Integration og sprog", "Uddannelse og læring"],
        "groups": ["Flygtninge og indvandrere", "Voksne"],
        "summary": (
            "Øv dit danske over en kop kaffe. Frivillige samtalepartnere hjælper også med breve fra kommunen og "
            "jobansøgninger."
        ),
        "about": [
            text(
                "Hver mandag og torsdag bliver læsesalen på Fjordlund Bibliotek til en sprogcafé. Her sidder "
                "frivillige klar ved små borde med kaffe, kage og tid til at snakke. Du bestemmer selv emnet: "
                "vejret, dit arbejde, en opskrift eller det seneste afsnit af en dansk serie.",
                "Mange kommer, fordi de vil øve sig til en danskprøve. Andre kommer for at møde nogen. Begge dele "
                "er lige godt.",
            ),
            quote(
                "I sprogskolen lærer jeg grammatikken. Her lærer jeg, hvordan man faktisk siger tingene.",
                "Deltager i sprogcaféen",
            ),
            heading("Hjælp til papirer"),
            text(
                "Den første torsdag i måneden er der også en frivillig med erfaring fra det offentlige, som kan "
                "hjælpe dig med at forstå breve fra kommunen, Digital Post og skattemappen."
            ),
        ],
        "street": "Havnegade 12",
        "place": "Fjordlund Bibliotek, læsesalen på 1. sal",
        "times": "Mandag kl. 16–18 og torsdag kl. 10–12",
        "fee": "Gratis, og du skal ikke melde dig til",
        "activities": [
            activity(
                "Sprogcafé",
                "Samtale på dansk i små grupper med en frivillig ved bordet.",
                "Mandag kl. 16–18 og torsdag kl. 10–12",
                "Flygtninge og indvandrere",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Hjælp til breve og papirer",
                "Hjælp til breve, Digital Post og formularer. Tag dine papirer med.",
                "Første torsdag i måneden kl. 10–12",
                "Voksne",
                no_danish=True,
                accessible=True,
            ),
        ],
        "form": True,
        "pin": True,
    },
    {
        "slug": "fjordlund-kammerkor",
        "name": "Fjordlund Kammerkor",
        "town": "fjordlund",
        "categories": ["Kultur og musik"],
        "groups": ["Voksne"],
        "summary": (
            "Et blandet kor på 28 sangere, der synger alt fra renæssance til nye danske korsange. Vi søger især "
            "tenorer."
        ),
        "about": [
            text(
                "Fjordlund Kammerkor øver hver tirsdag i sognegården ved Fjordlund Kirke under ledelse af "
                "dirigent Marianne Krogh. Vi giver fire-fem koncerter om året, blandt andet den traditionsrige "
                "julekoncert i kirken og en sommerkoncert på havnen.",
                "Du behøver ikke at kunne læse noder flydende, men du skal kunne holde din stemme i en "
                "firstemmig sats. Kom og prøv en aften – så finder vi ud af, hvor du passer ind.",
            ),
            heading("Korweekend hvert efterår", "h3"),
            text(
                "En weekend i oktober tager vi på korskole på et højskolehjem, hvor vi øver intensivt og hygger "
                "os sammen."
            ),
        ],
        "street": "Kirkestræde 3",
        "place": "Sognegården ved Fjordlund Kirke",
        "times": "Tirsdage kl. 19.00–21.30, undtagen i skolernes ferier",
        "fee": "900 kr. om året",
        "activities": [
            activity(
                "Korprøve",
                "Ugentlig prøve med indsyngning, stemmeøvelser og repertoire.",
                "Tirsdage kl. 19.00–21.30",
                "Voksne",
                price="900 kr. om året",
            ),
            activity(
                "Julekoncert",
                "Korets store koncert med gæstesolister. Alle er velkomne.",
                "Tredje søndag i advent kl. 16",
                "Alle",
                where="Fjordlund Kirke",
                accessible=True,
            ),
        ],
        "web": True,
        "cvr": True,
    },
    {
        "slug": "fjordlund-besoegsvenner",
        "name": "Fjordlund Besøgsvenner",
        "town": "fjordlund",
        "categories": ["Socialt arbejde", "Ældre"],
        "groups": ["Ældre", "Voksne"],
        "summary": (
            "Vi formidler faste besøgsvenskaber mellem frivillige og ældre, der gerne vil have mere selskab i "
            "hverdagen."
        ),
        "about": [
            text(
                "Mange ældre i Fjordlund bor alene og ser sjældent andre mennesker. Som besøgsven kommer du hos "
                "den samme person, typisk en gang om ugen. I drikker kaffe, går en tur, spiller kort eller ser "
                "gamle billeder – det bestemmer I sammen.",
                "Vi mødes med alle nye frivillige til en snak, før vi finder et match. Vi lægger vægt på fælles "
                "interesser, og at der ikke er for langt mellem jer.",
            ),
            text(
                "Fire gange om året samles besøgsvennerne til et netværksmøde med oplæg og erfaringsudveksling. "
                "Her kan du også vende det, der kan være svært, med de andre."
            ),
            quote(
                "Ingen forventer, at du skal underholde. Det vigtigste er, at du kommer, når du har sagt, du kommer.",
                "Hanne Sørensen, koordinator",
            ),
        ],
        "street": "Rådhustorvet 6",
        "place": "Frivillighuset, Rådhustorvet 6",
        "times": "Besøg aftaler du selv. Netværksmøder fire gange om året.",
        "fee": "Gratis at være besøgsven og at få en besøgsven",
        "activities": [
            activity(
                "Besøgsven",
                "Et fast ugentligt besøg hos en ældre borger i eget hjem eller på plejecenter.",
                "Efter aftale, typisk en gang om ugen",
                "Ældre",
            ),
            activity(
                "Gåvenner",
                "Besøgsvenskab, hvor I går en tur sammen i stedet for at sidde inde.",
                "Efter aftale",
                "Ældre",
            ),
        ],
        "contacts": [("Koordinator", "koordinator", "Hanne Sørensen", "22 61 47 03")],
    },
    {
        "slug": "lysglimt-sorggrupper",
        "name": "Lysglimt – sorggrupper i Fjordlund",
        "town": "fjordlund",
        "categories": ["Socialt arbejde", "Sundhed og handicap"],
        "groups": ["Voksne", "Pårørende"],
        "summary": (
            "Samtalegrupper for voksne, der har mistet en ægtefælle, et barn eller en anden nær. Grupperne ledes "
            "af uddannede frivillige."
        ),
        "about": [
            text(
                "At miste en, man holder af, kan vende op og ned på alt. I Lysglimt mødes seks til otte "
                "mennesker i samme situation hver anden uge i et halvt år. To frivillige, der har gennemgået et "
                "kursus i sorgstøtte, leder samtalen.",
                "Der er ingen krav om, at du skal sige noget. Mange fortæller, at det hjælper bare at sidde "
                "sammen med andre, der forstår.",
            ),
            text(
                "Vi starter nye grupper i februar og august. Skriv til os, så tager vi en samtale om, hvorvidt "
                "en gruppe er det rette for dig lige nu."
            ),
        ],
        "street": "Kirkestræde 3",
        "place": "Sognegården ved Fjordlund Kirke, lille sal",
        "times": "Hver anden onsdag kl. 19–21 i et halvt år",
        "fee": "Gratis",
        "activities": [
            activity(
                "Sorggruppe for efterladte ægtefæller",
                "En fast gruppe, der følges ad i et halvt år.",
                "Hver anden onsdag kl. 19–21",
                "Voksne",
                accessible=True,
            ),
            activity(
                "Sorggruppe for forældre",
                "Gruppe for forældre, der har mistet et barn – uanset barnets alder.",
                "Hver anden mandag kl. 19–21",
                "Pårørende",
                accessible=True,
            ),
        ],
        "form": True,
    },
    {
        "slug": "fjordlund-samaritterne",
        "name": "Fjordlund Samaritterne",
        "town": "fjordlund",
        "categories": ["Sundhed og handicap", "Uddannelse og læring"],
        "groups": ["Alle", "Unge"],
        "summary": (
            "Frivillige samaritter, der yder førstehjælp ved byfester, løb og koncerter – og lærer borgerne at "
            "redde liv."
        ),
        "about": [
            text(
                "Når der er havnefest, motionsløb eller koncert i kommunen, står vi i de gule veste ved "
                "førstehjælpsteltet. Vi plastrer vabler, køler forstuvede ankler og tager os af den, der er "
                "faldet om, indtil ambulancen kommer.",
                "Alle samaritter har et udvidet førstehjælpskursus, som vi selv giver. Du behøver altså ingen "
                "erfaring for at starte – bare lyst til at lære og til at være der for andre.",
            ),
            heading("Førstehjælp for alle"),
            text(
                "Vi holder åbne kurser i hjerte-lunge-redning, hvor du på fire timer lærer at bruge en "
                "hjertestarter. Kurserne er gratis for borgere i Fjordlund Kommune."
            ),
        ],
        "street": "Industrivej 14",
        "place": "Samaritterhuset, Industrivej 14",
        "times": "Øvelsesaften første tirsdag i måneden kl. 19–21",
        "fee": "200 kr. om året",
        "activities": [
            activity(
                "Hjerte-lunge-redning for begyndere",
                "Fire timers kursus med øvelser på dukker og en rigtig hjertestarter.",
                "Fire lørdage om året kl. 9–13",
                "Alle",
                accessible=True,
            ),
            activity(
                "Vagter ved arrangementer",
                "Førstehjælpsvagt i hold på tre-fire samaritter.",
                "Efter vagtplan, mest i weekender",
                "Voksne",
                price="Indgår i kontingentet",
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
        "logo": ("FS", "terracotta"),
    },
    {
        "slug": "fjordlund-parasport",
        "name": "Fjordlund Parasport",
        "town": "fjordlund",
        "categories": ["Idræt og motion", "Sundhed og handicap"],
        "groups": ["Mennesker med handicap", "Unge", "Voksne"],
        "summary": (
            "Kørestolsbasket, boccia og svømning for mennesker med fysisk eller psykisk funktionsnedsættelse. "
            "Ledsagere er velkomne."
        ),
        "about": [
            text(
                "Fjordlund Parasport blev startet af forældre, der savnede et sted, hvor deres børn kunne dyrke "
                "idræt på deres egne præmisser. I dag har vi 70 medlemmer fra 8 til 74 år.",
                "Vi træner i Fjordlund Hallen, som har niveaufri adgang, handicaptoilet og omklædning med lift. "
                "Vi har kørestole til basket, så du kan prøve, før du køber noget selv.",
            ),
            quote(
                "Her er det ikke handicappet, folk kigger på. Det er, om man rammer kurven.",
                "Mikkel, 19 år, spiller på basketholdet",
            ),
        ],
        "street": "Idrætsvej 2",
        "place": "Fjordlund Hallen, hal 2",
        "times": "Kørestolsbasket mandag kl. 18–20, boccia torsdag kl. 10–12, svømning lørdag kl. 9–10",
        "fee": "600 kr. om året, ledsagere gratis",
        "activities": [
            activity(
                "Kørestolsbasket",
                "Træning for begyndere og øvede, med og uden egen sportsstol.",
                "Mandage kl. 18–20",
                "Mennesker med handicap",
                price="600 kr. om året",
                accessible=True,
            ),
            activity(
                "Boccia",
                "Rolig præcisionssport, der kan spilles fra kørestol. Mange spiller med en ledsager.",
                "Torsdage kl. 10–12",
                "Mennesker med handicap",
                price="600 kr. om året",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Svømning",
                "Svømning i det varme bassin med hjælpere i vandet.",
                "Lørdage kl. 9–10",
                "Mennesker med handicap",
                price="600 kr. om året",
                where="Fjordlund Svømmehal",
                accessible=True,
            ),
        ],
        "web": True,
        "cvr": True,
        "pin": True,
        "person": ("Lone Winther", "40 18 22 96"),
    },
    {
        "slug": "paaroerendecafeen-demens",
        "name": "Pårørendecaféen for demens",
        "town": "fjordlund",
        "categories": ["Sundhed og handicap", "Ældre", "Socialt arbejde"],
        "groups": ["Pårørende", "Ældre"],
        "summary": (
            "Et mødested for dig, der er ægtefælle, barn eller ven af et menneske med demens. Kom og tal med "
            "andre, der kender hverdagen."
        ),
        "about": [
            text(
                "Når en, man er tæt på, får demens, ændrer livet sig – også for de pårørende. I pårørendecaféen "
                "mødes vi en gang om måneden til kaffe og en snak om det, der fylder. Nogle gange har vi besøg "
                "af en demenskoordinator, en advokat eller en pårørende, der fortæller om sine erfaringer.",
                "Har du brug for at tage din pårørende med, sørger frivillige for samvær og aktiviteter i "
                "lokalet ved siden af, mens du er i caféen.",
            ),
        ],
        "street": "Solsikkevej 8",
        "place": "Plejecentret Solsikken, caféen",
        "times": "Sidste tirsdag i måneden kl. 14–16",
        "fee": "Gratis",
        "activities": [
            activity(
                "Pårørendecafé",
                "Samtale og erfaringsudveksling med kaffe og kage.",
                "Sidste tirsdag i måneden kl. 14–16",
                "Pårørende",
                accessible=True,
            ),
            activity(
                "Samvær for mennesker med demens",
                "Frivillige synger, spiller og går tur med jeres nære, mens I er i caféen.",
                "Samme tid som caféen",
                "Ældre",
                accessible=True,
            ),
        ],
        "form": True,
    },
    {
        "slug": "frivillige-ved-fjordlund-kirke",
        "name": "Frivillige ved Fjordlund Kirke",
        "town": "fjordlund",
        "categories": ["Tro og livssyn", "Socialt arbejde"],
        "groups": ["Alle", "Ældre", "Familier"],
        "summary": (
            "Kirkekaffe, fællesspisning, julehjælp og kirkebil. Vi er 60 frivillige, der holder liv i kirken ud "
            "over gudstjenesterne."
        ),
        "about": [
            text(
                "Fjordlund Kirke er mere end søndagens gudstjeneste. Frivillige laver kaffe efter "
                "gudstjenesten, kører ældre til og fra kirke og står for fællesspisningen hver anden fredag, "
                "hvor alle kan spise med for 40 kroner.",
                "Op til jul samler vi ind og pakker julekurve til familier, der har det svært økonomisk. Det sker "
                "i samarbejde med skolerne og kommunens familieafdeling, så hjælpen når dem, der har brug for "
                "den.",
            ),
            text(
                "Du behøver ikke at være medlem af folkekirken for at være frivillig hos os. Du skal bare have "
                "lyst til at være med."
            ),
        ],
        "street": "Kirkestræde 1",
        "place": "Fjordlund Kirke og sognegården",
        "times": "Fællesspisning hver anden fredag kl. 17.30. Kirkebilen kører om søndagen.",
        "fee": "Ingen",
        "activities": [
            activity(
                "Fællesspisning",
                "Tre retter mad lavet af frivillige. Børn under 12 spiser gratis.",
                "Hver anden fredag kl. 17.30",
                "Alle",
                price="40 kr.",
                accessible=True,
            ),
            activity(
                "Kirkebil",
                "Gratis kørsel til søndagens gudstjeneste for dig, der ikke selv kan komme.",
                "Søndage – bestil senest fredag",
                "Ældre",
            ),
            activity(
                "Julekurve",
                "Pakning og uddeling af julekurve til familier.",
                "December",
                "Familier",
                no_danish=True,
            ),
        ],
        "web": True,
        "phone": "72 40 33 10",
        "contacts": [("Kirkekontoret", "kirkekontor")],
    },
    {
        "slug": "vaerestedet-fyrtaarnet",
        "name": "Værestedet Fyrtårnet",
        "town": "fjordlund",
        "categories": ["Socialt arbejde", "Sundhed og handicap"],
        "groups": ["Psykisk sårbare", "Voksne"],
        "summary": (
            "Et frivilligt drevet værested for voksne med psykisk sårbarhed. Kom forbi, få en kop kaffe, og vær "
            "dig selv."
        ),
        "about": [
            text(
                "Fyrtårnet er et sted, hvor man kan komme uden aftale og uden at skulle forklare sig. Der er "
                "kaffe på kanden, aviser, brætspil og et værksted, hvor vi maler, syr og reparerer cykler.",
                "Alle vores frivillige har været på kursus i at møde mennesker med psykisk sårbarhed. Flere af "
                "dem har selv erfaringer med psykisk sygdom, tæt på eller på egen krop.",
            ),
            quote(
                "Jeg kom første gang, fordi min sagsbehandler foreslog det. Nu kommer jeg, fordi mine venner er her.",
                "Gæst i Fyrtårnet",
            ),
            text(
                "Om tirsdagen laver vi mad sammen. Du betaler 25 kroner og hjælper med at skrælle, dække bord "
                "eller vaske op."
            ),
        ],
        "street": "Toldbodgade 9",
        "place": "Toldbodgade 9, stuen – indgang fra gården",
        "times": "Mandag–torsdag kl. 12–18, fredag kl. 12–15",
        "fee": "Gratis. Fællesspisning 25 kr.",
        "activities": [
            activity(
                "Åbent værested",
                "Kaffe, spil, aviser og nogen at tale med.",
                "Mandag–torsdag kl. 12–18, fredag kl. 12–15",
                "Psykisk sårbare",
                accessible=True,
            ),
            activity(
                "Madlavning om tirsdagen",
                "Vi laver aftensmad sammen og spiser kl. 17.",
                "Tirsdage kl. 14–18",
                "Psykisk sårbare",
                price="25 kr.",
            ),
            activity(
                "Værkstedet",
                "Maling, syning og cykelreparation med en frivillig værkstedsleder.",
                "Onsdage kl. 13–16",
                "Voksne",
                no_danish=True,
            ),
        ],
        "cvr": True,
        "pin": True,
        "phone": "72 40 55 81",
        "contacts": [("Daglig leder", "leder")],
    },
    {
        "slug": "havnens-venner",
        "name": "Havnens Venner i Fjordlund",
        "town": "fjordlund",
        "categories": ["Lokalsamfund", "Kultur og musik"],
        "groups": ["Alle", "Familier"],
        "summary": (
            "Vi holder liv i den gamle havn med havnefest, sankthans og koncerter på kajen – og passer på de "
            "gamle træbåde."
        ),
        "about": [
            text(
                "Havnens Venner blev stiftet, da den sidste fiskekutter forlod Fjordlund Havn. Vi ville ikke "
                "have, at havnen blev en parkeringsplads. I dag står vi bag havnefesten i juli, sankthansbålet "
                "på molen og sommerens torsdagskoncerter på kajen.",
                "Vi ejer to restaurerede træbåde, som medlemmerne sejler i og vedligeholder sammen. Om vinteren "
                "arbejder vi på bådene i det gamle redskabsskur.",
            ),
            heading("Sådan kan du være med"),
            text(
                "Du kan være med til at planlægge, bygge scene, stå i baren eller skrabe og male både. Mange "
                "starter med en enkelt vagt til havnefesten."
            ),
        ],
        "street": "Havnevej 7",
        "place": "Redskabsskuret på Østre Kaj",
        "times": "Bådværksted lørdage kl. 9–13 fra oktober til april. Bestyrelsesmøde første mandag i måneden.",
        "fee": "150 kr. om året, 250 kr. for en familie",
        "activities": [
            activity(
                "Havnefest",
                "Tre dages fest med musik, boder og kapsejlads for hjemmebyggede både.",
                "Anden weekend i juli",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Torsdagskoncerter på kajen",
                "Gratis koncerter med lokale bands.",
                "Torsdage kl. 19 i juni og august",
                "Alle",
                accessible=True,
            ),
            activity(
                "Bådværksted",
                "Vedligehold af foreningens træbåde sammen med erfarne bådebyggere.",
                "Lørdage kl. 9–13 i vinterhalvåret",
                "Voksne",
                price="Indgår i kontingentet",
                no_danish=True,
            ),
        ],
        "web": True,
        "social": ["facebook", "instagram"],
        "cvr": True,
        "pin": True,
        "logo": ("HV", "deep-fjord"),
    },
    {
        "slug": "fjordlund-lokalhistoriske-arkiv",
        "name": "Fjordlund Lokalhistoriske Arkiv",
        "town": "fjordlund",
        "categories": ["Kultur og musik", "Lokalsamfund"],
        "groups": ["Alle", "Ældre"],
        "summary": (
            "Vi samler, ordner og viser billeder, breve og fortællinger fra hele kommunen. Kom med dine gamle "
            "fotos – eller hjælp os med at registrere dem."
        ),
        "about": [
            text(
                "Arkivet rummer mere end 40.000 fotografier, kort, foreningsprotokoller og erindringer fra "
                "Fjordlund og de omkringliggende sogne. Det hele er samlet og registreret af frivillige.",
                "Vi har åbent for alle, der vil slægtsforske, finde billeder af deres hus eller bare kigge. Har "
                "du selv gamle billeder eller papirer liggende, tager vi gerne imod dem – eller låner dem til "
                "at scanne.",
            ),
            text(
                "Hver vinter holder vi tre foredragsaftener om kommunens historie. Emnerne spænder fra "
                "teglværkerne i Egebjerg til badehotellet i Strandbæk."
            ),
        ],
        "street": "Havnegade 12",
        "place": "Fjordlund Bibliotek, kælderen (elevator ved indgangen)",
        "times": "Åbent tirsdage kl. 14–17 og første lørdag i måneden kl. 10–13",
        "fee": "100 kr. om året for støttemedlemmer",
        "activities": [
            activity(
                "Åben læsesal",
                "Hjælp til slægtsforskning og til at finde billeder og papirer.",
                "Tirsdage kl. 14–17",
                "Alle",
                accessible=True,
            ),
            activity(
                "Foredragsaftener",
                "Foredrag om kommunens historie, med kaffe.",
                "Tre torsdage i januar–marts kl. 19",
                "Voksne",
                price="50 kr. inkl. kaffe",
                accessible=True,
            ),
        ],
        "web": True,
        "cvr": True,
    },
    {
        "slug": "seniordata-fjordlund",
        "name": "Seniordata Fjordlund",
        "town": "fjordlund",
        "categories": ["Ældre", "Uddannelse og læring"],
        "groups": ["Ældre"],
        "summary": (
            "Seniorer hjælper seniorer med computer, tablet og smartphone – fra MitID og Digital Post til "
            "billeder af børnebørnene."
        ),
        "about": [
            text(
                "Hos Seniordata Fjordlund er alle undervisere selv pensionister. Vi ved, hvordan det er at lære "
                "noget nyt sent i livet, og vi har god tid. Vi holder små kurser over fire gange og en åben "
                "rådgivning, hvor du kan komme med dit eget udstyr.",
                "De mest populære kurser handler om MitID, netbank, sundhed.dk og om at tage og dele billeder på "
                "telefonen. Vi har også et kursus i at spotte svindel på nettet.",
            ),
            quote(
                "Jeg troede, jeg var for gammel til det. Nu videoringer jeg med mit barnebarn i Australien hver "
                "søndag.",
                "Kursist, 81 år",
            ),
        ],
        "street": "Havnegade 12",
        "place": "Fjordlund Bibliotek, mødelokale 2",
        "times": "Rådgivning onsdage kl. 10–12. Kurser forår og efterår.",
        "fee": "150 kr. om året. Kurser 100 kr.",
        "activities": [
            activity(
                "Åben it-rådgivning",
                "Tag din telefon, tablet eller computer med, og få hjælp til det, du sidder fast i.",
                "Onsdage kl. 10–12",
                "Ældre",
                accessible=True,
            ),
            activity(
                "Kursus i MitID og Digital Post",
                "Fire gange to timer på et lille hold.",
                "Mandage kl. 10–12 med start i marts og september",
                "Ældre",
                price="100 kr.",
                accessible=True,
            ),
        ],
        "cvr": True,
    },
]


EGEBJERG = [
    {
        "slug": "egebjerg-boldklub",
        "name": "Egebjerg Boldklub",
        "town": "egebjerg",
        "categories": ["Idræt og motion", "Børn og unge"],
        "groups": ["Børn", "Unge", "Voksne"],
        "summary": (
            "Fodbold for alle fra fire år til oldboys. 320 medlemmer, 22 hold og en klub, der bygger på "
            "frivillige trænere og forældre."
        ),
        "about": [
            text(
                "Egebjerg Boldklub har spillet fodbold på banerne bag skolen siden 1946. I dag har vi hold for "
                "drenge og piger fra U5 til U17, to seniorhold, et kvindehold og et hyggeligt oldboyshold, der "
                "træner mere, end det spiller.",
                "Alle vores trænere er frivillige, og de fleste er forældre, der startede med at hjælpe til ved "
                "deres eget barns træning. Klubben betaler kurser, så du kan blive dygtigere som træner.",
            ),
            heading("Fodbold for alle"),
            text(
                "Vi vil gerne have, at alle børn kan være med, uanset økonomi. Har I svært ved at betale "
                "kontingentet, kan I søge klubbens kontingentpulje. Det er diskret – kun kassereren ved det."
            ),
            quote(
                "Det bedste ved at være træner er, når en, der aldrig har scoret, endelig gør det. Så jubler "
                "hele holdet.",
                "Kasper Holm, ungdomsformand",
            ),
        ],
        "street": "Stadionvej 4",
        "place": "Egebjerg Stadion, klubhuset",
        "times": "Træning mandag–torsdag kl. 16–20, afhængigt af hold. Kampe i weekenden.",
        "fee": "Børn 450 kr. pr. halvår, seniorer 750 kr. pr. halvår",
        "activities": [
            activity(
                "Fodboldleg for 4–6-årige",
                "Leg med bold, hvor forældrene er med på banen.",
                "Lørdage kl. 10–11",
                "Børn",
                price="300 kr. pr. halvår",
                no_danish=True,
            ),
            activity(
                "Ungdomsfodbold U8–U17",
                "Træning to gange om ugen og kampe i weekenden.",
                "Mandag–torsdag kl. 16–19",
                "Børn",
                price="450 kr. pr. halvår",
                accessible=True,
            ),
            activity(
                "Kvindefodbold 30+",
                "For kvinder, der vil spille for sjov – også hvis du aldrig har spillet før.",
                "Onsdage kl. 19–20.30",
                "Voksne",
                price="450 kr. pr. halvår",
                no_danish=True,
            ),
        ],
        "web": True,
        "social": ["facebook", "instagram"],
        "cvr": True,
        "pin": True,
        "contacts": [("Ungdomsformand", "ungdom", "Kasper Holm", "28 94 10 57"), ("Kasserer", "kasserer")],
        "logo": ("EB", "fjord"),
    },
    {
        "slug": "egebjerg-seniorklub",
        "name": "Egebjerg Seniorklub",
        "town": "egebjerg",
        "categories": ["Ældre", "Lokalsamfund"],
        "groups": ["Ældre"],
        "summary": (
            "Fredagsbanko, sang, udflugter og en god frokost. Seniorklubben samler over hundrede af byens ældre "
            "hver uge."
        ),
        "about": [
            text(
                "Seniorklubben mødes i Egebjerg Forsamlingshus hver tirsdag og fredag. Tirsdag er der foredrag, "
                "fællessang eller kortspil, og fredag spiller vi banko med præmier fra byens butikker.",
                "Fire gange om året tager vi på udflugt med bus – til en herregård, et museum eller en tur over "
                "grænsen efter kaffe og slik.",
            ),
            quote(
                "Jeg meldte mig for at hjælpe med kaffen til fredagsbanko. Tre år efter står jeg for hele "
                "caféen – og jeg har fået et netværk, jeg ikke havde før.",
                "Birthe Lauridsen, frivillig i Egebjerg Seniorklub",
            ),
            text(
                "Kan du ikke selv komme, kan du blive hentet af vores frivillige chauffører. Ring til formanden "
                "dagen før."
            ),
        ],
        "street": "Bygaden 22",
        "place": "Egebjerg Forsamlingshus",
        "times": "Tirsdage kl. 13–16 og fredage kl. 13.30–16",
        "fee": "200 kr. om året. Bankoplader 30 kr.",
        "activities": [
            activity(
                "Fredagsbanko",
                "Banko med kaffe og lagkage.",
                "Fredage kl. 13.30–16",
                "Ældre",
                price="30 kr. for to plader",
                accessible=True,
            ),
            activity(
                "Tirsdagsklub",
                "Foredrag, fællessang og kortspil.",
                "Tirsdage kl. 13–16",
                "Ældre",
                price="Indgår i kontingentet",
                accessible=True,
            ),
            activity(
                "Udflugter",
                "Busture med frokost og guide.",
                "Fire gange om året",
                "Ældre",
                price="Fra 350 kr. inkl. frokost",
            ),
        ],
        "person": ("Birthe Lauridsen", "51 33 86 20"),
    },
    {
        "slug": "egebjerg-gymnastikforening",
        "name": "Egebjerg Gymnastikforening",
        "town": "egebjerg",
        "categories": ["Idræt og motion", "Børn og unge"],
        "groups": ["Børn", "Familier", "Voksne"],
        "summary": (
            "Forældre-barn-gymnastik, springhold, yoga og pilates i Egebjerg Hallen. Vi har hold fra 1 til 85 år."
        ),
        "about": [
            text(
                "Egebjerg Gymnastikforening er byens største forening målt på medlemmer. Om vinteren fylder vi "
                "hallen fem aftener om ugen, og om sommeren flytter yogaholdet ud på plænen ved søen.",
                "Vores instruktører er frivillige, og mange af dem har selv gået på holdene som børn. Hvert år "
                "uddanner vi nye unge hjælpetrænere fra 13 år.",
            ),
            text(
                "Sæsonen slutter med opvisning i marts, hvor alle hold viser, hvad de har lært. Det er byens "
                "største familiedag, og hallen er fuld."
            ),
        ],
        "street": "Hallevej 1",
        "place": "Egebjerg Hallen",
        "times": "Sæson fra september til marts, mandag–fredag kl. 16.30–21",
        "fee": "Fra 350 kr. pr. sæson",
        "activities": [
            activity(
                "Forældre-barn-gymnastik",
                "Sanglege, redskabsbaner og kolbøtter for de 1–3-årige med en voksen.",
                "Lørdage kl. 9.30–10.30",
                "Familier",
                price="400 kr. pr. sæson",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Springhold for 8–12-årige",
                "Spring på airtrack og trampolin.",
                "Tirsdage kl. 17–18.30",
                "Børn",
                price="550 kr. pr. sæson",
            ),
            activity(
                "Yoga for voksne",
                "Rolig yoga med fokus på vejrtrækning og bevægelighed.",
                "Torsdage kl. 19–20.15",
                "Voksne",
                price="650 kr. pr. sæson",
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
    },
    {
        "slug": "egebjerg-spejderne",
        "name": "Egebjerg Spejderne",
        "town": "egebjerg",
        "categories": ["Spejder", "Børn og unge"],
        "groups": ["Børn", "Unge"],
        "summary": (
            "Bål, knob, kanoture og sommerlejr. Spejdere fra 6 til 17 år mødes hver uge i hytten i Egebjerg Skov."
        ),
        "about": [
            text(
                "Hos Egebjerg Spejderne lærer børn og unge at klare sig selv og hjælpe hinanden i naturen. Vi "
                "laver mad over bål, bygger shelters, går på kompasløb og sover i telt – også om vinteren, hvis "
                "man tør.",
                "Vi er delt i fire grene efter alder, og hver gren har sine egne ledere. Alle ledere er "
                "frivillige, og vi har altid plads til forældre, der vil hjælpe med en weekendtur eller et "
                "lejrbål.",
            ),
            text("Hver sommer tager hele gruppen på en uges lejr. De ældste spejdere planlægger selv deres hike."),
        ],
        "street": "Skovvej 40",
        "place": "Spejderhytten Egebo i Egebjerg Skov",
        "times": "De 6–9-årige mandage kl. 17–18.30, de 10–17-årige onsdage kl. 18.30–20.30",
        "fee": "550 kr. pr. halvår, rabat for søskende",
        "activities": [
            activity(
                "Spejder for 6–9-årige",
                "Leg, bål og natur.",
                "Mandage kl. 17–18.30",
                "Børn",
                price="550 kr. pr. halvår",
            ),
            activity(
                "Spejder for 10–17-årige",
                "Hikes, kanoture og lejre.",
                "Onsdage kl. 18.30–20.30",
                "Unge",
                price="550 kr. pr. halvår",
            ),
            activity("Sommerlejr", "En uge i telt med hele gruppen.", "En uge i juli", "Børn", price="1.200 kr."),
        ],
        "web": True,
        "cvr": True,
        "pin": True,
    },
    {
        "slug": "egebjerg-borgerforening",
        "name": "Egebjerg Borgerforening",
        "town": "egebjerg",
        "categories": ["Lokalsamfund"],
        "groups": ["Alle", "Familier"],
        "summary": (
            "Byfest, juletræstænding og fælles arbejdsdage. Borgerforeningen taler byens sag over for kommunen."
        ),
        "about": [
            text(
                "Borgerforeningen er Egebjergs fælles stemme. Vi er høringspart, når kommunen planlægger noget i "
                "byen, og vi har blandt andet kæmpet for den nye cykelsti til Fjordlund og for at bevare byens "
                "bibliotekspunkt.",
                "Men det meste af tiden handler det om at have det sjovt sammen. Vi står for byfesten i august, "
                "fastelavn i forsamlingshuset og juletræet på torvet, som bliver tændt første søndag i advent.",
            ),
            text(
                "To gange om året holder vi arbejdsdag, hvor vi maler bænke, planter blomsterløg og rydder op i "
                "byens grønne områder. Bagefter griller vi sammen."
            ),
        ],
        "street": "Bygaden 22",
        "place": "Egebjerg Forsamlingshus",
        "times": "Bestyrelsesmøde anden tirsdag i måneden. Generalforsamling i marts.",
        "fee": "125 kr. om året pr. husstand",
        "activities": [
            activity(
                "Byfest",
                "Fire dage med telt, musik, loppemarked og børneløb.",
                "Sidste weekend i august",
                "Alle",
                price="Entré til fredagsfesten 150 kr., resten er gratis",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Arbejdsdag",
                "Vi gør byen pæn og griller bagefter.",
                "En lørdag i april og en i oktober kl. 9–13",
                "Alle",
                no_danish=True,
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
    },
    {
        "slug": "familiekirken-egebjerg",
        "name": "Familiekirken i Egebjerg",
        "town": "egebjerg",
        "categories": ["Tro og livssyn", "Børn og unge"],
        "groups": ["Familier", "Børn"],
        "summary": (
            "Babysalmesang, spaghettigudstjenester og minikonfirmander. Et tilbud fra Egebjerg Kirke til børnefamilier."
        ),
        "about": [
            text(
                "I Egebjerg Kirke mener vi, at kirken også skal være et sted for de mindste. Babysalmesang er "
                "for forældre på barsel og deres børn fra to måneder. Vi synger, bevæger os og lytter til "
                "orglet – og bagefter er der kaffe i våbenhuset.",
                "En gang om måneden holder vi spaghettigudstjeneste: en kort gudstjeneste kl. 17, hvor børnene "
                "er med til at fortælle historien, og bagefter spiser vi spaghetti med kødsovs i sognegården.",
            ),
            text(
                "Aktiviteterne drives af sognepræsten og en gruppe frivillige forældre. Du kan hjælpe med at "
                "lave mad, pynte op eller læse højt."
            ),
        ],
        "street": "Kirkebakken 2",
        "place": "Egebjerg Kirke og sognegården",
        "times": "Babysalmesang torsdage kl. 10. Spaghettigudstjeneste anden onsdag i måneden kl. 17.",
        "fee": "Gratis",
        "activities": [
            activity(
                "Babysalmesang",
                "Sang og bevægelse for babyer fra 2 til 10 måneder med en voksen.",
                "Torsdage kl. 10–11, nye hold i januar og august",
                "Familier",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Spaghettigudstjeneste",
                "Kort gudstjeneste for børn og spisning bagefter.",
                "Anden onsdag i måneden kl. 17–18.30",
                "Familier",
                price="20 kr. for voksne, børn gratis",
                accessible=True,
            ),
        ],
        "web": True,
    },
    {
        "slug": "reparationscafeen-egebjerg",
        "name": "Reparationscaféen i Egebjerg",
        "town": "egebjerg",
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "groups": ["Alle"],
        "summary": (
            "Tag din stegepande, cykel eller brødrister med. Frivillige reparatører hjælper dig med at få den "
            "til at virke igen."
        ),
        "about": [
            text(
                "Alt for meget bliver smidt ud, fordi en ledning er knækket eller en skrue er faldet af. I "
                "Reparationscaféen sidder frivillige elektrikere, cykelsmede, syersker og finmekanikere klar til "
                "at hjælpe dig med at reparere dine ting – og du er selv med til det.",
                "Det koster ikke noget at få hjælp, men vi sætter pris på et bidrag til reservedele. Kaffen er gratis.",
            ),
            text(
                "Sidste år reparerede vi 412 ting, som ellers var endt på genbrugspladsen. Det mest usædvanlige "
                "var en 60 år gammel symaskine, der nu kører igen."
            ),
        ],
        "street": "Stationsvej 5",
        "place": "Den gamle stationsbygning, værkstedet",
        "times": "Anden lørdag i måneden kl. 10–14",
        "fee": "Gratis. Frivilligt bidrag til reservedele.",
        "activities": [
            activity(
                "Reparationscafé",
                "Reparation af elektronik, cykler, tøj og møbler sammen med en frivillig.",
                "Anden lørdag i måneden kl. 10–14",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
        ],
        "social": ["facebook"],
        "form": True,
    },
    {
        "slug": "egebjerg-spillemandslaug",
        "name": "Egebjerg Spillemandslaug",
        "town": "egebjerg",
        "categories": ["Kultur og musik"],
        "groups": ["Voksne", "Ældre", "Unge"],
        "summary": (
            "Vi spiller folkemusik fra Sydsjælland og hele Norden – violin, harmonika, fløjte og guitar. Alle "
            "niveauer er velkomne."
        ),
        "about": [
            text(
                "Spillemandslauget mødes hver anden mandag og spiller efter gehør. Vi lærer melodierne af "
                "hinanden, ligesom man har gjort i hundreder af år, så du behøver ikke at kunne læse noder.",
                "Vi spiller til folkedans i forsamlingshuse rundt i kommunen, og hver sommer arrangerer vi en "
                "spillemandsweekend i Egebjerg med musikere fra hele landet.",
            ),
        ],
        "street": "Bygaden 22",
        "place": "Egebjerg Forsamlingshus, lille sal",
        "times": "Hver anden mandag kl. 19–21.30",
        "fee": "300 kr. om året",
        "activities": [
            activity(
                "Sammenspil",
                "Vi lærer nye melodier efter gehør og spiller de gamle.",
                "Hver anden mandag kl. 19–21.30",
                "Voksne",
                price="300 kr. om året",
            ),
            activity(
                "Folkedans til levende musik",
                "Danseaften med instruktør – du behøver ikke at have en partner med.",
                "Første fredag i måneden fra oktober til april kl. 19.30",
                "Alle",
                price="60 kr.",
                accessible=True,
            ),
        ],
        "web": True,
    },
    {
        "slug": "sprogvenner-egebjerg",
        "name": "Sprogvenner i Egebjerg",
        "town": "egebjerg",
        "categories": ["Integration og sprog", "Socialt arbejde"],
        "groups": ["Flygtninge og indvandrere", "Familier"],
        "summary": (
            "En sprogven øver dansk med dig, hjælper med skole, arbejde og foreningsliv og viser dig, hvordan "
            "Egebjerg fungerer."
        ),
        "about": [
            text(
                "Det er svært at lære et nyt sprog, hvis man aldrig får det brugt. Sprogvenner i Egebjerg kobler "
                "nyankomne med en frivillig, som de mødes med en gang om ugen i et halvt år. I snakker dansk, "
                "går en tur i byen, handler ind eller laver lektier med børnene.",
                "Mange sprogvenskaber fortsætter, efter det halve år er gået. Nogle familier holder i dag "
                "fødselsdage og jul sammen.",
            ),
            text(
                "Fire gange om året mødes vi alle sammen til fællesspisning, hvor hver familie tager en ret med "
                "fra sit hjemland."
            ),
        ],
        "street": "Bygaden 22",
        "place": "Efter aftale – ofte hjemme hos hinanden eller på biblioteket",
        "times": "En gang om ugen efter aftale",
        "fee": "Gratis",
        "activities": [
            activity(
                "Sprogven",
                "En fast frivillig, du øver dansk med en gang om ugen.",
                "Efter aftale",
                "Flygtninge og indvandrere",
                no_danish=True,
            ),
            activity(
                "Fællesspisning med mad fra hele verden",
                "Alle tager en ret med.",
                "Fire gange om året",
                "Familier",
                where="Egebjerg Forsamlingshus",
                no_danish=True,
                accessible=True,
            ),
        ],
        "person": ("Leila Nasser", "53 70 29 14"),
    },
    {
        "slug": "laesevenner-egebjerg",
        "name": "Læsevenner i Egebjerg",
        "town": "egebjerg",
        "categories": ["Uddannelse og læring", "Børn og unge"],
        "groups": ["Børn"],
        "summary": (
            "Frivillige læser med børn i 1.–4. klasse, der har brug for lidt ekstra øvelse og en voksen, der har tid."
        ),
        "about": [
            text(
                "Læsevenner kommer på Egebjerg Skole to gange om ugen og læser med det samme barn en halv time "
                "ad gangen. Lærerne vælger børnene, og vi vælger bøgerne sammen med barnet, så de handler om det, "
                "barnet interesserer sig for – dinosaurer, fodbold eller heste.",
                "Du behøver ingen pædagogisk baggrund. Du får et kort introduktionskursus og en fast "
                "kontaktlærer på skolen.",
            ),
            quote(
                "Efter et halvt år læste hun højt for sin lillebror. Det var hendes egen idé.",
                "Læseven og pensioneret bibliotekar",
            ),
        ],
        "street": "Skolevej 12",
        "place": "Egebjerg Skole, skolebiblioteket",
        "times": "Tirsdage og torsdage kl. 8.15–11.30 i skoleåret",
        "fee": "Gratis",
        "activities": [
            activity(
                "Læsestunder",
                "En halv time med en fast læseven og en bog, barnet selv har valgt.",
                "Tirsdage og torsdage formiddag",
                "Børn",
                accessible=True,
            ),
        ],
        "form": True,
    },
]


KLOEVERMOSE = [
    {
        "slug": "kloevermose-beboerforening",
        "name": "Kløvermose Beboerforening",
        "town": "kloevermose",
        "categories": ["Lokalsamfund", "Ældre"],
        "groups": ["Alle", "Familier"],
        "summary": (
            "Fællesspisning hver anden torsdag, loppemarked og juletræsfest. Beboerforeningen er for alle i "
            "Kløvermose og omegn."
        ),
        "about": [
            text(
                "Kløvermose har ingen butik og ingen skole længere, men vi har hinanden. Hver anden torsdag "
                "laver et hold frivillige aftensmad til 40–60 mennesker i forsamlingshuset. Alle er velkomne, "
                "og ingen spiser alene.",
                "Maden laves af råvarer fra egnen, og holdet af kokke skifter, så alle kan være med – også dem, "
                "der aldrig har lavet mad til mere end fire.",
            ),
            text(
                "Resten af året står vi for loppemarked i maj, høstfest i september og juletræsfest for børnene "
                "mellem jul og nytår."
            ),
        ],
        "street": "Mosevej 3",
        "place": "Kløvermose Forsamlingshus",
        "times": "Fællesspisning hver anden torsdag kl. 18",
        "fee": "100 kr. om året pr. husstand",
        "activities": [
            activity(
                "Fællesspisning",
                "Aftensmad for alle. Tilmelding senest tirsdag.",
                "Hver anden torsdag kl. 18",
                "Alle",
                price="50 kr., børn 25 kr.",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Loppemarked",
                "Stort loppemarked på marken bag forsamlingshuset.",
                "Første søndag i maj kl. 10–15",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
        "pin": True,
        "logo": ("KB", "terracotta"),
    },
    {
        "slug": "kloevermose-forsamlingshus",
        "name": "Kløvermose Forsamlingshus",
        "town": "kloevermose",
        "categories": ["Lokalsamfund", "Kultur og musik"],
        "groups": ["Alle"],
        "summary": (
            "Et forsamlingshus fra 1894, som drives af frivillige. Vi holder koncerter, foredrag og revy – og "
            "udlejer til fester."
        ),
        "about": [
            text(
                "Forsamlingshuset er landsbyens dagligstue. Det ejes af en selvejende forening, og alt fra "
                "rengøring til regnskab klares af frivillige. Huset har plads til 120 gæster og et køkken, der "
                "lige er blevet renoveret med penge fra Frivilligpuljen og mange timers frivilligt arbejde.",
                "Vi laver kulturprogram fra september til april: fire koncerter, tre foredrag og en revy skrevet "
                "af byens egne.",
            ),
            text("Huset kan lejes til fester. Medlemmer af foreningen får rabat."),
        ],
        "street": "Mosevej 3",
        "place": "Mosevej 3",
        "times": "Kulturaftener fra september til april, oftest fredage kl. 19.30",
        "fee": "150 kr. om året",
        "activities": [
            activity(
                "Kulturaftener",
                "Koncerter og foredrag i salen.",
                "Fredage kl. 19.30 fra september til april",
                "Alle",
                price="Fra 100 kr.",
                accessible=True,
            ),
            activity(
                "Kløvermose-revyen",
                "Byens egen revy: spil med, skriv med eller sy kostumer. For medlemmer.",
                "Prøver onsdage fra januar, premiere i april",
                "Voksne",
            ),
        ],
        "web": True,
        "cvr": True,
        "phone": "72 40 91 18",
    },
    {
        "slug": "kloevermose-handicapridning",
        "name": "Kløvermose Handicapridning",
        "town": "kloevermose",
        "categories": ["Idræt og motion", "Sundhed og handicap"],
        "groups": ["Mennesker med handicap", "Børn"],
        "summary": (
            "Ridning for børn og voksne med handicap på rolige islandske heste. Hver rytter har en hestefører og "
            "to sidegængere."
        ),
        "about": [
            text(
                "Ridning styrker balancen, musklerne og selvtilliden – og så er det bare dejligt at sidde på en "
                "hest. I Kløvermose Handicapridning rider vi på seks rolige islandske heste på Mosegården.",
                "Hver rytter har sit eget hold af frivillige: en, der fører hesten, og to, der går ved siden af. "
                "Vi har en rampe, så man kan komme op på hesten fra en kørestol, og en fysioterapeut er med "
                "hver gang.",
            ),
            quote(
                "Min søn siger ikke så meget. Men når han sidder på Frigg, smiler han hele vejen rundt om banen.",
                "Mor til en rytter på 9 år",
            ),
        ],
        "street": "Mosegårdsvej 11",
        "place": "Mosegården, ridehallen",
        "times": "Tirsdage og torsdage kl. 16–19, lørdage kl. 10–13",
        "fee": "1.100 kr. pr. halvår. Frivillige rider gratis én gang om måneden.",
        "activities": [
            activity(
                "Handicapridning for børn",
                "20 minutter på hesten med fysioterapeut og frivillige.",
                "Tirsdage og torsdage kl. 16–19",
                "Mennesker med handicap",
                price="1.100 kr. pr. halvår",
                accessible=True,
            ),
            activity(
                "Handicapridning for voksne",
                "Rolig ridning og en tur i skoven.",
                "Lørdage kl. 10–13",
                "Mennesker med handicap",
                price="1.100 kr. pr. halvår",
                accessible=True,
            ),
        ],
        "cvr": True,
        "pin": True,
        "person": ("Tove Rasmussen", "30 52 64 88"),
    },
    {
        "slug": "mosekoret",
        "name": "Mosekoret",
        "town": "kloevermose",
        "categories": ["Kultur og musik", "Ældre"],
        "groups": ["Voksne", "Ældre"],
        "summary": (
            "Et uhøjtideligt kor for alle, der kan lide at synge. Vi synger danske sange, viser og lidt pop – og "
            "vi griner meget."
        ),
        "about": [
            text(
                "Mosekoret er for dig, der synger i bilen og under bruseren, men aldrig har turdet stille dig op "
                "i et kor. Vi har ingen optagelsesprøve, og du lærer sangene ved at synge med.",
                "Vores korleder, Peter, spiller klaver og skriver arrangementer, der passer til os. Vi optræder "
                "på plejecentret, til byfesten og ved julearrangementet i forsamlingshuset.",
            ),
            text("I pausen er der kaffe og kage, som vi skiftes til at bage."),
        ],
        "street": "Mosevej 3",
        "place": "Kløvermose Forsamlingshus",
        "times": "Onsdage kl. 14–16",
        "fee": "250 kr. pr. halvår",
        "activities": [
            activity(
                "Korsang",
                "Sang i tre stemmer med kaffepause.",
                "Onsdage kl. 14–16",
                "Ældre",
                price="250 kr. pr. halvår",
                accessible=True,
            ),
        ],
    },
    {
        "slug": "kloevermose-biavlerforening",
        "name": "Kløvermose Biavlerforening",
        "town": "kloevermose",
        "categories": ["Natur og miljø", "Uddannelse og læring"],
        "groups": ["Voksne", "Børn"],
        "summary": (
            "Lær at holde bier. Vi har en skolebigård, begynderkurser og en honningslynge, som medlemmerne kan låne."
        ),
        "about": [
            text(
                "Bier er fascinerende – og vigtige for både naturen og afgrøderne. I Kløvermose Biavlerforening "
                "hjælper vi hinanden med at passe bifamilierne, slynge honning og holde bierne sunde.",
                "Vores skolebigård ved mosen har otte bistader. Her holder vi begynderkursus hvert forår, hvor "
                "du følger et bistade gennem en hel sæson, før du får dine egne.",
            ),
            text(
                "Skoler og børnehaver er velkomne på besøg i bigården. Børnene får en dragt på og kan se "
                "dronningen, hvis hun vil vise sig."
            ),
        ],
        "street": "Mosestien 2",
        "place": "Skolebigården ved Kløvermose",
        "times": "Bigårdsmøder søndage kl. 10 fra april til august",
        "fee": "250 kr. om året. Begynderkursus 900 kr. inkl. udstyr.",
        "activities": [
            activity(
                "Begynderkursus i biavl",
                "En sæson med teori, praksis og en fast mentor.",
                "Søndage fra april til august",
                "Voksne",
                price="900 kr.",
            ),
            activity(
                "Bigårdsbesøg for skoleklasser",
                "En time i bigården med dragter og smagsprøver.",
                "Efter aftale fra maj til august",
                "Børn",
            ),
        ],
        "web": True,
        "cvr": True,
        "pin": True,
    },
    {
        "slug": "seniormotion-kloevermose",
        "name": "Seniormotion i Kløvermose",
        "town": "kloevermose",
        "categories": ["Ældre", "Idræt og motion"],
        "groups": ["Ældre"],
        "summary": (
            "Line dance, stolegymnastik og gåture for seniorer. Kom som du er – det vigtigste er at komme ud af huset."
        ),
        "about": [
            text(
                "Seniormotion i Kløvermose er for alle over 60, uanset form. Mandag danser vi line dance i "
                "forsamlingshuset, og torsdag har vi stolegymnastik for dem, der har lidt sværere ved at stå op "
                "længe ad gangen.",
                "Hver fredag går vi en tur på 3–5 kilometer rundt om mosen. Turen slutter med kaffe hos en af "
                "deltagerne.",
            ),
            text("Vores instruktører er selv pensionister og har taget et kursus i seniormotion."),
        ],
        "street": "Mosevej 3",
        "place": "Kløvermose Forsamlingshus og stierne ved mosen",
        "times": "Mandage kl. 10–11.30, torsdage kl. 10–11 og fredage kl. 9.30",
        "fee": "200 kr. pr. halvår",
        "activities": [
            activity(
                "Line dance",
                "Dans til country og pop – trinene bliver forklaret roligt.",
                "Mandage kl. 10–11.30",
                "Ældre",
                price="200 kr. pr. halvår",
                accessible=True,
            ),
            activity(
                "Stolegymnastik",
                "Styrke og bevægelighed, siddende eller stående ved en stol.",
                "Torsdage kl. 10–11",
                "Ældre",
                price="200 kr. pr. halvår",
                accessible=True,
            ),
            activity(
                "Fredagsgåtur",
                "Gåtur rundt om mosen og kaffe bagefter.",
                "Fredage kl. 9.30",
                "Ældre",
                where="Mødested ved forsamlingshuset",
                no_danish=True,
            ),
        ],
    },
    {
        "slug": "faellesskabshaven-kloevermose",
        "name": "Fællesskabshaven i Kløvermose",
        "town": "kloevermose",
        "categories": ["Natur og miljø", "Integration og sprog"],
        "groups": ["Familier", "Flygtninge og indvandrere", "Alle"],
        "summary": (
            "En stor køkkenhave, hvor familier fra Kløvermose og nye danskere dyrker grøntsager sammen. Ingen "
            "erfaring nødvendig."
        ),
        "about": [
            text(
                "Haven ligger på et stykke jord, som en af byens landmænd har lånt os. Her har 25 familier hver "
                "deres bed, og i de fælles bede dyrker vi kartofler, bønner, squash og krydderurter.",
                "Halvdelen af familierne er kommet til Danmark inden for de seneste år. I haven taler vi dansk, "
                "arabisk, ukrainsk, engelsk og med hænderne – og det går fint.",
            ),
            quote(
                "Hjemme i Syrien havde min far en have. Her kan jeg vise mine børn, hvordan man sår.",
                "Ahmad, med i haven siden 2022",
            ),
            text("Om søndagen arbejder vi sammen og laver mad på bålet. Høstfesten i september er årets højdepunkt."),
        ],
        "street": "Markvejen 17",
        "place": "Haven på Markvejen, ved den røde lade",
        "times": "Fællesarbejde søndage kl. 10–13 fra april til oktober",
        "fee": "Gratis. Et eget bed koster 100 kr. for sæsonen.",
        "activities": [
            activity(
                "Fællesarbejde i haven",
                "Vi sår, luger og høster sammen og spiser frokost ved bålet.",
                "Søndage kl. 10–13",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Eget bed",
                "Dit eget bed på 10 m² med adgang til vand og redskaber.",
                "Hele sæsonen",
                "Familier",
                price="100 kr. for sæsonen",
                no_danish=True,
            ),
        ],
        "social": ["facebook", "instagram"],
        "form": True,
        "pin": True,
    },
    {
        "slug": "hoeloftet-ungdomsklub",
        "name": "Høloftet – ungdomsklub i Kløvermose",
        "town": "kloevermose",
        "categories": ["Børn og unge", "Lokalsamfund"],
        "groups": ["Unge"],
        "summary": (
            "Et frivilligt drevet mødested for unge fra 12 til 17 år på loftet over den gamle kostald: "
            "bordtennis, gaming, musikrum og et sted at være."
        ),
        "about": [
            text(
                "Høloftet blev bygget om af forældre og unge i 2021, fordi der ikke var noget sted at være for "
                "de unge i Kløvermose om aftenen. I dag kommer 30–40 unge hver uge.",
                "Der er altid mindst to voksne frivillige til stede. De unge har selv et klubråd, der bestemmer, "
                "hvilke aktiviteter og ture vi laver.",
            ),
            text(
                "Vi har et musikrum med trommer, guitarer og lidt optageudstyr, og hver fredag er der "
                "fællesspisning, som de unge selv laver."
            ),
        ],
        "street": "Markvejen 2",
        "place": "Høloftet, Markvejen 2",
        "times": "Tirsdage og fredage kl. 18–22",
        "fee": "100 kr. om året",
        "activities": [
            activity(
                "Åben klub",
                "Bordtennis, pool, gaming og hygge.",
                "Tirsdage og fredage kl. 18–22",
                "Unge",
                price="100 kr. om året",
            ),
            activity(
                "Musikrummet",
                "Øvelokale med instrumenter – book en tid i klubben.",
                "Efter aftale",
                "Unge",
                price="Indgår i kontingentet",
            ),
        ],
        "social": ["instagram", "tiktok"],
    },
    {
        "slug": "cafe-aaben-doer",
        "name": "Café Åben Dør",
        "town": "kloevermose",
        "categories": ["Tro og livssyn", "Socialt arbejde"],
        "groups": ["Alle", "Psykisk sårbare", "Ældre"],
        "summary": (
            "Kirkecafé i Kløvermose Frimenighed, hvor alle er velkomne til kaffe, suppe og en snak. Ingen "
            "prædiken, bare fællesskab."
        ),
        "about": [
            text(
                "Café Åben Dør holder åbent hver onsdag i frimenighedens lokaler. Vi serverer hjemmelavet suppe "
                "og brød, og der er altid en frivillig, der har tid til at lytte.",
                "Caféen er startet af menigheden, men du behøver ikke at tro på noget bestemt for at komme. Vi "
                "ser det som vores opgave at være et åbent hus for alle i byen.",
            ),
            text("Juleaftensdag holder vi julefrokost for dem, der ellers ville være alene."),
        ],
        "street": "Kirkevej 9",
        "place": "Kløvermose Frimenighed, menighedssalen",
        "times": "Onsdage kl. 11–14",
        "fee": "Gratis. Suppe og brød 20 kr.",
        "activities": [
            activity(
                "Suppecafé",
                "Suppe, brød og kaffe.",
                "Onsdage kl. 11–14",
                "Alle",
                price="20 kr.",
                accessible=True,
            ),
            activity(
                "Julefrokost for alle",
                "Julefrokost for dem, der ellers ville være alene.",
                "24. december kl. 12–15",
                "Ældre",
                no_danish=True,
                accessible=True,
            ),
        ],
        "phone": "72 40 71 30",
    },
    {
        "slug": "maendenes-vaerksted-kloevermose",
        "name": "Mændenes Værksted i Kløvermose",
        "town": "kloevermose",
        "categories": ["Socialt arbejde", "Ældre"],
        "groups": ["Voksne", "Ældre"],
        "summary": (
            "Et værksted, hvor mænd mødes om træarbejde, motorer og en kop kaffe. For alle, der savner et sted "
            "at høre til."
        ),
        "about": [
            text(
                "Mange mænd mister deres netværk, når de går på pension eller bliver alene. Mændenes Værksted "
                "er et sted, hvor man kan komme og lave noget med hænderne sammen med andre – og snakken kommer "
                "af sig selv.",
                "Vi bygger fuglekasser til naturplejen, reparerer cykler til Fællesskabshaven og sætter en "
                "gammel grå traktor i stand, så den kan køre med i byfestens optog.",
            ),
            text(
                "Værkstedet ligger i en tidligere smedje. Vi har høvlebænke, drejebænk og svejseudstyr, og de "
                "erfarne lærer gerne fra sig."
            ),
        ],
        "street": "Smedievej 1",
        "place": "Den gamle smedje, Smedievej 1",
        "times": "Tirsdage og torsdage kl. 9–13",
        "fee": "150 kr. om året",
        "activities": [
            activity(
                "Åbent værksted",
                "Træ, metal og motorer – og kaffe kl. 10.",
                "Tirsdage og torsdage kl. 9–13",
                "Voksne",
                price="150 kr. om året",
                no_danish=True,
            ),
        ],
        "person": ("Jørgen Madsen", "21 47 90 36"),
    },
]


STRANDBAEK = [
    {
        "slug": "strandbaek-lektiecafe",
        "name": "Strandbæk Lektiecafé",
        "town": "strandbaek",
        "categories": ["Uddannelse og læring", "Børn og unge", "Integration og sprog"],
        "groups": ["Børn", "Unge", "Flygtninge og indvandrere"],
        "summary": (
            "Gratis lektiehjælp til skoleelever i 3.–10. klasse. Frivillige hjælper med matematik, dansk, "
            "engelsk og alt det andet."
        ),
        "about": [
            text(
                "I Strandbæk Lektiecafé kan alle skoleelever få hjælp til lektierne to eftermiddage om ugen. Vi "
                "holder til på biblioteket, og der er frugt, saftevand og ro til at arbejde.",
                "De frivillige er gymnasieelever, studerende, forældre og pensionerede lærere. Mange af eleverne "
                "har forældre, der ikke selv har gået i skole i Danmark, og her kan de få hjælp til det, "
                "forældrene ikke kan hjælpe med.",
            ),
            heading("Før prøverne"),
            text(
                "I april og maj holder vi ekstra åbent for 9. og 10. klasse, så eleverne kan øve sig til de "
                "afsluttende prøver."
            ),
            quote("Jeg kom for at få hjælp til brøker. Nu hjælper jeg selv de yngre.", "Tidligere elev, nu frivillig"),
        ],
        "street": "Strandvejen 20",
        "place": "Strandbæk Bibliotek, børneafdelingen",
        "times": "Mandage og onsdage kl. 15–17.30",
        "fee": "Gratis",
        "activities": [
            activity(
                "Lektiecafé for 3.–6. klasse",
                "Hjælp til lektier og læsning.",
                "Mandage kl. 15–17",
                "Børn",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Lektiecafé for 7.–10. klasse",
                "Hjælp til opgaver, projekter og prøveforberedelse.",
                "Onsdage kl. 15–17.30",
                "Unge",
                no_danish=True,
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "pin": True,
        "contacts": [("Koordinator", "koordinator", "Amir Haddad", "42 75 18 63")],
        "logo": ("SL", "plum"),
    },
    {
        "slug": "strandbaek-naturlaug",
        "name": "Strandbæk Naturlaug",
        "town": "strandbaek",
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "groups": ["Alle", "Familier"],
        "summary": (
            "Vi samler affald på stranden, passer klitterne og tæller fugle. Første lørdag i måneden er alle "
            "velkomne til strandrensning."
        ),
        "about": [
            text(
                "Strandbæk Naturlaug passer på de fire kilometer kyst mellem havnen og Stejlepynten. Den første "
                "lørdag i måneden går vi stranden igennem med sække og gribetænger. Vi sorterer affaldet og "
                "registrerer det, så forskerne kan se, hvor det kommer fra.",
                "Om vinteren fjerner vi rynket rose fra klitterne, så de hjemmehørende planter kan vokse. Om "
                "foråret tæller vi ynglende fugle sammen med kommunens naturvejleder.",
            ),
            text(
                "Børn er meget velkomne. Vi har små gribetænger og handsker, og der er kakao bagefter.",
            ),
        ],
        "street": "Strandvejen 2",
        "place": "P-pladsen ved Strandbæk Havn",
        "times": "Strandrensning første lørdag i måneden kl. 10–12",
        "fee": "Gratis – bidrag modtages gerne",
        "activities": [
            activity(
                "Strandrensning",
                "To timer på stranden med sække og gribetænger.",
                "Første lørdag i måneden kl. 10–12",
                "Alle",
                no_danish=True,
            ),
            activity(
                "Rosebekæmpelse i klitterne",
                "Vi graver rynket rose op og giver plads til klitplanterne.",
                "Lørdage i november og februar kl. 9–13",
                "Voksne",
                no_danish=True,
            ),
            activity(
                "Fugletælling",
                "Tælling af ynglefugle med kikkert og naturvejleder.",
                "Tre morgener i maj",
                "Voksne",
            ),
        ],
        "web": True,
        "social": ["facebook", "instagram"],
        "cvr": True,
        "pin": True,
        "logo": ("SN", "teal"),
    },
    {
        "slug": "strandbaek-sejl-og-kajakklub",
        "name": "Strandbæk Sejl- og Kajakklub",
        "town": "strandbaek",
        "categories": ["Idræt og motion", "Børn og unge"],
        "groups": ["Børn", "Unge", "Voksne"],
        "summary": (
            "Jollesejlads for børn, kølbåde for voksne og havkajak for alle. Klubben har både, du kan låne, mens "
            "du lærer."
        ),
        "about": [
            text(
                "Klubben ligger helt ude ved molen i Strandbæk Havn. Vi har 14 optimistjoller, fire tomandsjoller "
                "og to kølbåde, som medlemmerne kan sejle i, og en hel flåde af havkajakker.",
                "Juniorafdelingen sejler hver tirsdag og torsdag fra maj til september. Trænerne er frivillige, "
                "og der er altid en følgebåd på vandet.",
            ),
            text("Om vinteren spiller vi kajakpolo i svømmehallen og holder teorikurser i navigation og sikkerhed."),
        ],
        "street": "Molen 4",
        "place": "Klubhuset på molen, Strandbæk Havn",
        "times": "Juniorer tirsdag og torsdag kl. 17–19.30, voksne onsdag kl. 18 og i weekenden",
        "fee": "Juniorer 900 kr., voksne 1.600 kr. om året",
        "activities": [
            activity(
                "Juniorsejlads",
                "Optimistjoller og tomandsjoller for 8–16-årige.",
                "Tirsdage og torsdage kl. 17–19.30 fra maj til september",
                "Børn",
                price="900 kr. om året",
            ),
            activity(
                "Havkajak for begyndere",
                "Kursus i havkajak med redningsøvelser.",
                "Fem lørdage i juni",
                "Voksne",
                price="800 kr.",
            ),
            activity(
                "Onsdagssejlads",
                "Kapsejlads i kølbåd for alle medlemmer.",
                "Onsdage kl. 18",
                "Voksne",
                price="Indgår i kontingentet",
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
        "pin": True,
    },
    {
        "slug": "isbjoernene-strandbaek",
        "name": "Isbjørnene – Strandbæk Vinterbadere",
        "town": "strandbaek",
        "categories": ["Idræt og motion", "Sundhed og handicap"],
        "groups": ["Voksne", "Ældre"],
        "summary": (
            "Vinterbadning fra broen og sauna ved stranden. 280 medlemmer, der alle er enige om, at det er "
            "koldt – og dejligt."
        ),
        "about": [
            text(
                "Isbjørnene har badebro og en saunavogn ved Strandbæk Strand. Saunaen er tændt hver morgen fra "
                "oktober til april, og man dypper sig i havet mellem saunagangene.",
                "Nye medlemmer får en introduktion til vinterbadning og sikkerhed, og vi bader aldrig alene. Vi "
                "har en rampe ned til vandet og hjælpere, så man også kan bade, hvis man har svært ved at gå.",
            ),
            text("Hver nytårsdag holder vi nytårsdukkert for alle, med suppe og varm kakao bagefter."),
        ],
        "street": "Strandvejen 48",
        "place": "Saunavognen ved badebroen",
        "times": "Hver morgen kl. 6.30–9 og søndage kl. 9–12 fra oktober til april",
        "fee": "850 kr. pr. sæson",
        "activities": [
            activity(
                "Sauna og vinterbad",
                "Sauna og dukkert fra broen.",
                "Dagligt kl. 6.30–9 i sæsonen",
                "Voksne",
                price="850 kr. pr. sæson",
                accessible=True,
            ),
            activity(
                "Nytårsdukkert",
                "Fælles dukkert for alle – også for dem, der ikke er medlemmer.",
                "1. januar kl. 12",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
        ],
        "social": ["facebook"],
        "cvr": True,
    },
    {
        "slug": "strandbaek-soespejdere",
        "name": "Strandbæk Søspejdere",
        "town": "strandbaek",
        "categories": ["Spejder", "Natur og miljø"],
        "groups": ["Børn", "Unge"],
        "summary": (
            "Spejder på vandet: vi ror, sejler og padler i vores egne både – og laver mad over bål på stranden "
            "bagefter."
        ),
        "about": [
            text(
                "Søspejderne er en særlig slags spejdere, hvor meget af tiden foregår på vandet. Vi har to gamle "
                "robåde med sejl og en håndfuld kajakker, og alle spejdere lærer at ro, sejle og redde sig selv "
                "og andre i vandet.",
                "Om vinteren bygger og reparerer vi både i vores værksted ved havnen. Hver sommer tager de "
                "ældste spejdere på togt i det sydfynske øhav.",
            ),
            text("Alle ledere har kursus i sikkerhed på vandet, og vi sejler aldrig uden redningsvest."),
        ],
        "street": "Havnepladsen 6",
        "place": "Søspejderhuset, Strandbæk Havn",
        "times": "Mandage kl. 18–20 for 10–13-årige, torsdage kl. 18.30–21 for 14–17-årige",
        "fee": "600 kr. pr. halvår",
        "activities": [
            activity(
                "Søspejd for 10–13-årige",
                "Roning, sejlads og knob.",
                "Mandage kl. 18–20",
                "Børn",
                price="600 kr. pr. halvår",
            ),
            activity(
                "Sommertogt",
                "En uges sejlads i øhavet for de 14–17-årige.",
                "En uge i juli",
                "Unge",
                price="1.500 kr.",
            ),
        ],
        "web": True,
        "cvr": True,
    },
    {
        "slug": "strandbaek-lokalraad",
        "name": "Strandbæk Lokalråd",
        "town": "strandbaek",
        "categories": ["Lokalsamfund"],
        "groups": ["Alle"],
        "summary": (
            "Lokalrådet samler byens foreninger og borgere og arbejder for en levende kystby – hele året, ikke "
            "kun om sommeren."
        ),
        "about": [
            text(
                "Om sommeren er Strandbæk fuld af turister, men om vinteren bor her 1.100 mennesker. Lokalrådet "
                "arbejder for, at byen også er et godt sted at bo uden for sæsonen: med bus, skole, lægehus og "
                "et aktivt foreningsliv.",
                "Rådet består af en repræsentant fra hver af byens foreninger og fem valgte borgere. Vi holder "
                "borgermøde to gange om året, hvor alle kan komme med idéer og kritik.",
            ),
            text("Lige nu arbejder vi for en ny legeplads på havnen og en vinterbus til Fjordlund."),
        ],
        "street": "Strandvejen 20",
        "place": "Strandbæk Bibliotek, mødesalen",
        "times": "Borgermøder i marts og oktober. Rådsmøde hver måned.",
        "fee": "Gratis",
        "activities": [
            activity(
                "Borgermøde",
                "Hør nyt fra byen, og kom med dine idéer.",
                "En torsdag i marts og en i oktober kl. 19",
                "Alle",
                accessible=True,
            ),
        ],
        "web": True,
    },
    {
        "slug": "vaagetjenesten",
        "name": "Vågetjenesten i Strandbæk og Fjordlund",
        "town": "strandbaek",
        "categories": ["Socialt arbejde", "Sundhed og handicap"],
        "groups": ["Ældre", "Pårørende"],
        "summary": (
            "Frivillige vågere sidder hos døende, der ellers ville være alene, og giver pårørende mulighed for "
            "at hvile sig."
        ),
        "about": [
            text(
                "Ingen skal dø alene. Vågetjenesten sender en frivillig våger, når en døende ikke har familie, "
                "der kan være der, eller når de pårørende har brug for en pause. Vi kommer i eget hjem, på "
                "plejecentre og på sygehuset.",
                "Vores vågere er mellem 35 og 80 år. Alle har været på kursus om den sidste tid og får "
                "supervision og samtaler med de andre vågere.",
            ),
            quote(
                "Det er ikke tungt, som man skulle tro. Det er stille og meget meningsfuldt.",
                "Våger gennem otte år",
            ),
        ],
        "street": "Strandvejen 20",
        "place": "Vi kommer, hvor der er brug for os",
        "times": "Hele døgnet efter behov, i vagter på 3–4 timer",
        "fee": "Gratis for den døende og de pårørende",
        "activities": [
            activity(
                "Vågetjeneste",
                "En frivillig sidder hos den døende og er der.",
                "Hele døgnet efter behov",
                "Ældre",
            ),
            activity(
                "Samtale for pårørende",
                "En frivillig taler med de pårørende under og efter forløbet.",
                "Efter aftale",
                "Pårørende",
            ),
        ],
        "phone": "72 40 66 02",
        "contacts": [("Koordinator", "koordinator", "Karen Bundgaard", "26 15 73 49")],
        "form": True,
    },
    {
        "slug": "mad-uden-graenser",
        "name": "Mad uden grænser i Strandbæk",
        "town": "strandbaek",
        "categories": ["Integration og sprog", "Socialt arbejde"],
        "groups": ["Flygtninge og indvandrere", "Familier", "Alle"],
        "summary": (
            "Vi laver mad fra hele verden sammen og spiser den bagefter. Et sted at møde nye naboer – og smage "
            "noget nyt."
        ),
        "about": [
            text(
                "En gang om måneden overtager vi skolekøkkenet på Strandbæk Skole. En familie eller en gruppe "
                "viser, hvordan man laver mad fra deres land – fra ukrainsk borsjtj til eritreisk injera og "
                "sønderjysk kaffebord.",
                "Alle hjælper med at hakke, røre og dække bord, og så spiser vi sammen ved lange borde. Det er "
                "en let måde at lære naboerne at kende på, også hvis man ikke taler samme sprog.",
            ),
            text(
                "Vi er en gruppe frivillige fra otte forskellige lande. Har du en ret, du gerne vil vise frem, "
                "så skriv til os."
            ),
        ],
        "street": "Skolegade 5",
        "place": "Strandbæk Skole, skolekøkkenet",
        "times": "Sidste søndag i måneden kl. 14–18",
        "fee": "Gratis at være med",
        "activities": [
            activity(
                "Fælles madlavning",
                "Madlavning og spisning med en ny køkkenchef hver gang.",
                "Sidste søndag i måneden kl. 14–18",
                "Alle",
                price="30 kr. pr. voksen til råvarer, børn gratis",
                no_danish=True,
                accessible=True,
            ),
        ],
        "social": ["facebook", "instagram"],
    },
    {
        "slug": "kystscenen",
        "name": "Kystscenen – Strandbæk Teaterforening",
        "town": "strandbaek",
        "categories": ["Kultur og musik"],
        "groups": ["Alle", "Unge"],
        "summary": (
            "Amatørteater i det gamle redningshus. To forestillinger om året og et ungdomshold for de 13–18-årige."
        ),
        "about": [
            text(
                "Kystscenen spiller i Strandbæks gamle redningshus, som vi selv har bygget om til et lille "
                "teater med 80 pladser. Vi sætter to forestillinger op om året: en komedie i juli for turister "
                "og byens egne og et mere alvorligt stykke i november.",
                "Der er brug for mange slags folk: skuespillere, instruktør, sufflør, lysfolk, scenebyggere og "
                "nogen, der kan sy kostumer. Ingen erfaring er nødvendig – vi lærer af hinanden.",
            ),
            text(
                "Ungdomsholdet arbejder med improvisation og skriver selv deres forestilling, som de spiller for "
                "skolerne i foråret."
            ),
        ],
        "street": "Redningsvej 1",
        "place": "Det gamle redningshus",
        "times": "Prøver mandage og onsdage kl. 19–22 op til premieren. Ungdomshold torsdage kl. 16.30–18.30.",
        "fee": "200 kr. om året",
        "activities": [
            activity(
                "Sommerkomedie",
                "Friluftsforestilling – tag et tæppe med.",
                "Seks forestillinger i juli",
                "Alle",
                price="Billetter 120 kr.",
                accessible=True,
            ),
            activity(
                "Ungdomsteater",
                "Improvisation og egen forestilling for 13–18-årige.",
                "Torsdage kl. 16.30–18.30",
                "Unge",
                price="200 kr. om året",
            ),
        ],
        "web": True,
        "social": ["instagram"],
        "cvr": True,
    },
    {
        "slug": "barselscafeen-strandbaek",
        "name": "Barselscaféen i Strandbæk",
        "town": "strandbaek",
        "categories": ["Socialt arbejde", "Børn og unge"],
        "groups": ["Familier"],
        "summary": (
            "Et mødested for forældre på barsel, især dem der er nye i byen eller mangler netværk. Kaffe, babyer "
            "og gode råd."
        ),
        "about": [
            text(
                "Det kan være ensomt at gå hjemme med en lille ny – særligt hvis man lige er flyttet til byen "
                "eller ikke har familie i nærheden. I Barselscaféen mødes forældre og babyer hver fredag "
                "formiddag i medborgerhuset.",
                "Caféen drives af frivillige mødre og fædre, der selv har været på barsel. En gang om måneden "
                "kommer sundhedsplejersken forbi og svarer på spørgsmål om søvn, mad og alt det andet.",
            ),
            text("Vi taler dansk og engelsk, og alle er velkomne – også bedsteforældre, der passer barnebarnet."),
        ],
        "street": "Torvet 3",
        "place": "Strandbæk Medborgerhus",
        "times": "Fredage kl. 10–12",
        "fee": "Gratis",
        "activities": [
            activity(
                "Barselscafé",
                "Kaffe, legetæppe og snak med andre forældre.",
                "Fredage kl. 10–12",
                "Familier",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Besøg af sundhedsplejersken",
                "Spørgsmål og svar om babyens første år.",
                "Første fredag i måneden kl. 10.30",
                "Familier",
                accessible=True,
            ),
        ],
        "social": ["facebook"],
        "form": True,
    },
]


LYNGAA = [
    {
        "slug": "lyngaa-naturplejelaug",
        "name": "Lyngå Naturplejelaug",
        "town": "lyngaa",
        "categories": ["Natur og miljø", "Lokalsamfund"],
        "groups": ["Alle", "Voksne", "Ældre"],
        "summary": (
            "Vi holder engene ved Lyngå Å og lyngbakkerne åbne med le, rive og en flok får – og vi lærer fra os "
            "undervejs."
        ),
        "about": [
            text(
                "Uden pleje gror engene ved Lyngå Å til i pil og tagrør, og lyngbakkerne bliver til skov. "
                "Naturplejelauget blev stiftet af naboer, der ville bevare de åbne landskaber og de sjældne "
                "planter og sommerfugle, der lever her.",
                "Vi har 14 får, der græsser på engene fra maj til oktober, og vi ser til dem hver dag på skift. "
                "Om sommeren slår vi hø med le og rive på de vådeste enge, hvor maskinerne ikke kan komme.",
            ),
            heading("Arbejdsdage for alle"),
            text(
                "Den sidste lørdag i måneden holder vi arbejdsdag, hvor alle kan være med. Vi rydder opvækst, "
                "reparerer hegn og slår hø – og slutter altid med frokost i det fri. Du behøver ingen erfaring, "
                "og vi har redskaber til alle."
            ),
            quote(
                "Jeg kom for at lære at slå med le. Nu kender jeg navnet på hver eneste orkidé på engen.",
                "Inger Bech, formand",
            ),
        ],
        "street": "Ågade 12",
        "place": "P-pladsen ved Lyngå Mølle",
        "times": "Arbejdsdag sidste lørdag i måneden kl. 9–14. Fåretilsyn dagligt på skift.",
        "fee": "100 kr. om året",
        "activities": [
            activity(
                "Arbejdsdag i naturen",
                "Rydning, hegn og høslæt – med frokost bagefter.",
                "Sidste lørdag i måneden kl. 9–14",
                "Alle",
                no_danish=True,
            ),
            activity(
                "Kursus i at slå med le",
                "En dag med slibning, teknik og praksis på engen.",
                "En lørdag i juni",
                "Voksne",
                price="150 kr. inkl. frokost",
            ),
            activity(
                "Sommerfugletur",
                "Guidet tur på lyngbakkerne for store og små.",
                "Første søndag i juli kl. 10",
                "Familier",
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
        "pin": True,
        "person": ("Inger Bech", "61 28 44 07"),
        "logo": ("LN", "forest"),
    },
    {
        "slug": "lyngaa-spejdergruppe",
        "name": "Lyngå Spejdergruppe",
        "town": "lyngaa",
        "categories": ["Spejder", "Børn og unge"],
        "groups": ["Børn", "Unge", "Familier"],
        "summary": (
            "Spejdergruppe i kanten af Lyngå Skov med familiespejd for de mindste og friluftsliv året rundt for "
            "de større."
        ),
        "about": [
            text(
                "Lyngå Spejdergruppe har sin hytte og lejrplads lige i kanten af skoven, med shelters, bålhytte "
                "og et gammelt egetræ, der er godt at klatre i. Vi er omkring 60 spejdere og 15 ledere.",
                "Familiespejd er for børn fra 3 til 6 år sammen med en voksen. Vi mødes en søndag om måneden, "
                "leger, bager snobrød og går på opdagelse i skoven.",
            ),
            text("De ældste spejdere kan tage kanokørekort og sejle på Lyngå Å med lederne."),
        ],
        "street": "Skovbrynet 8",
        "place": "Spejderhytten Lyngtoppen",
        "times": (
            "Familiespejd en søndag om måneden kl. 10–12. De 7–11-årige tirsdage kl. 17.30–19.30. Troppen "
            "torsdage kl. 19–21."
        ),
        "fee": "500 kr. pr. halvår, familiespejd 200 kr.",
        "activities": [
            activity(
                "Familiespejd",
                "Leg og natur for 3–6-årige med en voksen.",
                "En søndag om måneden kl. 10–12",
                "Familier",
                price="200 kr. pr. halvår",
                no_danish=True,
            ),
            activity(
                "Spejder for 7–11-årige",
                "Bål, knob, løb og lejre.",
                "Tirsdage kl. 17.30–19.30",
                "Børn",
                price="500 kr. pr. halvår",
            ),
            activity(
                "Kanotur på Lyngå Å",
                "Kanotur for troppen med overnatning i shelter.",
                "To weekender om sommeren",
                "Unge",
                price="250 kr.",
            ),
        ],
        "cvr": True,
        "pin": True,
    },
    {
        "slug": "lyngaa-if",
        "name": "Lyngå Idrætsforening",
        "town": "lyngaa",
        "categories": ["Idræt og motion", "Lokalsamfund"],
        "groups": ["Alle", "Børn", "Voksne"],
        "summary": ("Håndbold, badminton, løb og petanque – og landsbyens samlingspunkt i hallen og på stadion."),
        "about": [
            text(
                "Lyngå IF er landsbyens største forening. Vi har håndbold for børn og voksne, badminton for alle "
                "aldre, et løbehold, der træner tre gange om ugen, og en petanquebane, der er i brug hele "
                "sommeren.",
                "Foreningen driver også cafeteriet i hallen, hvor frivillige sælger kaffe, toast og is under "
                "kampe og stævner. Overskuddet går til nye bolde, net og spilletrøjer.",
            ),
            text("I september arrangerer vi Lyngå-løbet med ruter på 5 og 10 kilometer langs åen og gennem skoven."),
        ],
        "street": "Idrætsvej 10",
        "place": "Lyngå Hallen og stadion",
        "times": "Hallen er i brug mandag–torsdag kl. 16–22. Løbeholdet mødes tirsdag, torsdag og søndag.",
        "fee": "Fra 300 kr. pr. sæson",
        "activities": [
            activity(
                "Børnehåndbold",
                "Håndbold for 5–10-årige med fokus på leg.",
                "Mandage kl. 16.30–17.30",
                "Børn",
                price="400 kr. pr. sæson",
                accessible=True,
            ),
            activity(
                "Motionsbadminton",
                "Frit spil for voksne, både single og double.",
                "Onsdage kl. 19–22",
                "Voksne",
                price="500 kr. pr. sæson",
                accessible=True,
            ),
            activity(
                "Løbeholdet",
                "Løb i tre tempogrupper fra hallen.",
                "Tirsdage og torsdage kl. 18, søndage kl. 9",
                "Alle",
                price="300 kr. om året",
                no_danish=True,
            ),
        ],
        "web": True,
        "social": ["facebook"],
        "cvr": True,
    },
    {
        "slug": "lyngaa-landsbyraad",
        "name": "Lyngå Landsbyråd",
        "town": "lyngaa",
        "categories": ["Lokalsamfund"],
        "groups": ["Alle"],
        "summary": (
            "Landsbyrådet arbejder for Lyngå og de omkringliggende husmandssteder: stier, bus, bredbånd og fællesskab."
        ),
        "about": [
            text(
                "Lyngå Landsbyråd er bindeleddet mellem landsbyen og kommunen. Vi holder øje med lokalplaner, "
                "skriver høringssvar og inviterer politikerne ud, når der er noget, de skal se med egne øjne.",
                "I de senere år har vi fået anlagt en natursti langs åen, fået fibernet til hele sognet og "
                "startet en delebil, som alle i byen kan leje billigt.",
            ),
            text("Alle, der bor i Lyngå Sogn, kan stemme ved landsbyrådets årsmøde i februar."),
        ],
        "street": "Ågade 4",
        "place": "Lyngå Forsamlingshus",
        "times": "Årsmøde i februar. Åbne rådsmøder anden mandag i måneden kl. 19.",
        "fee": "Gratis",
        "activities": [
            activity(
                "Åbent rådsmøde",
                "Kom og hør, hvad der sker i byen, og sig din mening.",
                "Anden mandag i måneden kl. 19",
                "Alle",
                accessible=True,
            ),
            activity(
                "Delebilen",
                "Lej landsbyens elbil pr. time.",
                "Book på landsbyrådets hjemmeside",
                "Voksne",
                price="40 kr. pr. time",
                where="P-pladsen ved forsamlingshuset",
            ),
        ],
        "web": True,
    },
    {
        "slug": "pilgrimsvandrere-lyngaa",
        "name": "Pilgrimsvandrere i Lyngå Sogn",
        "town": "lyngaa",
        "categories": ["Tro og livssyn", "Idræt og motion"],
        "groups": ["Voksne", "Ældre"],
        "summary": (
            "Vi vandrer i stilhed og samtale ad sognets gamle kirkestier. Vandringerne begynder og slutter ved "
            "Lyngå Kirke."
        ),
        "about": [
            text(
                "En pilgrimsvandring er en vandring med tid til eftertanke. Vi går 10–15 kilometer ad markveje "
                "og skovstier mellem kommunens gamle kirker. En del af turen går vi i stilhed, og resten af vejen "
                "snakker vi om det, der dukker op.",
                "Vandringerne ledes af sognepræsten og en gruppe frivillige vandreledere. Alle kan være med, "
                "uanset tro – det vigtigste er lysten til at gå og til at lytte.",
            ),
            text("Hver pinse går vi tre dage til Fjordlund og overnatter i sognegårde undervejs."),
        ],
        "street": "Kirkebakken 1",
        "place": "Lyngå Kirke, våbenhuset",
        "times": "Første lørdag i måneden kl. 9 fra marts til november",
        "fee": "Gratis. Pinsevandringen 600 kr. inkl. mad og overnatning.",
        "activities": [
            activity(
                "Månedlig pilgrimsvandring",
                "Vandring på 10–15 km med stilhed og samtale.",
                "Første lørdag i måneden kl. 9–15",
                "Voksne",
            ),
            activity(
                "Pinsevandring",
                "Tre dages vandring fra Lyngå til Fjordlund.",
                "I pinsen",
                "Voksne",
                price="600 kr.",
            ),
        ],
        "form": True,
    },
    {
        "slug": "lyngaa-krolfklub",
        "name": "Lyngå Krolf- og Petanqueklub",
        "town": "lyngaa",
        "categories": ["Ældre", "Idræt og motion"],
        "groups": ["Ældre", "Voksne"],
        "summary": "Krolf og petanque i det fri, med kaffe i klubhuset. En stille sport med mange grin.",
        "about": [
            text(
                "Krolf er en blanding af kroket og golf, og det er let at lære. Vi spiller på vores egen bane ved "
                "siden af stadion fra april til oktober, og om vinteren spiller vi indendørs i hallen en gang om "
                "ugen.",
                "De fleste medlemmer er over 60, men alle er velkomne. Vi låner køller og kugler ud, så du kan "
                "prøve et par gange, før du køber dit eget udstyr.",
            ),
            text(
                "Om sommeren spiller vi turneringer mod de andre krolfklubber i kommunen, og sæsonen slutter med "
                "afslutningsfest i klubhuset."
            ),
        ],
        "street": "Idrætsvej 12",
        "place": "Krolfbanen ved Lyngå Stadion",
        "times": "Mandage, onsdage og fredage kl. 9.30–12",
        "fee": "250 kr. om året",
        "activities": [
            activity(
                "Krolf",
                "Spil på 18 huller med kaffepause.",
                "Mandage, onsdage og fredage kl. 9.30–12",
                "Ældre",
                price="250 kr. om året",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Petanque for alle",
                "Åben petanqueaften – kugler kan lånes.",
                "Torsdage kl. 18.30 fra maj til august",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
        ],
    },
    {
        "slug": "hjerteloebere-lyngaa",
        "name": "Hjerteløbere i Lyngå",
        "town": "lyngaa",
        "categories": ["Sundhed og handicap", "Lokalsamfund"],
        "groups": ["Alle", "Voksne"],
        "summary": (
            "Landsbyens hjerteløbere rykker ud, når nogen får hjertestop, og holder sognets fem hjertestartere klar."
        ),
        "about": [
            text(
                "Der er langt til den nærmeste ambulance fra Lyngå. Derfor har vi bygget et netværk af "
                "hjerteløbere: borgere, der er uddannet i hjerte-lunge-redning og får en alarm på telefonen, når "
                "nogen i nærheden får hjertestop.",
                "Vi har samlet penge ind til fem hjertestartere, som hænger ved forsamlingshuset, kirken, "
                "hallen, købmanden og campingpladsen. Vi tjekker dem hver måned og skifter batterier og "
                "elektroder.",
            ),
            text("Hvert år holder vi gratis kurser i førstehjælp for alle i sognet. Skolens 7. klasse er altid med."),
        ],
        "street": "Ågade 4",
        "place": "Lyngå Forsamlingshus",
        "times": "Kursusaftener to gange om året. Tjek af hjertestartere første søndag i måneden.",
        "fee": "Gratis",
        "activities": [
            activity(
                "Førstehjælpskursus",
                "Hjerte-lunge-redning og brug af hjertestarter på tre timer.",
                "En aften i marts og en i oktober",
                "Alle",
                accessible=True,
            ),
            activity(
                "Tjek af hjertestartere",
                "Vi tjekker de fem hjertestartere sammen.",
                "Første søndag i måneden kl. 10",
                "Voksne",
            ),
        ],
        "person": ("Søren Kjeldsen", "29 84 51 60"),
    },
    {
        "slug": "lyngaa-aa-lystfiskerforening",
        "name": "Lyngå Å Lystfiskerforening",
        "town": "lyngaa",
        "categories": ["Natur og miljø", "Idræt og motion"],
        "groups": ["Voksne", "Børn", "Unge"],
        "summary": (
            "Vi fisker i og passer på Lyngå Å: vi lægger gydegrus ud, planter træer langs bredden og lærer børn "
            "at fiske."
        ),
        "about": [
            text(
                "Lyngå Å er et af egnens bedste vandløb for havørred – og det er det, fordi frivillige har "
                "arbejdet for det i årtier. Hvert efterår lægger vi gydegrus ud, så ørrederne har steder at "
                "gyde, og vi planter el og pil langs bredden, så vandet holdes køligt.",
                "Medlemmer kan fiske på foreningens 12 kilometer fiskevand. Vi har også et hold for børn og "
                "unge, hvor de lærer at binde fluer, kaste og behandle fisken ordentligt.",
            ),
            text(
                "Hvert forår elfisker vi sammen med kommunens biologer for at tælle ørredyngel og se, om "
                "arbejdet virker."
            ),
        ],
        "street": "Møllevej 3",
        "place": "Klubhuset ved Lyngå Mølle",
        "times": "Fluebinding onsdage kl. 19 om vinteren. Arbejdsdage i oktober og november.",
        "fee": "750 kr. om året, juniorer 150 kr.",
        "activities": [
            activity(
                "Fiskeskole for børn og unge",
                "Kastetræning, fluebinding og fisketure.",
                "Lørdage kl. 10–13 fra april til juni",
                "Børn",
                price="150 kr. for juniormedlemskab",
            ),
            activity(
                "Vandløbsarbejde",
                "Udlægning af gydegrus og plantning langs åen.",
                "Tre lørdage i oktober og november",
                "Voksne",
                no_danish=True,
            ),
            activity(
                "Fluebinding",
                "Bind dine egne fluer sammen med erfarne bindere.",
                "Onsdage kl. 19–21.30 fra november til marts",
                "Voksne",
                price="Indgår i kontingentet",
            ),
        ],
        "web": True,
        "cvr": True,
        "pin": True,
    },
    {
        "slug": "koncerter-i-laden",
        "name": "Koncerter i Laden – Lyngå Musikforening",
        "town": "lyngaa",
        "categories": ["Kultur og musik", "Lokalsamfund"],
        "groups": ["Alle", "Voksne"],
        "summary": (
            "Jazz, folk og singer-songwriter i en gammel kornlade. Vi er 40 frivillige, der står for alt fra "
            "booking til bar."
        ),
        "about": [
            text(
                "Hvert forår og efterår holder vi otte koncerter i laden på Lyngågård, som ejerne har stillet "
                "til rådighed. Der er plads til 150 siddende gæster, og mange af musikerne kommer igen, fordi de "
                "synes, stemningen er noget særligt.",
                "Musikforeningen drives helt af frivillige. Vi booker musikere, sælger billetter, bygger scene, "
                "laver mad til musikerne og står i baren.",
            ),
            text("Medlemmer får rabat på billetterne og forsalg til de mest populære koncerter."),
        ],
        "street": "Lyngågårdvej 5",
        "place": "Laden på Lyngågård",
        "times": "Koncerter fredage kl. 20 i marts–maj og september–november",
        "fee": "200 kr. om året",
        "activities": [
            activity(
                "Koncerter",
                "Otte koncerter hver sæson.",
                "Fredage kl. 20",
                "Voksne",
                price="Billetter 150–250 kr.",
                accessible=True,
            ),
            activity(
                "Familiekoncert",
                "En koncert for børn og voksne med is i pausen.",
                "En søndag i maj kl. 14",
                "Familier",
                price="50 kr., børn gratis",
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook", "instagram", "youtube"],
        "cvr": True,
    },
    {
        "slug": "venskabsfamilier-lyngaa",
        "name": "Venskabsfamilier i Lyngå",
        "town": "lyngaa",
        "categories": ["Integration og sprog", "Lokalsamfund"],
        "groups": ["Flygtninge og indvandrere", "Familier"],
        "summary": (
            "Vi kobler familier, der er nye i Danmark, med en familie fra Lyngå. I ses, når det passer – til "
            "middag, i skoven eller til fødselsdag."
        ),
        "about": [
            text(
                "Når man kommer til en lille landsby fra den anden side af jorden, er det svært at vide, hvordan "
                "tingene fungerer. Hvad er en madpakke? Hvorfor holder man fastelavn? Og hvem ringer man til, "
                "når bilen ikke vil starte?",
                "En venskabsfamilie er en dansk familie, der viser vej. I mødes, når det passer jer, ofte et par "
                "gange om måneden. Mange finder ud af, at de har lige så meget at lære af hinanden.",
            ),
            text(
                "Vi er ti familier i netværket, og vi mødes alle sammen til grillaften om sommeren og juleklip "
                "i december."
            ),
        ],
        "street": "Ågade 4",
        "place": "Efter aftale mellem familierne",
        "times": "Efter aftale. Fælles arrangementer fire gange om året.",
        "fee": "Gratis",
        "activities": [
            activity(
                "Venskabsfamilie",
                "En fast dansk familie at ses med.",
                "Efter aftale",
                "Flygtninge og indvandrere",
                no_danish=True,
            ),
            activity(
                "Grillaften og juleklip",
                "Fælles arrangementer for alle familier i netværket.",
                "Juni og december",
                "Familier",
                where="Lyngå Forsamlingshus",
                no_danish=True,
                accessible=True,
            ),
        ],
        "form": True,
        "person": ("Maja Thorsen", "31 62 07 94"),
    },
]


BIRKELY = [
    {
        "slug": "birkely-lektiecafe",
        "name": "Birkely Lektiecafé",
        "town": "birkely",
        "categories": ["Uddannelse og læring", "Børn og unge"],
        "groups": ["Børn", "Unge"],
        "summary": (
            "Lektiehjælp tre eftermiddage om ugen på Birkely Skole. Fjorten frivillige med tid til at forklare – "
            "igen og igen."
        ),
        "about": [
            text(
                "Vi er 14 frivillige i lektiecaféen. Nogle er pensionerede lærere, andre går selv i gymnasiet. "
                "Vi hjælper med alt fra gangetabeller og stavning til fysikrapporter og tyske gloser.",
                "Caféen ligger i skolens bibliotek, så børnene kan gå direkte derover efter sidste time. Der er "
                "frugt og boller, og de, der er færdige med lektierne, kan blive og spille skak eller brætspil.",
            ),
            quote(
                "Børnene er ligeglade med, om du er lærer eller studerende. De er bare glade for, at der er "
                "nogen, der har tid.",
                "Yasmin Khalil, koordinator i Birkely Lektiecafé",
            ),
        ],
        "street": "Skovvej 30",
        "place": "Birkely Skole, skolebiblioteket",
        "times": "Mandag, tirsdag og torsdag kl. 14–16.30",
        "fee": "Gratis",
        "activities": [
            activity(
                "Lektiecafé",
                "Hjælp til lektier og opgaver for 1.–9. klasse.",
                "Mandag, tirsdag og torsdag kl. 14–16.30",
                "Børn",
                no_danish=True,
                accessible=True,
            ),
        ],
        "contacts": [("Koordinator", "koordinator", "Yasmin Khalil", "50 38 21 76")],
    },
    {
        "slug": "birkely-if",
        "name": "Birkely IF – Idræt for alle",
        "town": "birkely",
        "categories": ["Idræt og motion", "Integration og sprog"],
        "groups": ["Alle", "Børn", "Flygtninge og indvandrere"],
        "summary": (
            "Fodbold, basket og fitness for alle i Birkely, uanset hvor du kommer fra, og hvad du har råd til."
        ),
        "about": [
            text(
                "Birkely IF blev startet i 2016 af forældre fra bydelen, som ville give børnene et sted at "
                "spille, der lå tæt på og ikke kostede en formue. I dag har vi 400 medlemmer med rødder i mere "
                "end 30 lande.",
                "Kontingentet er lavt, og udstyr kan lånes. Vi har trænere, der taler arabisk, somali, ukrainsk "
                "og engelsk, så alle kan forstå, hvad der skal ske på banen.",
            ),
            heading("Pigefodbold"),
            text(
                "Vores pigehold træner, når banen er lukket for tilskuere, og trænerne er kvinder. Det har fået "
                "mange piger, der ellers ikke ville dyrke sport, til at starte."
            ),
        ],
        "street": "Birkely Allé 50",
        "place": "Birkely Idrætsanlæg",
        "times": "Træning hver dag kl. 16–20. Fitness for kvinder mandag og onsdag kl. 10–12.",
        "fee": "200 kr. pr. halvår – ingen skal holdes ude af økonomiske grunde",
        "activities": [
            activity(
                "Fodbold for 6–15-årige",
                "Træning to gange om ugen for drenge og piger.",
                "Mandag–torsdag kl. 16–18",
                "Børn",
                price="200 kr. pr. halvår",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Pigefodbold",
                "Fodbold for piger med kvindelige trænere.",
                "Onsdage kl. 17–18.30",
                "Unge",
                price="200 kr. pr. halvår",
                no_danish=True,
            ),
            activity(
                "Fitness for kvinder",
                "Styrke og kondition for kvinder, med børnepasning.",
                "Mandage og onsdage kl. 10–12",
                "Voksne",
                price="100 kr. pr. halvår",
                no_danish=True,
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook", "instagram", "tiktok"],
        "cvr": True,
        "pin": True,
        "logo": ("BIF", "teal"),
    },
    {
        "slug": "birkely-spejderne",
        "name": "Birkely Spejderne",
        "town": "birkely",
        "categories": ["Spejder", "Børn og unge"],
        "groups": ["Børn", "Unge"],
        "summary": (
            "En ung spejdergruppe i en ny bydel. Vi mødes i skoven bag skolen og lærer at lave bål, bygge og "
            "tage ansvar."
        ),
        "about": [
            text(
                "Birkely Spejderne startede i 2019 med otte børn og to ledere. I dag er vi 45 spejdere, og vi "
                "har lige fået vores egen hytte i skoven bag Birkely Skole.",
                "Mange af vores spejdere havde aldrig sovet i telt, før de kom hos os. Vi starter med det nære: "
                "bål, knob og mad over åben ild. Når man er klar, tager vi på weekendtur og sommerlejr.",
            ),
            text("Vi søger altid forældre, der vil være med som hjælpeledere – også bare en gang imellem."),
        ],
        "street": "Skovvej 32",
        "place": "Spejderhytten bag Birkely Skole",
        "times": "Onsdage kl. 17–19 for 8–11-årige, torsdage kl. 18–20 for 12–16-årige",
        "fee": "400 kr. pr. halvår",
        "activities": [
            activity(
                "Spejdermøde for 8–11-årige",
                "Bål, leg og natur.",
                "Onsdage kl. 17–19",
                "Børn",
                price="400 kr. pr. halvår",
                no_danish=True,
            ),
            activity(
                "Trop for 12–16-årige",
                "Hikes, byggeprojekter og lejre.",
                "Torsdage kl. 18–20",
                "Unge",
                price="400 kr. pr. halvår",
            ),
        ],
        "social": ["instagram"],
        "cvr": True,
    },
    {
        "slug": "torsdagsklubben-birkely",
        "name": "Torsdagsklubben i Birkely",
        "town": "birkely",
        "categories": ["Ældre", "Socialt arbejde"],
        "groups": ["Ældre"],
        "summary": (
            "Seniorklub for bydelens ældre med frokost, foredrag og hyggeligt samvær. Vi henter dig, hvis du "
            "ikke selv kan komme."
        ),
        "about": [
            text(
                "Torsdagsklubben mødes i beboerhuset hver torsdag. Dagen starter med en varm frokost, som "
                "frivillige laver, og fortsætter med foredrag, musik, bingo eller en tur i bydelen.",
                "Birkely er en ny bydel, og mange af de ældre er flyttet hertil for at være tæt på deres børn. "
                "Klubben er et sted at få nye venner – også på tværs af sprog. Vi har medlemmer, der taler "
                "dansk, tyrkisk, bosnisk og farsi.",
            ),
            text("Vores frivillige chauffører henter og bringer medlemmer, der har svært ved at gå."),
        ],
        "street": "Birkely Allé 12",
        "place": "Birkely Beboerhus",
        "times": "Torsdage kl. 11.30–15",
        "fee": "150 kr. om året",
        "activities": [
            activity(
                "Frokost og samvær",
                "Varm frokost og et program, der skifter hver uge.",
                "Torsdage kl. 11.30–15",
                "Ældre",
                price="45 kr. for frokosten",
                no_danish=True,
                accessible=True,
            ),
            activity("Kørselsordning", "Frivillige henter og bringer.", "Torsdage", "Ældre"),
        ],
        "phone": "72 40 88 45",
    },
    {
        "slug": "svoemmeklubben-boelgen",
        "name": "Svømmeklubben Bølgen",
        "town": "birkely",
        "categories": ["Idræt og motion", "Sundhed og handicap"],
        "groups": ["Mennesker med handicap", "Børn", "Alle"],
        "summary": (
            "Svømning for alle – med særlige hold for børn og voksne med handicap og et varmtvandshold for gigtramte."
        ),
        "about": [
            text(
                "Bølgen træner i Birkely Svømmehal, som har varmtvandsbassin, lift og store omklædningsrum. Vi "
                "har almindelige svømmehold for børn fra fem år og et hold for voksne, der aldrig har lært at "
                "svømme.",
                "Vores parasvømmere træner sammen med en frivillig i vandet, så alle kan være med. Flere af dem "
                "deltager i stævner rundt i landet.",
            ),
            text(
                "Varmtvandsholdet er for dig med gigt, smerter eller nedsat bevægelighed. Vandet er 32 grader, "
                "og tempoet er roligt."
            ),
        ],
        "street": "Birkely Allé 52",
        "place": "Birkely Svømmehal",
        "times": "Mandag–torsdag kl. 16–20, lørdag kl. 8–11",
        "fee": "Fra 500 kr. pr. sæson",
        "activities": [
            activity(
                "Parasvømning",
                "Svømning for børn og voksne med handicap, med en frivillig i vandet.",
                "Tirsdage kl. 16.30–17.30",
                "Mennesker med handicap",
                price="500 kr. pr. sæson",
                accessible=True,
            ),
            activity(
                "Lær at svømme som voksen",
                "For voksne, der aldrig har lært at svømme. Et hold for kvinder og et blandet hold.",
                "Torsdage kl. 19–20",
                "Voksne",
                price="600 kr. pr. sæson",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Varmtvandssvømning",
                "Rolig træning i 32 grader varmt vand.",
                "Lørdage kl. 9–10",
                "Ældre",
                price="550 kr. pr. sæson",
                accessible=True,
            ),
        ],
        "web": True,
        "cvr": True,
    },
    {
        "slug": "birkely-brass-band",
        "name": "Birkely Brass Band",
        "town": "birkely",
        "categories": ["Kultur og musik", "Børn og unge"],
        "groups": ["Unge", "Voksne", "Børn"],
        "summary": (
            "Brassband med 35 musikere fra 10 til 78 år. Vi låner instrumenter ud og har et aspirantorkester for "
            "begyndere."
        ),
        "about": [
            text(
                "Birkely Brass Band spiller i den engelske brassband-tradition: kornetter, althorn, baryton, "
                "tuba og slagtøj. Vi spiller alt fra marcher og salmer til filmmusik og popnumre.",
                "Aspirantorkestret er for børn og voksne, der lige er begyndt. Vi låner dig et instrument, og "
                "frivillige musikere underviser i små grupper, indtil du er klar til at spille med i det store "
                "orkester.",
            ),
            text(
                "Vi spiller til byfester, på plejecentre og ved kommunens nytårskur – og vi deltager i DM for "
                "brassbands hvert år."
            ),
        ],
        "street": "Skovvej 30",
        "place": "Birkely Skole, musiklokalet",
        "times": "Orkesterprøve tirsdage kl. 19–21.30, aspiranter mandage kl. 17–18",
        "fee": "600 kr. pr. halvår inkl. leje af instrument",
        "activities": [
            activity(
                "Aspirantorkester",
                "Undervisning og sammenspil for begyndere. Instrument kan lånes.",
                "Mandage kl. 17–18",
                "Børn",
                price="600 kr. pr. halvår",
            ),
            activity(
                "Brassband",
                "Orkesterprøve for øvede musikere.",
                "Tirsdage kl. 19–21.30",
                "Voksne",
                price="600 kr. pr. halvår",
                accessible=True,
            ),
        ],
        "web": True,
        "social": ["facebook", "youtube"],
        "cvr": True,
        "logo": ("BBB", "plum"),
    },
    {
        "slug": "grundejerforeningen-birkely-have",
        "name": "Grundejerforeningen Birkely Have",
        "town": "birkely",
        "categories": ["Lokalsamfund", "Natur og miljø"],
        "groups": ["Alle", "Familier"],
        "summary": (
            "Grundejerforeningen for de 340 huse i Birkely Have. Vi passer fællesarealerne, legepladserne og "
            "søen – og holder sommerfest."
        ),
        "about": [
            text(
                "Grundejerforeningen Birkely Have ejer og passer bydelens grønne områder: tre legepladser, en "
                "boldbane, stierne og regnvandssøen, som er blevet et fristed for frøer og guldsmede.",
                "Noget af arbejdet klares af en gartner, men meget laves af beboerne selv på "
                "fællesarbejdsdage. Vi har også en gruppe, der har sået vilde blomster på de store græsplæner, "
                "så der er mad til bierne.",
            ),
            text("Sommerfesten på boldbanen i juni er for alle beboere, også dem der lejer deres bolig."),
        ],
        "street": "Birkely Have 1",
        "place": "Fælleshuset i Birkely Have",
        "times": "Fællesarbejdsdage i april og september. Generalforsamling i marts.",
        "fee": "1.800 kr. om året pr. husstand (obligatorisk for ejere)",
        "activities": [
            activity(
                "Fællesarbejdsdag",
                "Vi passer fællesarealerne og spiser sammen.",
                "En lørdag i april og en i september kl. 9–13",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Sommerfest",
                "Fest på boldbanen med grill, musik og hoppeborg.",
                "Sidste lørdag i juni",
                "Familier",
                no_danish=True,
                accessible=True,
            ),
        ],
        "web": True,
        "cvr": True,
    },
    {
        "slug": "dialogforum-birkely",
        "name": "Dialogforum Birkely",
        "town": "birkely",
        "categories": ["Tro og livssyn", "Integration og sprog"],
        "groups": ["Alle", "Voksne"],
        "summary": (
            "Kristne, muslimer, andre troende og ikke-troende mødes om det, der er svært, og om det, vi har til fælles."
        ),
        "about": [
            text(
                "I Birkely bor mennesker med mange forskellige trosretninger. Dialogforum blev startet af "
                "præsten i Birkely Kirke og imamen fra bydelens moské, som ville skabe et rum, hvor man kan "
                "spørge om alt og blive klogere på hinanden.",
                "Vi holder dialogaften hver måned om emner som faste, begravelse, børneopdragelse og tvivl. "
                "Aftenerne foregår skiftevis i kirken og i moskéen, og der er altid mad.",
            ),
            quote("Vi er ikke enige om alt, og det skal vi heller ikke være. Men vi er naboer.", "Deltager"),
        ],
        "street": "Birkely Allé 12",
        "place": "Skiftevis Birkely Kirke og moskéen på Værkstedsvej",
        "times": "Anden torsdag i måneden kl. 18.30–21",
        "fee": "Gratis",
        "activities": [
            activity(
                "Dialogaften",
                "Oplæg, samtale i små grupper og fælles mad.",
                "Anden torsdag i måneden kl. 18.30–21",
                "Voksne",
                accessible=True,
            ),
            activity(
                "Fælles iftar og julemiddag",
                "Store fællesspisninger for hele bydelen.",
                "Under ramadanen og i december",
                "Alle",
                no_danish=True,
                accessible=True,
            ),
        ],
        "form": True,
    },
    {
        "slug": "paaroerendegruppen-birkely",
        "name": "Pårørendegruppen Birkely – psykisk sygdom",
        "town": "birkely",
        "categories": ["Sundhed og handicap", "Socialt arbejde"],
        "groups": ["Pårørende", "Psykisk sårbare"],
        "summary": (
            "Samtalegruppe for forældre, søskende og partnere til mennesker med psykisk sygdom. Du er ikke alene."
        ),
        "about": [
            text(
                "Når en, man elsker, bliver psykisk syg, følger der mange spørgsmål med: Hvordan hjælper jeg? "
                "Hvem kan jeg tale med? Hvordan passer jeg på mig selv? I pårørendegruppen mødes vi hver tredje "
                "uge og deler erfaringer og gode råd.",
                "Gruppen ledes af to frivillige, der selv er pårørende og har et kursus i at lede "
                "samtalegrupper. Vi har tavshedspligt, og det, der bliver sagt i gruppen, bliver i gruppen.",
            ),
            text(
                "To gange om året inviterer vi en psykiater eller en socialrådgiver til at fortælle om "
                "behandling, rettigheder og støttemuligheder."
            ),
        ],
        "street": "Birkely Allé 12",
        "place": "Birkely Beboerhus, mødelokalet",
        "times": "Hver tredje tirsdag kl. 19–21",
        "fee": "Gratis",
        "activities": [
            activity(
                "Samtalegruppe for pårørende",
                "Erfaringsudveksling i en fast gruppe.",
                "Hver tredje tirsdag kl. 19–21",
                "Pårørende",
                accessible=True,
            ),
            activity(
                "Temaaften",
                "Oplæg om behandling og rettigheder, med tid til spørgsmål.",
                "To gange om året",
                "Pårørende",
                accessible=True,
            ),
        ],
        "form": True,
    },
    {
        "slug": "kodeklubben-birkely",
        "name": "Kodeklubben Birkely",
        "town": "birkely",
        "categories": ["Uddannelse og læring", "Børn og unge"],
        "groups": ["Børn", "Unge"],
        "summary": (
            "Lær at programmere spil, robotter og hjemmesider. Frivillige programmører hjælper børn og unge fra "
            "9 til 16 år."
        ),
        "about": [
            text(
                "Kodeklubben mødes hver onsdag på biblioteket. De yngste starter med Scratch og små robotter, og "
                "de ældre går videre med Python, hjemmesider og elektronikprojekter.",
                "Vores frivillige arbejder til daglig som programmører, ingeniører og it-supportere – eller "
                "læser på universitetet. De er der for at hjælpe, ikke for at undervise fra en tavle: Her lærer "
                "man ved selv at prøve.",
            ),
            text("Vi har computere, man kan låne, så man behøver ikke at have sin egen."),
        ],
        "street": "Birkely Allé 14",
        "place": "Birkely Bibliotek, makerspace",
        "times": "Onsdage kl. 16–18",
        "fee": "Gratis",
        "activities": [
            activity(
                "Kodeklub for 9–12-årige",
                "Scratch, robotter og små spil.",
                "Onsdage kl. 16–17",
                "Børn",
                no_danish=True,
                accessible=True,
            ),
            activity(
                "Kodeklub for 13–16-årige",
                "Python, hjemmesider og elektronik.",
                "Onsdage kl. 17–18",
                "Unge",
                no_danish=True,
                accessible=True,
            ),
        ],
        "social": ["instagram"],
    },
]


ASSOCIATIONS = [*FJORDLUND, *EGEBJERG, *KLOEVERMOSE, *STRANDBAEK, *LYNGAA, *BIRKELY]
