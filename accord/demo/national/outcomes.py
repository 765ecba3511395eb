"""What happened to each chunk of agreements: the route's decisions at real meetings, and
sign-up, with signatures made by authorised signatories on the exact version open.

Signatures and decisions are immutable rows; they are inserted fresh (bulk_create), never
saved over, so their guards against change are not in the way."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.utils import timezone

from accord.accounts.models import Role, User
from accord.approvals.models import AgendaItem, Decision
from accord.signing.models import AuthorisedSignatory, Signature, SigningInvitation

from .agreements import PUBLIC, Made
from .register import BATCH, TODAY, World, known


@dataclass
class Outcomes:
    decisions: list[Decision] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)


def _at(day: dt.date, hour: int = 17) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def _decide(world: World, made: Made, outcomes: Outcomes) -> None:
    """An agenda item at the meeting where each done step was taken, and the decision
    recorded there."""
    items, pending = [], []
    for agreement in made.agreements:
        for step in made.steps[agreement.pk]:
            if step.status != "done" or step.meeting_id is None:
                continue
            order = world.agenda_next[step.meeting_id]
            world.agenda_next[step.meeting_id] = order + 1
            item = AgendaItem(
                meeting_id=step.meeting_id,
                order=order,
                title=agreement.title[:300],
                approval_step=step,
            )
            items.append(item)
            system = world.system_of(world.body_area[known(step.body_id, "a step's body")])
            decision = Decision(
                approval_step=step,
                version=step.decided_version,
                outcome="noted" if step.action == "note" else "approved",
                minute="The board agreed the recommendation.",
                recorded_by_id=world.secretary[system],
                recorded_at=_at(known(step.decision_date, "a decided step's date")),
            )
            pending.append((item, decision))
    AgendaItem.objects.bulk_create(items, batch_size=BATCH)
    for item, decision in pending:
        decision.agenda_item = item
        outcomes.decisions.append(decision)
    Decision.objects.bulk_create(outcomes.decisions, batch_size=BATCH)
    world.counts["decisions"] = world.counts.get("decisions", 0) + len(outcomes.decisions)


def _signatories(world: World, organisations: set[int]) -> None:
    """One authorised signatory (and account) for each organisation that needs one."""
    missing = sorted(org for org in organisations if org not in world.signatories)
    if not missing:
        return
    users = [
        User(
            email=f"signatory-{org}@example.org",
            full_name=world.names.person(),
            password="!",
        )
        for org in missing
    ]
    User.objects.bulk_create(users, batch_size=BATCH)
    authorities = [
        AuthorisedSignatory(
            organisation_id=org,
            user_id=user.pk,
            post="Chief Executive",
            authority="Scheme of delegation 4.2",
        )
        for org, user in zip(missing, users, strict=True)
    ]
    AuthorisedSignatory.objects.bulk_create(authorities, batch_size=BATCH)
    Role.objects.bulk_create(
        [
            Role(user_id=a.user_id, name="signatory", organisation_id=a.organisation_id)
            for a in authorities
        ],
        batch_size=BATCH,
    )
    for org, authority, user in zip(missing, authorities, users, strict=True):
        world.signatories[org] = (authority.pk, user.full_name)


def _sign(world: World, made: Made, outcomes: Outcomes) -> None:
    rng = world.rng
    public = [a for a in made.agreements if a.status in PUBLIC]
    _signatories(world, {p.organisation_id for a in public for p in made.parties[a.pk]})
    invitations = []
    for agreement in public:
        version = known(agreement.signing_version, "a public agreement's signing version")
        decided = [s.decision_date for s in made.steps[agreement.pk] if s.decision_date]
        opened = max(decided, default=version.date or TODAY)
        for party in made.parties[agreement.pk]:
            answer = None if party.status == "pending" else party.status
            signatory, full_name = world.signatories[party.organisation_id]
            signed_at = _at(min(TODAY, opened + dt.timedelta(days=rng.randint(1, 60))), 11)
            if answer:
                outcomes.signatures.append(
                    Signature(
                        party=party,
                        version=version,
                        content_hash=version.content_hash,
                        decision=answer,
                        signatory_id=signatory,
                        organisation_name=world.org_name[party.organisation_id],
                        full_name=full_name,
                        post="Chief Executive",
                        reason="" if answer == "signed" else "Our board has not yet agreed it.",
                        signed_at=signed_at,
                        method="emailed_link",
                    )
                )
            if agreement.status == "sign_up":
                token = f"{agreement.pk}:{party.pk}:{world.seed}".encode()
                invitations.append(
                    SigningInvitation(
                        party=party,
                        version=version,
                        signatory_id=signatory,
                        token_hash=hashlib.sha256(token).hexdigest(),
                        expires_at=signed_at + dt.timedelta(days=30),
                        used_at=signed_at if answer else None,
                    )
                )
    Signature.objects.bulk_create(outcomes.signatures, batch_size=BATCH)
    SigningInvitation.objects.bulk_create(invitations, batch_size=BATCH)
    world.counts["signatures"] = world.counts.get("signatures", 0) + len(outcomes.signatures)
    world.counts["signing invitations"] = world.counts.get("signing invitations", 0) + len(
        invitations
    )


def settle_chunk(world: World, made: Made) -> Outcomes:
    outcomes = Outcomes()
    _decide(world, made, outcomes)
    _sign(world, made, outcomes)
    return outcomes
