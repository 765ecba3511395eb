"""An agreement open for sign-up, with parties and signatories, for the sign-up tests."""

from __future__ import annotations

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.signing.models import AuthorisedSignatory
from tests.agreements.factories import (
    AgreementFactory,
    PartyFactory,
    SectionFactory,
    VersionFactory,
)
from tests.organisations.factories import OrganisationFactory


def agreement_open_for_signing(
    parties: int = 3, *, deadline=None
) -> tuple[Agreement, list[AuthorisedSignatory]]:
    agreement = AgreementFactory(
        status="sign_up",
        signup_deadline=deadline,
        declaration="We agree to endorse this memorandum.",
    )
    version = VersionFactory(agreement=agreement, number=1, label="Final draft")
    SectionFactory(version=version, order=1, number="1", heading="Introduction", text="We agree.")
    version.publish()
    # As the lifecycle leaves an agreement that has opened for sign-up: on this version.
    Agreement.objects.filter(pk=agreement.pk).update(signing_version=version)
    agreement.signing_version = version
    signatories = []
    for n in range(parties):
        organisation = OrganisationFactory()
        PartyFactory(
            agreement=agreement,
            organisation=organisation,
            category="Partners" if n % 2 else "Councils",
            order=n + 1,
        )
        user = User.objects.create_user(
            email=f"signatory{n}-{agreement.pk}@example.org", password="x", full_name=f"Signer {n}"
        )
        signatories.append(
            AuthorisedSignatory.objects.create(
                organisation=organisation,
                user=user,
                post="Chief Executive",
                authority="Scheme of delegation 4.2",
            )
        )
    return agreement, signatories
