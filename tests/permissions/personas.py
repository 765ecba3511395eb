"""The people the permission tables are written for, on top of the demo data.

Body A is the Brighter Futures Children's Partnership (owner of the Children's MOU);
body B is the Thurrock Alliance (owner of the Alliance MOU). Organisation A is
Thurrock Council.
"""

from __future__ import annotations

from accord.accounts.models import Role, User
from accord.governance.models import Body
from accord.organisations.models import Organisation

PERSONAS = [
    "anonymous",
    "member",
    "officer_a",
    "officer_b",
    "secretary",
    "signatory_a",
    "administrator",
]

PASSWORD = "persona-password"


def make_personas() -> dict[str, User | None]:
    body_a = Body.objects.get(slug="bf-partnership")
    body_b = Body.objects.get(slug="thurrock-alliance")
    hwb = Body.objects.get(slug="hwb")
    organisation_a = Organisation.objects.get(slug="thurrock-council")
    roles = {
        "member": [("member", body_a, None)],
        "officer_a": [("officer", body_a, None)],
        "officer_b": [("officer", body_b, None)],
        "secretary": [("secretary", hwb, None)],
        "signatory_a": [("signatory", None, organisation_a)],
        "administrator": [("administrator", None, None)],
    }
    people: dict[str, User | None] = {"anonymous": None}
    for persona, held in roles.items():
        user = User.objects.create_user(email=f"{persona}@personas.example.org", password=PASSWORD)
        for name, body, organisation in held:
            Role.objects.create(user=user, name=name, body=body, organisation=organisation)
        people[persona] = user
    return people
