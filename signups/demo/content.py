"""The demo's sign-ups: the first-aid course (events' demo, few seats) full, with three on the waiting list.

The people are made up for the demo; every address is at example.dk.
"""

# The events demo's course with a sign-up form and four seats (portal_events/demo/content.py, FULL_EVENT).
FULL_EVENT_SLUG = "foerstehjaelp-for-frivillige"

SIGNUPS = [
    # (name, email, phone, note, days ago, status)
    ("Karen Holm", "karen.holm@example.dk", "21 43 65 87", "", 9, "confirmed"),
    ("Jens Mikkelsen", "jens.mikkelsen@example.dk", "", "Jeg er frivillig i Egebjerg Boldklub.", 8, "confirmed"),
    ("Aisha Rahimi", "aisha.rahimi@example.dk", "31 22 45 10", "", 6, "confirmed"),
    ("Ole Sørensen", "ole.soerensen@example.dk", "", "Jeg bruger kørestol.", 5, "confirmed"),
    ("Birthe Kjær", "birthe.kjaer@example.dk", "40 12 77 31", "", 4, "waiting"),
    ("Mads Østergaard", "mads.oestergaard@example.dk", "", "", 2, "waiting"),
    ("Fatima Jensen", "fatima.jensen@example.dk", "", "", 1, "waiting"),
]
