"""Changes after signing: a signatory who no longer signs for the organisation, and a
joiner that needs every party's consent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from accord.signing.models.signatures import AuthorisedSignatory, Signature


class SignatoryChange(models.TextChoices):
    WITHDRAWN = "withdrawn", "no longer signs for the organisation"
    POST_CHANGED = "post_changed", "now holds another post"


class NoticeResolution(models.TextChoices):
    OPEN = "", "Open"
    NOTED = "noted", "Noted by the officer"
    RECONFIRMED = "reconfirmed", "Re-confirmed by the new post-holder"
    LAPSED = "lapsed", "No longer needed"


class SignatoryNotice(models.Model):
    """A signatory who signed an agreement in force (or open for sign-up) has gone or
    changed post. The signature stays valid, given with authority at the time; the
    officer is told who now holds the authority, and, when the agreement's text names
    the post, asks the new post-holder to re-confirm."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.CASCADE, related_name="signatory_notices"
    )
    party = models.ForeignKey(
        "agreements.Party", on_delete=models.CASCADE, related_name="signatory_notices"
    )
    signature = models.ForeignKey(Signature, on_delete=models.PROTECT, related_name="notices")
    signatory = models.ForeignKey(
        AuthorisedSignatory, on_delete=models.PROTECT, related_name="notices"
    )
    change = models.CharField(max_length=15, choices=SignatoryChange.choices)
    text_names_post = models.BooleanField(
        default=False, help_text="The agreement's text names the post the signature was given in."
    )
    created_at = models.DateTimeField()
    resolution = models.CharField(
        max_length=15, choices=NoticeResolution.choices, default=NoticeResolution.OPEN, blank=True
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(resolution__in=NoticeResolution.values),
                name="signatory_notice_resolution_valid",
            ),
            models.UniqueConstraint(
                fields=["signature", "signatory"],
                condition=Q(resolution=""),
                name="one_open_notice_per_signature",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.signatory} {self.get_change_display()} ({self.agreement})"

    @property
    def is_open(self) -> bool:
        return self.resolution == NoticeResolution.OPEN


class ConsentStatus(models.TextChoices):
    PENDING = "pending", "Waiting for every party's answer"
    CONSENTED = "consented", "Every party consented"
    OBJECTED = "objected", "A party objected"
    WITHDRAWN = "withdrawn", "Withdrawn by the officer"
    LAPSED = "lapsed", "Not every party answered by the deadline"


class JoinConsent(models.Model):
    """An organisation asks to join an agreement whose text says a new party joins only
    with every party's consent: each party on that day is asked. The joiner is invited to
    sign only when every one has consented; one objection refuses the join."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.CASCADE, related_name="join_consents"
    )
    joiner = models.ForeignKey(
        "agreements.Party", on_delete=models.CASCADE, related_name="consent_requests"
    )
    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=ConsentStatus.choices, default=ConsentStatus.PENDING
    )
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    asked_at = models.DateTimeField()
    deadline = models.DateTimeField(help_text="Answers are taken until then.")
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ConsentStatus.values), name="join_consent_status_valid"
            ),
            models.UniqueConstraint(
                fields=["joiner"],
                condition=Q(status="pending"),
                name="one_pending_consent_per_joiner",
            ),
        ]

    def __str__(self) -> str:
        return f"Consent for {self.joiner} to join ({self.get_status_display().lower()})"

    @property
    def is_pending(self) -> bool:
        return self.status == ConsentStatus.PENDING


class ConsentAnswer(models.Model):
    """One existing party's place in a consent request, and its answer once given."""

    class Answer(models.TextChoices):
        WAITING = "", "Not yet answered"
        CONSENTED = "consented", "Consented"
        OBJECTED = "objected", "Objected"

    request = models.ForeignKey(JoinConsent, on_delete=models.CASCADE, related_name="answers")
    party = models.ForeignKey(
        "agreements.Party", on_delete=models.PROTECT, related_name="consent_answers"
    )
    party_name = models.CharField(max_length=300)
    answer = models.CharField(max_length=10, choices=Answer.choices, default="", blank=True)
    reason = models.TextField(blank=True)
    signatory = models.ForeignKey(
        AuthorisedSignatory, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    full_name = models.CharField(max_length=200, blank=True)
    post = models.CharField(max_length=200, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["party__order"]
        constraints = [
            models.UniqueConstraint(fields=["request", "party"], name="one_answer_per_consent"),
            models.CheckConstraint(
                condition=Q(answer__in=["", "consented", "objected"]),
                name="consent_answer_valid",
            ),
            models.CheckConstraint(
                condition=~Q(answer="objected") | ~Q(reason=""),
                name="an_objection_gives_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party_name}: {self.get_answer_display().lower()}"
