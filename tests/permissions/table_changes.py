"""Rows for agreements over time: successions, joiners and leavers, signatory changes,
reviews and terms, and the officer's list of what needs attention.

The Children's MOU (body A, open for sign-up in the demo) is the agreement throughout;
Thurrock CCG, a party that signed it, no longer exists in the demo data.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Party, PartyBasis, PartyStanding
from accord.organisations.models import Organisation
from accord.signing.models import AuthorisedSignatory, JoinConsent, SignatoryNotice, Signature
from tests.permissions.rows import Row, everyone, only

OFFICER_A = {"officer_a", "administrator"}


def _consent_asked() -> JoinConsent:
    """Healthwatch Thurrock asks to join the Children's MOU, and every party is asked."""
    agreement = _party("thurrock-ccg").agreement
    joiner, _ = Party.objects.get_or_create(
        agreement=agreement,
        organisation=Organisation.objects.exclude(parties__agreement=agreement)
        .order_by("pk")
        .first(),
        defaults={
            "order": 98,
            "standing": PartyStanding.INVITED,
            "basis": PartyBasis.ACCESSION,
            "category": "Other Partners",
        },
    )
    consent, _ = JoinConsent.objects.get_or_create(
        agreement=agreement,
        joiner=joiner,
        defaults={
            "version": agreement.signing_version,
            "asked_at": timezone.now(),
            "deadline": timezone.now() + dt.timedelta(days=7),
        },
    )
    return consent


def _party(slug: str) -> Party:
    return Party.objects.get(agreement__slug="childrens-mou", organisation__slug=slug)


def _icb_asked() -> Party:
    """The ICB asked to confirm in the CCG's place, as the demo's story does."""
    ccg = _party("thurrock-ccg")
    party, _ = Party.objects.get_or_create(
        agreement=ccg.agreement,
        organisation=Organisation.objects.get(slug="mse-icb"),
        defaults={
            "order": 99,
            "standing": PartyStanding.INVITED,
            "basis": PartyBasis.NOVATION,
            "succeeds": ccg,
            "category": ccg.category,
        },
    )
    return party


def _notice() -> str:
    """A notice that the CCG's demo signatory has gone (the CCG signed in the demo)."""
    signature = Signature.objects.get(party=_party("thurrock-ccg"))
    notice, _ = SignatoryNotice.objects.get_or_create(
        signature=signature,
        signatory=signature.signatory,
        resolution="",
        defaults={
            "agreement": signature.party.agreement,
            "party": signature.party,
            "change": "withdrawn",
            "created_at": timezone.now(),
        },
    )
    return f"/sign-up/notices/{notice.pk}/"


def _signatory_change() -> str:
    # A signatory none of the personas is, so the row changes nobody's access.
    user, _ = User.objects.get_or_create(email="council-signatory@example.org")
    signatory, _ = AuthorisedSignatory.objects.get_or_create(
        organisation=_party("thurrock-council").organisation,
        user=user,
        defaults={"post": "Chief Executive", "authority": "Delegation"},
    )
    return f"/sign-up/organisations/thurrock-council/{signatory.pk}/change/"


def _post_only() -> dict[str, int]:
    return {**everyone(405), "anonymous": 302}


ROWS = [
    # The register's keepers record successions.
    Row(
        "organisations:succession",
        "/organisations/thurrock-ccg/succession/",
        only({"administrator"}),
    ),
    Row("agreements:terms", "/agreements/childrens-mou/term/", only(OFFICER_A)),
    Row("agreements:terms", "/agreements/alliance-mou/term/", only({"officer_b", "administrator"})),
    Row("agreements:variation", "/agreements/childrens-mou/variation/", only(OFFICER_A)),
    # Notice is given by the agreement's officer or a signatory of the party itself.
    Row(
        "agreements:notice",
        lambda: f"/agreements/childrens-mou/parties/{_party('thurrock-council').pk}/notice/",
        only({"officer_a", "signatory_a", "administrator"}),
    ),
    Row(
        "agreements:notice",
        lambda: f"/agreements/childrens-mou/parties/{_party('nelft').pk}/notice/",
        only(OFFICER_A),
    ),
    Row(
        "agreements:notice_withdraw",
        lambda: (
            f"/agreements/childrens-mou/parties/{_party('thurrock-council').pk}/notice/withdraw/"
        ),
        only({"officer_a", "signatory_a", "administrator"}),
    ),
    Row(
        "agreements:remove_by_variation",
        lambda: (
            f"/agreements/childrens-mou/parties/{_party('thurrock-ccg').pk}/remove-by-variation/"
        ),
        only(OFFICER_A),
    ),
    # Reviews: the agreement's officer, or the owning body's secretary (the secretary
    # persona is the Health and Wellbeing Board's, not Brighter Futures').
    Row("approvals:review", "/meetings/agreements/childrens-mou/review/", only(OFFICER_A)),
    Row(
        "signing:successor",
        lambda: f"/sign-up/agreements/childrens-mou/parties/{_party('thurrock-ccg').pk}/successor/",
        only(OFFICER_A),
    ),
    # A party whose organisation has no successor: nothing to ask.
    Row(
        "signing:successor",
        lambda: f"/sign-up/agreements/childrens-mou/parties/{_party('dwp').pk}/successor/",
        {**only(OFFICER_A, allowed_status=404)},
    ),
    Row("signing:join", "/sign-up/agreements/childrens-mou/join/", only(OFFICER_A)),
    Row(
        "signing:admission",
        "/sign-up/agreements/childrens-mou/admissions/1/resend/",
        _post_only(),
    ),
    # The demo asks the ICB to confirm in the CCG's place: the page that asks before
    # withdrawing that request; sending the link again is a button only.
    Row(
        "signing:admission",
        lambda: f"/sign-up/agreements/childrens-mou/admissions/{_icb_asked().pk}/withdraw/",
        only(OFFICER_A),
    ),
    Row(
        "signing:admission",
        lambda: f"/sign-up/agreements/childrens-mou/admissions/{_icb_asked().pk}/resend/",
        _post_only(),
    ),
    # A join that asks every party's consent: the page that asks before withdrawing it.
    Row(
        "signing:consent_withdraw",
        lambda: f"/sign-up/agreements/childrens-mou/consents/{_consent_asked().pk}/withdraw/",
        only(OFFICER_A),
    ),
    # A request that has ended has nothing to withdraw.
    Row(
        "signing:consent_withdraw",
        "/sign-up/agreements/childrens-mou/consents/999999/withdraw/",
        only(OFFICER_A, allowed_status=404),
    ),
    Row("signing:notice", _notice, only(OFFICER_A)),
    Row("signing:signatory_change", _signatory_change, only(OFFICER_A)),
    # Every officer has a list (an empty one if nothing needs them); others have none.
    Row("attention", "/attention/", only({"officer_a", "officer_b", "administrator"})),
]
