"""Who may sign for an organisation, the links they are sent, and their signatures."""

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
