"""What happened after the two Thurrock reports, played through Accord's own services so
the demo shows the record acting on it.

On 1 July 2022 the five Mid and South Essex CCGs were abolished and NHS Mid and South
Essex Integrated Care Board took over their duties (the successions are in the demo
file). Thurrock CCG had signed the Children's MOU, so the MOU is flagged for its officer,
who has asked the ICB to confirm it in Thurrock CCG's place: a confirmation in progress,
whose link is e-mailed to the ICB's demo signatory.
"""

from __future__ import annotations

from accord.accounts.models import User
from accord.agreements.models import Party
from accord.organisations.models import Organisation
from accord.signing.services.admissions import successor_ask


def play_demo_story() -> list[str]:
    """Run after the demo data and accounts are loaded; returns what it did, in words."""
    officer = User.objects.get(email="officer@example.org")
    party = Party.objects.select_related("agreement").get(
        agreement__slug="childrens-mou", organisation__slug="thurrock-ccg"
    )
    icb = Organisation.objects.get(slug="mse-icb")
    asked = successor_ask(actor=officer, party=party, successor=icb)
    return [
        f"{party.organisation} no longer exists: {icb} has been asked to confirm "
        f"“{party.agreement.display_title}” in its place (link sent to "
        + ", ".join(i.signatory.user.email for i in asked.invited)
        + ")."
    ]
