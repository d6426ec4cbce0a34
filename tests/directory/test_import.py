"""The kommune's volunteer officer moves the associations from her register into the portal.

She exports the register from Excel (semicolons, a BOM) or gets JSON from the
IT department, runs `manage.py import_associations`, and runs it again whenever
the register changes. She must be able to trust three things: a row with a
mistake is named by its line and nothing else suffers; importing again updates
instead of duplicating; and a dry run or a draft import shows nothing to citizens.
"""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page, Revision

from directory.factories import localities
from directory.models import AssociationContact, AssociationPage

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
HEADER = (
    "external_id;name;summary;description;categories;target_groups;locality;address;postcode;city;"
    "email;phone;website;meeting_times;cvr"
)


def import_associations(path, **options):
    """Run the command as the officer would (without a terminal, so no progress bar) and return what it printed."""
    out = StringIO()
    with translation.override("en"):
        call_command("import_associations", str(path), stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "contacts": AssociationContact.objects.count(),
        "latest": sorted(Page.objects.values_list("id", "latest_revision_id", "live", "title")),
    }


@pytest.fixture
def directory(directory):
    """The directory the associations go under, and the kommune's localities."""
    localities("Fjordlund", "Havnebyen")
    return directory


def test_an_excel_export_is_imported_and_published(directory):
    output = import_associations(DATA / "foreninger.csv")

    assert "Created 3, updated 0, unchanged 0, skipped 0." in output
    club = AssociationPage.objects.get(external_id="FL-001")
    assert club.live and club.get_parent().id == directory.id
    assert club.title == "Fjordlund Idrætsforening"
    assert club.slug == "fjordlund-idraetsforening"
    assert club.summary == "Fodbold, håndbold og gymnastik for alle aldre."
    assert [(block.block_type, block.value.source) for block in club.description] == [
        ("paragraph", "<p>Vi har spillet fodbold i Fjordlund siden 1921.</p>"),
        ("paragraph", "<p>Nye medlemmer er altid velkomne – kom og prøv en træning.</p>"),
    ]
    assert sorted(c.name for c in club.categories.all()) == ["Børn og unge", "Idræt og motion"]
    assert sorted(t.name for t in club.target_groups.all()) == ["Børn", "Unge"]
    assert club.locality.name == "Fjordlund"
    assert (club.street, club.postcode, club.city) == ("Stadionvej 4", "4790", "Fjordlund")
    assert club.website == "https://www.fjordlund-if.dk"
    assert club.meeting_times == "Tirsdage og torsdage kl. 17–19"
    assert club.cvr == "31068142"
    contact = club.contacts.get()
    assert (contact.role, contact.email, contact.phone) == ("Kontakt", "kontakt@fjordlund-if.dk", "+45 20 30 40 50")
    assert club.revisions.count() == 1 and club.live_revision_id == club.latest_revision_id
    # Names are matched however the register happens to write them.
    cafe = AssociationPage.objects.get(external_id="FL-003")
    assert sorted(c.name for c in cafe.categories.all()) == ["Børn og unge", "Uddannelse og læring"]
    assert not cafe.contacts.exists()


def test_a_json_file_from_it_is_imported_and_published(directory):
    output = import_associations(DATA / "foreninger.json", parent=directory.id)

    assert "Created 2, updated 0, unchanged 0, skipped 0." in output
    assert AssociationPage.objects.child_of(directory).live().count() == 2
    choir = AssociationPage.objects.live().get(external_id="FL-101")
    assert choir.cvr == "31068150"  # a number in JSON is fine
    assert [t.name for t in choir.target_groups.order_by("name")] == ["Voksne", "Ældre"]
    assert choir.contacts.get().phone == "20 11 22 33"
    food = AssociationPage.objects.live().get(external_id="FL-102")
    assert food.postcode == "4791"
    assert sorted(c.name for c in food.categories.all()) == ["Integration og sprog", "Lokalsamfund"]


def test_importing_again_updates_the_same_associations(directory, tmp_path):
    import_associations(DATA / "foreninger.csv")
    club = AssociationPage.objects.get(external_id="FL-001")
    pages_before = Page.objects.count()

    changed = (DATA / "foreninger.csv").read_text(encoding="utf-8-sig")
    changed = changed.replace("Fjordlund Idrætsforening", "Fjordlund IF").replace(
        "Idræt og motion|Børn og unge", "Idræt og motion"
    )
    changed = changed.replace("kontakt@fjordlund-if.dk;+45 20 30 40 50", "formand@fjordlund-if.dk;+45 99 88 77 66")
    output = import_associations(write(tmp_path, "foreninger.csv", changed))

    assert "Created 0, updated 1, unchanged 2, skipped 0." in output
    assert Page.objects.count() == pages_before
    club.refresh_from_db()
    assert club.title == "Fjordlund IF" and club.live
    assert club.slug == "fjordlund-idraetsforening", "a rename must not change the address citizens have saved"
    assert [c.name for c in club.categories.all()] == ["Idræt og motion"]
    contact = club.contacts.get()
    assert (contact.email, contact.phone) == ("formand@fjordlund-if.dk", "+45 99 88 77 66")
    assert club.revisions.count() == 2 and not club.has_unpublished_changes


def test_importing_the_same_file_again_changes_nothing(directory):
    import_associations(DATA / "foreninger.csv")
    import_associations(DATA / "foreninger.json")
    before = snapshot()

    assert "Created 0, updated 0, unchanged 3, skipped 0." in import_associations(DATA / "foreninger.csv")
    assert "Created 0, updated 0, unchanged 2, skipped 0." in import_associations(DATA / "foreninger.json")
    assert snapshot() == before


def test_bad_rows_are_named_by_line_and_the_good_ones_still_get_in(directory):
    output = import_associations(DATA / "foreninger-med-fejl.csv")

    assert "Created 2, updated 0, unchanged 0, skipped 7." in output
    assert "line 5: categories: Unknown name(s): “Sport”." in output
    assert "line 6: email: Enter a valid email address." in output
    assert "line 7: name: This is required." in output
    assert "line 8: cvr: This is not a valid CVR number. Check the digits." in output
    assert "line 9: postcode: A Danish postcode is four digits, e.g. 4790." in output
    # Neither row with the same external_id is trusted: the officer decides which one is right.
    assert "line 10: external_id: “FL-207” is also used on line 11." in output
    assert "line 11: external_id: “FL-207” is also used on line 10." in output
    assert sorted(AssociationPage.objects.live().values_list("external_id", flat=True)) == ["FL-201", "FL-208"]
    # The good row on lines 2–4 has a description over three lines; the rows after it keep their real numbers.
    assert len(AssociationPage.objects.get(external_id="FL-201").description) == 2


def test_more_mistakes_a_register_can_hold(directory, tmp_path):
    rows = [
        {"external_id": "FL-301", "name": "God forening", "summary": "Alt er i orden."},
        "not an object",
        {"external_id": "FL-303", "name": "Forkert bydel", "summary": "…", "locality": "Atlantis"},
        {"external_id": "FL-304", "name": "Kun telefon", "summary": "…", "phone": "20 30 40 50"},
        {"external_id": "FL-305", "name": "Lang", "summary": "x" * 301},
        {"external_id": "FL-306", "name": "Dårlig hjemmeside", "summary": "…", "website": "javascript:alert(1)"},
        {"external_id": "FL-307", "name": "Mangler resumé"},
        {"external_id": "FL-308", "name": "Mange fejl", "summary": "…", "postcode": "12", "email": "nej"},
    ]
    output = import_associations(write(tmp_path, "register.json", json.dumps(rows)))

    assert "Created 1, updated 0, unchanged 0, skipped 7." in output
    assert "object 2: This is not a JSON object with keys and values." in output
    assert "object 3: locality: Unknown name: “Atlantis”." in output
    assert "object 4: phone: A phone number needs an email address in the same row." in output
    assert "object 5: summary: This is too long: 301 characters, at most 300." in output
    assert "object 6: website: Enter a valid URL." in output
    assert "object 7: summary: This is required." in output
    assert "object 8: postcode: A Danish postcode is four digits, e.g. 4790. email: Enter a valid email address." in (
        output
    )


def test_an_import_never_publishes_an_editors_draft_that_awaits_moderation(directory, tmp_path):
    import_associations(DATA / "foreninger.csv")
    draft = AssociationPage.objects.get(external_id="FL-002").get_latest_revision_as_object()
    draft.summary = "Ikke godkendt tekst fra foreningen."
    draft.save_revision()

    changed = (DATA / "foreninger.csv").read_text(encoding="utf-8-sig").replace("Efter aftale", "Hver tirsdag")
    assert "updated 1" in import_associations(write(tmp_path, "foreninger.csv", changed))

    page = AssociationPage.objects.get(external_id="FL-002")
    assert page.meeting_times == "Hver tirsdag"
    assert page.summary == "Frivillige besøgsvenner for ensomme ældre."
    assert not page.has_unpublished_changes


def test_a_value_saved_before_the_rules_existed_is_reported_in_a_dry_run_too(directory, tmp_path):
    import_associations(DATA / "foreninger.csv")
    AssociationPage.objects.filter(external_id="FL-003").update(postcode="12")
    path = write(tmp_path, "register.json", json.dumps([{"external_id": "FL-003", "name": "Ny", "summary": "Ny."}]))

    for options in ({"dry_run": True}, {}):
        output = import_associations(path, **options)
        assert "object 1: postcode: A Danish postcode is four digits, e.g. 4790." in output
    assert AssociationPage.objects.get(external_id="FL-003").title == "Lektiecaféen"


def test_a_dry_run_reports_what_would_happen_and_saves_nothing(directory, tmp_path):
    before = snapshot()
    output = import_associations(DATA / "foreninger.csv", dry_run=True)

    assert "Would create 3, update 0, leave 0 unchanged, skip 0." in output
    assert "line 2: would create “Fjordlund Idrætsforening”" in output
    assert snapshot() == before

    import_associations(DATA / "foreninger.csv")
    before = snapshot()
    renamed = (DATA / "foreninger.csv").read_text(encoding="utf-8-sig").replace("Lektiecaféen", "Lektiecafé Nord")
    output = import_associations(write(tmp_path, "foreninger.csv", renamed), dry_run=True)

    assert "Would create 0, update 1, leave 2 unchanged, skip 0." in output
    assert "line 6: would update “Lektiecafé Nord”" in output
    assert snapshot() == before


def test_a_draft_import_shows_citizens_nothing_new(directory, tmp_path):
    import_associations(DATA / "foreninger.json", draft=True)
    assert AssociationPage.objects.filter(external_id__in=["FL-101", "FL-102"]).count() == 2
    assert not AssociationPage.objects.live().filter(external_id__in=["FL-101", "FL-102"]).exists()

    import_associations(DATA / "foreninger.csv")
    club = AssociationPage.objects.get(external_id="FL-001")
    live_revision = club.live_revision_id
    changed = (DATA / "foreninger.csv").read_text(encoding="utf-8-sig").replace("1921", "1922")
    path = write(tmp_path, "foreninger.csv", changed)

    output = import_associations(path, draft=True)

    assert "Created 0, updated 1 (as drafts, not published), unchanged 2, skipped 0." in output
    club.refresh_from_db()
    assert club.live and club.live_revision_id == live_revision and club.has_unpublished_changes
    assert "1921" in club.description.raw_data[0]["value"]
    assert "1922" in club.get_latest_revision_as_object().description.raw_data[0]["value"]
    # The same draft again saves no new revision.
    revisions = Revision.objects.count()
    assert "unchanged 3" in import_associations(path, draft=True)
    assert Revision.objects.count() == revisions


def test_a_comma_separated_file_without_bom_works_too(directory, tmp_path):
    path = write(
        tmp_path,
        "eksport",  # no extension: the content tells CSV from JSON
        "external_id,name,summary,categories,postcode,notes\n"
        'FL-401,"Fjordlund Bridgeklub","Bridge, kaffe og hygge.",Kultur og musik|Ældre,4790,Ring til Bent\n',
    )
    output = import_associations(path)
    assert "Created 1, updated 0, unchanged 0, skipped 0." in output
    assert "Ignored unknown column(s): notes." in output
    club = AssociationPage.objects.live().get(external_id="FL-401")
    assert club.summary == "Bridge, kaffe og hygge."
    assert sorted(c.name for c in club.categories.all()) == ["Kultur og musik", "Ældre"]


def test_a_file_that_cannot_be_imported_at_all_stops_with_a_clear_message(directory, tmp_path):
    broken = write(tmp_path, "register.json", '[\n  {"external_id": "FL-1", "name": "A"\n  "summary": "B"}\n]')
    with pytest.raises(CommandError, match=r"not valid JSON: Expecting ',' delimiter at line 3, column 3"):
        import_associations(broken)

    no_summary = write(tmp_path, "register.csv", "external_id;name;email\nFL-1;Forening;a@b.dk\n")
    with pytest.raises(CommandError, match="lacks the required column.s. summary"):
        import_associations(no_summary)

    with pytest.raises(CommandError, match="Unknown file format"):
        import_associations(write(tmp_path, "register.xlsx", "PK\x03\x04 not a csv"))
    with pytest.raises(CommandError, match="not UTF-8"):
        import_associations(write(tmp_path, "latin1.csv", HEADER + "\nFL-1;Bådlaug;Sejlads\n", encoding="latin-1"))
    with pytest.raises(CommandError, match="Cannot read"):
        import_associations(tmp_path / "missing.csv")
    with pytest.raises(CommandError, match="not an association directory"):
        import_associations(DATA / "foreninger.csv", parent=directory.get_parent().id)
    assert not AssociationPage.objects.exists()


def test_without_a_directory_the_import_says_what_to_do(home):
    with pytest.raises(CommandError, match="no association directory"):
        import_associations(DATA / "foreninger.csv")


def test_imported_associations_are_found_by_search_at_once(directory, tmp_path):
    import_associations(DATA / "foreninger.csv")

    assert [page.external_id for page in AssociationPage.objects.live().search("Besøgsvennerne")] == ["FL-002"]
    assert "FL-003" in [page.external_id for page in AssociationPage.objects.live().search("lektiehjælp")]

    changed = (DATA / "foreninger.csv").read_text(encoding="utf-8-sig")
    changed = changed.replace("Lektiecaféen", "Matematikværkstedet").replace("Socialt arbejde", "Tro og livssyn")
    import_associations(write(tmp_path, "foreninger.csv", changed))
    assert [page.external_id for page in AssociationPage.objects.live().search("Matematikværkstedet")] == ["FL-003"]
    assert [page.external_id for page in AssociationPage.objects.live().search("livssyn")] == ["FL-002"]


def test_markup_in_the_register_is_shown_as_text_and_every_script_survives(directory, tmp_path):
    rows = [
        {
            "external_id": "FL-501",
            "name": "Fællesspisning ⚽🍲",
            "summary": "جمعية الجيران – naboer mødes",
            "description": "<script>alert('hej')</script> & <b>fed</b>\nNy linje\n\nمرحبا بكم 👋",
        }
    ]
    import_associations(write(tmp_path, "register.json", json.dumps(rows, ensure_ascii=False)))

    page = AssociationPage.objects.live().get(external_id="FL-501")
    assert page.title == "Fællesspisning ⚽🍲"
    assert page.summary == "جمعية الجيران – naboer mødes"
    assert page.slug == "faellesspisning"
    assert [block["value"] for block in page.description.raw_data] == [
        "<p>&lt;script&gt;alert('hej')&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;<br/>Ny linje</p>",
        "<p>مرحبا بكم 👋</p>",
    ]
    rendered = str(page.description)
    assert "<script" not in rendered and "<b>" not in rendered
    assert "مرحبا بكم 👋" in rendered
