"""A small partnership for the record-integrity machine: two bodies on the route, two
parties with a signatory each, an officer who runs the agreement and one who does not,
two board secretaries, an implications verifier and an administrator.

Everything after the register (the agreement, its text, parties, route and signatories)
is made through the same services the pages use, as the people who would make it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.text import slugify

from accord.accounts.models import Role, RoleName, User
from accord.agreements.models import Agreement
from accord.agreements.services import drafting, parties
from accord.approvals.services import route
from accord.governance.models import Body
from accord.organisations.models import Organisation
from accord.signing.services.authority import signatory_authorise

PERSONAS = (
    "administrator",
    "officer",
    "rival_officer",
    "owner_secretary",
    "board_secretary",
    "signatory_1",
    "signatory_2",
    "signatory_3",
    "signatory_4",
    "verifier",
    "newcomer",
)


@dataclass
class World:
    agreement: Agreement
    people: dict[str, User]
    owner: Body
    board: Body
    other_body: Body
    organisations: list[Organisation]  # two parties, then two that are not parties


def _user(email: str, name: str) -> User:
    return User.objects.create_user(email=email, password="pw", full_name=name)


def build_world(title: str) -> World:
    owner = Body.objects.create(
        name="Owning Partnership", slug="owning", kind="board", level="place"
    )
    board = Body.objects.create(name="Second Board", slug="second", kind="board", level="place")
    other_body = Body.objects.create(
        name="Unrelated Board", slug="unrelated", kind="board", level="place"
    )
    organisations = [
        Organisation.objects.create(name=f"Party {n}", slug=f"party-{n}", kind="local_authority")
        for n in (1, 2)
    ] + [
        Organisation.objects.create(name=name, slug=slugify(name), kind="voluntary_sector")
        for name in ("Bystander", "Second Bystander")
    ]
    people = {name: _user(f"{name}@integrity.test", name.replace("_", " ")) for name in PERSONAS}
    Role.objects.create(user=people["administrator"], name=RoleName.ADMINISTRATOR)
    # As the demo's administrator: the Django admin is theirs too.
    User.objects.filter(pk=people["administrator"].pk).update(is_staff=True, is_superuser=True)
    people["administrator"].refresh_from_db()
    Role.objects.create(user=people["officer"], name=RoleName.OFFICER, body=owner)
    Role.objects.create(user=people["rival_officer"], name=RoleName.OFFICER, body=other_body)
    Role.objects.create(user=people["owner_secretary"], name=RoleName.SECRETARY, body=owner)
    Role.objects.create(user=people["board_secretary"], name=RoleName.SECRETARY, body=board)
    Role.objects.create(
        user=people["verifier"], name=RoleName.VERIFIER, organisation=organisations[0]
    )

    officer = people["officer"]
    agreement = drafting.agreement_create(
        actor=officer, title=title, kind="mou", owning_body=owner, from_template=False
    )
    draft = drafting.current_draft(agreement)
    drafting.section_add(
        actor=officer,
        agreement=agreement,
        heading="Purpose",
        text="The parties agree to work together.",
        revision=draft.revision,
    )
    for organisation in organisations[:2]:
        parties.party_add(
            actor=officer, agreement=agreement, organisation=organisation, category="Partners"
        )
    route.step_add(actor=officer, agreement=agreement, body=owner, action="agree")
    route.step_add(actor=officer, agreement=agreement, body=board, action="approve")
    # The bystanders have signatories too, so that they can be asked to join once in force.
    for n, organisation in enumerate(organisations, start=1):
        signatory_authorise(
            actor=people["administrator"],
            organisation=organisation,
            user=people[f"signatory_{n}"],
            post="Chief Executive",
            authority="Scheme of delegation 4.2",
        )
    agreement.refresh_from_db()
    return World(agreement, people, owner, board, other_body, organisations)
