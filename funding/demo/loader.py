"""Puts the funding pools of the demo in place for ``manage.py load_demo`` (the words are in content.py).

"Puljer og fonde" under the home page with its two pools, their rounds (dates counted from today, so
one round of each is open now, one closed and one to come) and their grants to the directory's demo
associations. Like the rest of the demo it only creates what is missing (pages found by slug), so a
second run changes nothing.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Page

from directory.models import AssociationPage
from policy.models import FocusAreaPage

from ..models import FundingPoolIndexPage, FundingPoolPage, FundingRound, Grant
from . import content

NOON = datetime.time(12, 0)
SEASONS = ["Vinter", "Vinter", "Forår", "Forår", "Forår", "Sommer", "Sommer", "Sommer", "Efterår", "Efterår", "Efterår"]


def season(day):
    """'Forår 2027': the season a round opens in, by its month (December is next year's winter)."""
    if day.month == 12:
        return f"Vinter {day.year + 1}"
    return f"{SEASONS[day.month - 1]} {day.year}"


def load(command, home, pages, images):
    """The ``portal_demo_content`` hook's work; no users to add."""
    index = Page.objects.child_of(home).filter(slug=content.INDEX["slug"]).specific().first()
    if index is not None and not isinstance(index, FundingPoolIndexPage):
        command.stderr.write(f"Skipped the funding pools' demo: /{content.INDEX['slug']}/ is another kind of page.")
        return []
    if index is None:
        spec = content.INDEX
        index = FundingPoolIndexPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            no_results_text=spec["no_results_text"],
            search_description=spec["search_description"],
            show_in_menus=True,
            live=False,
        )
        home.add_child(instance=index)
        index.save_revision(clean=False).publish()
        command.report(f"Created the page {index.title!r}")
    pages[content.INDEX["key"]] = index
    existing = set(FundingPoolPage.objects.child_of(index).values_list("slug", flat=True))
    missing = [spec for spec in content.POOLS if spec["slug"] not in existing]
    if not missing:
        return []
    wanted = [grant[0] for spec in missing for grant in spec["grants"] if grant[0]]
    associations = {page.slug: page for page in AssociationPage.objects.filter(slug__in=wanted)}
    areas = {
        page.slug: page
        for page in FocusAreaPage.objects.filter(slug__in=[slug for spec in missing for slug in spec["focus_areas"]])
    }
    for spec in missing:
        pool = pool_page(spec, associations, areas)
        index.add_child(instance=pool)
        pool.save_revision(clean=False).publish()
    command.report(f"Created {len(missing)} funding pools with their rounds and grants")
    return []


def pool_page(spec, associations, areas):
    """An unsaved pool page with its rounds and grants; dates count from today."""
    today = timezone.localdate()
    name, email, phone = spec["contact"]
    page = FundingPoolPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        purpose=spec["purpose"],
        who_may_apply=spec["who_may_apply"],
        criteria=spec["criteria"],
        amount_available=Decimal(spec["amount"]),
        how_to_apply=spec["how_to_apply"],
        application_url=spec["url"],
        contact_name=name,
        contact_email=email,
        contact_phone=phone,
        live=False,
    )
    page.rounds = [
        FundingRound(
            name=round_name.format(season=season(today + datetime.timedelta(days=opens))),
            opens_on=today + datetime.timedelta(days=opens),
            deadline=timezone.make_aware(datetime.datetime.combine(today + datetime.timedelta(days=closes), NOON)),
            amount=Decimal(amount),
            note=note,
        )
        for round_name, opens, closes, amount, note in spec["rounds"]
    ]
    page.grants = [
        Grant(
            association=associations.get(slug) if slug else None,
            association_name="" if slug and slug in associations else (name or slug or ""),
            amount=Decimal(amount),
            purpose=purpose,
            year=today.year - years_ago,
        )
        for slug, name, amount, purpose, years_ago in spec["grants"]
    ]
    page.focus_areas = [areas[slug] for slug in spec["focus_areas"] if slug in areas]
    return page
