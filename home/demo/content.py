"""The demo's texts for the fictional Fjordlund Kommune, kept as data.

Keeping the words here keeps ``load_demo`` short enough to read. Every text is
written for the demo; the kommune, its towns, people and associations are
made up.

Blocks are written with the small helpers below. They name images and pages
by key, because neither exists until the command runs:

- an image is named by its key in ``IMAGES``;
- a button links to a page by its key in ``PAGES`` (or ``url=`` for a website);
- rich text links to a page with ``page_link(key, text)``.

Other apps' demo content adds pages under keys of its own: the directory
(directory/demo/) provides "foreninger" (Find en forening) and "bliv-frivillig",
the policy app (policy/demo/) "frivilligpolitik", "guides" and one key per guide
("boerneattest" …). The home page below links to them, and so may the plain pages
in ``PAGES``: they are created first but get their bodies after the apps' pages.
"""

LINK_TOKEN = "@"  # page_link() writes id="@key"; the command swaps in the real id.


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def text(*paragraphs):
    """One paragraph block holding one or more paragraphs."""
    return ("paragraph", "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))


def bullets(*items, ordered=False):
    tag = "ol" if ordered else "ul"
    return ("paragraph", f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>")


def image(key, caption="", alt=None):
    """An image block; alt defaults to the image's own description."""
    return ("image", {"image": key, "caption": caption, "alt": alt})


def quote(words, who):
    return ("quote", {"quote": words, "attribution": who})


def info(kind, title, *paragraphs):
    return ("info_box", {"kind": kind, "heading": title, "text": text(*paragraphs)[1]})


def button(title, words, label, page=None, url=""):
    return (
        "call_to_action",
        {"heading": title, "text": words, "link": {"text": label, "page": page, "url": url}},
    )


def page_link(key, words):
    return f'<a linktype="page" id="{LINK_TOKEN}{key}">{words}</a>'


def mail(address):
    return f'<a href="mailto:{address}">{address}</a>'


# Images, drawn by home/demo/artwork.py. The description doubles as alt text.
LOGO = {
    "title": "Fjordlund Kommune logo",
    "description": ("Fjordlund Kommunes våbenskjold: en gul sol, et grantræ på en grøn bakke og bølger på fjorden."),
    "file": "logo.svg",
}

IMAGES = [
    {
        "key": "fjord",
        "scene": "fjord",
        "title": "Frivillige ved fjorden",
        "description": "Tegning af en gruppe mennesker på en grøn skrænt ved fjorden i morgensol.",
    },
    {
        "key": "faellesskab",
        "scene": "faellesskab",
        "title": "Fællesskab i foreningslivet",
        "description": ("Tegning af voksne og børn i forskellige farver, der står side om side på en grøn bakke."),
    },
    {
        "key": "skov",
        "scene": "skov",
        "title": "Naturpleje i Lyngå Skov",
        "description": "Tegning af to personer, der går ad en lys sti gennem en skov med runde trætoppe.",
    },
    {
        "key": "strand",
        "scene": "strand",
        "title": "Strandrensning ved Strandbæk",
        "description": "Tegning af fem frivillige på stranden med havet og solen i baggrunden.",
    },
    {
        "key": "idraet",
        "scene": "idraet",
        "title": "Idræt for alle i Birkely",
        "description": "Tegning af børn og voksne på en græsbane med en bold og et fodboldmål.",
    },
    {
        "key": "cafe",
        "scene": "cafe",
        "title": "Frivilligcaféen på Fjordlund Bibliotek",
        "description": ("Tegning af mennesker ved et bord med kaffekopper, under to lamper og foran et stort vindue."),
    },
    {
        "key": "byliv",
        "scene": "byliv",
        "title": "Bymiljø i Egebjerg",
        "description": ("Tegning af en lille by med farverige huse, et kirketårn, træer og mennesker på gaden."),
    },
]


# The site settings. Phone, email and people are made up.
SETTINGS = {
    "kommune_name": "Fjordlund Kommune",
    "portal_name": "Frivillig i Fjordlund",
    "contact_phone": "72 40 12 00",
    "contact_email": "frivillig@fjordlund.dk",
    "contact_address": "Fjordlund Kommune\nKultur og Fritid\nRådhustorvet 1\n4790 Fjordlund",
}
# The contact point's texts (home.ContactPoint), in Danish and as the demo translates them.
CONTACT_POINT = {
    "da": {
        "name": "Frivilligkoordinator Mette Kragh",
        "opening_hours": "Mandag–torsdag kl. 9.00–15.00\nFredag kl. 9.00–12.00",
    },
    "en": {
        "name": "Volunteer coordinator Mette Kragh",
        "opening_hours": "Monday–Thursday 9.00–15.00\nFriday 9.00–12.00",
    },
    "uk": {
        "name": "Координаторка волонтерів Метте Краг",
        "opening_hours": "Понеділок–четвер 9.00–15.00\nП'ятниця 9.00–12.00",
    },
    "ar": {
        "name": "منسقة المتطوعين ميته كراغ",
        "opening_hours": "الاثنين–الخميس 9.00–15.00\nالجمعة 9.00–12.00",
    },
}
PRIVACY_PAGE = "privatliv"
ACCESSIBILITY_PAGE = "tilgaengelighed"


HOME = {
    "title": "Forside",
    "hero_image": "fjord",
    "hero_heading": "Find dit frivillige fællesskab i Fjordlund",
    "hero_intro": (
        "Fra fodboldtræning i Egebjerg til strandrensning i Strandbæk: Hver uge giver tusindvis af borgere "
        "en hånd med i Fjordlund Kommune. Find en forening, bliv frivillig, eller få hjælp til at drive "
        "jeres forening."
    ),
    "search_heading": "Hvad leder du efter?",
    "search_description": (
        "Frivillig i Fjordlund samler foreninger, frivillige opgaver og gode råd i Fjordlund Kommune. Find "
        "et fællesskab nær dig."
    ),
    "entry_points": [
        {
            "title": "Find en forening",
            "text": (
                "Se, hvilke foreninger og fællesskaber der findes i Fjordlund, Egebjerg, Kløvermose, "
                "Strandbæk, Lyngå og Birkely."
            ),
            "icon": "groups",
            "page": "foreninger",
        },
        {
            "title": "Bliv frivillig",
            "text": ("Har du en time om ugen eller en weekend om året? Læs, hvordan du kommer i gang som frivillig."),
            "icon": "how-to-reg",
            "page": "bliv-frivillig",
        },
        {
            "title": "Politikken",
            "text": (
                "Læs kommunens frivilligpolitik: vores vision, fire principper, fem fokusområder – og hvordan det går."
            ),
            "icon": "document",
            "page": "frivilligpolitik",
        },
        {
            "title": "Guides",
            "text": "Praktiske guides om rekruttering, børneattest, forsikring, GDPR, tilskud og vedtægter.",
            "icon": "help",
            "page": "guides",
        },
    ],
    "body": [
        heading("Frivillighed i hele kommunen"),
        text(
            "I Fjordlund Kommune er der mere end 300 foreninger, klubber og frivillige grupper. De spænder "
            "fra idræt og spejder til lektiecaféer, besøgsvenner og naturpleje. Fælles for dem er, at de "
            "bliver drevet af mennesker, der gerne vil gøre noget for andre – og for sig selv.",
            "Frivilligportalen er stedet, hvor foreninger og frivillige finder hinanden. Portalen drives af "
            "kommunens frivilligkoordinator i samarbejde med foreningerne.",
        ),
        quote(
            "Jeg meldte mig for at hjælpe med kaffen til fredagsbanko. Tre år efter står jeg for hele caféen "
            "– og jeg har fået et netværk, jeg ikke havde før.",
            "Birthe Lauridsen, frivillig i Egebjerg Seniorklub",
        ),
        button(
            "Vil du være med?",
            "Vi hjælper dig med at finde en opgave, der passer til dig og din hverdag.",
            "Sådan bliver du frivillig",
            page="bliv-frivillig",
        ),
    ],
}


OM = {
    "key": "om",
    "slug": "om-frivilligportalen",
    "title": "Om Frivilligportalen",
    "in_menu": True,
    "intro": (
        "Frivillig i Fjordlund er Fjordlund Kommunes portal for frivillighed og foreningsliv. Her finder "
        "borgere og foreninger hinanden."
    ),
    "search_description": (
        "Om Frivillig i Fjordlund: hvem står bag portalen, hvad kan du bruge den til, og hvordan kommer din "
        "forening med."
    ),
    "body": [
        heading("Hvorfor en frivilligportal?"),
        text(
            "Foreningerne fortalte os, at det var svært at nå ud til nye frivillige. Og borgerne fortalte "
            "os, at det var svært at finde ud af, hvor man kunne hjælpe. Frivilligportalen er vores svar på "
            "begge dele.",
            "Portalen blev lanceret i 2026 som en del af kommunens "
            + page_link("frivilligpolitik", "frivilligpolitik")
            + ". Vi har udviklet den sammen med en gruppe foreninger, som har testet og kommenteret "
            "undervejs.",
        ),
        heading("Det kan du bruge portalen til"),
        bullets(
            "Finde foreninger og fællesskaber i hele kommunen.",
            "Læse, hvordan du bliver frivillig.",
            "Læse kommunens frivilligpolitik.",
            "Finde guides og gode råd til at drive forening.",
        ),
        image("cafe", "I Frivilligcaféen på Fjordlund Bibliotek kan du få en snak med frivilligkoordinatoren."),
        heading("Hvem står bag?"),
        text(
            "Portalen drives af Fjordlund Kommune, Kultur og Fritid. Frivilligkoordinatoren har ansvaret for "
            "indholdet sammen med kommunens kommunikationsafdeling. Foreningerne har selv ansvaret for de "
            "oplysninger, de lægger på deres egne sider."
        ),
        heading("Skal jeres forening med?"),
        text(
            "Alle frivillige foreninger og grupper i Fjordlund Kommune kan få en side på portalen. Det er "
            "gratis. Kontakt frivilligkoordinatoren, så hjælper vi jer i gang."
        ),
        quote(
            "Vi fik tre nye hjælpere til fællesspisningen den første måned, efter vi kom på portalen.",
            "Inge Sørensen, Kløvermose Beboerforening",
        ),
        button(
            "Kontakt os",
            "Har du spørgsmål eller forslag til portalen, hører vi gerne fra dig.",
            "Se kontaktoplysninger",
            page="kontakt",
        ),
    ],
}


KONTAKT = {
    "key": "kontakt",
    "slug": "kontakt",
    "title": "Kontakt",
    "in_menu": True,
    "intro": (
        "Har du spørgsmål om frivilligt arbejde, foreninger eller portalen? Kontakt kommunens "
        "frivilligkoordinator. Vi svarer på e-mails inden for tre arbejdsdage."
    ),
    "search_description": (
        "Kontakt frivilligkoordinatoren i Fjordlund Kommune på telefon, e-mail eller i Frivilligcaféen på "
        "Fjordlund Bibliotek."
    ),
    "body": [
        heading("Frivilligkoordinator Mette Kragh"),
        text(
            "Mette er kommunens indgang til det frivillige Fjordlund. Hun hjælper borgere, der gerne vil "
            "være frivillige, og foreninger, der har brug for sparring eller nye frivillige."
        ),
        bullets(
            "<b>Telefon:</b> 72 40 12 00",
            "<b>E-mail:</b> " + mail("frivillig@fjordlund.dk"),
            "<b>Adresse:</b> Fjordlund Kommune, Kultur og Fritid, Rådhustorvet 1, 4790 Fjordlund",
        ),
        heading("Telefontid"),
        text("Mandag til torsdag kl. 9.00–15.00", "Fredag kl. 9.00–12.00"),
        heading("Frivilligcaféen"),
        text(
            "Hver tirsdag kl. 15.00–18.00 holder frivilligkoordinatoren åben rådgivning i Frivilligcaféen på "
            "Fjordlund Bibliotek, Havnegade 12. Du behøver ikke at bestille tid. Der er altid kaffe på "
            "kanden."
        ),
        info(
            "info",
            "Send følsomme oplysninger sikkert",
            "Skal du sende oplysninger om fx helbred eller straffeforhold, så brug Digital Post til "
            "Fjordlund Kommune via borger.dk i stedet for almindelig e-mail.",
        ),
        heading("Andre henvendelser"),
        text(
            "Spørgsmål om lokaler, haller og tilskud efter folkeoplysningsloven skal du sende til Kultur og "
            "Fritid på " + mail("kulturogfritid@fjordlund.dk") + ".",
            "Andre spørgsmål til kommunen kan du stille til Borgerservice på telefon 72 40 10 00.",
        ),
    ],
}


PRIVATLIV = {
    "key": "privatliv",
    "slug": "privatlivspolitik",
    "title": "Privatlivspolitik",
    "in_menu": False,
    "intro": (
        "Her kan du læse, hvilke personoplysninger vi behandler, når du bruger Frivillig i Fjordlund, "
        "hvorfor vi gør det, og hvilke rettigheder du har."
    ),
    "search_description": (
        "Privatlivspolitik for Frivillig i Fjordlund: personoplysninger, cookies, dine rettigheder og "
        "hvordan du klager."
    ),
    "body": [
        heading("Dataansvarlig"),
        text(
            "Fjordlund Kommune er dataansvarlig for de personoplysninger, der behandles på Frivillig i "
            "Fjordlund. Du kan kontakte os på Rådhustorvet 1, 4790 Fjordlund, på telefon 72 40 10 00 eller "
            "på " + mail("kommune@fjordlund.dk") + "."
        ),
        heading("Databeskyttelsesrådgiver", "h3"),
        text(
            "Kommunen har en databeskyttelsesrådgiver, som du kan kontakte, hvis du har spørgsmål til, "
            "hvordan vi behandler dine oplysninger. Skriv til " + mail("dpo@fjordlund.dk") + "."
        ),
        heading("Hvilke oplysninger behandler vi?"),
        heading("Når du besøger portalen", "h3"),
        text(
            "Du kan bruge portalen uden at oplyse, hvem du er. Vores server registrerer tekniske oplysninger "
            "som IP-adresse, tidspunkt og den side, du besøger. Vi bruger oplysningerne til at sikre, at "
            "portalen virker og er beskyttet mod angreb. Loggen bliver slettet automatisk efter 30 dage."
        ),
        heading("Når en forening har en side på portalen", "h3"),
        text(
            "Foreninger kan vise navn, telefonnummer og e-mailadresse på en kontaktperson. Foreningen vælger "
            "selv, hvilke oplysninger der bliver vist, og sørger for, at kontaktpersonen er indforstået. Vi "
            "sletter oplysningerne, når foreningen beder om det, eller når siden bliver nedlagt."
        ),
        heading("Når du skriver til os", "h3"),
        text(
            "Skriver du til frivilligkoordinatoren, bruger vi dine oplysninger til at svare dig. "
            "Henvendelser, der har betydning for en sag, bliver journaliseret i kommunens sags- og "
            "dokumentsystem efter reglerne i offentlighedsloven og arkivlovgivningen."
        ),
        heading("Når du er redaktør", "h3"),
        text(
            "Medarbejdere og foreningsrepræsentanter, der redigerer indhold, har en brugerkonto med navn og "
            "e-mailadresse. Vi registrerer, hvem der har ændret hvad, så vi kan rette fejl og dokumentere "
            "ændringer."
        ),
        heading("Når du søger", "h3"),
        text(
            "Vi tæller, hvad der bliver søgt efter, og hvilke søgninger der ikke finder noget, så vi kan "
            "gøre portalen bedre. Vi gemmer kun ordene og antallet af søgninger pr. dag, ikke hvem der "
            "søgte."
        ),
        heading("Hvor længe gemmer vi oplysningerne?"),
        text(
            "Portalen sletter selv oplysningerne, når perioden i tabellen er gået. Det sker hver nat. "
            "Beskeder, der har betydning for en sag, kan være journaliseret i kommunens sagssystem og "
            "følger så reglerne for det."
        ),
        ("retention_table", None),
        heading("Formål og retsgrundlag"),
        text(
            "Vi behandler oplysningerne for at løse kommunens opgave med at støtte og samarbejde med det "
            "frivillige arbejde, jf. servicelovens § 18 og folkeoplysningsloven. Retsgrundlaget er "
            "databeskyttelsesforordningens artikel 6, stk. 1, litra e (opgaver i samfundets interesse og "
            "myndighedsudøvelse)."
        ),
        heading("Cookies"),
        text(
            "Portalen bruger kun de cookies, der er nødvendige for, at den virker. Det er en cookie, der "
            "beskytter formularer mod misbrug, og en cookie, der holder dig logget ind, hvis du er redaktør. "
            "Vi bruger ikke cookies til statistik eller markedsføring, og vi deler ikke oplysninger med "
            "sociale medier. Derfor beder vi dig ikke om samtykke."
        ),
        heading("Hvem deler vi oplysningerne med?"),
        text(
            "Portalen bliver drevet af en hostingleverandør i EU, som er databehandler for kommunen. En "
            "databehandleraftale sikrer, at leverandøren kun behandler oplysningerne efter vores instruks. "
            "Vi overfører ikke oplysninger til lande uden for EU og EØS."
        ),
        heading("Dine rettigheder"),
        text("Efter databeskyttelsesforordningen har du en række rettigheder:"),
        bullets(
            "Du har ret til at se de oplysninger, vi har om dig.",
            "Du har ret til at få rettet forkerte oplysninger.",
            "Du har i visse tilfælde ret til at få slettet oplysninger.",
            "Du har ret til at få begrænset behandlingen.",
            "Du har ret til at gøre indsigelse mod behandlingen.",
        ),
        text(
            "Vil du bruge dine rettigheder, så kontakt os. Du kan læse mere om dine rettigheder på "
            'Datatilsynets hjemmeside, <a href="https://www.datatilsynet.dk">datatilsynet.dk</a>.'
        ),
        heading("Klage til Datatilsynet"),
        text(
            "Er du utilfreds med den måde, vi behandler dine oplysninger på, kan du klage til Datatilsynet. "
            "Vi vil dog gerne have mulighed for at rette op på det først, så kontakt os gerne."
        ),
        info("info", "Senest opdateret", "Privatlivspolitikken blev senest opdateret den 1. oktober 2026."),
    ],
}


TILGAENGELIGHED = {
    "key": "tilgaengelighed",
    "slug": "tilgaengelighedserklaering",
    "title": "Tilgængelighedserklæring",
    "in_menu": False,
    "intro": (
        "Fjordlund Kommune ønsker, at alle kan bruge Frivillig i Fjordlund – også borgere med handicap. Her "
        "kan du læse, hvor tilgængelig portalen er, og hvordan du giver os besked om fejl."
    ),
    "search_description": (
        "Tilgængelighedserklæring for Frivillig i Fjordlund efter webtilgængelighedsloven og WCAG 2.1 niveau AA."
    ),
    "body": [
        text(
            "Fjordlund Kommune er forpligtet til at gøre sine websteder tilgængelige i overensstemmelse med "
            "lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Denne "
            "tilgængelighedserklæring gælder for Frivillig i Fjordlund."
        ),
        heading("Overensstemmelsesstatus"),
        text(
            "Portalen er delvist i overensstemmelse med standarden WCAG 2.1 på niveau AA. Det skyldes de "
            "mangler, der er beskrevet nedenfor."
        ),
        heading("Indhold, der ikke er tilgængeligt"),
        bullets(
            "Nogle PDF-dokumenter, som foreninger har lagt på portalen, er ikke opbygget, så de kan læses "
            "med skærmlæser (WCAG 1.3.1). Vi hjælper foreningerne med at lave tilgængelige dokumenter.",
            "Billeder, som foreninger selv har lagt op, kan mangle en dækkende alternativ tekst (WCAG "
            "1.1.1). Redaktørerne bliver bedt om en alternativ tekst, når de lægger et billede op.",
            "Videoer, som foreninger har indlejret fra andre tjenester, har ikke altid undertekster (WCAG 1.2.2).",
        ),
        text("Vi retter manglerne løbende og gennemgår nyt indhold fra foreningerne stikprøvevis."),
        heading("Sådan er portalen lavet"),
        text(
            "Portalen er bygget på Det Fælles Designsystem, som er udviklet til offentlige løsninger med "
            "fokus på tilgængelighed. Det betyder blandt andet, at du kan:"
        ),
        bullets(
            "betjene hele portalen med tastatur",
            "forstørre teksten op til 200 procent, uden at indhold forsvinder",
            "bruge portalen med skærmlæser",
            "bruge portalen på mobil, tablet og computer.",
        ),
        heading("Udarbejdelse af erklæringen"),
        text(
            "Erklæringen blev udarbejdet den 15. oktober 2026. Den bygger på en selvevaluering, som "
            "Fjordlund Kommune har foretaget med automatiske test og en manuel gennemgang med tastatur og "
            "skærmlæser."
        ),
        heading("Feedback og kontaktoplysninger"),
        text(
            "Har du problemer med at bruge portalen, eller har du brug for indhold i et andet format? Så "
            "skriv til " + mail("tilgaengelighed@fjordlund.dk") + ", eller ring på 72 40 10 00. Vi svarer "
            "inden for fem arbejdsdage."
        ),
        heading("Håndhævelsesprocedure"),
        text(
            "Digitaliseringsstyrelsen fører tilsyn med, at offentlige websteder lever op til kravene om "
            "tilgængelighed. Er du ikke tilfreds med vores svar, eller mener du, at portalen ikke lever op "
            "til kravene, kan du klage til Digitaliseringsstyrelsen."
        ),
    ],
}


# The plain pages under the home page, in menu order. The directory's demo puts its two
# listing pages, "foreninger" (Find en forening) and "bliv-frivillig", first in the menu,
# and the policy demo its policy and guides ("frivilligpolitik", "guides") after them.
PAGES = [OM, KONTAKT, PRIVATLIV, TILGAENGELIGHED]


# English versions, keyed by the Danish page's key ("home" is the home page).
# Buttons link to the English page where one exists, else to the Danish one.
TRANSLATIONS = {
    "home": {
        "title": "Home",
        "hero_heading": "Find your volunteering community in Fjordlund",
        "hero_intro": (
            "From football practice in Egebjerg to beach clean-ups in Strandbæk: every week, thousands of "
            "people lend a hand in Fjordlund Kommune. Most of this portal is in Danish, but our volunteer "
            "coordinator is happy to help you in English."
        ),
        "search_heading": "What are you looking for?",
        "search_description": (
            "Frivillig i Fjordlund brings together associations, volunteering and practical advice in "
            "Fjordlund Kommune. Find a community near you."
        ),
        "entry_points": [
            {
                "title": "Find an association",
                "text": ("See the associations and communities in Fjordlund and the surrounding towns (in Danish)."),
                "icon": "groups",
                "page": "foreninger",
            },
            {
                "title": "Become a volunteer",
                "text": ("An hour a week or a weekend a year? Read how to get started as a volunteer (in Danish)."),
                "icon": "how-to-reg",
                "page": "bliv-frivillig",
            },
            {
                "title": "The policy",
                "text": ("The kommune's volunteering policy: our vision, four principles and focus areas (in Danish)."),
                "icon": "document",
                "page": "frivilligpolitik",
            },
            {
                "title": "Guides",
                "text": (
                    "Practical guides for associations on recruitment, child protection and insurance (in Danish)."
                ),
                "icon": "help",
                "page": "guides",
            },
        ],
        "body": [
            heading("Volunteering across the kommune"),
            text(
                "Fjordlund Kommune has more than 300 associations, clubs and volunteer groups. They range "
                "from sport and scouting to homework cafés, visiting friends and nature conservation. What "
                "they share is that they are run by people who want to do something for others – and for "
                "themselves.",
                "The portal is where associations and volunteers find each other. It is run by the kommune's "
                "volunteer coordinator together with the associations.",
            ),
            quote(
                "I signed up to help with the coffee at the Friday bingo. Three years later I run the whole "
                "café – and I have a network I never had before.",
                "Birthe Lauridsen, volunteer at Egebjerg Seniorklub",
            ),
            button(
                "Want to join in?",
                "We will help you find a task that suits you and your everyday life.",
                "Contact the volunteer coordinator",
                page="kontakt",
            ),
        ],
    },
    "om": {
        "slug": "about",
        "title": "About the portal",
        "intro": (
            "Frivillig i Fjordlund (Volunteer in Fjordlund) is Fjordlund Kommune's portal for volunteering "
            "and community life. It is where residents and associations find each other."
        ),
        "search_description": "About Frivillig i Fjordlund: who runs the portal and what you can use it for.",
        "body": [
            heading("Why a volunteering portal?"),
            text(
                "Associations told us it was hard to reach new volunteers. Residents told us it was hard to "
                "find out where they could help. The portal is our answer to both.",
                "It was launched in 2026 as part of the kommune's volunteering policy, and was developed "
                "together with a group of associations who tested it along the way.",
            ),
            heading("What you can use it for"),
            bullets(
                "Find associations and communities across the kommune.",
                "Read how to become a volunteer.",
                "Read the kommune's volunteering policy.",
                "Find guides and advice on running an association.",
            ),
            image(
                "cafe",
                "At the volunteer café in Fjordlund Library you can talk to the volunteer coordinator.",
                alt=("Drawing of people at a table with coffee cups, under two lamps and in front of a large window."),
            ),
            heading("Who runs it?"),
            text(
                "The portal is run by Fjordlund Kommune, Culture and Leisure. The volunteer coordinator is "
                "responsible for the content together with the kommune's communications team. Associations "
                "are responsible for what they publish on their own pages."
            ),
            heading("Should your association be here?"),
            text(
                "Every volunteer association and group in Fjordlund Kommune can have a page on the portal, "
                "free of charge. Contact the volunteer coordinator and we will help you get started."
            ),
            button(
                "Contact us",
                "Questions or ideas for the portal? We would love to hear from you.",
                "See contact details",
                page="kontakt",
            ),
        ],
    },
    "kontakt": {
        "slug": "contact",
        "title": "Contact",
        "intro": (
            "Questions about volunteering, associations or the portal? Contact the kommune's volunteer "
            "coordinator. We answer emails within three working days."
        ),
        "search_description": ("Contact the volunteer coordinator in Fjordlund Kommune by phone, email or in person."),
        "body": [
            heading("Volunteer coordinator Mette Kragh"),
            text(
                "Mette is the kommune's way in to volunteering in Fjordlund. She helps residents who want to "
                "volunteer and associations that need advice or new volunteers. She speaks Danish and "
                "English."
            ),
            bullets(
                "<b>Phone:</b> +45 72 40 12 00",
                "<b>Email:</b> " + mail("frivillig@fjordlund.dk"),
                "<b>Address:</b> Fjordlund Kommune, Kultur og Fritid, Rådhustorvet 1, 4790 Fjordlund, Denmark",
            ),
            heading("Phone hours"),
            text("Monday to Thursday 9.00–15.00", "Friday 9.00–12.00"),
            heading("The volunteer café"),
            text(
                "Every Tuesday from 15.00 to 18.00 the volunteer coordinator is at the volunteer café in "
                "Fjordlund Library, Havnegade 12. No appointment needed – and the coffee is always on."
            ),
            info(
                "info",
                "Sending sensitive information",
                "If you need to send information about, for example, your health, please use Digital Post to "
                "Fjordlund Kommune via borger.dk rather than ordinary email.",
            ),
        ],
    },
    "privatliv": {
        "slug": "privacy",
        "title": "Privacy policy",
        "intro": (
            "This page explains which personal data we process when you use Frivillig i Fjordlund, why we do "
            "it, and what your rights are."
        ),
        "search_description": ("Privacy policy for Frivillig i Fjordlund: personal data, cookies and your rights."),
        "body": [
            heading("Data controller"),
            text(
                "Fjordlund Kommune is the data controller for personal data processed on Frivillig i "
                "Fjordlund. You can contact us at Rådhustorvet 1, 4790 Fjordlund, by phone on +45 72 40 10 "
                "00 "
                "or at " + mail("kommune@fjordlund.dk") + ".",
                "Our data protection officer can be reached at " + mail("dpo@fjordlund.dk") + ".",
            ),
            heading("What we process"),
            bullets(
                "<b>When you visit the portal:</b> our server logs technical information such as IP address, "
                "time and the page visited, to keep the portal running and secure. The log is deleted after "
                "30 days.",
                "<b>When an association has a page:</b> the association chooses whether to show the name, "
                "phone number and email of a contact person. We delete it when the association asks us to.",
                "<b>When you write to us:</b> we use your details to answer you. Enquiries that matter for a "
                "case are filed in the kommune's records system as the law requires.",
                "<b>When you are an editor:</b> your account holds your name and email, and we record who "
                "changed what.",
            ),
            heading("How long we keep it"),
            text(
                "The portal deletes the data itself when the period in the table has passed; it does so "
                "every night. We count what is searched for, per day, without recording who searched."
            ),
            ("retention_table", None),
            heading("Purpose and legal basis"),
            text(
                "We process the data to carry out the kommune's task of supporting and working with "
                "voluntary organisations. The legal basis is Article 6(1)(e) of the General Data Protection "
                "Regulation (a task carried out in the public interest)."
            ),
            heading("Cookies"),
            text(
                "The portal only uses cookies that are necessary for it to work: one that protects forms "
                "against misuse, and one that keeps editors logged in. We use no cookies for statistics or "
                "marketing, so we do not ask for your consent."
            ),
            heading("Who we share data with"),
            text(
                "The portal is hosted by a provider in the EU who processes data on our behalf under a data "
                "processing agreement. We do not transfer data outside the EU/EEA."
            ),
            heading("Your rights"),
            bullets(
                "You can see the data we hold about you.",
                "You can have incorrect data corrected.",
                "In some cases you can have data deleted.",
                "You can ask us to restrict processing.",
                "You can object to the processing.",
            ),
            text(
                "If you are unhappy with how we process your data, you can complain to the Danish Data "
                'Protection Agency, <a href="https://www.datatilsynet.dk">Datatilsynet</a>. We would like '
                "the chance to put things right first, so please contact us."
            ),
            info("info", "Last updated", "This privacy policy was last updated on 1 October 2026."),
        ],
    },
    "tilgaengelighed": {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": (
            "Fjordlund Kommune wants everyone to be able to use Frivillig i Fjordlund, including people with "
            "disabilities. This statement explains how accessible the portal is and how to report problems."
        ),
        "search_description": "Accessibility statement for Frivillig i Fjordlund (WCAG 2.1 level AA).",
        "body": [
            text(
                "Fjordlund Kommune is committed to making its websites accessible in accordance with the "
                "Danish Act on the accessibility of public sector bodies' websites and mobile applications. "
                "This statement applies to Frivillig i Fjordlund."
            ),
            heading("Compliance status"),
            text("The portal is partially compliant with WCAG 2.1 level AA, because of the issues listed below."),
            heading("Content that is not accessible"),
            bullets(
                "Some PDF documents uploaded by associations are not structured for screen readers (WCAG 1.3.1).",
                "Images uploaded by associations may lack adequate alternative text (WCAG 1.1.1).",
                "Videos embedded by associations from other services do not always have captions (WCAG 1.2.2).",
            ),
            heading("How the portal is built"),
            text(
                "The portal is built on the Danish common design system (Det Fælles Designsystem), which is "
                "designed for accessible public services. You can use the whole portal with a keyboard, zoom "
                "text to 200 percent without losing content, and use it with a screen reader."
            ),
            heading("Preparation of this statement"),
            text(
                "This statement was prepared on 15 October 2026, based on a self-assessment by Fjordlund "
                "Kommune using automated tests and manual testing with keyboard and screen reader."
            ),
            heading("Feedback and contact"),
            text(
                "If you have trouble using the portal or need content in another format, email "
                + mail("tilgaengelighed@fjordlund.dk")
                + " or call +45 72 40 10 00. We answer within five working days."
            ),
            heading("Enforcement"),
            text(
                "The Agency for Digital Government (Digitaliseringsstyrelsen) monitors whether public "
                "websites meet the accessibility requirements. If you are not satisfied with our answer, you "
                "can complain to the agency."
            ),
        ],
    },
}


# Every demo translation says it is one, in its own language, after its first text: no translator
# has read it (load_demo's translate).
DEMO_NOTE = {
    "en": "Demo translation",
    "uk": "Демонстраційний переклад",
    "ar": "ترجمة تجريبية",
}

# The home page in Ukrainian and Arabic; other apps add their pages through the portal_demo_translations hook.
MORE_TRANSLATIONS = {
    "uk": {
        "home": {
            "title": "Головна",
            "hero_heading": "Знайдіть свою волонтерську спільноту у Фьордлунді",
            "hero_intro": (
                "Від футбольних тренувань в Егеб'єргу до прибирання пляжу в Страндбеку: щотижня тисячі мешканців "
                "комуни Фьордлунд допомагають іншим. Координаторка волонтерів охоче допоможе вам англійською."
            ),
            "search_heading": "Що ви шукаєте?",
            "search_description": (
                "Frivillig i Fjordlund об'єднує асоціації, волонтерські завдання та практичні поради в комуні "
                "Фьордлунд. Знайдіть спільноту поруч із вами."
            ),
            "entry_points": [
                {
                    "title": "Знайти асоціацію",
                    "text": "Асоціації та спільноти у Фьордлунді та навколишніх містах.",
                    "icon": "groups",
                    "page": "foreninger",
                },
                {
                    "title": "Поради та посібники",
                    "text": "Практичні посібники про волонтерство, дозволи та страхування.",
                    "icon": "help",
                    "page": "guides",
                },
            ],
            "body": [
                heading("Волонтерство по всій комуні"),
                text(
                    "У комуні Фьордлунд понад 300 асоціацій, клубів і волонтерських груп: від спорту та скаутів "
                    "до кафе допомоги з домашніми завданнями, друзів-відвідувачів і догляду за природою.",
                    "Волонтерство – це гарний спосіб познайомитися з людьми та вивчити данську мову. Багато "
                    "асоціацій раді новим волонтерам, які ще не говорять данською.",
                ),
            ],
        },
    },
    "ar": {
        "home": {
            "title": "الصفحة الرئيسية",
            "hero_heading": "اعثر على مجتمعك التطوعي في فيوردلوند",
            "hero_intro": (
                "من تدريبات كرة القدم في إيغبيرغ إلى تنظيف الشاطئ في ستراندبيك: كل أسبوع يمدّ آلاف السكان يد "
                "العون في بلدية فيوردلوند. يسعد منسّق المتطوعين بمساعدتك باللغة الإنجليزية."
            ),
            "search_heading": "عمّ تبحث؟",
            "search_description": (
                "يجمع موقع Frivillig i Fjordlund الجمعيات والمهام التطوعية والنصائح العملية في بلدية فيوردلوند. "
                "اعثر على مجتمع قريب منك."
            ),
            "entry_points": [
                {
                    "title": "ابحث عن جمعية",
                    "text": "الجمعيات والمجتمعات في فيوردلوند والبلدات المحيطة بها.",
                    "icon": "groups",
                    "page": "foreninger",
                },
                {
                    "title": "أدلة ونصائح",
                    "text": "أدلة عملية حول التطوع وشهادة الأطفال والتأمين.",
                    "icon": "help",
                    "page": "guides",
                },
            ],
            "body": [
                heading("التطوع في جميع أنحاء البلدية"),
                text(
                    "في بلدية فيوردلوند أكثر من 300 جمعية ونادٍ ومجموعة تطوعية، من الرياضة والكشافة إلى مقاهي "
                    "المساعدة في الواجبات المدرسية والزيارات الودية ورعاية الطبيعة.",
                    "التطوع طريقة جيدة للتعرّف على الناس وتعلّم اللغة الدنماركية. ترحّب جمعيات كثيرة بالمتطوعين "
                    "الجدد الذين لا يتحدثون الدنماركية بعد.",
                ),
            ],
        },
    },
}
