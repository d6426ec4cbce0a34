"""Two applications for ``manage.py load_demo``: one waiting for Kommunikation, one rejected with its reason.

Found by name, so a second run changes nothing and an application staff have decided on in the
demo stays as they left it. The directory's demo (towns, vocabularies) runs first: the
applications app comes after the directory in INSTALLED_APPS, and so do its hooks.
"""

from datetime import timedelta

from django.utils import timezone

from directory.models import Category, Locality, TargetGroup

from .models import AssociationApplication

APPLICATIONS = [
    {
        "name": "Fjordlund Seniordans",
        "cvr": "35123407",
        "summary": (
            "Vi danser folkedans og linedance for seniorer hver onsdag i Fjordlund Medborgerhus. "
            "Alle kan være med, også uden partner."
        ),
        "categories": ["Kultur og musik", "Ældre"],
        "target_groups": ["Ældre"],
        "town": "fjordlund",
        "website": "https://seniordans.example.dk",
        "contact_name": "Grethe Holm",
        "email": "grethe.holm@seniordans.example.dk",
        "phone": "21 43 65 87",
        "days_ago": 2,
    },
    {
        "name": "Billige Biler ApS",
        "cvr": "",
        "summary": "Vi sælger brugte biler til gode priser og søger frivillige til at vaske biler i weekenden.",
        "categories": ["Lokalsamfund"],
        "target_groups": ["Voksne"],
        "town": "egebjerg",
        "website": "https://billigebiler.example.dk",
        "contact_name": "Jan Madsen",
        "email": "jan@billigebiler.example.dk",
        "phone": "",
        "days_ago": 9,
        "rejection_reason": (
            "Foreningsoversigten er for foreninger og frivillige grupper uden økonomisk formål. Et firma, "
            "der søger ulønnet hjælp til sin forretning, kan derfor ikke komme med. Har I et frivilligt "
            "projekt sammen med en forening, er I velkomne til at skrive til os."
        ),
        "decided_days_ago": 7,
    },
]


def load(command):
    existing = set(
        AssociationApplication.objects.filter(name__in=[spec["name"] for spec in APPLICATIONS]).values_list(
            "name", flat=True
        )
    )
    missing = [spec for spec in APPLICATIONS if spec["name"] not in existing]
    if not missing:
        return
    categories = {category.name: category for category in Category.objects.sources()}
    groups = {group.name: group for group in TargetGroup.objects.sources()}
    towns = {town.slug: town for town in Locality.objects.sources()}
    now = timezone.now()
    for spec in missing:
        received = now - timedelta(days=spec["days_ago"])
        application = AssociationApplication.objects.create(
            name=spec["name"],
            cvr=spec["cvr"],
            summary=spec["summary"],
            locality=towns.get(spec["town"]),
            website=spec["website"],
            contact_name=spec["contact_name"],
            email=spec["email"],
            phone=spec["phone"],
            terms_accepted_at=received,
            data_consent_at=received,
        )
        if "rejection_reason" in spec:
            application.status = AssociationApplication.REJECTED
            application.rejection_reason = spec["rejection_reason"]
            application.decided_at = now - timedelta(days=spec["decided_days_ago"])
        application.created_at = received  # auto_now_add set it to now on create
        application.save()
        application.categories.set([categories[name] for name in spec["categories"] if name in categories])
        application.target_groups.set([groups[name] for name in spec["target_groups"] if name in groups])
    command.report(f"Created {len(missing)} association applications: {', '.join(spec['name'] for spec in missing)}")
