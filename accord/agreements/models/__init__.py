from accord.agreements.models.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Commitment,
    CommitmentKind,
    Milestone,
)
from accord.agreements.models.change import (
    PartyChange,
    PartyChangeKind,
    PermanentRecord,
    StatusChange,
)
from accord.agreements.models.party import Party, PartyBasis, PartyStanding, PartyStatus
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
    "PartyBasis",
    "PartyChange",
    "PartyChangeKind",
    "PartyStanding",
    "PartyStatus",
    "PermanentRecord",
    "Section",
    "StatusChange",
]
