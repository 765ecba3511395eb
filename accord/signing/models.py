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


class Signature(models.Model):
    """A party's answer on one exact version: signed or declined. Never changed or deleted."""

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

    class Meta:
        ordering = ["signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["party", "version"], name="one_answer_per_party_and_version"
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
