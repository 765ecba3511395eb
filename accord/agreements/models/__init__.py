from accord.agreements.models.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Commitment,
    CommitmentKind,
    Milestone,
)
from accord.agreements.models.party import Party, PartyStatus
from accord.agreements.models.version import AgreementVersion, ImmutableVersionError, Section

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "AgreementVersion",
    "Commitment",
    "CommitmentKind",
    "ImmutableVersionError",
    "Milestone",
    "Party",
    "PartyStatus",
    "Section",
]
