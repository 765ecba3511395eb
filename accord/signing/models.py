"""Who may sign for an organisation, the invitations they are sent, and their signatures."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class AuthorisedSignatory(models.Model):
    """A person an organisation has authorised to sign agreements for it."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="signatories"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="signatory_authorities"
    )
    post = models.CharField(max_length=200, help_text="e.g. Chief Executive")
    authority = models.CharField(
        max_length=300, help_text="What they sign under, e.g. scheme of delegation 4.2"
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organisation__name", "user__email"]
        verbose_name_plural = "authorised signatories"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=Q(active=True),
                name="one_active_authority_per_person_and_organisation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user.display_name}, {self.post}, {self.organisation}"


class AnswerKind(models.TextChoices):
    """What an answer on a version is: a party's signature at sign-up, or one of the
    answers an agreement gathers after it is agreed."""

    SIGNATURE = "signature", "Signature"
    NOVATION = "novation", "Confirmation by a successor (novation)"
    ACCESSION = "accession", "Signature on joining (accession)"
    RECONFIRMATION = "reconfirmation", "Re-confirmation by a new post-holder"
    # Not a signature: an existing party's answer when a joiner needs every party's
    # consent. Recorded as a ConsentAnswer (accord/signing/services/consents.py).
    CONSENT = "consent", "Consent to a new party joining"


class SigningInvitation(models.Model):
    """A single-use link for one signatory, one party and one exact version."""

    party = models.ForeignKey(
        "agreements.Party", on_delete=models.CASCADE, related_name="invitations"
    )
    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="signing_invitations"
    )
    signatory = models.ForeignKey(
        AuthorisedSignatory, on_delete=models.PROTECT, related_name="invitations"
    )
    kind = models.CharField(max_length=15, choices=AnswerKind.choices, default=AnswerKind.SIGNATURE)
    # For a re-confirmation: the notice about the signatory who left, which it answers.
    notice = models.ForeignKey(
        "signing.SignatoryNotice",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="invitations",
    )
    # For a consent: the request to let a new party join, which this party is asked about.
    consent = models.ForeignKey(
        "signing.JoinConsent",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="invitations",
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_sent_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation to {self.signatory} for {self.party}"


class Decision(models.TextChoices):
    SIGNED = "signed", "Signed"
    DECLINED = "declined", "Declined"


class Method(models.TextChoices):
    EMAILED_LINK = "emailed_link", "E-mailed single-use link"
    SIGNED_IN = "signed_in", "Signed in to Accord"
    RECORDED = "recorded", "Recorded from the signed paper record"


class Signature(models.Model):
    """A party's answer on one exact version: signed or declined. Never changed or deleted.

    Most are signatures at sign-up; ``kind`` marks the answers given after: a successor
    confirming it takes a predecessor's place (novation, on its own new party row), a
    joining organisation signing the version in force (accession), and a new post-holder
    re-confirming an agreement whose text names the post (one party may give several).
    """

    party = models.ForeignKey(
        "agreements.Party", on_delete=models.PROTECT, related_name="signatures"
    )
    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="signatures"
    )
    content_hash = models.CharField(max_length=80)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    signatory = models.ForeignKey(
        AuthorisedSignatory, on_delete=models.PROTECT, related_name="signatures"
    )
    organisation_name = models.CharField(
        max_length=300, help_text="The party's name when it signed."
    )
    full_name = models.CharField(max_length=200)
    post = models.CharField(max_length=200)
    reason = models.TextField(blank=True, help_text="Why the party declined.")
    signed_at = models.DateTimeField()
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=500, blank=True)
    method = models.CharField(max_length=15, choices=Method.choices)
    kind = models.CharField(max_length=15, choices=AnswerKind.choices, default=AnswerKind.SIGNATURE)
    in_place_of = models.ForeignKey(
        "agreements.Party",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="For a successor's confirmation: the party whose place it took.",
    )

    class Meta:
        ordering = ["signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["party", "version"],
                condition=~Q(kind="reconfirmation"),
                name="one_answer_per_party_and_version",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=AnswerKind.values), name="signature_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind="novation", in_place_of__isnull=False)
                | (~Q(kind="novation") & Q(in_place_of__isnull=True)),
                name="a_novation_names_the_party_it_replaces",
            ),
            models.CheckConstraint(
                condition=Q(decision__in=Decision.values), name="signature_decision_valid"
            ),
            models.CheckConstraint(
                condition=Q(decision=Decision.SIGNED) | ~Q(reason=""),
                name="a_decline_gives_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_name} {self.decision} version {self.version.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A signature is a permanent record and cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("A signature is a permanent record and cannot be deleted.")


class ReminderSent(models.Model):
    """One reminder, for one party, version and signatory, on one day of the schedule."""

    invitation_key = models.CharField(max_length=60)
    offset_days = models.SmallIntegerField(help_text="Days before the deadline; negative after it.")
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["invitation_key", "offset_days"], name="one_reminder_per_schedule_day"
            )
        ]

    def __str__(self) -> str:
        return f"reminder {self.invitation_key} at {self.offset_days} days"


class SignUpCloseOut(models.Model):
    """The officer ended sign-up before every party signed: who had not, on which version.

    With this record an agreement may come into force without those parties; without it,
    only when every party has signed."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.PROTECT, related_name="close_outs"
    )
    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="close_outs"
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField()
    note = models.TextField(blank=True)
    # The parties that had not signed, as they were named then: [{"party": id, "name": ...}].
    not_signed = models.JSONField(default=list)

    class Meta:
        ordering = ["closed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "version"], name="one_close_out_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"Sign-up closed on version {self.version.number} of {self.agreement}"

    @property
    def missing_party_ids(self) -> set[int]:
        return {entry["party"] for entry in self.not_signed}


class RefusedLinkAttempts(models.Model):
    """How many times one link (or any link Accord never issued) was refused in one minute.

    Refusals are counted, not audited one by one: an anonymous visitor must not be able
    to grow the audit trail by requesting made-up addresses."""

    # The invitation's id, or "unknown" for links Accord never issued.
    link = models.CharField(max_length=20)
    minute = models.DateTimeField()
    reason = models.CharField(max_length=40)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-minute"]
        verbose_name_plural = "refused link attempts"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "minute", "reason"], name="one_counter_per_link_minute_reason"
            )
        ]

    def __str__(self) -> str:
        return f"{self.count} refused ({self.reason}) for link {self.link} at {self.minute}"


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
