"""Work on anonymous or hostile files ends within its limits, with a clear message.

The hostile files are made here: a real sealed PDF with 3,000 copies of its seal, and a
13 MB Word file that unpacks to 58 MB (ratio 4.4), both of which used to hold a web
worker for over a minute.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accord.accounts.models import User
from accord.core.bounded import CPU_WALL_MARGIN, WorkLimitExceeded, run_bounded
from accord.documents.services import document_issue, read_document
from accord.documents.verify import Outcome, verify_pdf
from accord.imports.models import ImportedDocument
from accord.imports.reading import UnreadableDocument
from accord.imports.reading import read_document as read_import
from tests.hostile_files import many_seals_pdf, swollen_docx
from tests.importing import THURROCK

MB = 1024 * 1024


# --- the child process and its limits ---------------------------------------------------


def _double(value):
    return value * 2


def _fail():
    raise ValueError("the function's own error")


def _sleep(seconds):
    time.sleep(seconds)


def _allocate(megabytes):
    return len(bytearray(megabytes * MB))


def _start_grandchild(pid_file):
    child = subprocess.Popen(["sleep", "60"])
    Path(pid_file).write_text(str(child.pid))
    time.sleep(60)


def _pid(pause=0.0):
    time.sleep(pause)
    return os.getpid()


def test_the_helper_stays_for_the_next_job_and_is_replaced_after_a_limit():
    first = run_bounded(_pid, seconds=5, memory_bytes=64 * MB)
    assert first != os.getpid()
    assert run_bounded(_pid, seconds=5, memory_bytes=64 * MB) == first
    with pytest.raises(WorkLimitExceeded):
        run_bounded(_sleep, 30, seconds=0.5, memory_bytes=64 * MB)
    assert not Path(f"/proc/{first}").exists()  # killed and reaped
    assert run_bounded(_pid, seconds=5, memory_bytes=64 * MB) not in (first, os.getpid())


def test_two_threads_at_once_each_get_a_process():
    import threading

    answers = []
    threads = [
        threading.Thread(
            target=lambda: answers.append(run_bounded(_pid, 0.5, seconds=5, memory_bytes=64 * MB))
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 2 and len(set(answers)) == 2 and os.getpid() not in answers


def test_the_result_or_the_functions_own_error_comes_back():
    assert run_bounded(_double, 21, seconds=5, memory_bytes=64 * MB) == 42
    with pytest.raises(ValueError, match="the function's own error"):
        run_bounded(_fail, seconds=5, memory_bytes=64 * MB)


def test_work_past_its_deadline_is_stopped_at_the_deadline():
    started = time.monotonic()
    with pytest.raises(WorkLimitExceeded) as stopped:
        run_bounded(_sleep, 30, seconds=0.5, memory_bytes=64 * MB)
    assert stopped.value.kind == "time"
    assert time.monotonic() - started < 2


def _spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "spun"


def _spin_in_a_program(seconds):
    """Computing in a program the work started, as a reader running pdftotext does."""
    code = f"import time\nend = time.monotonic() + {seconds}\nwhile time.monotonic() < end: pass"
    subprocess.run([sys.executable, "-c", code], check=True)
    return "spun"


def test_on_the_processor_clock_waiting_does_not_count_but_computing_does():
    # Half a second of waiting (as on a machine so busy the work waits for a processor)
    # against a limit of 0.3 seconds: on the wall clock it is stopped; on the processor
    # clock it uses almost none and finishes.
    with pytest.raises(WorkLimitExceeded):
        run_bounded(_pid, 0.5, seconds=0.3, memory_bytes=64 * MB)
    assert run_bounded(_pid, 0.5, seconds=0.3, memory_bytes=64 * MB, cpu=True) > 0

    # Computing past the limit is stopped soon after the limit's processor time.
    started = time.monotonic()
    with pytest.raises(WorkLimitExceeded) as stopped:
        run_bounded(_spin, 30, seconds=0.5, memory_bytes=64 * MB, cpu=True)
    assert (stopped.value.kind, stopped.value.clock) == ("time", "processor")
    assert time.monotonic() - started < 0.5 * CPU_WALL_MARGIN
    assert run_bounded(_spin, 0.1, seconds=2, memory_bytes=64 * MB, cpu=True) == "spun"


def test_on_the_processor_clock_a_program_the_work_started_counts_too():
    started = time.monotonic()
    with pytest.raises(WorkLimitExceeded) as stopped:
        run_bounded(_spin_in_a_program, 30, seconds=0.5, memory_bytes=64 * MB, cpu=True)
    # Stopped by the processor time the program used, not by the wall-clock margin.
    assert stopped.value.clock == "processor"
    assert time.monotonic() - started < 0.5 * CPU_WALL_MARGIN


def test_on_the_processor_clock_work_that_only_waits_is_stopped_at_the_wall_margin():
    started = time.monotonic()
    with pytest.raises(WorkLimitExceeded) as stopped:
        run_bounded(_sleep, 30, seconds=0.3, memory_bytes=64 * MB, cpu=True)
    assert (stopped.value.kind, stopped.value.clock) == ("time", "wall")
    assert 0.3 * CPU_WALL_MARGIN * 0.8 < time.monotonic() - started < 0.3 * CPU_WALL_MARGIN + 1


def test_work_past_its_memory_limit_is_stopped_and_the_worker_keeps_its_memory():
    with pytest.raises(WorkLimitExceeded) as stopped:
        run_bounded(_allocate, 1024, seconds=10, memory_bytes=256 * MB)
    assert stopped.value.kind == "memory"
    assert run_bounded(_allocate, 64, seconds=10, memory_bytes=256 * MB) == 64 * MB


def test_a_program_the_work_started_is_stopped_with_it(tmp_path):
    pid_file = tmp_path / "grandchild"
    with pytest.raises(WorkLimitExceeded):
        run_bounded(_start_grandchild, str(pid_file), seconds=1, memory_bytes=64 * MB)
    grandchild = int(pid_file.read_text())
    time.sleep(0.2)
    status = Path(f"/proc/{grandchild}/status")
    assert not status.exists() or "State:\tZ" in status.read_text()


@pytest.mark.django_db
def test_the_workers_database_connection_survives_the_child():
    User.objects.create_user(email="before@example.org", password="x")
    assert run_bounded(_double, 2, seconds=5, memory_bytes=64 * MB) == 4
    with pytest.raises(WorkLimitExceeded):
        run_bounded(_sleep, 30, seconds=0.3, memory_bytes=64 * MB)
    User.objects.create_user(email="after@example.org", password="x")
    assert User.objects.count() == 2


# --- "Check a document" ------------------------------------------------------------------


@pytest.fixture
def sealed(demo) -> bytes:
    from accord.agreements.models import AgreementVersion

    version = AgreementVersion.objects.get(agreement__slug="childrens-mou", number=1)
    return read_document(document_issue(version))


@pytest.fixture
def seals_3000(sealed) -> bytes:
    data = many_seals_pdf(sealed, copies=3000)
    assert 12 * MB < len(data) < 16 * MB
    return data


def _check(client, data: bytes):
    started = time.monotonic()
    response = client.post(
        "/documents/check/",
        {"file": SimpleUploadedFile("agreement.pdf", data, "application/pdf")},
    )
    return response, time.monotonic() - started


def test_a_pdf_with_3000_copies_of_a_real_seal_is_stopped_at_the_seal_limit(
    client, seals_3000, settings
):
    response, took = _check(client, seals_3000)
    page = response.content.decode()
    assert response.status_code == 200
    assert "This file carries 3,001 seals; Accord checks files with up to 100." in page
    assert took < settings.ACCORD_CHECK_MAX_SECONDS


def test_the_same_pdf_is_stopped_at_the_deadline_when_the_seal_limit_is_high(
    client, seals_3000, settings
):
    settings.ACCORD_CHECK_MAX_SEALS = 10_000
    settings.ACCORD_CHECK_MAX_SECONDS = 2
    response, took = _check(client, seals_3000)
    page = response.content.decode()
    assert "Checking this file took longer than the 2 seconds Accord allows" in page
    assert took < 4


def test_a_check_starved_of_memory_is_stopped_too(client, seals_3000, settings):
    # Near its ceiling the work either fails an allocation (stopped at once, "memory") or
    # crawls along the edge of it until the deadline ("took longer"): stopped either way.
    settings.ACCORD_CHECK_MAX_SEALS = 10_000
    settings.ACCORD_CHECK_MAX_MEMORY_MB = 16
    settings.ACCORD_CHECK_MAX_SECONDS = 3
    started = time.monotonic()
    report = verify_pdf(seals_3000)
    assert time.monotonic() - started < 5
    assert report.outcome == Outcome.NOT_CHECKED
    assert "Accord allows, so it was stopped" in report.headline


def test_the_byte_limit_holds_outside_the_upload_too(sealed, settings):
    settings.ACCORD_CHECK_MAX_BYTES = 16 * 1024
    assert len(sealed) > 16 * 1024
    report = verify_pdf(sealed)
    assert report.outcome == Outcome.NOT_CHECKED
    assert report.headline == "This file is larger than the 16.0\xa0KB Accord checks."


def test_a_real_sealed_file_is_still_checked_in_full(client, sealed):
    response, took = _check(client, sealed)
    assert "This file is exactly what Accord issued." in response.content.decode()
    assert took < 5


# --- importing ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def swollen() -> bytes:
    data = swollen_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(entry.file_size for entry in archive.infolist())
    assert 12 * MB < len(data) < 14 * MB
    assert 55 * MB < unpacked < 60 * MB and 4.0 < unpacked / len(data) < 5.0
    return data


@pytest.mark.django_db
def test_a_swollen_word_file_is_stopped_with_a_message_and_nothing_is_made(
    client, bf_officer, swollen, settings
):
    """Its reading (a task, run at once here) is stopped in time: the import ends "could
    not be read" with the reason, the file kept, and no findings."""
    client.force_login(bf_officer)
    started = time.monotonic()
    response = client.post(
        "/imports/",
        {"file": SimpleUploadedFile("agreement.docx", swollen)},
    )
    took = time.monotonic() - started
    record = ImportedDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/imports/{record.pk}/"
    assert record.status == "unreadable" and record.findings == {}
    page = client.get(response["Location"]).content.decode()
    assert "MB of memory Accord allows, so it was stopped" in page
    assert took < settings.ACCORD_IMPORT_MAX_SECONDS


def test_a_swollen_word_file_meets_the_deadline_when_memory_is_plentiful(swollen, settings):
    settings.ACCORD_IMPORT_MAX_MEMORY_MB = 4096
    settings.ACCORD_IMPORT_MAX_SECONDS = 1.5
    started = time.monotonic()
    with pytest.raises(UnreadableDocument, match="longer than the 1.5 seconds Accord allows"):
        read_import(swollen, "agreement.docx")
    assert time.monotonic() - started < 3


def test_text_files_are_read_under_the_same_limits(settings):
    settings.ACCORD_IMPORT_MAX_MEMORY_MB = 1
    mou = THURROCK / "thurrock-childrens-partnership-mou.txt"
    text = mou.read_bytes() * 200
    with pytest.raises(UnreadableDocument, match="more than the 1 MB of memory"):
        read_import(text, "long.txt")
    settings.ACCORD_IMPORT_MAX_MEMORY_MB = 384
    assert read_import(mou.read_bytes(), "mou.txt").lines


def test_pdf_reading_runs_in_the_child_under_the_memory_limit(settings, seals_3000):
    assert read_import(seals_3000, "agreement.pdf").pages > 1
    settings.ACCORD_IMPORT_MAX_MEMORY_MB = 1
    with pytest.raises(UnreadableDocument, match="more than the 1 MB of memory"):
        read_import(seals_3000, "agreement.pdf")


def test_the_progress_of_reading_reaches_the_caller():
    from tests.imports.test_imports_bad_input import REAL_PDF

    seen = []
    read_import(REAL_PDF, "agreement.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert os.getpid()  # the calls were made here, in the worker, from the child's messages
