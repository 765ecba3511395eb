"""Seals made with real pyHanko and checked with real pyHanko: what the checker says."""

from __future__ import annotations

import asyncio
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from weasyprint import HTML

from accord.core import seal_keys as keys
from accord.documents.seals import seal_pdf
from accord.documents.verify import Outcome, verify_pdf
from accord.env import ConfigurationError


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = str(tmp_path / "files")


@pytest.fixture(scope="module")
def plain_pdf() -> bytes:
    paragraphs = "".join(f"<p>Clause {n}: the partners work together.</p>" for n in range(60))
    return HTML(string=f"<h1>A short agreement</h1>{paragraphs}").write_pdf()


@pytest.fixture
def twice_sealed(plain_pdf) -> bytes:
    issued = seal_pdf(plain_pdf, reason="Issued by Accord: a short agreement", name="Accord")
    return seal_pdf(
        issued, reason="Signed for Thurrock Council by Lyn Carpenter", name="Lyn Carpenter"
    )


def flip_middle_byte(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    return bytes(changed)


def test_sealing_twice_keeps_both_seals_valid(twice_sealed):
    report = verify_pdf(twice_sealed)
    assert report.outcome == Outcome.INTACT and report.exactly_as_issued
    assert report.headline == "This file is exactly what Accord issued."
    assert [seal.reason for seal in report.seals] == [
        "Issued by Accord: a short agreement",
        "Signed for Thurrock Council by Lyn Carpenter",
    ]
    assert all(seal.good for seal in report.seals)
    assert [seal.covers_whole_file for seal in report.seals] == [False, True]
    assert "Accord document seal" in report.seals[0].signed_by


def test_the_earlier_stage_still_verifies_on_its_own(plain_pdf):
    issued = seal_pdf(plain_pdf, reason="Issued", name="Accord")
    seal_pdf(issued, reason="Signed", name="Someone")
    # Sealing again appends: the first file is a prefix of the second and still whole.
    assert verify_pdf(issued).exactly_as_issued


def test_one_byte_changed_in_the_middle_is_reported_as_changed(twice_sealed):
    report = verify_pdf(flip_middle_byte(twice_sealed))
    assert report.outcome == Outcome.CHANGED
    assert not report.exactly_as_issued
    assert "changed" in report.headline
    assert "Do not rely on" in report.explanation or "cannot be read" in report.headline


def test_anything_added_after_the_last_seal_is_reported(twice_sealed):
    report = verify_pdf(twice_sealed + b"\n% a note added later\n")
    assert report.outcome == Outcome.CHANGED
    assert report.headline == "This file has been changed since Accord last sealed it."
    assert report.seals[-1].changed_after
    assert report.seals[-1].state == "Changed afterwards"
    assert "the file was changed after it" in report.seals[-1].verdict


def test_a_seal_by_a_certificate_this_accord_did_not_issue(settings, tmp_path, plain_pdf):
    settings.DATA_DIR = tmp_path / "someone-else"
    forged = seal_pdf(plain_pdf, reason="Issued by Accord", name="Accord")
    settings.DATA_DIR = tmp_path / "data"
    report = verify_pdf(forged)
    assert report.outcome == Outcome.NOT_ACCORDS
    assert report.headline == "This file carries a seal that this Accord did not make."
    assert not report.seals[0].made_by_accord
    assert report.seals[0].verdict.startswith("Not made by this Accord")


def test_an_accord_file_sealed_again_by_a_stranger_is_not_vouched_for(
    settings, tmp_path, plain_pdf
):
    ours = seal_pdf(plain_pdf, reason="Issued", name="Accord")
    settings.DATA_DIR = tmp_path / "someone-else"
    theirs = seal_pdf(ours, reason="Approved", name="Stranger")
    settings.DATA_DIR = tmp_path / "data"
    report = verify_pdf(theirs)
    assert report.outcome == Outcome.NOT_ACCORDS
    assert [seal.made_by_accord for seal in report.seals] == [True, False]


def test_a_pdf_without_seals(plain_pdf):
    report = verify_pdf(plain_pdf)
    assert report.outcome == Outcome.NO_SEALS
    assert report.seals == []
    assert "no seal" in report.headline


@pytest.mark.parametrize("data", [b"", b"Hello, this is plain text.", b"PK\x03\x04 a zip file"])
def test_not_a_pdf(data):
    report = verify_pdf(data)
    assert report.outcome == Outcome.NOT_PDF
    assert report.headline == "This is not a PDF file."


def test_a_broken_pdf_is_changed_not_an_error():
    report = verify_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    assert report.outcome == Outcome.CHANGED
    assert "cannot be read" in report.headline


def test_the_local_seal_is_made_once_private_and_reused(plain_pdf):
    seal_pdf(plain_pdf, reason="Issued", name="Accord")
    folder = Path(django_settings.DATA_DIR) / "seal"
    files = sorted(path.name for path in folder.iterdir())
    assert files == ["authority.pem", "seal-key.pem", "seal.pem"]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    before = (folder / "seal.pem").read_bytes()
    keys._cache.clear()  # as a new process would start
    seal_pdf(plain_pdf, reason="Again", name="Accord")
    assert (folder / "seal.pem").read_bytes() == before


def _material_elsewhere(tmp_path) -> Path:
    """A seal certificate and key as a deployment would be given them."""
    folder = tmp_path / "issued-elsewhere"
    folder.mkdir()
    keys._write_new_seal(folder)
    return folder


def test_a_configured_certificate_and_key_are_used(settings, tmp_path, plain_pdf):
    folder = _material_elsewhere(tmp_path)
    settings.ACCORD_SEAL_CERT = str(folder / keys.CERT_FILE)
    settings.ACCORD_SEAL_KEY = str(folder / keys.KEY_FILE)
    settings.ACCORD_SEAL_CA = str(folder / keys.CA_FILE)
    assert verify_pdf(seal_pdf(plain_pdf, reason="Issued", name="Accord")).exactly_as_issued
    assert not (Path(settings.DATA_DIR) / "seal").exists()


def test_a_configured_pkcs12_file_is_used(settings, tmp_path, plain_pdf):
    folder = _material_elsewhere(tmp_path)
    key = serialization.load_pem_private_key((folder / keys.KEY_FILE).read_bytes(), None)
    certificate = x509.load_pem_x509_certificate((folder / keys.CERT_FILE).read_bytes())
    bundle = pkcs12.serialize_key_and_certificates(
        b"seal",
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(b"correct horse"),
    )
    (folder / "seal.p12").write_bytes(bundle)
    settings.ACCORD_SEAL_PKCS12 = str(folder / "seal.p12")
    settings.ACCORD_SEAL_PKCS12_PASSWORD = "correct horse"
    settings.ACCORD_SEAL_CA = str(folder / keys.CA_FILE)
    assert verify_pdf(seal_pdf(plain_pdf, reason="Issued", name="Accord")).exactly_as_issued


def test_half_a_configuration_fails_loudly(settings, tmp_path, plain_pdf):
    settings.ACCORD_SEAL_CERT = str(_material_elsewhere(tmp_path) / keys.CERT_FILE)
    settings.ACCORD_SEAL_KEY = ""
    with pytest.raises(ConfigurationError, match="must be set together"):
        seal_pdf(plain_pdf, reason="Issued", name="Accord")


def test_an_unreadable_key_fails_loudly(settings, tmp_path, plain_pdf):
    settings.ACCORD_SEAL_CERT = str(tmp_path / "missing.pem")
    settings.ACCORD_SEAL_KEY = str(tmp_path / "missing-key.pem")
    with pytest.raises(ConfigurationError, match="could not be read"):
        seal_pdf(plain_pdf, reason="Issued", name="Accord")


def test_the_verify_command_says_so_and_exits_0_for_an_intact_file(tmp_path, twice_sealed, capsys):
    path = tmp_path / "agreement.pdf"
    path.write_bytes(twice_sealed)
    call_command("verify", str(path))
    output = capsys.readouterr().out
    assert "This file is exactly what Accord issued." in output
    assert "Seal 2, added" in output and "Signed for Thurrock Council by Lyn Carpenter" in output


def test_the_verify_command_fails_for_a_changed_file(tmp_path, twice_sealed, capsys):
    path = tmp_path / "agreement.pdf"
    path.write_bytes(flip_middle_byte(twice_sealed))
    with pytest.raises(CommandError) as raised:
        call_command("verify", str(path))
    assert raised.value.returncode == 1
    assert "changed" in capsys.readouterr().out


def test_the_verify_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="cannot be read") as raised:
        call_command("verify", str(tmp_path / "nowhere.pdf"))
    assert raised.value.returncode == 1


def _accord(*args: str) -> subprocess.CompletedProcess:
    """``accord`` as a person runs it, with this test's settings and seal folder."""
    # pytest-django has put the settings module in the environment, which the child inherits.
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "ACCORD_DATA_DIR": str(django_settings.DATA_DIR),
    }
    accord = Path(sys.executable).with_name("accord")
    return subprocess.run(
        [str(accord), *args], capture_output=True, text=True, env=environment, timeout=120
    )


def test_accord_verify_exit_codes(tmp_path, twice_sealed):
    intact, changed = tmp_path / "intact.pdf", tmp_path / "changed.pdf"
    intact.write_bytes(twice_sealed)
    changed.write_bytes(flip_middle_byte(twice_sealed))
    result = _accord("verify", str(intact))
    assert result.returncode == 0, result.stderr
    assert "exactly what Accord issued" in result.stdout
    result = _accord("verify", str(changed))
    assert result.returncode == 1
    assert "changed" in result.stdout
    assert "is not exactly what Accord issued" in result.stderr


def test_sealing_and_checking_work_inside_a_running_event_loop(plain_pdf):
    async def under_an_async_server():
        return verify_pdf(seal_pdf(plain_pdf, reason="Issued", name="Accord"))

    assert asyncio.run(under_an_async_server()).exactly_as_issued


def test_without_a_named_authority_the_seal_certificate_itself_is_trusted(
    settings, tmp_path, plain_pdf
):
    folder = _material_elsewhere(tmp_path)
    settings.ACCORD_SEAL_CERT = str(folder / keys.CERT_FILE)
    settings.ACCORD_SEAL_KEY = str(folder / keys.KEY_FILE)
    assert verify_pdf(seal_pdf(plain_pdf, reason="Issued", name="Accord")).exactly_as_issued
