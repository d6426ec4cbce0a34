"""Puts the premises of the demo in place for ``manage.py load_demo``: "Lokaler" and five places in Fjordlund
Kommune's towns, all written for the demo. Like the rest of the demo it only creates what is missing
(pages found by slug), so a second run changes nothing.
"""

from wagtail.models import Page

from directory.models import Locality

from ..models import Facility, PremisesIndexPage, PremisesPage, PremisesPhoto, Room

INDEX = {
    "key": "lokaler",
    "slug": "lokaler",
    "title": "Lokaler",
    "intro": (
        "Kommunen låner lokaler ud til foreninger og frivillige grupper – fra mødelokalet på biblioteket til "
        "forsamlingshuset i Kløvermose. Vælg by, størrelse og det, I har brug for."
    ),
    "no_results_text": "Vi fandt intet lokale, der passer. Kontakt frivilligkoordinatoren, så hjælper vi jer videre.",
    "search_description": "Lån et lokale i Fjordlund Kommune til møder, kurser og fællesspisning.",
}

PREMISES = [
    {
        "slug": "fjordlund-bibliotek-moedelokaler",
        "title": "Mødelokalerne på Fjordlund Bibliotek",
        "town": "fjordlund",
        "street": "Havnegade 12",
        "postcode": "4790",
        "summary": "To lyse mødelokaler midt i byen, med skærm, wifi og kaffekøkken.",
        "description": "<p>Lokalerne ligger på første sal med udsigt over havnen. Der er elevator fra indgangen.</p>",
        "capacity": 40,
        "facilities": ["Projektor/skærm", "Wifi", "Køkken", "Handicaptoilet", "Trinfri adgang", "Teleslynge"],
        "step_free": True,
        "accessibility": "Elevator fra indgangen i gadeplan. Handicaptoilet på samme etage. Teleslynge i Fjordsalen.",
        "free": True,
        "price": "",
        "booking_url": "https://www.example.dk/fjordlund/book-lokale",
        "booking_phone": "72 10 20 40",
        "booking_email": "",
        "booking_note": "Book senest to dage før. Nøglen hentes i bibliotekets skranke.",
        "rooms": [("Fjordsalen", 40, "Stole i rækker eller borde i grupper."), ("Lille mødelokale", 10, "")],
        "photo": ("cafe", "Mødelokale med lange borde, stole og store vinduer ud mod havnen."),
    },
    {
        "slug": "kloevermose-forsamlingshus-salen",
        "title": "Salen i Kløvermose Forsamlingshus",
        "town": "kloevermose",
        "street": "Mosevej 3",
        "postcode": "4792",
        "summary": "Landsbyens store sal med scene og fuldt udstyret køkken – plads til fest og fællesspisning.",
        "description": (
            "<p>Forsamlingshuset drives af frivillige, og kommunen betaler for foreningernes brug på hverdage.</p>"
        ),
        "capacity": 120,
        "facilities": ["Køkken", "Parkering", "Udendørsareal", "Lydanlæg", "Opbevaring"],
        "step_free": False,
        "accessibility": (
            "Tre trin op til hovedindgangen. Der er en rampe ved køkkenindgangen, men intet handicaptoilet."
        ),
        "free": False,
        "price": "Gratis på hverdage for foreninger, 500 kr. i weekenden",
        "booking_url": "",
        "booking_phone": "",
        "booking_email": "udlaan@kloevermose-forsamlingshus.example.dk",
        "booking_note": "Skriv, hvilken dag I vil låne salen, og hvor mange I bliver.",
        "rooms": [("Salen", 120, "Borde og stole til 120."), ("Køkkenet", None, "Storkøkken med opvaskemaskine.")],
        "photo": ("faellesskab", "Lange festborde dækket op i en sal med mennesker, der spiser sammen."),
    },
    {
        "slug": "strandbaek-havnehuset",
        "title": "Havnehuset i Strandbæk",
        "town": "strandbaek",
        "street": "Lystbådehavnen 1",
        "postcode": "4793",
        "summary": "Klublokale ved havnen med terrasse og plads til udstyr – godt til arbejdsdage og strandrensning.",
        "description": "<p>Huset deles af havnens foreninger. Der er et aflåst rum til udstyr.</p>",
        "capacity": 25,
        "facilities": ["Køkken", "Wifi", "Udendørsareal", "Opbevaring", "Trinfri adgang", "Parkering"],
        "step_free": True,
        "accessibility": "Adgang uden trin fra parkeringspladsen. Toilettet er ikke indrettet til kørestol.",
        "free": True,
        "price": "",
        "booking_url": "",
        "booking_phone": "72 10 20 50",
        "booking_email": "",
        "booking_note": "Ring til havnefogeden på hverdage kl. 9–12.",
        "rooms": [("Klublokalet", 25, "Borde og stole, kaffemaskine.")],
        "photo": ("strand", "Frivillige samler affald på stranden ved havnen."),
    },
    {
        "slug": "birkely-skole-aktivitetshal",
        "title": "Aktivitetshallen ved Birkely Skole",
        "town": "birkely",
        "street": "Skolevej 20",
        "postcode": "4795",
        "summary": "Stor hal og to klasselokaler om aftenen og i weekenden – til idræt, kurser og sprogcafé.",
        "description": "<p>Hallen er skolens om dagen. Foreninger kan låne den efter kl. 17 og i weekenderne.</p>",
        "capacity": 200,
        "facilities": ["Handicaptoilet", "Trinfri adgang", "Parkering", "Projektor/skærm", "Wifi", "Lydanlæg"],
        "step_free": True,
        "accessibility": "Niveaufri adgang til hal og klasselokaler. Handicaptoilet ved omklædningsrummene.",
        "free": True,
        "price": "",
        "booking_url": "https://www.example.dk/fjordlund/book-hal",
        "booking_phone": "",
        "booking_email": "",
        "booking_note": "Faste tider fordeles hvert forår. Enkelte dage kan bookes online.",
        "rooms": [("Hallen", 200, "Halgulv med stregsætning til badminton og boldspil."), ("Klasselokale 1", 28, "")],
        "photo": ("idraet", "Børn og voksne spiller bold i en idrætshal."),
    },
    {
        "slug": "egebjerg-medborgerhus",
        "title": "Egebjerg Medborgerhus",
        "town": "egebjerg",
        "street": "Stationsvej 7",
        "postcode": "4791",
        "summary": "Tre mødelokaler ved stationen, med kaffekøkken og skærm – til bestyrelsesmøder og kurser.",
        "description": "<p>Medborgerhuset ligger lige ved stationen. Der er cykelparkering foran.</p>",
        "capacity": 60,
        "facilities": ["Køkken", "Projektor/skærm", "Wifi", "Handicaptoilet", "Trinfri adgang"],
        "step_free": True,
        "accessibility": "Automatisk dør og elevator. Handicaptoilet i stueetagen.",
        "free": False,
        "price": "100 kr. pr. aften til rengøring",
        "booking_url": "",
        "booking_phone": "72 10 20 60",
        "booking_email": "medborgerhus@fjordlund.example.dk",
        "booking_note": "Book på mail eller telefon. Nøglebrik udleveres til foreningens kontaktperson.",
        "rooms": [("Stuen", 30, ""), ("Mødelokale A", 16, "Skærm og whiteboard."), ("Mødelokale B", 14, "")],
        "photo": ("byliv", "Gade i Egebjerg med butikker og mennesker."),
    },
]


def load(command, home, pages, images):
    """The ``portal_demo_content`` hook's work; no users to add."""
    index = Page.objects.child_of(home).filter(slug=INDEX["slug"]).specific().first()
    if index is not None and not isinstance(index, PremisesIndexPage):
        command.stderr.write(f"Skipped the premises' demo: /{INDEX['slug']}/ is another kind of page.")
        return []
    if index is None:
        index = PremisesIndexPage(
            title=INDEX["title"],
            slug=INDEX["slug"],
            intro=INDEX["intro"],
            no_results_text=INDEX["no_results_text"],
            search_description=INDEX["search_description"],
            show_in_menus=True,
            live=False,
        )
        home.add_child(instance=index)
        index.save_revision(clean=False).publish()
        command.report(f"Created the page {index.title!r}")
    pages[INDEX["key"]] = index
    existing = set(PremisesPage.objects.child_of(index).values_list("slug", flat=True))
    missing = [spec for spec in PREMISES if spec["slug"] not in existing]
    if not missing:
        return []
    towns = {town.slug: town for town in Locality.objects.sources().filter(slug__in=[spec["town"] for spec in missing])}
    facilities = {facility.name: facility for facility in Facility.objects.sources()}
    for spec in missing:
        place = premises_page(spec, towns, facilities, images)
        index.add_child(instance=place)
        place.save_revision(clean=False).publish()
    command.report(f"Created {len(missing)} premises to borrow")
    return []


def premises_page(spec, towns, facilities, images):
    town = towns.get(spec["town"])
    page = PremisesPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=spec["description"],
        street=spec["street"],
        postcode=spec["postcode"],
        city=town.name if town else "",
        locality=town,
        capacity=spec["capacity"],
        step_free=spec["step_free"],
        accessibility=spec["accessibility"],
        is_free=spec["free"],
        price=spec["price"],
        booking_url=spec["booking_url"],
        booking_phone=spec["booking_phone"],
        booking_email=spec["booking_email"],
        booking_note=spec["booking_note"],
        contact_name="Frivilligkoordinatoren",
        contact_email="frivillig@fjordlund.example.dk",
        live=False,
    )
    page.rooms = [Room(name=name, capacity=capacity, description=text) for name, capacity, text in spec["rooms"]]
    page.facilities = [facilities[name] for name in spec["facilities"] if name in facilities]
    image_key, alt_text = spec["photo"]
    if image_key in images:
        page.photos = [PremisesPhoto(image=images[image_key], alt_text=alt_text)]
    return page
