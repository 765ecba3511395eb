from accord.consultations.models.comment import Comment, ImmutableCommentError, Outcome, Response
from accord.consultations.models.consultation import Consultation, Invitation

__all__ = [
    "Comment",
    "Consultation",
    "ImmutableCommentError",
    "Invitation",
    "Outcome",
    "Response",
]
