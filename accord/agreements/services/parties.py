"""Who is party to an agreement, and in which category; one at a time or from a CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q

from accord.agreements.models import Agreement, Party
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused
from accord.organisations.models import Organisation

if TYPE_CHECKING:
    from accord.accounts.models import User

CSV_MAX_BYTES = 200_000
CSV_MAX_ROWS = 500
CATEGORY_MAX = 120


def _require(actor: User, agreement: Agreement) -> None:
    if not actor.has_perm("agreements.edit_draft", agreement):
        raise Refused(
            "Parties can be changed by a partnership officer for the owning body while the "
            "agreement is a draft or in consultation."
        )


def _category(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise Invalid({"category": "Enter the category, such as “NHS Commissioners”."})
    if len(value) > CATEGORY_MAX:
        raise Invalid({"category": f"A category can be at most {CATEGORY_MAX} characters."})
    return value


def _next_order(agreement: Agreement) -> int:
    return (agreement.parties.aggregate(m=Max("order"))["m"] or 0) + 1


# For the services that add a party after sign-up (accord/signing/services/admissions.py).
clean_category = _category
next_order = _next_order


@transaction.atomic
def party_add(
    *, actor: User, agreement: Agreement, organisation: Organisation, category: str
) -> Party:
    _require(actor, agreement)
    category = _category(category)
    if agreement.parties.filter(organisation=organisation).exists():
        raise Invalid({"organisation": f"{organisation} is already a party to this agreement."})
    party = Party.objects.create(
        agreement=agreement,
        organisation=organisation,
        category=category,
        order=_next_order(agreement),
    )
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_PARTY_ADD,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"organisation": str(organisation), "category": category},
    )
    return party


@transaction.atomic
def party_remove(*, actor: User, party: Party) -> None:
    agreement = party.agreement
    _require(actor, agreement)
    if party.status != "pending":
        raise Conflict(
            f"{party.organisation} has {party.get_status_display().lower()}; it stays on record."
        )
    before = {"organisation": str(party.organisation), "category": party.category}
    party.delete()
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_PARTY_REMOVE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before=before,
    )


def find_organisation(name: str) -> Organisation | None:
    """An organisation by Org-ID (GB-LAE-THR), name, short name or other name; None if none
    or more than one matches."""
    name = " ".join(name.split())
    if not name:
        return None
    scheme, _, code = name.rpartition("-")
    if scheme.upper().startswith("GB-"):
        found = Organisation.objects.filter(
            identifiers__scheme=scheme.upper(), identifiers__code=code.upper()
        )
        if found.count() == 1:
            return found.get()
    matches = Organisation.objects.filter(
        Q(name__iexact=name) | Q(short_name__iexact=name) | Q(other_names__name__iexact=name)
    ).distinct()
    return matches.get() if matches.count() == 1 else None


@dataclass
class LineError:
    line: int
    message: str


@transaction.atomic
def party_import_csv(
    *, actor: User, agreement: Agreement, content: bytes
) -> tuple[list[Party], list[LineError]]:
    """Add parties from CSV rows of ``organisation,category``. Every line is checked first;
    if any line is wrong nothing is added and each problem is reported with its line."""
    _require(actor, agreement)
    if len(content) > CSV_MAX_BYTES:
        return [], [LineError(0, f"The file is larger than {CSV_MAX_BYTES // 1000} kB.")]
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [
            LineError(0, "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.")
        ]
    rows = list(csv.reader(io.StringIO(text.replace("\x00", ""))))
    if len(rows) > CSV_MAX_ROWS + 1:
        return [], [LineError(0, f"The file has more than {CSV_MAX_ROWS} rows.")]
    existing = set(agreement.parties.values_list("organisation_id", flat=True))
    wanted: list[tuple[Organisation, str]] = []
    errors: list[LineError] = []
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and [c.lower() for c in cells[:2]] == ["organisation", "category"]:
            continue  # the header row
        if len(cells) < 2 or not cells[1]:
            errors.append(
                LineError(number, "Give two columns: the organisation, then its category.")
            )
            continue
        organisation = find_organisation(cells[0])
        if organisation is None:
            errors.append(
                LineError(
                    number,
                    f"No single organisation in Accord is called “{cells[0][:200]}”. Add it to the register first, or use its Org-ID.",
                )
            )
            continue
        if organisation.pk in existing:
            errors.append(
                LineError(
                    number, f"{organisation} is already a party (or appears twice in the file)."
                )
            )
            continue
        try:
            category = _category(cells[1])
        except ValidationError as error:
            errors.append(LineError(number, " ".join(error.messages)))
            continue
        existing.add(organisation.pk)
        wanted.append((organisation, category))
    if errors:
        return [], errors
    order = _next_order(agreement)
    added = [
        Party.objects.create(
            agreement=agreement, organisation=organisation, category=category, order=order + i
        )
        for i, (organisation, category) in enumerate(wanted)
    ]
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_PARTY_IMPORT,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        after={"added": [f"{p.organisation} ({p.category})" for p in added]},
    )
    return added, []
