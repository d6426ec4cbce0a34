"""WSGI entry point; production servers set DJANGO_SETTINGS_MODULE=portal.settings.production."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_wsgi_application()

# A broad search builds tens of thousands of short-lived objects ("frivillig" at 5,000 associations: 6,560
# rows with their facet values). At Python's default threshold (700 allocations) that set off full
# collections that walked every long-lived object (Django's, the Danish lexicon's 20 MB) again and again:
# loading those rows took 190 ms instead of 60. Collections now come every 50,000 allocations, and what
# the process has loaded so far is kept out of them for good.
GC_THRESHOLD = (50_000, 20, 10)
gc.set_threshold(*GC_THRESHOLD)
gc.freeze()
