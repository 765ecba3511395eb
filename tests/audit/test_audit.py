"""The audit trail is a hash chain: `accord audit verify` finds any entry changed or removed."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from accord.audit.models import AuditEntry
from accord.audit.services import audit_record, audit_verify
from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain():
    organisation = OrganisationFactory()
    return [
        audit_record(
            actor=None,
            action=f"test.action.{n}",
            obj=organisation,
            after={"n": n},
            actor_label="tester",
        )
        for n in range(5)
    ]


def test_an_untouched_chain_verifies(chain, capsys):
    assert audit_verify() == (5, [])
    call_command("audit", "verify")
    assert "intact: 5 entries" in capsys.readouterr().out
    assert [e.sequence for e in chain] == [1, 2, 3, 4, 5]
    assert chain[1].previous_hash == chain[0].entry_hash


def test_a_changed_entry_is_found(chain):
    AuditEntry.objects.filter(sequence=3).update(after={"n": 99})
    _, problems = audit_verify()
    assert [(p.sequence, "changed" in p.message) for p in problems] == [(3, True)]
    with pytest.raises(CommandError, match="tampered"):
        call_command("audit", "verify")


def test_a_removed_entry_is_found(chain):
    AuditEntry.objects.filter(sequence=2).delete()
    _, problems = audit_verify()
    assert problems and problems[0].sequence == 2 and "removed" in problems[0].message


def test_an_entry_removed_from_the_end_is_found(chain):
    AuditEntry.objects.filter(sequence=5).delete()
    _, problems = audit_verify()
    assert problems and "removed from the end" in problems[0].message


def test_a_rewritten_chain_tail_is_found(chain):
    # Recomputing one entry's own hash is not enough: the next entry no longer follows it.
    from accord.audit.services import compute_hash

    entry = AuditEntry.objects.get(sequence=3)
    entry.after = {"n": 42}
    entry.entry_hash = compute_hash(entry)
    AuditEntry.objects.filter(pk=entry.pk).update(after=entry.after, entry_hash=entry.entry_hash)
    _, problems = audit_verify()
    assert [p.sequence for p in problems] == [4]
