"""The import pages: upload, review beside the source lines, confirm into a draft (with
parties, route, values and dates as reviewed), reject, and refusals that lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accord.agreements.models import Agreement
from accord.audit.models import AuditEntry
from accord.governance.models import Body
from accord.imports.models import ImportedDocument, ImportStatus
from tests.importing import THURROCK

DOCUMENTS = THURROCK
CHILDRENS = DOCUMENTS / "thurrock-childrens-partnership-mou.txt"


def _upload(client, path: Path, name: str | None = None):
    upload = SimpleUploadedFile(name or path.name, path.read_bytes())
    return client.post("/imports/", {"file": upload})


@pytest.mark.django_db
def test_upload_then_review_shows_findings_beside_their_lines(client, bf_officer):
    client.force_login(bf_officer)
    response = _upload(client, CHILDRENS)
    record = ImportedDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/imports/{record.pk}/"
    assert record.status == ImportStatus.REVIEW and record.uploaded_by == bf_officer
    assert (
        Agreement.objects.filter(title__startswith="Memorandum of Understanding (MOU) An").count()
        == 0
    )
    page = client.get(f"/imports/{record.pk}/").content.decode()
    assert "Review the import of thurrock-childrens-partnership-mou.txt" in page
    assert "1. Introduction" in page and "8. Process of enactment" in page
    assert "Matched: North East London NHS Foundation Trust" in page
    assert "Equality between organisations" in page
    # The source lines are shown with their numbers.
    assert "Found in lines" in page and "Thurrock Borough Council (Unitary Authority)" in page
    assert AuditEntry.objects.filter(action="import.create").count() == 1
    # The officer's one body is proposed as the owner.
    body = Body.objects.get(slug="bf-partnership")
    assert f'<option value="{body.pk}" selected>' in page


@pytest.mark.django_db
def test_a_report_without_its_agreement_is_reviewed_with_a_warning(client, bf_officer):
    client.force_login(bf_officer)
    _upload(client, DOCUMENTS / "thurrock-alliance-mou.txt")
    record = ImportedDocument.objects.get()
    page = client.get(f"/imports/{record.pk}/").content.decode()
    assert "without the agreement attached" in page
    assert "partner agency Boards" in page
