"""The kommune moves its register to another installation: it exports the directory as the CSV or JSON file
import_associations reads, imports it into an empty directory, and exporting that gives the same file."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Site

from directory.factories import representative_of
from directory.models import AssociationPage
from tests.helpers import PASSWORD, logged_in, member_of, menu_urls, soup_of

pytestmark = pytest.mark.django_db


def export(*args, **options):
    out = StringIO()
    call_command("export_associations", *args, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def described(clubs):
    """The rowing club with a description of two paragraphs, one of two lines, and characters HTML escapes."""
    roklub = clubs["roklub"]
    roklub.description = [
        ("heading", {"text": "Om os", "level": "h2"}),
        ("paragraph", "<p>Vi ror &amp; padler<br/>hele året.</p><p>Alle er velkomne.</p>"),
    ]
    roklub.save_revision().publish()
    return clubs


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_export_import_export_gives_the_same_file(described, tmp_path, file_format):
    first = tmp_path / f"register.{file_format}"
    export(format=file_format, output=str(first))
    # The new installation: the same vocabularies, an empty directory.
    for page in AssociationPage.objects.all():
        page.delete()
    call_command("import_associations", str(first), stdout=StringIO(), stderr=StringIO())
    second = tmp_path / f"again.{file_format}"
    export(format=file_format, output=str(second))
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert AssociationPage.objects.get(external_id="R-1").cvr == "31068142"


def test_the_json_export_is_what_the_importer_reads(described):
    rows = json.loads(export(format="json"))
    roklub = next(row for row in rows if row["external_id"] == "R-1")
    assert roklub["categories"] == ["Idræt og motion", "Natur og miljø"]
    assert roklub["description"] == "Om os\n\nVi ror & padler\nhele året.\n\nAlle er velkomne."
    assert roklub["email"] == "formand@roklub.example.dk" and roklub["phone"] == "70 11 22 33"
    assert roklub["locality"] == "Fjordlund" and roklub["address"] == "Torvet 1"
    # The staff's register has every published association, also one gone unconfirmed.
    assert "Glemt Forening" in [row["name"] for row in rows]


def test_the_csv_export_opens_in_danish_excel(described, tmp_path):
    path = tmp_path / "register.csv"
    export(format="csv", output=str(path))
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("external_id;name;summary;description;categories")
    assert "Idræt og motion|Natur og miljø" in data.decode("utf-8-sig")


def test_each_kommune_exports_its_own(clubs, other_kommune):
    ours = [row["name"] for row in json.loads(export(format="json"))]
    theirs = [row["name"] for row in json.loads(export(format="json", site="nabo.example.dk"))]
    assert "Naboforeningen" not in ours and theirs == ["Naboforeningen"]


def test_an_unknown_site_is_named(clubs):
    with pytest.raises(CommandError, match="nowhere.example.dk"):
        export(site="nowhere.example.dk")


# The download in the admin (Reports → "Eksportér foreningerne")


def test_staff_download_the_register_from_the_admin(described):
    staff = logged_in(member_of("Kommunikation", "karin"))
    assert reverse("opendata_export") in menu_urls(staff.get(reverse("wagtailadmin_home")))
    page = staff.get(reverse("opendata_export"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Eksportér foreningerne" in text and "Filen indeholder alle webstedets udgivne foreninger" in text
    assert [a.get_text(strip=True) for a in soup_of(page).select("a[download]")] == ["Hent CSV", "Hent JSON"]
    links = [a["href"] for a in soup_of(page).select("a[download]")]
    site = Site.objects.get(is_default_site=True)
    assert links == [f"{reverse('opendata_export')}?site={site.pk}&format={name}" for name in ("csv", "json")]
    download = staff.get(links[1])
    assert download["Content-Disposition"].startswith('attachment; filename="foreninger-')
    assert json.loads(download.content) == json.loads(export(format="json"))
    assert staff.get(reverse("opendata_export"), {"site": site.pk, "format": "xlsx"}).status_code == 400
    assert staff.get(reverse("opendata_export"), {"site": "x", "format": "csv"}).status_code == 400


def test_a_representative_never_gets_the_register(described):
    chair = representative_of(described["roklub"], "mette@roklub.dk", PASSWORD)
    client = logged_in(chair)
    response = client.get(reverse("opendata_export"), {"site": Site.objects.get().pk, "format": "csv"})
    assert response.status_code in (302, 403)
    assert b"formand@roklub" not in response.content
    assert reverse("opendata_export") not in menu_urls(client.get(reverse("wagtailadmin_home")))


def test_other_staff_without_the_permission_are_refused(described):
    policy_owner = logged_in(member_of("Politikejere", "peter"))
    response = policy_owner.get(reverse("opendata_export"), {"site": Site.objects.get().pk, "format": "json"})
    assert response.status_code in (302, 403)
    assert b"formand@roklub" not in response.content


def test_anonymous_visitors_are_sent_to_the_login(client, described):
    response = client.get(reverse("opendata_export"), {"format": "csv"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
