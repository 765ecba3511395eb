"""What the record-integrity machine's parts share: the refusals that are answers, the links
found in e-mails, and how a broken invariant is reported."""

from __future__ import annotations

import os
import re
from collections import Counter

from django.core.exceptions import PermissionDenied, ValidationError

from accord.agreements.models import AgreementStatus
from accord.agreements.services.drafting import DraftConflict
from accord.agreements.services.transitions import TransitionRefused
from accord.signing.services import signatures

REFUSALS = (
    PermissionDenied,
    ValidationError,
    TransitionRefused,
    DraftConflict,
    signatures.LinkRefused,
    signatures.AlreadyAnswered,
)
SIGN_LINK = re.compile(r"/sign-up/sign/([\w-]+)/")
CONSULT_LINK = re.compile(r"/consultations/respond/([\w-]+)/")
CONTEXT = signatures.Context(ip_address="127.0.0.1", user_agent="integrity machine")
IN_FORCE_LIKE = (AgreementStatus.IN_FORCE, AgreementStatus.UNDER_REVIEW, AgreementStatus.SUPERSEDED)

# Invariants named here are not checked: only for surveying the landed code, one bug at
# a time (see docs/decisions/0007-record-integrity.md). Empty in the suite.
IGNORED = set(filter(None, os.environ.get("ACCORD_INTEGRITY_IGNORE", "").split(",")))

# How many sequences reached each status (printed by the test with ACCORD_INTEGRITY_SHOW=1),
# to show the search goes where the bugs were.
REACHED: Counter[str] = Counter()


class Violation(AssertionError):
    """The record says something untrue; the message names the invariant."""


def violated(name: str, detail: str) -> None:
    if name not in IGNORED:
        raise Violation(f"[{name}] {detail}")


def link_still_works(token: str) -> bool:
    """Whether the signing page would still take ``token`` (checked in a savepoint)."""
    from django.db import transaction

    try:
        with transaction.atomic():
            signatures.invitation_for(token, context=CONTEXT)
    except signatures.LinkRefused:
        return False
    return True
