"""The directory's demo texts that are not associations: towns, the two listing pages, representatives.

Blocks use the helpers of home/demo/content.py, so ``load_demo`` resolves their
images and page links the same way as on the plain pages.
"""

from home.demo.content import bullets, button, heading, image, info, page_link, quote, text

# The kommune's six towns. The postcode and the centre (for associations with a map pin) are made up.
LOCALITIES = [
    {
        "name": "Fjordlund",
        "slug": "fjordlund",
        "postcode": "4790",
        "centre": (55.0120, 12.1640),
        "description": "Kommunens største by ved bunden af fjorden, med rådhus, bibliotek, havn og de store haller.",
    },
    {
        "name": "Egebjerg",
        "slug": "egebjerg",
        "postcode": "4791",
        "centre": (55.0480, 12.0910),
        "description": "Stationsby på bakken nord for fjorden, kendt for sin boldklub, sin seniorklub og sin byfest.",
    },
    {
        "name": "Kløvermose",
        "slug": "kloevermose",
        "postcode": "4792",
        "centre": (55.0710, 12.2380),
        "description": "Landsby mellem marker og mose, hvor forsamlingshuset og beboerforeningen samler byen.",
    },
    {
        "name": "Strandbæk",
        "slug": "strandbaek",
        "postcode": "4793",
        "centre": (54.9760, 12.2650),
        "description": "Kystby med badestrand, lystbådehavn og et stærkt fællesskab om havet og stranden.",
    },
    {
        "name": "Lyngå",
        "slug": "lyngaa",
        "postcode": "4794",
        "centre": (55.0330, 11.9920),
        "description": "Landsby ved Lyngå Å og Lyngå Skov, med enge, lyngbakker og mange hænder til naturpleje.",
    },
    {
        "name": "Birkely",
        "slug": "birkely",
        "postcode": "4795",
        "centre": (54.9880, 12.0640),
        "description": "Ny bydel syd for Fjordlund med skole, idrætsanlæg og beboere fra mange lande.",
    },
]


# "Find en forening": replaces the plain page "Foreninger i Fjordlund" and takes its key.
DIRECTORY_PAGE = {
    "key": "foreninger",
    "slug": "foreninger",
    "title": "Find en forening",
    "intro": (
        "Der er foreninger og fællesskaber i hele Fjordlund Kommune – fra boldklubben i Egebjerg til "
        "naturplejen i Lyngå. Søg efter det, du interesserer dig for, eller vælg by, emne og målgruppe."
    ),
    "no_results_text": (
        "Vi fandt ingen forening, der passer til det, du har valgt. Prøv med færre filtre eller et andet ord. "
        "Du er også velkommen til at kontakte frivilligkoordinatoren, som kender foreningerne og gerne hjælper "
        "dig videre."
    ),
    "search_description": (
        "Find foreninger og frivillige fællesskaber i Fjordlund, Egebjerg, Kløvermose, Strandbæk, Lyngå og Birkely."
    ),
}


# "Bliv frivillig": the task listing, whose body holds what the old plain page of that name said.
TASK_PAGE = {
    "key": "bliv-frivillig",
    "slug": "bliv-frivillig",
    "title": "Bliv frivillig",
    "intro": (
        "Foreningerne i Fjordlund Kommune søger hjælp til alt fra fodboldtræning til kaffebrygning. Du behøver "
        "ikke særlige evner eller masser af tid – find en opgave, der passer til dig."
    ),
    "search_description": (
        "Frivillige opgaver i Fjordlund Kommune, og sådan bliver du frivillig: trin for trin, børneattest, "
        "forsikring og hvem du kan kontakte."
    ),
    "body": [
        heading("Kom i gang på fire trin"),
        bullets(
            "<b>Tænk over, hvad du har lyst til.</b> Vil du være sammen med børn, ældre eller dyr? Vil du "
            "være ude i naturen, eller vil du hellere lave kaffe og tage imod gæster?",
            "<b>Find en opgave eller en forening.</b> Kig i opgaverne her på siden, "
            + page_link("foreninger", "find en forening")
            + ", der interesserer dig, eller ring til frivilligkoordinatoren og få et par forslag.",
            "<b>Tag kontakt, og aftal et besøg.</b> De fleste foreninger inviterer til en uforpligtende "
            "snak, hvor I kan se hinanden an.",
            "<b>Prøv det af.</b> Giv det et par gange, før du beslutter dig. Passer det ikke, er det helt i "
            "orden at sige fra og prøve noget andet.",
            ordered=True,
        ),
        image("skov", "Frivillige fra Lyngå Naturplejelaug på vej til årets første arbejdsdag i skoven."),
        heading("Hvad kan du forvente?"),
        text(
            "Som frivillig bestemmer du selv, hvor meget tid du vil give. Nogle hjælper et par timer om året "
            "til byfesten. Andre er trænere to gange om ugen. Begge dele er lige vigtige.",
            "En god forening tager godt imod dig. Du skal vide, hvem du kan spørge, hvad opgaven går ud på, "
            "og hvad foreningen forventer af dig. Mange foreninger tilbyder også kurser og siger tak med en "
            "fælles middag eller udflugt.",
        ),
        quote(
            "Jeg var lidt nervøs første gang, jeg skulle ud som besøgsven. Nu glæder jeg mig hver tirsdag "
            "til kaffen og snakken med Erik.",
            "Jonas Friis, 24 år, besøgsven i Fjordlund",
        ),
        heading("Børneattest"),
        text(
            "Skal du arbejde med børn under 15 år, skal foreningen indhente en børneattest, før du starter. "
            "Attesten viser, om du er dømt for bestemte forbrydelser mod børn. Foreningen bestiller den "
            "digitalt, og du giver samtykke med dit MitID. Det koster ikke noget.",
            "Læs mere i " + page_link("boerneattest", "guiden om børneattest") + ".",
        ),
        heading("Forsikring"),
        text(
            "Er du frivillig i en forening, er det som regel foreningens forsikring, der dækker, hvis "
            "uheldet er ude. Spørg din forening, hvilke forsikringer den har.",
            "Hjælper du til i et af kommunens egne tilbud – fx på et plejecenter, en skole eller et "
            "bibliotek – er du dækket af kommunens ulykkes- og ansvarsforsikring for frivillige.",
        ),
        info(
            "info",
            "Får du dagpenge eller en anden ydelse?",
            "Du må gerne være frivillig, mens du får dagpenge eller kontanthjælp. Der er dog regler for, "
            "hvor meget og hvilket arbejde du må lave. Spørg din a-kasse eller jobcenteret, før du går i "
            "gang.",
        ),
        button(
            "Har du spørgsmål?",
            "Frivilligkoordinatoren svarer gerne på spørgsmål om at blive frivillig – også de små.",
            "Kontakt os",
            page="kontakt",
        ),
    ],
}


# Association representatives to log in as: each edits its own association, under moderation.
REPRESENTATIVES = [
    {
        "username": "egebjerg-boldklub",
        "association": "egebjerg-boldklub",
        "first_name": "Kasper",
        "last_name": "Holm",
        "email": "kasper@egebjerg-boldklub.example.dk",
    },
    {
        "username": "lyngaa-naturpleje",
        "association": "lyngaa-naturplejelaug",
        "first_name": "Inger",
        "last_name": "Bech",
        "email": "inger@lyngaa-naturplejelaug.example.dk",
    },
    {
        "username": "strandbaek-lektiecafe",
        "association": "strandbaek-lektiecafe",
        "first_name": "Amir",
        "last_name": "Haddad",
        "email": "amir@strandbaek-lektiecafe.example.dk",
    },
]
REPRESENTATIVE_PASSWORD_ENV = "DEMO_REP_PASSWORD"
REPRESENTATIVE_DEFAULT_PASSWORD = "fjordlund-forening"
