"""The demo's guides for associations, volunteers and the kommune's staff in Fjordlund, kept as data.

Every text is written for the demo. Blocks use home/demo/content.py's helpers plus
the guide blocks below (numbered steps, questions and answers, downloads and a
contact box). A guide names its topic and audiences by their slugs (the
vocabularies of migration 0002), its related guides by their keys, and when it
was last reviewed in days before the day the demo is loaded: a few are overdue,
so the admin's review report has something to show.
"""

from home.demo.content import bullets, button, heading, image, info, page_link, quote, text

from .content import CONTACT


def _rich(words):
    return words if words.startswith("<") else f"<p>{words}</p>"


def steps(title, *items):
    """Numbered steps; each item is (step, explanation)."""
    return ("steps", {"heading": title, "steps": [{"title": step, "text": _rich(words)} for step, words in items]})


def questions(title, *items):
    """Questions and answers; each item is (question, answer)."""
    return (
        "questions",
        {"heading": title, "questions": [{"question": asked, "answer": _rich(answer)} for asked, answer in items]},
    )


def downloads(title, *documents):
    """Documents by their key in content.DOCUMENTS, each as (key, description)."""
    return ("downloads", {"heading": title, "documents": list(documents)})


def contact(**changes):
    return ("contact", {**CONTACT, **changes})


LEGAL = {
    "name": "Juridisk afdeling",
    "role": "Fjordlund Kommune",
    "email": "jura@fjordlund.dk",
    "phone": "72 40 10 00",
    "text": "Foreninger kan få gratis juridisk vejledning om reglerne for frivillige. Du behøver ikke nævne navne.",
}


INDEX = {
    "key": "guides",
    "slug": "guides",
    "title": "Guides til foreninger og frivillige",
    "intro": (
        "Her finder du praktiske guides til jer, der driver en forening, er frivillige eller arbejder med "
        "frivillige i kommunen. Frivilligkoordinatoren skriver dem sammen med foreningerne og kommunens fagfolk, "
        "og vi gennemgår dem mindst én gang om året."
    ),
    "search_description": (
        "Praktiske guides til foreninger og frivillige i Fjordlund: rekruttering, børneattest, forsikring, "
        "tavshedspligt, GDPR, økonomi, samarbejde og vedtægter."
    ),
    "body": [
        info(
            "success",
            "Mangler du en guide?",
            "Fortæl os, hvad I gerne vil have svar på. Vi skriver nye guides, når flere foreninger spørger om det "
            "samme.",
        ),
        button(
            "Brug for personlig sparring?",
            "Frivilligkoordinatoren holder åben rådgivning for foreninger hver tirsdag kl. 15–18 i Frivilligcaféen "
            "på Fjordlund Bibliotek. Du kan også ringe på 72 40 12 00 eller skrive til frivillig@fjordlund.dk.",
            "Se kontaktoplysninger",
            page="kontakt",
        ),
    ],
}


GUIDES = [
    {
        "key": "rekruttering",
        "slug": "rekruttering-af-frivillige",
        "title": "Sådan rekrutterer I nye frivillige",
        "summary": (
            "De fleste frivillige starter, fordi nogen spurgte dem. Her er vores bedste råd til, hvordan I finder "
            "nye frivillige – og får dem til at blive."
        ),
        "search_description": "Gode råd til foreninger om at finde, tage imod og fastholde nye frivillige.",
        "topic": "rekruttering",
        "audiences": ["foreninger"],
        "reviewed_by": "Frivilligkoordinatoren",
        "reviewed_days_ago": 45,
        "related": ["boerneattest", "forsikring", "samarbejde"],
        "body": [
            heading("Start med at beskrive opgaven"),
            text(
                "Mange siger nej til at være frivillige, fordi de ikke ved, hvad de siger ja til. Skriv derfor kort "
                "og konkret, hvad opgaven går ud på, hvor lang tid den tager, og hvad man får ud af det.",
                "»Vi mangler en hjælpetræner til U10-pigerne tirsdag kl. 16.30–17.30 fra august til december« "
                "virker bedre end »Vi mangler trænere«.",
            ),
            heading("Spørg personligt"),
            text(
                "Opslag på sociale medier kan give opmærksomhed, men en personlig invitation virker bedst. Spørg "
                "forældrene på sidelinjen, naboen eller dem, der allerede kommer i foreningen. Mange venter bare på "
                "at blive spurgt."
            ),
            image("idraet", "Forældrene på sidelinjen er ofte de bedste nye trænere og hjælpere."),
            heading("Gør det let at sige ja"),
            bullets(
                "Tilbyd korte og afgrænsede opgaver, fx en enkelt weekend eller et halvt år.",
                "Lad nye frivillige prøve opgaven sammen med en erfaren.",
                "Sig tydeligt, at man gerne må stoppe igen.",
                "Slå opgaven op på Frivillig i Fjordlund, så borgerne kan finde den.",
            ),
            steps(
                "Sådan tager I godt imod en ny frivillig",
                (
                    "Aftal, hvem der tager imod",
                    "Den første tid afgør, om en ny frivillig bliver. Sørg for, at en fast person tager imod og "
                    "viser rundt.",
                ),
                (
                    "Fortæl om det praktiske",
                    "Foreningen, opgaven, nøgler, lokaler – og hvem man ringer til, hvis man bliver forhindret.",
                ),
                ("Sæt en makker på", "Lad den nye prøve opgaven sammen med en erfaren frivillig de første gange."),
                ("Følg op efter en måned", "Spørg, hvordan det går, og om opgaven passer. Justér, hvis den ikke gør."),
            ),
            quote(
                "Vi har en makkerordning, så ingen nye står alene den første måned. Siden har vi næsten ikke mistet "
                "nogen.",
                "Lars Bech, formand for Egebjerg Boldklub",
            ),
            info(
                "success",
                "Godt råd: Husk at sige tak",
                "Anerkendelse behøver ikke koste meget. En sms efter et stort arrangement, en fælles middag om året "
                "eller et kursus, der giver ny viden, betyder meget for de fleste frivillige.",
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Må vi kræve, at de frivillige kommer hver uge?",
                    "I må gerne forvente det, hvis opgaven kræver det – fx som træner. Sig det tydeligt fra "
                    "starten, og tilbyd også opgaver, man kan tage en gang imellem.",
                ),
                (
                    "Hvordan slår vi en opgave op på portalen?",
                    "Foreningens redaktør opretter en frivillig opgave under foreningens side. Kommunikation "
                    "godkender den, før den bliver vist under " + page_link("bliv-frivillig", "Bliv frivillig") + ".",
                ),
                (
                    "Kan vi få hjælp til at skrive opslaget?",
                    "Ja. Frivilligkoordinatoren hjælper gerne med at skrive et godt opslag og deler det i kommunens "
                    "nyhedsbrev til frivillige.",
                ),
            ),
            downloads("Til download", ("tjekliste-ny-frivillig", "En side at hænge op i klubhuset.")),
            contact(),
        ],
    },
    {
        "key": "boerneattest",
        "slug": "boerneattest",
        "title": "Børneattest – hvornår og hvordan",
        "summary": (
            "Foreninger skal indhente en børneattest, når en frivillig eller ansat skal have direkte kontakt med "
            "børn under 15 år. Her kan I læse, hvordan det foregår."
        ),
        "search_description": (
            "Hvornår skal en forening indhente en børneattest, og hvordan gør man? En kort guide til foreninger i "
            "Fjordlund."
        ),
        "topic": "boerneattest",
        "audiences": ["foreninger", "medarbejdere"],
        "reviewed_by": "Juridisk afdeling",
        "reviewed_days_ago": 120,
        "related": ["tavshedspligt", "rekruttering", "gdpr"],
        "body": [
            heading("Hvornår skal I indhente en børneattest?"),
            text(
                "Reglen gælder, når en person som en fast del af sine opgaver har direkte kontakt med børn under 15 "
                "år. Det gælder fx trænere, spejderledere, lektiehjælpere og hjælpere på lejrture.",
                "Den gælder ikke, hvis kontakten er tilfældig – fx en forælder, der en enkelt gang kører børn til en "
                "kamp.",
            ),
            info(
                "warning",
                "Attesten skal være i orden, før personen starter",
                "En ny træner eller leder må ikke gå i gang med børnene, før foreningen har modtaget attesten og set "
                "den igennem.",
            ),
            steps(
                "Sådan gør I",
                (
                    "Bestil attesten",
                    "Foreningen bestiller attesten digitalt via virk.dk med foreningens MitID Erhverv.",
                ),
                ("Personen giver samtykke", "Personen får besked i Digital Post og giver samtykke med sit MitID."),
                ("Foreningen får svar", "Svaret kommer digitalt, som regel inden for få dage."),
                (
                    "Notér, at attesten er i orden",
                    "En person i bestyrelsen læser attesten og noterer, at den er i orden, og hvornår den er "
                    "indhentet.",
                ),
            ),
            heading("Opbevaring og fortrolighed"),
            text(
                "En børneattest indeholder følsomme oplysninger. Kun de personer i foreningen, der har brug for det, "
                "må se den. Opbevar den sikkert, og slet den, når personen ikke længere er aktiv i foreningen. Mange "
                "foreninger noterer kun, at attesten er i orden, og hvornår den er indhentet."
            ),
            heading("Hvor ofte?"),
            text(
                "Loven kræver ikke, at attesten bliver fornyet. Vi anbefaler alligevel, at foreningen indhenter en ny "
                "attest hvert andet år for alle, der arbejder med børn."
            ),
            quote(
                "Det tager to minutter at bestille en børneattest. Det er ingen undskyldning for at lade være.",
                "Hanne Mortensen, kasserer i Lyngå Spejdergruppe",
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Skal unge hjælpetrænere også have en børneattest?",
                    "Ja, fra de er fyldt 15 år, hvis de som en fast del af opgaven har direkte kontakt med børn "
                    "under 15 år.",
                ),
                (
                    "Hvad koster en børneattest?",
                    "Intet. Det er gratis for foreninger at indhente børneattester.",
                ),
                (
                    "Hvad gør vi, hvis der står noget på attesten?",
                    "Tal med personen, og vurder, om det har betydning for opgaven. Er I i tvivl, kan I få anonym "
                    "vejledning hos Juridisk afdeling.",
                ),
            ),
            contact(**LEGAL),
        ],
    },
    {
        "key": "forsikring",
        "slug": "forsikring-af-frivillige",
        "title": "Forsikring af frivillige",
        "summary": (
            "Hvem dækker, hvis en frivillig kommer til skade eller kommer til at ødelægge noget? Et overblik over, "
            "hvad foreninger bør vide om forsikring."
        ),
        "search_description": (
            "Overblik over forsikring af frivillige: foreningens ansvar, kommunens frivilligforsikring og gode "
            "spørgsmål til forsikringsselskabet."
        ),
        "topic": "forsikring",
        "audiences": ["foreninger", "frivillige"],
        "reviewed_by": "Juridisk afdeling",
        "reviewed_days_ago": 430,
        "related": ["samarbejde", "rekruttering"],
        "body": [
            text(
                "Forsikring er ikke det sjoveste emne i foreningslivet. Men det er godt at have styr på, før uheldet "
                "er ude. Guiden giver et overblik. Den erstatter ikke rådgivning fra jeres forsikringsselskab."
            ),
            heading("De to vigtigste forsikringer"),
            heading("Ansvarsforsikring", "h3"),
            text(
                "En ansvarsforsikring dækker, hvis foreningen eller en frivillig kommer til at skade andre mennesker "
                "eller andres ting. Det kan fx være, hvis en bold knuser en rude, eller hvis en gæst falder over en "
                "ledning ved et arrangement."
            ),
            heading("Ulykkesforsikring", "h3"),
            text(
                "En ulykkesforsikring dækker, hvis en frivillig selv kommer til skade. Frivillige er som regel ikke "
                "dækket af en arbejdsskadeforsikring. Derfor er det en god idé, at foreningen har en kollektiv "
                "ulykkesforsikring."
            ),
            info(
                "success",
                "Godt råd: Er I medlem af et landsforbund?",
                "Mange landsforbund og hovedorganisationer har forsikringer, der dækker medlemsforeningerne. "
                "Undersøg det, før I køber en ny forsikring.",
            ),
            heading("Kommunens forsikring for frivillige"),
            text(
                "Fjordlund Kommune har en ulykkes- og ansvarsforsikring for frivillige, der hjælper til i kommunens "
                "egne tilbud. Det kan fx være frivillige på plejecentre, i skolernes læsebånd eller på biblioteket. "
                "Forsikringen dækker ikke frivillige, der er aktive i en forening."
            ),
            steps(
                "Sådan får I styr på forsikringen",
                ("Spørg jeres landsforbund", "Find ud af, hvad I allerede er dækket af gennem forbundet."),
                (
                    "Lav en liste over jeres aktiviteter",
                    "Træning, arrangementer, ture, kørsel og lån af udstyr – og hvem der deltager.",
                ),
                (
                    "Stil forsikringsselskabet de rigtige spørgsmål",
                    "<ul><li>Er alle vores frivillige dækket – også dem, der kun hjælper en enkelt gang?</li>"
                    "<li>Gælder forsikringen ved arrangementer uden for foreningens egne lokaler?</li>"
                    "<li>Er vi dækket, når frivillige kører i egen bil for foreningen?</li>"
                    "<li>Hvad gælder, når vi låner udstyr eller lokaler?</li></ul>",
                ),
                ("Fortæl de frivillige, hvordan de er dækket", "Skriv det kort i velkomsten til nye frivillige."),
            ),
            image(
                "strand",
                "Også ved en strandrensning er det godt at vide, hvem der dækker, hvis nogen kommer til skade.",
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Er frivillige dækket af arbejdsskadeforsikringen?",
                    "Som regel ikke. Arbejdsskadeforsikringen dækker ansatte. Frivillige i en forening skal dækkes "
                    "af foreningens egen ulykkesforsikring.",
                ),
                (
                    "Hvad gør vi, hvis uheldet er ude?",
                    "Hjælp den, der er kommet til skade, og skriv ned, hvad der skete, hvornår og hvem der så det. "
                    "Anmeld skaden til forsikringsselskabet hurtigst muligt.",
                ),
                (
                    "Dækker kommunens forsikring vores frivillige på naturarealerne?",
                    "Ja, hvis I har en plejeaftale med kommunen om arealet. Så står det i aftalen.",
                ),
            ),
            contact(**LEGAL),
        ],
    },
    {
        "key": "frivilligpuljen",
        "slug": "frivilligpuljen",
        "title": "Søg støtte fra Frivilligpuljen",
        "summary": (
            "Frivilligpuljen støtter nye og små initiativer, der skaber fællesskab i Fjordlund Kommune. I kan søge "
            "op til 15.000 kr., og der er ansøgningsfrist fire gange om året."
        ),
        "search_description": (
            "Frivilligpuljen i Fjordlund Kommune: hvem kan søge, hvad kan I få støtte til, og hvordan søger I."
        ),
        "topic": "oekonomi",
        "audiences": ["foreninger", "frivillige"],
        "reviewed_by": "Kultur og Fritid",
        "reviewed_days_ago": 200,
        "related": ["vedtaegter", "rekruttering"],
        "body": [
            heading("Hvem kan søge?"),
            text(
                "Alle frivillige foreninger og grupper i Fjordlund Kommune kan søge. I behøver ikke at være en "
                "forening med vedtægter. En gruppe borgere med en god idé kan også søge, hvis én person står som "
                "ansvarlig."
            ),
            heading("Hvad kan I få støtte til?"),
            bullets(
                "Opstart af nye aktiviteter og fællesskaber.",
                "Arrangementer, der er åbne for alle borgere.",
                "Materialer og udstyr til frivilligt arbejde.",
                "Kurser for frivillige.",
            ),
            text(
                "I kan ikke få støtte til løn, alkohol eller aktiviteter, som allerede får tilskud fra kommunen på "
                "anden måde."
            ),
            steps(
                "Sådan søger I",
                ("Beskriv idéen", "Hvad vil I lave, hvem er det for, og hvornår skal det ske?"),
                ("Lav et enkelt budget", "Hvad koster det, og hvad skal pengene fra puljen bruges til?"),
                (
                    "Send ansøgningen før fristen",
                    "Fristerne er 1. februar, 1. maj, 1. september og 1. november. Send ansøgningen til "
                    "frivilligkoordinatoren.",
                ),
                ("Få svar", "I får svar senest fire uger efter fristen. Beløb under 5.000 kr. inden for to uger."),
                ("Fortæl, hvordan det gik", "Send et par linjer og gerne et billede, når aktiviteten er gennemført."),
            ),
            info(
                "success",
                "Godt råd: Skriv kort og konkret",
                "Fortæl, hvad I vil lave, hvem det er for, og hvad pengene skal bruges til. Et enkelt budget er nok. "
                "Vi læser hellere én god side end fem lange.",
            ),
            quote(
                "Vi fik 8.000 kr. til grej og kaffe, da vi startede strandrensningen. Så kunne vi gå i gang med det "
                "samme.",
                "Peter Lund, Strandbæk Naturlaug",
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Kan vi søge flere gange?",
                    "Ja, men puljen er først og fremmest til nye initiativer. Søger I til det samme igen, så fortæl, "
                    "hvordan I vil gøre aktiviteten selvbærende.",
                ),
                (
                    "Hvad hvis vi ikke bruger alle pengene?",
                    "Så betaler I det, der er tilbage, retur – eller spørger, om I må bruge det på noget lignende.",
                ),
                (
                    "Skal vi have et CVR-nummer?",
                    "Nej. Pengene kan udbetales til den ansvarlige persons NemKonto, hvis I ikke er en forening.",
                ),
            ),
            contact(),
        ],
    },
    {
        "key": "tavshedspligt",
        "slug": "tavshedspligt-for-frivillige",
        "title": "Tavshedspligt for frivillige",
        "summary": (
            "Som frivillig får du nogle gange at vide, hvordan andre har det. Her kan du læse, hvad du må fortælle "
            "videre – og hvad du skal holde for dig selv."
        ),
        "search_description": "Tavshedspligt for frivillige i foreninger og i Fjordlund Kommunes tilbud.",
        "topic": "tavshedspligt",
        "audiences": ["frivillige", "medarbejdere"],
        "reviewed_by": "Juridisk afdeling",
        "reviewed_days_ago": 80,
        "related": ["samarbejde", "boerneattest", "gdpr"],
        "body": [
            text(
                "Tavshedspligt handler om at passe på de mennesker, du møder som frivillig. Reglerne er forskellige, "
                "alt efter om du er frivillig i en forening eller i et af kommunens tilbud."
            ),
            heading("Frivillig i et af kommunens tilbud"),
            text(
                "Er du frivillig på fx et plejecenter, en skole eller et bibliotek, har du tavshedspligt efter de "
                "samme regler som kommunens medarbejdere. Du må ikke fortælle andre om borgernes helbred, økonomi, "
                "familieforhold eller andre private forhold, som du hører om, mens du er frivillig. Tavshedspligten "
                "gælder også, når du er stoppet."
            ),
            heading("Frivillig i en forening"),
            text(
                "I en forening er der ingen tavshedspligt i loven, men mange foreninger har deres egne regler. Det er "
                "god skik at behandle det, du hører, fortroligt – især i besøgstjenester, sorggrupper og "
                "lektiecaféer."
            ),
            info(
                "warning",
                "Vigtigt: Bekymring for et barn går forud",
                "Bliver du bekymret for, at et barn eller en ung mistrives, skal du sige det videre, selvom du har "
                "tavshedspligt. I kommunens tilbud fortæller du det til din kontaktperson. I en forening kan du "
                "kontakte Børn og Unge i kommunen direkte – også anonymt.",
            ),
            steps(
                "Sådan gør I i praksis",
                (
                    "Tal om tavshedspligt, når en ny frivillig starter",
                    "Forklar med eksempler fra jeres egen hverdag, hvad man må fortælle, og hvad man ikke må.",
                ),
                (
                    "Skriv det ned",
                    "Lad den frivillige skrive under på en kort erklæring. Kommunens tilbud bruger aftalen i "
                    + page_link("samarbejde", "guiden om frivillige i kommunens tilbud")
                    + ".",
                ),
                (
                    "Aftal, hvem man går til",
                    "Den frivillige skal vide, hvem man taler med, hvis man er bekymret eller i tvivl.",
                ),
                ("Tal om det igen", "Tag emnet op på et møde for de frivillige mindst én gang om året."),
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Må jeg fortælle min familie om de borgere, jeg besøger?",
                    "Du må gerne fortælle, at du er besøgsven, og hvad I laver sammen. Men du må ikke fortælle noget, "
                    "som andre kan genkende borgeren på.",
                ),
                (
                    "Må jeg tale med de andre frivillige om en borger?",
                    "Kun når det er nødvendigt for opgaven, fx når I skal aftale, hvem der kommer næste gang.",
                ),
                (
                    "Hvad gør jeg, hvis en borger fortæller mig noget, der bekymrer mig?",
                    "Sig det til din kontaktperson eller foreningens formand. Er der fare for liv eller helbred, så "
                    "ring 112.",
                ),
            ),
            contact(**LEGAL),
        ],
    },
    {
        "key": "gdpr",
        "slug": "gdpr-i-foreningen",
        "title": "GDPR i foreningen",
        "summary": (
            "Foreninger har oplysninger om medlemmer, frivillige og forældre. Sådan passer I godt på dem – uden at "
            "drukne i regler."
        ),
        "search_description": (
            "GDPR for foreninger: hvad må I gemme, hvordan passer I på det, og hvornår skal I slette."
        ),
        "topic": "gdpr",
        "audiences": ["foreninger"],
        "reviewed_by": "Databeskyttelsesrådgiveren",
        "reviewed_days_ago": 510,
        "related": ["boerneattest", "tavshedspligt", "vedtaegter"],
        "body": [
            text(
                "Databeskyttelsesforordningen – GDPR – gælder også for frivillige foreninger. Det lyder voldsomt, "
                "men for de fleste foreninger handler det om fire ting: kun at gemme det, I har brug for, at passe "
                "på det, at slette det igen og at fortælle medlemmerne, hvad I gør."
            ),
            heading("Hvad må I gemme?"),
            text(
                "I må gemme de oplysninger, I har brug for til at drive foreningen: navn, adresse, telefon, e-mail, "
                "fødselsdato og betalt kontingent. Følsomme oplysninger, fx om helbred, må I kun gemme, når det er "
                "nødvendigt – fx en allergi, som trænerne skal kende – og medlemmet har givet samtykke."
            ),
            steps(
                "Kom godt i gang på en aften",
                (
                    "Lav en liste over jeres oplysninger",
                    "Hvilke oplysninger har I, hvor ligger de, og hvem kan se dem?",
                ),
                (
                    "Ryd op",
                    "Slet det, I ikke længere har brug for – fx tidligere medlemmer efter to år og gamle "
                    "tilmeldingslister.",
                ),
                (
                    "Beskyt adgangen",
                    "Brug et medlemssystem eller en delt mappe med adgangskode i stedet for lister på private "
                    "computere.",
                ),
                (
                    "Fortæl medlemmerne det",
                    "Skriv kort på hjemmesiden eller i indmeldelsen, hvad I bruger oplysningerne til, og hvor længe "
                    "I gemmer dem.",
                ),
            ),
            info(
                "success",
                "Godt råd: Spørg, før I deler billeder",
                "Billeder fra en træning eller et arrangement må som regel gerne deles. Portrætbilleder og billeder, "
                "hvor børn er i centrum, kræver samtykke. Brug vores skabelon.",
            ),
            downloads("Skabeloner", ("samtykke-billeder", "Til medlemmer og forældre. Kan tilpasses jeres forening.")),
            questions(
                "Spørgsmål og svar",
                (
                    "Skal vi have en databeskyttelsesrådgiver?",
                    "Nej. Det er kun offentlige myndigheder og virksomheder med særlige behandlinger, der skal have "
                    "en.",
                ),
                (
                    "Må vi sende en mail til alle medlemmer med alle adresser synlige?",
                    "Nej. Brug Bcc eller jeres medlemssystem, så medlemmerne ikke ser hinandens adresser.",
                ),
                (
                    "Hvad gør vi, hvis en liste med medlemsoplysninger bliver væk?",
                    "Vurdér, om det kan skade medlemmerne. Kan det det, skal I anmelde bruddet til Datatilsynet inden "
                    "for 72 timer og give medlemmerne besked.",
                ),
            ),
            contact(
                name="Databeskyttelsesrådgiveren",
                role="Fjordlund Kommune",
                email="dpo@fjordlund.dk",
                phone="72 40 10 00",
                text="Har I spørgsmål om GDPR i foreningen, kan I skrive til kommunens databeskyttelsesrådgiver.",
            ),
        ],
    },
    {
        "key": "samarbejde",
        "slug": "frivillige-i-kommunens-tilbud",
        "title": "Frivillige i kommunens tilbud – en guide til medarbejdere",
        "summary": (
            "Til dig, der er medarbejder og gerne vil samarbejde med frivillige på dit plejecenter, bibliotek eller "
            "din skole. Sådan kommer I godt i gang."
        ),
        "search_description": "Guide til medarbejdere i Fjordlund Kommune om samarbejde med frivillige.",
        "topic": "samarbejde",
        "audiences": ["medarbejdere"],
        "reviewed_by": "Frivilligkoordinatoren",
        "reviewed_days_ago": 30,
        "related": ["tavshedspligt", "forsikring", "rekruttering"],
        "body": [
            text(
                "Frivillige giver noget andet end medarbejderne: tid, nærvær og et stykke hverdag udefra. "
                + page_link("frivilligpolitik", "Frivilligpolitikken")
                + " sætter rammerne: Frivillige supplerer – de erstatter ikke. Guiden viser, hvordan I kommer fra "
                "idé til et godt samarbejde."
            ),
            steps(
                "Fra idé til samarbejde",
                (
                    "Find opgaven sammen med kollegerne",
                    "Hvad kan frivillige give, som I ikke selv kan nå? Fx gåture, højtlæsning eller hjælp i caféen. "
                    "Tal om det på et personalemøde, så alle er med.",
                ),
                (
                    "Beskriv opgaven",
                    "Skriv kort, hvad opgaven er, hvornår den foregår, og hvad den frivillige ikke skal gøre.",
                ),
                (
                    "Slå opgaven op",
                    "Frivilligkoordinatoren hjælper med at slå opgaven op på Frivillig i Fjordlund og i nyhedsbrevet.",
                ),
                (
                    "Hold en introsamtale",
                    "Tal om forventninger, tavshedspligt og børneattest, hvis der er børn. Skriv en kort aftale.",
                ),
                (
                    "Følg op",
                    "Den faste kontaktperson spørger efter en måned, hvordan det går, og derefter mindst én gang om "
                    "året.",
                ),
            ),
            info(
                "warning",
                "Vigtigt: Det må frivillige ikke",
                "Frivillige må ikke give personlig pleje, medicin eller behandling, og de må ikke træffe afgørelser "
                "om borgere. De må heller ikke afløse en medarbejder, der er syg eller på ferie.",
            ),
            quote(
                "Vores frivillige tager beboerne med ud at gå hver dag. Det kunne vi aldrig nå selv – og beboerne "
                "kender dem ved navn.",
                "Lone Frandsen, leder af Plejecenter Solhøj",
            ),
            downloads(
                "Skabeloner",
                ("aftale-frivillig", "Aftalen om opgave, kontaktperson, tavshedspligt og forsikring."),
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Er frivillige i vores tilbud forsikret?",
                    "Ja. Kommunens ulykkes- og ansvarsforsikring dækker frivillige, der hjælper til i kommunens egne "
                    "tilbud. Læs mere i " + page_link("forsikring", "guiden om forsikring") + ".",
                ),
                (
                    "Må vi give de frivillige kørepenge?",
                    "Ja, efter aftale med lederen. Frivillige kan få dækket dokumenterede udgifter, men ikke løn.",
                ),
                (
                    "Hvad gør vi, hvis samarbejdet ikke fungerer?",
                    "Tal med den frivillige i god tid. Hjælper det ikke, kan I afslutte samarbejdet. "
                    "Frivilligkoordinatoren kan hjælpe med samtalen.",
                ),
            ),
            contact(),
        ],
    },
    {
        "key": "vedtaegter",
        "slug": "vedtaegter-og-generalforsamling",
        "title": "Vedtægter og generalforsamling",
        "summary": (
            "Vil I starte en forening eller ændre jeres vedtægter? Her er det, vedtægterne skal indeholde, og sådan "
            "kommer I fra idé til forening."
        ),
        "search_description": "Sådan skriver I vedtægter og starter en forening i Fjordlund Kommune.",
        "topic": "vedtaegter",
        "audiences": ["foreninger"],
        "reviewed_by": "Kultur og Fritid",
        "reviewed_days_ago": 390,
        "related": ["gdpr", "frivilligpuljen", "rekruttering"],
        "body": [
            text(
                "Vedtægterne er foreningens grundlov. De fortæller, hvad foreningen vil, hvem der kan være medlem, og "
                "hvordan I træffer beslutninger. Vil I søge tilskud efter folkeoplysningsloven, skal I have "
                "vedtægter."
            ),
            heading("Det skal stå i vedtægterne"),
            bullets(
                "Foreningens navn og hjemsted (Fjordlund Kommune).",
                "Formålet – hvad foreningen vil.",
                "Hvem der kan blive medlem, og hvordan man melder sig ud.",
                "Hvordan bestyrelsen bliver valgt, og hvor mange den har.",
                "Hvornår og hvordan I holder generalforsamling.",
                "Hvem der tegner foreningen, og hvem der hæfter.",
                "Regnskabsår og revision.",
                "Hvordan vedtægterne kan ændres, og hvordan foreningen opløses.",
            ),
            steps(
                "Sådan starter I en forening",
                ("Find nogle, der vil være med", "I skal være mindst tre til bestyrelsen."),
                (
                    "Skriv et udkast til vedtægter",
                    "Brug en skabelon fra jeres landsforbund, eller tag udgangspunkt i en forening, der ligner jeres.",
                ),
                (
                    "Hold en stiftende generalforsamling",
                    "Vedtag vedtægterne, og vælg en bestyrelse. Skriv et referat, som dirigenten skriver under på.",
                ),
                (
                    "Få et CVR-nummer",
                    "Foreningen kan få et CVR-nummer gratis på virk.dk. I skal bruge det til bank, MitID Erhverv og "
                    "tilskud.",
                ),
                (
                    "Kom på portalen",
                    "Kontakt frivilligkoordinatoren, så får foreningen en side under "
                    + page_link("foreninger", "Find en forening")
                    + ".",
                ),
            ),
            info(
                "success",
                "Godt råd: Hold det enkelt",
                "Korte vedtægter er lettere at følge. Skriv ikke mere, end I har brug for – detaljer om fx nøgler og "
                "lokaler kan stå i en forretningsorden, som bestyrelsen selv kan ændre.",
            ),
            questions(
                "Spørgsmål og svar",
                (
                    "Hvor mange skal der være i bestyrelsen?",
                    "Mindst tre, hvis I vil have tilskud efter folkeoplysningsloven. Ellers bestemmer I selv.",
                ),
                (
                    "Kan vi holde generalforsamling online?",
                    "Ja, hvis vedtægterne tillader det. Skriv det ind, næste gang I ændrer dem.",
                ),
                (
                    "Hvem hæfter, hvis foreningen får gæld?",
                    "Som udgangspunkt kun foreningen selv med sin formue – ikke medlemmerne eller bestyrelsen. Men en "
                    "bestyrelse kan blive ansvarlig, hvis den handler uforsvarligt.",
                ),
            ),
            contact(),
        ],
    },
]
