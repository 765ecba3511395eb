"""Who may sign for an organisation, the invitations they are sent, their signatures,
and what sign-up and later changes keep beside them."""

from accord.signing.models.changes import (
    ConsentAnswer,
    ConsentStatus,
    JoinConsent,
    NoticeResolution,
    SignatoryChange,
    SignatoryNotice,
)
from accord.signing.models.records import RefusedLinkAttempts, ReminderSent, SignUpCloseOut
from accord.signing.models.signatures import (
    AnswerKind,
    AuthorisedSignatory,
    Decision,
    Method,
    Signature,
    SigningInvitation,
)

__all__ = [
    "AnswerKind",
    "AuthorisedSignatory",
    "ConsentAnswer",
    "ConsentStatus",
    "Decision",
    "JoinConsent",
    "Method",
    "NoticeResolution",
    "RefusedLinkAttempts",
    "ReminderSent",
    "SignUpCloseOut",
    "SignatoryChange",
    "SignatoryNotice",
    "Signature",
    "SigningInvitation",
]
