"""State changes of consultations. Each checks permission, acts, then writes the audit entry."""

from accord.consultations.services.comments import comment_add, comment_respond
from accord.consultations.services.consultations import (
    consultation_close,
    consultation_open,
    invitation_resend,
    invitation_revoke,
)
from accord.consultations.services.invitees import Invitee

__all__ = [
    "Invitee",
    "comment_add",
    "comment_respond",
    "consultation_close",
    "consultation_open",
    "invitation_resend",
    "invitation_revoke",
]
