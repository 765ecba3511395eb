"""The officer's list of what needs attention across the agreements they manage, each
with the action to take. It composes what each app knows: parties that no longer exist
(agreements), signatories gone and parties asked to join (signing), reviews due and
terms ending (the agreement's term, recorded at meetings in approvals)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import RoleName
from accord.accounts.scope import scope_of
from accord.agreements.models import Agreement, Party, PartyBasis, PartyStanding
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import BINDING
from accord.agreements.successions import succeeded_parties
from accord.core.dates import format_partial_date
from accord.signing.models import ConsentStatus, JoinConsent, SignatoryNotice
from accord.signing.services.signatory_changes import current_holders


@dataclass
class Action:
    label: str
    url: str
    post: bool = False  # a button that acts at once, not a link to a page that asks


@dataclass
class Item:
    agreement: Agreement
    what: str
    detail: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str
    items: list[Item]
    empty: str


def managed_agreements(user) -> QuerySet[Agreement]:
    scope = scope_of(user)
    agreements = Agreement.objects.select_related("owning_body")
    if scope.administrator:
        return agreements
    return agreements.filter(owning_body_id__in=scope.body_ids(RoleName.OFFICER))


def _day(value: dt.date | None) -> str:
    return format_partial_date(value)


def _successions(agreements) -> list[Item]:
    items = []
    for found in succeeded_parties(agreements):
        party, agreement = found.party, found.party.agreement
        detail = [
            f"It was succeeded by {found.successor_names} on {_day(found.since)}; it stays a "
            "party, with any signature it gave, until its successor confirms or it is removed."
        ]
        actions = []
        asked_ids = {p.organisation_id for p in found.asked}
        for asked in found.asked:
            detail.append(f"{asked.organisation} has been asked to confirm in its place.")
            actions += [
                Action(
                    f"Send {asked.organisation} the link again",
                    reverse("signing:admission", args=[agreement.slug, asked.pk, "resend"]),
                    post=True,
                ),
                Action(
                    f"Withdraw the request to {asked.organisation}",
                    reverse("signing:admission", args=[agreement.slug, asked.pk, "withdraw"]),
                ),
            ]
        for refused in found.refused:
            detail.append(f"{refused.organisation} declined to take its place.")
        for succession in found.successions:
            if succession.successor_id not in asked_ids:
                actions.append(
                    Action(
                        f"Ask {succession.successor} to confirm the agreement",
                        reverse("signing:successor", args=[agreement.slug, party.pk]),
                    )
                )
                break  # the page asks which successor, when there are several
        actions.append(
            Action(
                f"Remove {party.organisation} by a recorded variation",
                reverse("agreements:remove_by_variation", args=[agreement.slug, party.pk]),
            )
        )
        items.append(
            Item(
                agreement,
                f"{party.name_as_party} no longer exists: successor {found.successor_names}",
                detail,
                actions,
            )
        )
    return items


def _signatories(agreements) -> list[Item]:
    items = []
    notices = (
        SignatoryNotice.objects.filter(agreement__in=agreements, resolution="")
        .select_related("agreement", "signature", "party__organisation")
        .order_by("created_at")
    )
    for notice in notices:
        holders = current_holders(notice.party.organisation_id)
        detail = [
            "Now authorised to sign for it: "
            + (
                "; ".join(f"{h.user.display_name} ({h.post})" for h in holders)
                or "nobody is recorded"
            )
            + "."
        ]
        if notice.text_names_post:
            detail.append(
                f"The agreement's text names the post of {notice.signature.post}: it needs re-confirming."
            )
        declined = notice.invitations.filter(used_at__isnull=False).exists()
        if declined:
            detail.append("The re-confirmation asked for was not given.")
        items.append(
            Item(
                notice.agreement,
                f"{notice.signature.full_name}, who signed for {notice.signature.organisation_name}, "
                f"{notice.get_change_display()}",
                detail,
                [
                    Action(
                        "Ask for re-confirmation or mark as noted",
                        reverse("signing:notice", args=[notice.pk]),
                    )
                ],
            )
        )
    return items


def _term(agreements, window: dt.date) -> tuple[list[Item], list[Item]]:
    today = timezone.localdate()
    reviews, endings = [], []
    binding = agreements.filter(status__in=BINDING)
    for agreement in binding.filter(review_date__lte=window).order_by("review_date"):
        late = agreement.review_date < today
        reviews.append(
            Item(
                agreement,
                f"Review {'was due' if late else 'due'} on {_day(agreement.review_date)}",
                [
                    f"Put it on a meeting of {agreement.owning_body}; record what the meeting decided."
                ],
                [Action("Record the review", reverse("approvals:review", args=[agreement.slug]))],
            )
        )
    for agreement in agreements.filter(status=S.UNDER_REVIEW):
        varied = agreement.succeeded_by
        if varied is None or varied.status == S.WITHDRAWN:
            reviews.append(
                Item(
                    agreement,
                    "A review agreed a variation: start the varied agreement",
                    ["It stays in force until the varied agreement comes into force."],
                    [
                        Action(
                            "Start the varied agreement",
                            reverse("agreements:variation", args=[agreement.slug]),
                        )
                    ],
                )
            )
    for agreement in binding.filter(end_date__lte=window).order_by("end_date"):
        endings.append(
            Item(
                agreement,
                f"Ends on {_day(agreement.end_date)}",
                ["It expires the day after, unless a review of the owning body renews it."],
                [
                    Action(
                        "Record a renewal at a review",
                        reverse("approvals:review", args=[agreement.slug]),
                    ),
                    Action(
                        "Change its end date", reverse("agreements:terms", args=[agreement.slug])
                    ),
                ],
            )
        )
    return reviews, endings


def _joining_and_leaving(agreements) -> tuple[list[Item], list[Item]]:
    today = timezone.localdate()
    joining, leaving = [], []
    invited = (
        Party.objects.filter(
            agreement__in=agreements, standing=PartyStanding.INVITED, basis=PartyBasis.ACCESSION
        )
        .exclude(consent_requests__status=ConsentStatus.PENDING)
        .select_related("agreement", "organisation")
        .order_by("agreement__title", "order")
    )
    for party in invited:
        joining.append(
            Item(
                party.agreement,
                f"{party.organisation} has been invited to join",
                [f"It joins when it has signed, from {_day(party.joined_on)} at the earliest."],
                [
                    Action(
                        "Send the link again",
                        reverse(
                            "signing:admission", args=[party.agreement.slug, party.pk, "resend"]
                        ),
                        post=True,
                    ),
                    Action(
                        "Withdraw the invitation",
                        reverse(
                            "signing:admission", args=[party.agreement.slug, party.pk, "withdraw"]
                        ),
                    ),
                ],
            )
        )
    going = (
        Party.objects.current()
        .filter(agreement__in=agreements, left_on__gt=today)
        .select_related("agreement", "organisation")
        .order_by("left_on")
    )
    for party in going:
        leaving.append(
            Item(
                party.agreement,
                f"{party.name_as_party} leaves on {_day(party.left_on)}",
                ["It gave notice; the other parties have been told."],
                [
                    Action(
                        "Withdraw the notice, if it stays",
                        reverse(
                            "agreements:notice_withdraw", args=[party.agreement.slug, party.pk]
                        ),
                    )
                ],
            )
        )
    return joining, leaving


def _consents(agreements) -> list[Item]:
    """Joins waiting for every party's consent: who has answered and who has not."""
    items = []
    requests = (
        JoinConsent.objects.filter(agreement__in=agreements, status=ConsentStatus.PENDING)
        .select_related("agreement", "joiner__organisation")
        .prefetch_related("answers")
        .order_by("deadline")
    )
    for request in requests:
        answered = [a.party_name for a in request.answers.all() if a.answer]
        waiting = [a.party_name for a in request.answers.all() if not a.answer]
        items.append(
            Item(
                request.agreement,
                f"{request.joiner.organisation} asks to join: every party's consent is needed",
                [
                    "Consented: " + (", ".join(answered) or "nobody yet") + ".",
                    "Not yet answered: " + (", ".join(waiting) or "nobody") + ".",
                    f"If not every party has consented by {_day(request.deadline.date())}, "
                    "it does not join.",
                ],
                [
                    Action(
                        "Withdraw the request",
                        reverse(
                            "signing:consent_withdraw", args=[request.agreement.slug, request.pk]
                        ),
                    )
                ],
            )
        )
    return items


def attention_for(user) -> list[Section]:
    agreements = managed_agreements(user)
    days = max(settings.ACCORD_TERM_REMINDER_DAYS or [0])
    window = timezone.localdate() + dt.timedelta(days=max(days, 0))
    reviews, endings = _term(agreements, window)
    joining, leaving = _joining_and_leaving(agreements)
    return [
        Section(
            "successions",
            "Parties that no longer exist",
            _successions(agreements),
            "No party of your agreements has been succeeded.",
        ),
        Section(
            "signatories",
            "Signatories gone or in new posts",
            _signatories(agreements),
            "No signatory of your agreements has gone.",
        ),
        Section("reviews", "Reviews due", reviews, f"No review is due in the next {days} days."),
        Section(
            "endings",
            "Agreements ending",
            endings,
            f"None of your agreements ends in the next {days} days.",
        ),
        Section(
            "joining", "Organisations asked to join", joining, "No organisation is waiting to join."
        ),
        Section(
            "consents",
            "Joiners waiting for every party's consent",
            _consents(agreements),
            "No organisation is waiting for the parties' consent to join.",
        ),
        Section("leaving", "Parties leaving", leaving, "No party has given notice."),
    ]
