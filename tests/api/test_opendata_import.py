"""Importing organisations from the open-data export's own CSV and XLSX files."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from accord.accounts.models import Role, User
from accord.api.opendata import spreadsheet
from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.formats import csv_lines, xlsx_file
from accord.api.opendata.imports import organisations_import
from accord.audit.models import AuditEntry
from accord.organisations.models import Organisation, OrganisationIdentifier
from tests.second_factor import sign_in_fully

pytestmark = pytest.mark.django_db

DATASET = DATASETS["organisations"]


@pytest.fixture
def admin(demo):
    user = User.objects.create_user(email="importer@example.org", password="pw-import-1")
    Role.objects.create(user=user, name="administrator")
    return user


def snapshot():
    return [list(row) for row in DATASET.rows()]


def export_csv(rows=None) -> bytes:
    rows = snapshot() if rows is None else rows
    return "".join(csv_lines(DATASET.header, rows)).encode("utf-8")


def export_xlsx(rows=None) -> bytes:
    rows = snapshot() if rows is None else rows
    return xlsx_file(DATASET.title, DATASET.header, rows).read()


def csv_of(rows, header=None) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header or DATASET.header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def run(admin, content, filename="organisations.csv", dry_run=True):
    return organisations_import(actor=admin, content=content, filename=filename, dry_run=dry_run)


@pytest.mark.parametrize(
    ("export", "filename"), [(export_csv, "accord-organisations.csv"), (export_xlsx, "o.xlsx")]
)
def test_export_import_round_trip_leaves_the_data_unchanged(admin, export, filename):
    before, audits = snapshot(), AuditEntry.objects.count()
    content = export()
    for dry_run in (True, False):
        result = run(admin, content, filename, dry_run)
        assert not result.errors
        assert [line.action for line in result.lines] == ["skip"] * len(before)
    assert snapshot() == before
    # Only the summary of the real run is audited; no organisation changed.
    assert AuditEntry.objects.count() == audits + 1
    assert AuditEntry.objects.latest("sequence").after == {
        "created": 0,
        "changed": 0,
        "skipped": len(before),
    }


@pytest.mark.parametrize(("export", "filename"), [(export_csv, "o.csv"), (export_xlsx, "o.xlsx")])
def test_one_changed_name_is_one_change_and_the_real_run_applies_and_audits_it(
    admin, export, filename
):
    before = snapshot()
    rows = [list(row) for row in before]
    council = next(row for row in rows if row[0] == "thurrock-council")
    council[1] = "Thurrock Borough Council"
    content = export(rows)
    audits = AuditEntry.objects.count()

    plan = run(admin, content, filename, dry_run=True)
    assert not plan.errors
    changes = [line for line in plan.lines if line.action != "skip"]
    assert [(c.action, c.name, c.changes) for c in changes] == [
        ("change", "Thurrock Council", ["Name"])
    ]
    assert snapshot() == before and AuditEntry.objects.count() == audits

    done = run(admin, content, filename, dry_run=False)
    assert done.applied and done.changed == 1 and done.skipped == len(rows) - 1
    assert snapshot() == sorted(rows, key=lambda row: row[1])
    entries = list(AuditEntry.objects.filter(sequence__gt=audits).order_by("sequence"))
    assert [e.action for e in entries] == ["organisation.import.change", "organisation.import"]
    assert entries[0].before == {"Name": "Thurrock Council"}
    assert entries[0].after == {"Name": "Thurrock Borough Council"}
    assert entries[0].actor == admin


def test_a_new_row_creates_an_organisation_with_a_unique_slug(admin):
    rows = snapshot() + [
        [
            "thurrock-council",
            "Thurrock Youth Forum",
            "",
            "Other",
            "GB-CHC-1123456",
            "Thurrock",
            "",
            "",
        ]
    ]
    result = run(admin, export_csv(rows), dry_run=False)
    assert result.applied and result.created == 1
    made = Organisation.objects.get(name="Thurrock Youth Forum")
    assert made.slug == "thurrock-youth-forum" and made.kind == "other"
    assert made.area.name == "Thurrock"
    assert [i.org_id for i in made.identifiers.all()] == ["GB-CHC-1123456"]
    assert AuditEntry.objects.filter(action="organisation.import.create").count() == 1
    # Loading it again creates nothing more.
    assert run(admin, export_csv(), dry_run=True).created == 0


def test_matching_by_identifier_beats_matching_by_name(admin):
    # A row named like Essex County Council but carrying Thurrock Council's Org-ID is
    # Thurrock Council renamed, not Essex County Council.
    result = run(
        admin,
        csv_of([["", "Essex County Council", "", "Local authority", "GB-LAE-THR", "", "", ""]]),
        dry_run=True,
    )
    assert not result.errors
    [line] = result.lines
    assert line.action == "change"
    assert line.organisation.slug == "thurrock-council"
    assert "Name" in line.changes


def test_a_name_matches_ignoring_case_when_no_identifier_matches(admin):
    result = run(
        admin,
        csv_of(
            [["", "department for work and pensions", "DWP", "Central government", "", "", "", ""]]
        ),
    )
    [line] = result.lines
    assert line.organisation.slug == "dwp" and line.action == "change"
    assert line.changes == ["Name"]


def test_every_line_error_is_reported_with_its_line_and_nothing_is_written(admin):
    before, audits = snapshot(), AuditEntry.objects.count()
    rows = [
        ["", "A Fine New Charity", "", "Voluntary sector", "GB-CHC-1234567", "", "", ""],
        ["", "Bad Kind Ltd", "", "Spaceship", "", "", "", ""],
        ["", "Bad Code Trust", "", "NHS trust", "GB-NHS-TOOLONG7", "", "", ""],
        ["", "", "", "Other", "", "", "", ""],
        ["", "Thurrock Council", "", "Local authority", "GB-LAE-THR", "Thurrock", "", ""],
        ["", "thurrock council", "", "Local authority", "", "", "", ""],
        ["", "Bad Date", "", "Other", "", "", "", "31/03/2020"],
    ]
    result = run(admin, csv_of(rows), dry_run=False)
    assert not result.applied
    by_line = {}
    for error in result.errors:
        by_line.setdefault(error.line, []).append(error.message)
    assert sorted(by_line) == [3, 4, 5, 7, 8]
    assert "Spaceship" in by_line[3][0]
    assert "GB-NHS code" in by_line[4][0]
    assert "name" in by_line[5][0]
    assert "Line 6" in by_line[7][0]
    assert "YYYY-MM-DD" in by_line[8][0]
    assert snapshot() == before and AuditEntry.objects.count() == audits
    assert not Organisation.objects.filter(name="A Fine New Charity").exists()


def test_an_identifier_of_another_organisation_is_refused(admin):
    result = run(
        admin,
        csv_of(
            [
                [
                    "",
                    "Essex County Council",
                    "",
                    "Local authority",
                    "GB-LAE-ESS; GB-LAE-THR",
                    "",
                    "",
                    "",
                ]
            ]
        ),
    )
    assert result.errors and result.errors[0].line == 2
    assert "different organisations" in result.errors[0].message


def test_identifiers_in_the_file_replace_the_organisations_own(admin):
    content = csv_of(
        [["", "Essex County Council", "", "Local authority", "GB-GOR-D10", "", "", ""]]
    )
    result = run(admin, content, dry_run=False)
    assert result.applied and result.lines[0].changes == ["Org-ID identifiers"]
    org = Organisation.objects.get(slug="essex-cc")
    assert [i.org_id for i in org.identifiers.all()] == ["GB-GOR-D10"]
    assert not OrganisationIdentifier.objects.filter(scheme="GB-LAE", code="ESS").exists()


def test_a_byte_order_mark_and_a_spreadsheet_formula_guard_are_tolerated(admin):
    content = "\ufeff".encode() + csv_of([["", "'-Minus Group", "", "Other", "", "", "", ""]])
    result = run(admin, content, dry_run=False)
    assert result.applied
    assert Organisation.objects.filter(name="-Minus Group").exists()
    # The export writes it guarded again, and that file loads back unchanged.
    assert run(admin, export_csv(), dry_run=True).created == 0


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "o.csv", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00junk\xff\xfe", "o.csv", "not a CSV file"),
        (b"PK\x03\x04 not really a zip", "o.xlsx", "not a valid XLSX"),
        (b"hello,world\n1,2\n", "o.csv", "no column"),
        (b"Name,Kind\n", "o.txt", "CSV or XLSX"),
        (b"Name,Kind,Colour\nA,Other,red\n", "o.csv", "Colour"),
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_message(admin, content, filename, message):
    result = run(admin, content, filename, dry_run=False)
    assert not result.applied and not result.lines
    [error] = result.errors
    assert error.line == 0 and message in error.message


def test_an_oversized_file_and_too_many_rows_are_refused(admin, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_BYTES", 1000)
    result = run(admin, export_csv())
    assert "larger than" in result.errors[0].message
    monkeypatch.setattr(spreadsheet, "MAX_BYTES", 5_000_000)
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 3)
    result = run(admin, export_xlsx(), "o.xlsx")
    assert "more than 3 rows" in result.errors[0].message


def test_only_an_administrator_may_import(demo):
    from django.core.exceptions import PermissionDenied

    officer = User.objects.create_user(email="o@example.org", password="pw-import-2")
    with pytest.raises(PermissionDenied):
        run(officer, export_csv())


# --- the page ---------------------------------------------------------------------------

URL = "/open-data/organisations/import/"


def upload(client, content, name, dry_run=True):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"file": SimpleUploadedFile(name, content)}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(URL, data)


def test_the_page_is_for_administrators_only(client, admin):
    assert client.get(URL).status_code == 302
    User.objects.create_user(email="plain@example.org", password="pw-import-3")
    client.login(email="plain@example.org", password="pw-import-3")
    assert client.get(URL).status_code == 403
    assert upload(client, export_csv(), "o.csv").status_code == 403
    sign_in_fully(client, admin, "pw-import-1")
    page = client.get(URL).content.decode()
    assert 'name="dry_run"' in page and 'id="id_dry_run" checked' in page


def test_check_then_apply_from_the_page(client, admin):
    sign_in_fully(client, admin, "pw-import-1")
    rows = snapshot()
    next(row for row in rows if row[0] == "dwp")[2] = "DWP (Jobcentre Plus)"
    response = upload(client, export_xlsx(rows), "organisations.xlsx")
    html = response.content.decode()
    assert response.status_code == 200 and "What the import would do" in html
    assert 'id="count-change">1<' in html and "Short name" in html
    assert Organisation.objects.get(slug="dwp").short_name == "DWP"
    token = client.session["opendata_import"]["token"]
    html = client.post(URL, {"apply": token}).content.decode()
    assert "Organisations imported" in html
    assert Organisation.objects.get(slug="dwp").short_name == "DWP (Jobcentre Plus)"
    # The kept file is used once.
    html = client.post(URL, {"apply": token}).content.decode()
    assert "no longer held" in html


def test_the_page_shows_line_errors_and_file_errors(client, admin):
    sign_in_fully(client, admin, "pw-import-1")
    html = upload(
        client, csv_of([["", "X", "", "Spaceship", "", "", "", ""]]), "o.csv"
    ).content.decode()
    assert "Line 2:" in html and "Spaceship" in html and "Apply this import" not in html
    html = upload(client, b"\x00\x01junk", "o.xlsx").content.decode()
    assert "not a valid XLSX" in html
    html = client.post(URL, {}).content.decode()
    assert "Choose a CSV or XLSX file." in html


def test_unticking_check_only_applies_at_once(client, admin):
    sign_in_fully(client, admin, "pw-import-1")
    content = csv_of([["", "Grays Youth Club", "", "Voluntary sector", "", "", "", ""]])
    html = upload(client, content, "o.csv", dry_run=False).content.decode()
    assert "Organisations imported" in html
    assert Organisation.objects.filter(name="Grays Youth Club").exists()


def test_an_established_date_is_loaded_and_one_after_the_dissolution_is_refused(admin):
    header = ["Name", "Kind", "Established on", "Dissolved on"]
    result = run(
        admin,
        csv_of([["Thurrock Council", "Local authority", "1998-04-01", ""]], header),
        dry_run=False,
    )
    assert result.applied and result.changed == 1
    council = Organisation.objects.get(name="Thurrock Council")
    assert council.established_on.isoformat() == "1998-04-01"
    entry = AuditEntry.objects.filter(object_id=str(council.pk)).latest("pk")
    assert entry.after == {"Established on": "1998-04-01"}

    # Dissolved before it was established: against the stored date, when the file has no
    # "Established on" column (an empty cell would clear it), or on the same row.
    refused = run(
        admin,
        csv_of(
            [
                ["Thurrock Council", "Local authority", "1990-01-01"],
                ["A New Trust", "NHS trust", ""],
            ],
            ["Name", "Kind", "Dissolved on"],
        ),
        dry_run=False,
    )
    assert not refused.applied
    assert [(e.line, e.message) for e in refused.errors] == [
        (2, "It cannot be dissolved on 1990-01-01, before it was established on 1998-04-01.")
    ]
    refused = run(
        admin,
        csv_of([["A New Trust", "NHS trust", "2024-04-01", "2023-03-31"]], header),
        dry_run=False,
    )
    assert [(e.line, e.message) for e in refused.errors] == [
        (2, "It cannot be dissolved on 2023-03-31, before it was established on 2024-04-01.")
    ]
    council.refresh_from_db()
    assert council.dissolved_on is None
    assert not Organisation.objects.filter(name="A New Trust").exists()


def test_the_database_refuses_an_organisation_dissolved_before_it_began(demo):
    from django.db import IntegrityError, transaction

    council = Organisation.objects.get(name="Thurrock Council")
    council.established_on, council.dissolved_on = dt.date(2000, 1, 1), dt.date(1999, 1, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        council.save()
