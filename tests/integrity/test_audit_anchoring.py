"""The audit chain is keyed, and its published heads show a rewrite even by someone who
holds the database and the key."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase

from accord.audit import keys
from accord.audit.anchoring import HeadRefused, audit_publish_head, read_head
from accord.audit.models import AuditEntry, AuditHead, PublishedHead
from accord.audit.services import _canonical, audit_record, audit_verify, compute_hash, head_mac
from accord.env import ConfigurationError
from tests.integrity.journeys import fresh, links_for, sign, to_sign_up
from tests.integrity.world import build_world

pytestmark = pytest.mark.django_db


def _write(n: int) -> None:
    for number in range(n):
        audit_record(actor=None, action="test.entry", obj=None, after={"n": number})


def _verify(*arguments) -> str:
    try:
        call_command("audit", "verify", *arguments)
    except CommandError as error:
        return str(error)
    return "intact"


def _rewrite_with_the_key(sequence: int, change: dict) -> None:
    """What someone holding the database and the audit key can do: change one entry and
    recompute every later hash, and the head, so that the chain verifies again."""
    previous = None
    for entry in AuditEntry.objects.filter(sequence__gte=sequence).order_by("sequence"):
        if entry.sequence == sequence:
            entry.after = change
        if previous is not None:
            entry.previous_hash = previous
        entry.entry_hash = compute_hash(entry)
        AuditEntry.objects.filter(pk=entry.pk).update(
            after=entry.after, previous_hash=entry.previous_hash, entry_hash=entry.entry_hash
        )
        previous = entry.entry_hash
    head = AuditHead.objects.get(pk=1)
    AuditHead.objects.filter(pk=1).update(
        last_hash=previous, mac=head_mac(head.last_sequence, previous)
    )


def test_a_new_chain_is_keyed_and_verifies():
    _write(5)
    assert {e.key_id for e in AuditEntry.objects.all()} == {keys.current_key()[0]}
    assert audit_verify()[1] == []
    assert _verify() == "intact"


def test_a_rewrite_without_the_key_is_found_at_the_entry_rewritten():
    _write(6)
    entry = AuditEntry.objects.get(sequence=3)
    # Without the key the best a forger can do is a hash of their own making.
    entry.after = {"n": "forged"}
    forged = hashlib.sha256(_canonical({"after": entry.after})).hexdigest()
    AuditEntry.objects.filter(pk=entry.pk).update(after=entry.after, entry_hash=forged)
    checked, problems = audit_verify()
    assert problems and problems[0].sequence == 3
    assert "The audit trail has been tampered with" in _verify()


def test_cutting_the_last_entry_and_moving_the_head_is_found():
    _write(4)
    last = AuditEntry.objects.get(sequence=4)
    AuditEntry.objects.filter(pk=last.pk).delete()
    AuditHead.objects.filter(pk=1).update(last_sequence=3, last_hash=last.previous_hash)
    problems = audit_verify()[1]
    assert any("head was not written with the audit key" in p.message for p in problems)


def test_entries_cannot_be_passed_off_as_written_before_the_chain_was_keyed():
    _write(3)
    entry = AuditEntry.objects.get(sequence=2)
    entry.key_id = ""
    AuditEntry.objects.filter(pk=entry.pk).update(key_id="", entry_hash=compute_hash(entry))
    problems = audit_verify()[1]
    assert any(p.sequence == 2 and "no audit key" in p.message for p in problems)


def test_with_the_key_a_rewrite_verifies_but_the_published_head_shows_it(tmp_path):
    _write(10)
    first = audit_publish_head(reason="daily")
    _write(5)
    second = audit_publish_head(reason="an agreement came into force")
    copy = tmp_path / "head.json"
    copy.write_text(second.document)
    _rewrite_with_the_key(12, {"n": "rewritten"})
    assert audit_verify()[1] == []  # the key holder's rewrite verifies on its own
    message = _verify("--against", str(copy))
    assert "tampered" in message
    # The head names where the chain and the copy part: after entry 10 (the first
    # publication still matches), at or before entry 15.
    assert first.sequence == 10 and second.sequence == 15


def test_verify_against_names_the_divergence(tmp_path, capsys):
    _write(10)
    audit_publish_head(reason="daily")
    _write(5)
    copy = tmp_path / "head.json"
    copy.write_text(audit_publish_head(reason="daily").document)
    _rewrite_with_the_key(12, {"n": "rewritten"})
    with pytest.raises(CommandError):
        call_command("audit", "verify", "--against", str(copy))
    error = capsys.readouterr().err
    assert "matches the published head up to entry 10 and differs from it at entry 15" in error


def test_verify_against_a_matching_head_says_so(tmp_path, capsys):
    _write(3)
    copy = tmp_path / "head.json"
    copy.write_text(audit_publish_head(reason="daily").document)
    _write(2)
    call_command("audit", "verify", "--against", str(copy))
    assert "It matches the head published" in capsys.readouterr().out


def test_cutting_entries_after_a_published_head_is_reported(tmp_path, capsys):
    _write(6)
    copy = tmp_path / "head.json"
    copy.write_text(audit_publish_head(reason="daily").document)
    AuditEntry.objects.filter(sequence__gte=5).delete()
    with pytest.raises(CommandError):
        call_command("audit", "verify", "--against", str(copy))
    assert "entry 6 was published" in capsys.readouterr().err


def test_the_published_head_is_sealed_with_the_instances_seal_certificate(client, tmp_path):
    _write(3)
    published = audit_publish_head(reason="daily")
    served = client.get("/audit/head.json")
    assert served.status_code == 200
    document = read_head(served.content.decode())
    assert document["sequence"] == 3 and document["entry_hash"] == published.entry_hash
    # Anyone can check the seal with the certificate Accord publishes, using openssl.
    certificate = client.get("/audit/seal-certificate.pem").content
    assert certificate.count(b"BEGIN CERTIFICATE") >= 1
    if shutil.which("openssl"):
        sealed = json.loads(served.content)
        (tmp_path / "head.der").write_bytes(base64.b64decode(sealed["signature"]))
        (tmp_path / "head.json").write_bytes(_canonical(sealed["head"]))
        (tmp_path / "ca.pem").write_bytes(certificate)
        checked = subprocess.run(
            [
                "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", str(tmp_path / "head.der"), "-content", str(tmp_path / "head.json"),
                "-CAfile", str(tmp_path / "ca.pem"), "-purpose", "any", "-out", "/dev/null",
            ],
            capture_output=True,
            text=True,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stderr


def test_a_head_with_a_changed_position_or_another_seal_is_refused():
    _write(3)
    sealed = json.loads(audit_publish_head(reason="daily").document)
    sealed["head"]["sequence"] = 2
    with pytest.raises(HeadRefused, match="seal does not hold"):
        read_head(json.dumps(sealed))
    with pytest.raises(HeadRefused, match="not a published audit head"):
        read_head('{"head": {}, "signature": ""}')


def test_an_agreement_coming_into_force_publishes_the_head(settings):
    settings.ACCORD_BASE_URL = "http://testserver"
    with TestCase.captureOnCommitCallbacks(execute=True):
        world = build_world("Partnership MOU")
    to_sign_up(world)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for persona in ("signatory_1", "signatory_2"):
            (token,) = links_for(f"{persona}@integrity.test")
            sign(token)
    assert fresh(world).status == "in_force"
    head = PublishedHead.objects.get()
    assert head.reason == "Partnership MOU came into force"
    assert head.sequence == AuditHead.objects.get().last_sequence


def test_rotating_the_key_keeps_old_entries_verifiable():
    _write(2)
    old = keys.current_key()[0]
    new = keys.rotate()
    _write(2)
    assert new != old
    assert [e.key_id for e in AuditEntry.objects.order_by("sequence")] == [old, old, new, new]
    assert audit_verify()[1] == []


def test_a_missing_key_file_is_an_error_never_a_new_key(settings):
    _write(1)
    keys.key_file().unlink()
    keys._cache.clear()
    with pytest.raises(ConfigurationError, match="Restore it from the backup"):
        _write(1)
