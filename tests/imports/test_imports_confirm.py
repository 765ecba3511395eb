"""Confirming an import makes exactly the draft the officer reviewed; rejecting makes
nothing; the command line imports for review and scores against gold files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from accord.agreements.models import Agreement
from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.governance.models import Body
from accord.imports.forms import NEW, ReviewForm
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.services import import_create
from accord.organisations.models import Organisation
from tests.importing import CORPUS, THURROCK

CHILDRENS = THURROCK / "thurrock-childrens-partnership-mou.txt"


def _as_posted(record: ImportedDocument, owning_body: Body) -> dict:
    """The review form as the page first shows it, submitted unchanged."""
    form = ReviewForm(findings=record.findings, bodies=Body.objects.all())
    data = {"confirm": "1", "owning_body": str(owning_body.pk)}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None and name != "owning_body":
            data[name] = value
    return data


def _find(record: ImportedDocument, group: str, test) -> int:
    return next(n for n, item in enumerate(record.findings[group]) if test(item))


@pytest.mark.django_db
def test_confirming_makes_the_draft_as_reviewed(client, bf_officer):
    record = import_create(
        actor=bf_officer, content=CHILDRENS.read_bytes(), filename=CHILDRENS.name
    )
    body = Body.objects.get(slug="bf-partnership")
    data = _as_posted(record, body)
    # The officer corrects a heading, leaves one party out, makes one a new organisation
    # under another name, and drops a date.
    intro = _find(record, "sections", lambda s: s["label"] == "1. Introduction")
    data[f"section_{intro}_heading"] = "Introduction and scope"
    dwp = _find(record, "parties", lambda p: p["name"] == "Department for Work and Pensions")
    del data[f"party_{dwp}"]
    gps = _find(record, "parties", lambda p: p["name"] == "General Practitioners")
    data[f"party_{gps}_organisation"] = NEW
    data[f"party_{gps}_name"] = "Thurrock GP Federation"
    del data["date_3"]
    organisations_before = Organisation.objects.count()

    client.force_login(bf_officer)
    response = client.post(f"/imports/{record.pk}/", data)
    agreement = Agreement.objects.get(source_import=record)
    assert response.status_code == 302 and response["Location"] == agreement.get_absolute_url()
    assert agreement.title.startswith("Memorandum of Understanding (MOU) An integrated approach")
    assert agreement.kind == "mou" and agreement.status == "draft" and agreement.owning_body == body
    sections = list(agreement.versions.get().sections.values_list("heading", flat=True))
    assert sections[:2] == ["Introduction and scope", "Parties to this Memorandum of Understanding"]
    assert sections[-1].startswith("Appendix 1: Summarised representation")
    assert "Executive Summary" not in sections  # the report's own sections stay out
    parties = {p.organisation.name: p.category for p in agreement.parties.all()}
    assert len(parties) == 15 and "Department for Work and Pensions" not in parties
    assert parties["North East London NHS Foundation Trust"] == "NHS Service Providers"
    assert parties["Thurrock GP Federation"] == "Other Partners"
    assert Organisation.objects.count() == organisations_before + 1
    route = [(s.body.name if s.body else s.label, s.action) for s in agreement.approval_steps.all()]
    assert route[0] == ("Brighter Futures Children's Partnership", "agree")
    assert route[-1] == ("all stakeholders as detailed in 2.1", "endorse")
    assert len(route) == 6
    assert agreement.commitments.filter(kind="value").count() == 7
    assert agreement.commitments.filter(kind="principle").count() == 3
    assert agreement.milestones.count() == 3
    record.refresh_from_db()
    assert record.status == ImportStatus.CONFIRMED and record.decided_by == bf_officer
    assert {"import.confirm", "agreement.import"} <= set(
        AuditEntry.objects.values_list("action", flat=True)
    )
    assert audit_verify()[1] == []
    # The lineage: the agreement page names the file, and the file downloads unchanged.
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Imported from the file" in page and CHILDRENS.name in page
    download = client.get(f"/imports/{record.pk}/file")
    assert b"".join(download.streaming_content) == CHILDRENS.read_bytes()
    # A second confirmation is refused: the page says what became of it.
    again = client.post(f"/imports/{record.pk}/", data)
    assert "This import has been reviewed: draft created" in again.content.decode()
    assert Agreement.objects.filter(source_import=record).count() == 1


@pytest.mark.django_db
def test_a_mistake_on_the_review_page_loses_nothing(client, bf_officer):
    record = import_create(
        actor=bf_officer, content=CHILDRENS.read_bytes(), filename=CHILDRENS.name
    )
    data = _as_posted(record, Body.objects.get(slug="bf-partnership"))
    del data["owning_body"]
    data["section_2_text"] = "My careful edit of this section."
    data["date_0_date"] = "April 2019"
    client.force_login(bf_officer)
    page = client.post(f"/imports/{record.pk}/", data).content.decode()
    assert "There is a problem" in page
    assert "The date must be a real date, in numbers." in page
    assert "My careful edit of this section." in page
    assert Agreement.objects.filter(source_import=record).count() == 0


@pytest.mark.django_db
def test_rejecting_creates_nothing_and_removes_the_file(
    client, bf_officer, django_capture_on_commit_callbacks
):
    record = import_create(
        actor=bf_officer, content=CHILDRENS.read_bytes(), filename=CHILDRENS.name
    )
    stored = record.file.path
    agreements = Agreement.objects.count()
    client.force_login(bf_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/imports/{record.pk}/", {"reject": "1"}, follow=True)
    assert "nothing was created" in response.content.decode()
    record.refresh_from_db()
    assert record.status == ImportStatus.REJECTED
    assert Agreement.objects.count() == agreements
    assert not Path(stored).exists()
    assert client.get(f"/imports/{record.pk}/file").status_code == 404


@pytest.mark.django_db
def test_accord_import_keeps_files_for_review(bf_officer, capsys):
    call_command(
        "import", str(CHILDRENS), str(CORPUS / "riverside-mou.docx"), "--by", bf_officer.email
    )
    out = capsys.readouterr().out
    records = ImportedDocument.objects.order_by("pk")
    assert [r.filename for r in records] == [CHILDRENS.name, "riverside-mou.docx"]
    assert all(r.uploaded_by == bf_officer and r.status == ImportStatus.REVIEW for r in records)
    assert (
        f"/imports/{records[0].pk}/" in out
        and "committee cover report, 20 sections, 16 parties (16 matched)" in out
    )
    assert Agreement.objects.filter(source_import__isnull=False).count() == 0


@pytest.mark.django_db
def test_accord_import_reports_a_bad_file_and_goes_on(tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 truncated")
    with pytest.raises(CommandError, match="1 of 2 files could not be imported"):
        call_command("import", str(broken), str(CHILDRENS))
    out = capsys.readouterr().out
    assert "broken.pdf: The PDF is damaged" in out
    assert ImportedDocument.objects.get().uploaded_by is None


@pytest.mark.django_db
def test_accord_import_dry_run_keeps_nothing(capsys):
    call_command("import", "--dry-run", str(CHILDRENS))
    assert "Nothing was kept (dry run)" in capsys.readouterr().out
    assert ImportedDocument.objects.count() == 0


def test_import_eval_prints_scores_and_guards_a_threshold(tmp_path, capsys):
    # Bodies, scored since issue 13, reach 0.77 on one document of this corpus.
    call_command("import-eval", str(CORPUS), "--min-f1", "0.75")
    out = capsys.readouterr().out
    assert "riverside-mou.docx" in out and "overall" in out
    shutil.copy(CHILDRENS, tmp_path / CHILDRENS.name)
    gold = json.loads(CHILDRENS.with_suffix(".gold.json").read_text(encoding="utf-8"))
    gold["values"] = gold["values"][:3] + ["A value the document never states"]
    (tmp_path / "thurrock-childrens-partnership-mou.gold.json").write_text(json.dumps(gold))
    with pytest.raises(CommandError, match="values F1 0.55"):
        call_command("import-eval", str(tmp_path), "--min-f1", "0.75")
    with pytest.raises(CommandError, match="No \\*.gold.json files"):
        call_command("import-eval", str(tmp_path / "nowhere"))
