"""What an agreement document says, gathered once for the PDF and the Word export.

Both renderings show the same facts in the same order; only the markup differs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Prefetch
from django.utils import timezone

from accord.agreements.models import AgreementVersion, Party
from accord.agreements.selectors import parties_by_category
from accord.core.presenters import Block, section_blocks
from accord.organisations.models import OrganisationName
from accord.signing.models import Decision

LONDON = ZoneInfo("Europe/London")


@dataclass
class SectionContent:
    number: str
    heading: str
    blocks: list[Block]


@dataclass
class SignatureEntry:
    """One party's answer as the signature page and the certificate show it.

    The signatory's IP address and browser are not here: these documents are public, and
    those details are evidence for officers only (see the version's evidence page)."""

    organisation: str
    full_name: str
    post: str
    decision: str
    decision_label: str
    reason: str
    at_utc: str
    at_london: str
    method: str
    content_hash: str
    matches_version: bool


@dataclass
class AgreementContent:
    version: AgreementVersion
    title: str
    kind: str
    owning_body: str
    legally_binding: bool
    declaration: str
    sections: list[SectionContent]
    party_groups: list[tuple[str, list[str]]]
    signed: list[SignatureEntry]
    declined: list[SignatureEntry]
    generated_at: str

    @property
    def answers(self) -> list[SignatureEntry]:
        return self.signed + self.declined


def london_time(moment: dt.datetime) -> str:
    local = timezone.localtime(moment, LONDON)
    return f"{local.day} {local:%B %Y, %H:%M:%S} {local.tzname()}"


def utc_time(moment: dt.datetime) -> str:
    utc = moment.astimezone(dt.UTC)
    return f"{utc.day} {utc:%B %Y, %H:%M:%S} UTC"


def signature_entry(signature, version: AgreementVersion) -> SignatureEntry:
    return SignatureEntry(
        organisation=signature.organisation_name,
        full_name=signature.full_name,
        post=signature.post,
        decision=signature.decision,
        decision_label=signature.get_decision_display(),
        reason=signature.reason,
        at_utc=utc_time(signature.signed_at),
        at_london=london_time(signature.signed_at),
        method=signature.get_method_display(),
        content_hash=signature.content_hash,
        matches_version=signature.content_hash == version.content_hash,
    )


def agreement_content(version: AgreementVersion, signatures=()) -> AgreementContent:
    """Everything a document of ``version`` shows; ``signatures`` are the answers so far."""
    agreement = version.agreement
    parties = (
        Party.objects.filter(agreement=agreement)
        .select_related("organisation")
        .prefetch_related(
            Prefetch("organisation__other_names", queryset=OrganisationName.objects.all())
        )
    )
    groups = [
        (category, [party.name_as_party for party in members])
        for category, members in parties_by_category(parties)
    ]
    entries = [
        signature_entry(signature, version)
        for signature in sorted(signatures, key=lambda s: s.signed_at)
    ]
    return AgreementContent(
        version=version,
        title=agreement.title,
        kind=agreement.get_kind_display(),
        owning_body=agreement.owning_body.name if agreement.owning_body else "Not recorded",
        legally_binding=agreement.legally_binding,
        declaration=agreement.declaration,
        sections=[
            SectionContent(section.number, section.heading, section_blocks(section.text))
            for section in version.sections.order_by("order")
        ],
        party_groups=groups,
        signed=[entry for entry in entries if entry.decision == Decision.SIGNED],
        declined=[entry for entry in entries if entry.decision != Decision.SIGNED],
        generated_at=london_time(timezone.now()),
    )
