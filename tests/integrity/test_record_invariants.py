"""The record never says something untrue, whatever anyone does in whatever order.

Hypothesis searches random sequences of actions (tests/integrity/machine.py) for one
that breaks an invariant, on whichever database the suite runs on. The number of
sequences is set by ACCORD_INTEGRITY_EXAMPLES (default below); each is up to
ACCORD_INTEGRITY_STEPS actions long.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.integrity.changes import HAPPENED
from tests.integrity.common import REACHED
from tests.integrity.machine import InForceMachine, RecordMachine

EXAMPLES = int(os.environ.get("ACCORD_INTEGRITY_EXAMPLES", "150"))
STEPS = int(os.environ.get("ACCORD_INTEGRITY_STEPS", "40"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "machine, share",
    [(RecordMachine, 1.0), (InForceMachine, 1.0)],
    ids=["from-the-draft", "from-in-force"],
)
def test_no_sequence_of_actions_makes_the_record_untrue(settings_for_machine, machine, share):
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=max(1, int(EXAMPLES * share)),
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
            derandomize=os.environ.get("ACCORD_INTEGRITY_SEED") is None,
        ),
    )
    if os.environ.get("ACCORD_INTEGRITY_SHOW"):
        print("\nSequences that reached each status:", dict(REACHED.most_common()))
        print("Changes after signing, across the search:", dict(HAPPENED.most_common()))


@pytest.fixture
def settings_for_machine(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.ACCORD_BASE_URL = "http://testserver"
    return settings
