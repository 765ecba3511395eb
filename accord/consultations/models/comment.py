"""What consultees said about each section, and what the owning body did about it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone

from accord.core.errors import Conflict

COMMENT_MAX_LENGTH = 5000


class ImmutableCommentError(Conflict):
    """A comment or a response was about to be changed or removed after it was made."""


class ImmutableRecord(models.Model):
    """Made once, never changed: consultees and the public rely on the words as written."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and type(self).objects.filter(pk=self.pk).exists():
            raise ImmutableCommentError(f"{self._meta.verbose_name} {self.pk} cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableCommentError(f"{self._meta.verbose_name} {self.pk} cannot be removed.")


class Comment(ImmutableRecord):
    """A comment on one section, by a signed-in user or through an e-mailed invitation."""

    consultation = models.ForeignKey(
        "consultations.Consultation", on_delete=models.PROTECT, related_name="comments"
    )
    section = models.ForeignKey(
        "agreements.Section", on_delete=models.PROTECT, related_name="consultation_comments"
    )
    text = models.TextField(max_length=COMMENT_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="consultation_comments",
    )
    invitation = models.ForeignKey(
        "consultations.Invitation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="comments",
    )
    # Who spoke and for whom, as they were named that day: people move and bodies rename,
    # and a "you said, we did" table must still say who said it.
    author_name = models.CharField(max_length=200)
    author_for = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(author__isnull=False, invitation__isnull=True)
                | Q(author__isnull=True, invitation__isnull=False),
                name="comment_by_user_or_invitation",
            ),
            models.CheckConstraint(condition=~Q(text=""), name="comment_text_not_empty"),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("text"), COMMENT_MAX_LENGTH),
                name="comment_text_bounded",
            ),
        ]

    def __str__(self) -> str:
        return f"Comment by {self.author_name} on section {self.section_id}"


class Outcome(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    ACCEPTED_WITH_CHANGES = "accepted_with_changes", "Accepted with changes"
    NOT_ACCEPTED = "not_accepted", "Not accepted"


class Response(ImmutableRecord):
    """The owning body's answer to one comment: what it did, and why."""

    comment = models.OneToOneField(Comment, on_delete=models.PROTECT, related_name="response")
    outcome = models.CharField(max_length=25, choices=Outcome.choices)
    reason = models.TextField(max_length=COMMENT_MAX_LENGTH)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="consultation_responses"
    )
    responded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=Outcome.values), name="response_outcome_valid"
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="response_reason_not_empty"),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("reason"), COMMENT_MAX_LENGTH),
                name="response_reason_bounded",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: comment {self.comment_id}"
