"""What the sign-up pages show, each in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from accord.agreements.models import Agreement, Party, PartyStatus
from accord.agreements.presenters import PartyState, signup_sentence, state_of
from accord.agreements.selectors import parties_by_category, party_queryset
from accord.core.presenters import Progress
from accord.signing.models import AuthorisedSignatory, Decision, Signature, SigningInvitation


@dataclass
class PartyRow:
    party: Party
    signature: Signature | None
    state: PartyState
    invitations: list[SigningInvitation]

    @property
    def overdue(self) -> bool:
        return self.state.key == "overdue"

    @property
    def status_label(self) -> str:
        return self.state.label


def signing_version_of(agreement: Agreement):
    """The version sign-up is (or was last) about: the one opened for sign-up, else the
    latest published."""
    if agreement.signing_version_id is not None:
        return agreement.signing_version
    return agreement.versions.filter(published_at__isnull=False).order_by("-number").first()


def invitation_summary(agreement: Agreement) -> tuple[int, list[str]]:
    """How many unused links are out on the open version, and which parties have no
    authorised signatory to send one to."""
    version = agreement.signing_version
    if version is None:
        return 0, []
    invited = SigningInvitation.objects.filter(
        party__agreement=agreement, version=version, used_at__isnull=True, revoked_at__isnull=True
    ).count()
    without = (
        agreement.parties.filter(status=PartyStatus.PENDING)
        .exclude(organisation__signatories__active=True)
        .select_related("organisation")
    )
    return invited, [str(p.organisation) for p in without]


def active_signatories(organisation_ids) -> dict[int, list[AuthorisedSignatory]]:
    """Who may sign for each of these organisations now, by organisation."""
    found: dict[int, list[AuthorisedSignatory]] = {}
    for signatory in AuthorisedSignatory.objects.filter(
        organisation__in=organisation_ids, active=True
    ).select_related("user"):
        found.setdefault(signatory.organisation_id, []).append(signatory)
    return found


def progress(agreement: Agreement, *, with_invitations: bool = False) -> dict:
    version = signing_version_of(agreement)
    parties = list(party_queryset().filter(agreement=agreement).order_by("order"))
    answers = {}
    if version is not None:
        answers = {s.party_id: s for s in Signature.objects.filter(version=version)}
    invitations: dict[int, list[SigningInvitation]] = {}
    if with_invitations and version is not None:
        for invitation in (
            SigningInvitation.objects.filter(party__agreement=agreement, version=version)
            .select_related("signatory__user")
            .order_by("-created_at")
        ):
            invitations.setdefault(invitation.party_id, []).append(invitation)
    today = timezone.localdate()
    past_deadline = bool(agreement.signup_deadline and today > agreement.signup_deadline)
    rows = {
        p.pk: PartyRow(
            p, answers.get(p.pk), state_of(p, agreement, today), invitations.get(p.pk, [])
        )
        for p in parties
    }
    counts = {"signed": 0, "pending": 0, "declined": 0, "overdue": 0}
    for row in rows.values():
        counts[row.party.status] += 1
        counts["overdue"] += row.overdue
    groups = [
        (category, [rows[p.pk] for p in members])
        for category, members in parties_by_category(parties)
    ]
    return {
        "version": version,
        "groups": groups,
        "counts": counts,
        "sentence": signup_sentence(
            [row.state for row in rows.values()], agreement.signup_deadline
        ),
        "progress": Progress(counts["signed"], len(parties)),
        "past_deadline": past_deadline,
    }


def sign_page(invitation: SigningInvitation) -> dict:
    agreement = invitation.party.agreement
    parties = party_queryset().filter(agreement=agreement).order_by("order")
    return {
        "agreement": agreement,
        "version": invitation.version,
        "sections": invitation.version.sections.order_by("order"),
        "groups": parties_by_category(parties),
    }


def signed_parties(agreement: Agreement) -> list[Signature]:
    """Who signed the agreement's current version, and when: for its public page."""
    version = signing_version_of(agreement)
    if version is None:
        return []
    return list(
        Signature.objects.filter(version=version, decision=Decision.SIGNED)
        .select_related("party")
        .order_by("signed_at")
    )
