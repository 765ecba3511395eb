"""What the agreement pages ask of the apps above agreements (see accord.core.hooks).

Each hook's default is the answer while no app provides one: nothing signed, no
signatories, no consultations. Signing and consultations provide theirs when they start.
The records they answer with belong to those apps, so they are typed loosely here.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from accord.agreements.models import Agreement
from accord.core.hooks import Hook
from accord.core.presenters import Progress


def _no_signatures(agreement: Agreement) -> list[Any]:
    return []


def _no_signatories(organisation_ids: Iterable[int]) -> dict[int, list[Any]]:
    return {}


def _no_invitations(agreement: Agreement) -> tuple[int, list[str]]:
    return 0, []


def _no_sign_up_table(
    agreement: Agreement, *, on: Any = None, rows: tuple[int, int] | None = None
) -> dict[str, Any]:
    standing = SimpleNamespace(state=None, version=None, former=[], joining=[], changes=[])
    return {
        "standing": standing,
        "groups": [],
        "progress": Progress(0, 0),
        "sentence": "",
        "total": 0,
    }


def _no_consultations(agreement: Agreement, user: Any) -> list[Any]:
    return []


# The parties on a day (today when ``on`` is None), each with its answer, grouped by
# category, for the agreement's page (``rows=(start, stop)``: only those parties, with the
# ``total``): accord.signing.selectors.progress.
sign_up_table = Hook("sign_up_table", _no_sign_up_table)
# The signatures on the version in sign-up or in force, for the agreement's page.
signed_parties = Hook("signed_parties", _no_signatures)
# Who may sign for each organisation now, for the check before sign-up opens.
active_signatories = Hook("active_signatories", _no_signatories)
# How many links are out, and which parties have no signatory to send one to.
invitation_summary = Hook("invitation_summary", _no_invitations)
# The consultations on an agreement that a person may see, for the drafting task list.
consultations_of_agreement = Hook("consultations_of_agreement", _no_consultations)
