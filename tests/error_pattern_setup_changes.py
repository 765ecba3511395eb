"""State for the error-pattern cases of agreements that change after they are agreed:
the Children's MOU's parties, and a signatory of Thurrock CCG who has gone."""

from __future__ import annotations

from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Party
from accord.signing.models import AuthorisedSignatory, SignatoryNotice, Signature


def _party(slug: str) -> Party:
    return Party.objects.get(agreement__slug="childrens-mou", organisation__slug=slug)


def notice_page() -> str:
    return f"/agreements/childrens-mou/parties/{_party('thurrock-council').pk}/notice/"


def withdraw_notice_page() -> str:
    return f"/agreements/childrens-mou/parties/{_party('thurrock-council').pk}/notice/withdraw/"


def removal_page() -> str:
    return f"/agreements/childrens-mou/parties/{_party('thurrock-ccg').pk}/remove-by-variation/"


def successor_page() -> str:
    return f"/sign-up/agreements/childrens-mou/parties/{_party('thurrock-ccg').pk}/successor/"


def reconfirm_page() -> str:
    """The CCG's signatory has gone, the MOU's text names the post, and someone else now
    holds the authority: the officer chooses whom to ask."""
    signature = Signature.objects.get(party=_party("thurrock-ccg"))
    user = User.objects.create_user(
        email="new.officer.ccg@example.org", password="x", full_name="New Accountable Officer"
    )
    AuthorisedSignatory.objects.create(
        organisation=signature.party.organisation,
        user=user,
        post="Accountable Officer",
        authority="Scheme of delegation",
    )
    notice = SignatoryNotice.objects.create(
        agreement=signature.party.agreement,
        party=signature.party,
        signature=signature,
        signatory=signature.signatory,
        change="withdrawn",
        text_names_post=True,
        created_at=timezone.now(),
    )
    return f"/sign-up/notices/{notice.pk}/"


def signatory_change_page() -> str:
    signatory = AuthorisedSignatory.objects.get(user__email="signatory@example.org")
    return f"/sign-up/organisations/thurrock-council/{signatory.pk}/change/"


def consent_link() -> str:
    """Healthwatch Thurrock asks to join the Children's MOU, which asks every party's
    consent: Thurrock Council's signatory opens the link to answer."""
    import datetime as dt

    from accord.agreements.models import PartyBasis, PartyStanding
    from accord.core.secret_links import new_secret
    from accord.organisations.models import Organisation
    from accord.signing.models import JoinConsent, SigningInvitation

    council = _party("thurrock-council")
    agreement = council.agreement
    joiner = Party.objects.create(
        agreement=agreement,
        organisation=Organisation.objects.exclude(parties__agreement=agreement).first(),
        category="Other Partners",
        order=99,
        standing=PartyStanding.INVITED,
        basis=PartyBasis.ACCESSION,
    )
    deadline = timezone.now() + dt.timedelta(days=7)
    consent = JoinConsent.objects.create(
        agreement=agreement,
        joiner=joiner,
        version=agreement.signing_version,
        asked_at=timezone.now(),
        deadline=deadline,
    )
    consent.answers.create(party=council, party_name=council.name_as_party)
    token, hashed = new_secret()
    SigningInvitation.objects.create(
        party=council,
        version=agreement.signing_version,
        signatory=AuthorisedSignatory.objects.get(user__email="signatory@example.org"),
        token_hash=hashed,
        expires_at=deadline,
        kind="consent",
        consent=consent,
    )
    return f"/sign-up/sign/{token}/"
