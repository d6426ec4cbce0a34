"""The kommune's own unit in the demo, with the two volunteer projects it posts, and how fresh the
associations' pages are.

The unit sits in "Find en forening" beside the associations but is not one: the library is the
kommune's, its contact is the library's volunteer coordinator, and its projects appear in
"Bliv frivillig" with the associations' tasks. Dates are days from the day the demo is loaded.
"""

from home.demo.content import text

UNITS = [
    {
        "slug": "fjordlund-bibliotek",
        "title": "Fjordlund Bibliotek",
        "summary": (
            "Kommunens bibliotek på Torvet i Fjordlund. Frivillige læser højt, hjælper med it og holder "
            "sprogcaféen kørende sammen med bibliotekets personale."
        ),
        "about": [
            text(
                "Fjordlund Bibliotek er hele kommunens bibliotek, med filialer i Egebjerg og Birkely. Ud over "
                "bøgerne har vi lektiecafé, it-hjælp, foredrag og en sprogcafé, og meget af det kan kun lade sig "
                "gøre, fordi frivillige giver en hånd.",
                "Som frivillig hos os er du dækket af kommunens ulykkes- og ansvarsforsikring. Du får en fast "
                "kontaktperson, en introduktion og en kop kaffe i personalestuen.",
            ),
        ],
        "town": "fjordlund",
        "street": "Torvet 3",
        "categories": ["Kultur og musik", "Uddannelse og læring", "Ældre"],
        "groups": ["Ældre", "Børn"],
        "contact_name": "Frivilligkoordinator Hanne Lund",
        "contact_email": "frivillig@bibliotek.fjordlund.example.dk",
        "contact_phone": "70 10 20 40",
        "projects": [
            {
                "slug": "hoejtlaesning-for-boern",
                "title": "Højtlæsning for børn lørdag formiddag",
                "summary": (
                    "Læs højt for de 3–6-årige i børnebiblioteket én lørdag om måneden. Vi finder bøgerne sammen."
                ),
                "what_you_do": (
                    "<p>Hver lørdag kl. 10.30 samles 10–15 børn og deres voksne på puderne i børnebiblioteket. "
                    "Du:</p><ul><li>læser en billedbog eller to højt (cirka 20 minutter)</li>"
                    "<li>snakker med børnene om billederne</li><li>hjælper med at finde flere bøger med hjem</li></ul>"
                ),
                "commitment": "flexible",
                "hours": 2,
                "start": 7,
                "skills": "Du kan lide børn og at læse højt. Du behøver ingen erfaring.",
                "child_certificate": True,
                "minimum_age": 16,
                "where": "Børnebiblioteket, Fjordlund Bibliotek",
            },
            {
                "slug": "it-hjaelper-for-seniorer",
                "title": "It-hjælper for seniorer",
                "summary": (
                    "Hjælp ældre borgere med MitID, e-Boks og videoopkald til børnebørnene i bibliotekets it-café."
                ),
                "what_you_do": (
                    "<p>It-caféen har åbent tirsdag kl. 13–15. Borgerne kommer med deres egen telefon, tablet "
                    "eller computer, og du:</p><ul><li>hjælper med MitID, e-Boks og borger.dk</li>"
                    "<li>viser, hvordan man ringer med video</li><li>henviser til personalet, når det handler om "
                    "personlige sager</li></ul>"
                ),
                "commitment": "weekly",
                "hours": 2,
                "start": 14,
                "deadline": 40,
                "skills": "Du er tålmodig og vant til at bruge en smartphone og en computer.",
                "language": "Dansk",
                "where": "It-caféen, Fjordlund Bibliotek",
            },
        ],
    },
]

# How fresh some associations' pages are (directory/freshness.py); every other association was
# confirmed when the demo published it. Months and days are counted back from the day the demo
# is loaded: the first reminder went out at 11 months, the second at 12, and at 13 the page went
# "ikke bekræftet". The lektiecafé is a representative's own association, so logging in as Amir
# shows a page waiting to be confirmed.
FRESHNESS = {
    "strandbaek-lektiecafe": {"confirmed_months_ago": 11, "days_more": 6, "reminders": 1, "reminded_days_ago": 6},
    "mosekoret": {"confirmed_months_ago": 12, "days_more": 9, "reminders": 2, "reminded_days_ago": 9},
    "lyngaa-krolfklub": {
        "confirmed_months_ago": 14,
        "days_more": 2,
        "reminders": 2,
        "reminded_days_ago": 63,
        "unconfirmed": True,
    },
}
