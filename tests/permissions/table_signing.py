"""Rows for sign-up: the signing link, progress, invitations and signatories."""

from __future__ import annotations

from accord.agreements.models import Agreement
from accord.core.secret_links import new_secret as new_token
from accord.signing.models import AuthorisedSignatory, SigningInvitation
from tests.permissions.rows import Row, everyone, only


def _invitation() -> SigningInvitation:
    """An invitation for the Children's MOU, which is open for sign-up in the demo."""
    import datetime as dt

    from django.utils import timezone

    from accord.accounts.models import User

    agreement = Agreement.objects.get(slug="childrens-mou")
    party = agreement.parties.get(organisation__slug="dwp")
    user, _ = User.objects.get_or_create(email="dwp-signatory@example.org")
    signatory, _ = AuthorisedSignatory.objects.get_or_create(
        organisation=party.organisation,
        user=user,
        defaults={"post": "Director", "authority": "Delegation"},
    )
    _, hashed = new_token()
    return SigningInvitation.objects.create(
        party=party,
        version=agreement.versions.get(),
        signatory=signatory,
        token_hash=hashed,
        expires_at=timezone.now() + dt.timedelta(days=1),
    )


def _post_only() -> dict[str, int]:
    return {**everyone(405), "anonymous": 302}


ROWS = [
    # A link Accord never issued: refused with a clear page, whoever follows it.
    Row("signing:sign", "/sign-up/sign/not-a-real-link/", everyone(403)),
    Row("signing:progress", "/sign-up/agreements/childrens-mou/", everyone()),
    Row(
        "signing:progress",
        "/sign-up/agreements/alliance-mou/",
        only({"officer_b", "secretary", "administrator"}),
    ),
    Row("signing:progress_csv", "/sign-up/agreements/childrens-mou/sign-up.csv", everyone()),
    Row("signing:open", "/sign-up/agreements/childrens-mou/open/", _post_only()),
    # Closing sign-up and withdrawing a link or a signatory ask "Are you sure?" first.
    Row(
        "signing:close",
        "/sign-up/agreements/childrens-mou/close/",
        only({"officer_a", "administrator"}),
    ),
    Row(
        "signing:invitation",
        lambda: f"/sign-up/agreements/childrens-mou/invitations/{_invitation().pk}/revoke/",
        only({"officer_a", "administrator"}),
    ),
    Row(
        "signing:invitation",
        lambda: f"/sign-up/agreements/childrens-mou/invitations/{_invitation().pk}/resend/",
        _post_only(),
    ),
    # Only a signatory of a party can hand its signing over (the demo's signatory persona
    # has no authorised-signatory record, so nobody here can).
    Row("signing:hand_over", "/sign-up/agreements/childrens-mou/hand-over/", only(set())),
    # Officers manage the signatories only of organisations that are parties to an
    # agreement of a body they are officer for: Thurrock Council and NELFT are parties
    # to the Children's MOU (body A); neither is party to anything of body B.
    Row(
        "signing:signatories",
        "/sign-up/organisations/thurrock-council/",
        only({"officer_a", "administrator"}),
    ),
    Row(
        "signing:signatories",
        "/sign-up/organisations/nelft/",
        only({"officer_a", "administrator"}),
    ),
    # An organisation that is party to no agreement: administrators only.
    Row(
        "signing:signatories",
        "/sign-up/organisations/southend-council/",
        only({"administrator"}),
    ),
    Row(
        "signing:signatory_withdraw",
        lambda: f"/sign-up/organisations/dwp/{_invitation().signatory_id}/withdraw/",
        # Officers of a body owning an agreement DWP is party to (the Children's MOU).
        only({"officer_a", "administrator"}),
    ),
]
