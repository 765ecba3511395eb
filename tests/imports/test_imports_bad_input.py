"""Files that cannot be imported get a clear message, and nothing is kept."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.reading import UnreadableDocument, read_document
from tests.importing import CORPUS, blank_pdf

REAL_PDF = (CORPUS / "northmarsh-alliance-agreement.pdf").read_bytes()
REAL_DOCX = (CORPUS / "riverside-mou.docx").read_bytes()


def _zip_bomb() -> bytes:
    """A DOCX whose document.xml unpacks to 200 MB of spaces from well under 1 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * 1_048_576
            for _ in range(200):
                member.write(chunk)
    return buffer.getvalue()


CASES = {
    "empty": ("empty.txt", b"", "The file is empty."),
    "binary junk as text": ("notes.txt", bytes(range(256)) * 40, "not plain text"),
    "binary junk as PDF": ("report.pdf", b"\x00\x01junk" * 500, "not a PDF"),
    "broken PDF": ("broken.pdf", REAL_PDF[: len(REAL_PDF) // 3], "damaged"),
    "encrypted PDF": ("locked.pdf", blank_pdf(2, password="secret"), "protected by a password"),
    "scanned PDF": ("scan.pdf", blank_pdf(3), "No text could be read"),
    "not a Word file": ("letter.docx", b"PK\x03\x04 not really a zip", "not a Word document"),
    "Word file that is another zip": ("archive.docx", None, "not a Word document"),
    "zip bomb": ("bomb.docx", None, "unpacks to far more"),
    "wrong kind of file": ("minutes.odt", b"hello", "must end .txt, .pdf or .docx"),
    "broken Word file": ("damaged.docx", REAL_DOCX[:2000], "not a Word document"),
}


def _content(name: str, content: bytes | None) -> bytes:
    if content is not None:
        return content
    if name == "bomb.docx":
        return _zip_bomb()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize("case", list(CASES))
def test_reading_refuses_with_a_reason(case):
    name, content, message = CASES[case]
    with pytest.raises(UnreadableDocument) as refused:
        read_document(_content(name, content), name)
    assert message in str(refused.value)


def test_page_and_size_limits_are_settings(settings):
    settings.ACCORD_IMPORT_MAX_PAGES = 3
    with pytest.raises(
        UnreadableDocument, match="has 5 pages; Accord imports documents of up to 3"
    ):
        read_document(blank_pdf(5), "long.pdf")
    settings.ACCORD_IMPORT_MAX_BYTES = 1024
    with pytest.raises(UnreadableDocument, match="the limit is"):
        read_document(b"a" * 2048, "long.txt")


def test_a_very_long_text_is_read_in_part_and_says_so():
    from accord.imports.extraction import extract
    from accord.imports.reading import MAX_CHARACTERS

    line = "1.1 The parties will meet every month and report to the Board.\n"
    content = ("1. Purpose\n\n" + line * (MAX_CHARACTERS // len(line) + 100)).encode()
    source = read_document(content, "huge.txt")
    assert source.truncated
    assert "only its first part was read" in " ".join(extract(source)["warnings"])


def _stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "imports"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


# Refused by the upload form before anything is kept: no reading is needed to tell.
REFUSED_BY_THE_FORM = {"empty", "wrong kind of file"}


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(REFUSED_BY_THE_FORM))
def test_the_form_explains_and_keeps_nothing(client, bf_officer, settings, case):
    name, content, message = CASES[case]
    client.force_login(bf_officer)
    upload = SimpleUploadedFile(name, _content(name, content))
    response = client.post("/imports/", {"file": upload})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page and message.replace("'", "&#x27;") in page
    assert ImportedDocument.objects.count() == 0
    assert _stored_files(settings) == []


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(set(CASES) - REFUSED_BY_THE_FORM))
def test_a_file_that_cannot_be_read_ends_with_the_reason_and_is_kept(
    client, bf_officer, settings, case
):
    """Reading happens in the task queue (run at once here): the upload is kept, and its
    page says why it could not be read, with the message the form used to give."""
    name, content, message = CASES[case]
    client.force_login(bf_officer)
    data = _content(name, content)
    response = client.post("/imports/", {"file": SimpleUploadedFile(name, data)})
    record = ImportedDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/imports/{record.pk}/"
    assert record.status == ImportStatus.UNREADABLE and message in record.problem
    assert record.findings == {} and record.text == ""
    page = client.get(response["Location"]).content.decode()
    assert f"{name} could not be read" in page
    assert message.replace("'", "&#x27;") in page
    assert "Upload a document again" in page
    (stored,) = _stored_files(settings)
    assert stored.read_bytes() == data
    assert client.get(f"/imports/{record.pk}/file").getvalue() == data


@pytest.mark.django_db
def test_an_oversized_upload_is_stopped_while_it_arrives(client, bf_officer, settings):
    settings.ACCORD_IMPORT_MAX_BYTES = 4096
    client.force_login(bf_officer)
    upload = SimpleUploadedFile("big.txt", b"1. Purpose\n" + b"x" * 10_000)
    response = client.post("/imports/", {"file": upload})
    assert response.status_code == 200
    assert "The file must be smaller than 4.0\xa0KB" in response.content.decode()
    assert ImportedDocument.objects.count() == 0


@pytest.mark.django_db
def test_choosing_no_file_is_explained(client, bf_officer):
    client.force_login(bf_officer)
    response = client.post("/imports/", {})
    assert "Choose the document to import." in response.content.decode()


def test_a_pdf_that_reads_too_slowly_is_stopped_in_time(monkeypatch, tmp_path, settings):
    """Whatever the PDF, reading it ends by the deadline with a message. (A stand-in for
    pdftotext that never finishes stands for a file crafted to make it crawl.)"""
    import time

    from accord.imports import reading

    slow = tmp_path / "pdftotext"
    slow.write_text("#!/bin/sh\nexec sleep 30\n")
    slow.chmod(0o755)
    monkeypatch.setattr(reading, "pdftotext_program", lambda: str(slow))
    settings.ACCORD_IMPORT_MAX_SECONDS = 0.6
    started = time.monotonic()
    # pdftotext's own timeout (naming the pages) or the reading's deadline, whichever
    # fires first on a busy machine.
    with pytest.raises(UnreadableDocument, match="took (too long|longer than)"):
        read_document(REAL_PDF, "slow.pdf")
    assert time.monotonic() - started < 5


def test_a_pdf_past_the_default_page_limit_is_refused_before_it_is_read():
    with pytest.raises(
        UnreadableDocument, match="has 450 pages; Accord imports documents of up to 400"
    ):
        read_document(blank_pdf(450), "annual-report.pdf")
