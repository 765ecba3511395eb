"""The demo's sign-in accounts: one for each kind of person who uses Accord."""

from __future__ import annotations

from accord.accounts.models import Role, User
from accord.governance.models import Body
from accord.organisations.models import Organisation, Person
from accord.signing.models import AuthorisedSignatory

DEMO_PASSWORD = "accord-demo"

# e-mail, name (linked to the demo Person of that name, if any), roles as (role, body, organisation)
DEMO_ACCOUNTS = [
    ("admin@example.org", "Demo administrator", [("administrator", "", "")]),
    (
        "officer@example.org",
        "Teresa Salami-Oru",
        [("officer", "bf-partnership", ""), ("officer", "thurrock-alliance", "")],
    ),
    (
        "secretary.bf@example.org",
        "Brighter Futures board secretary",
        [("secretary", "bf-partnership", "")],
    ),
    ("secretary.ccg@example.org", "CCG Board secretary", [("secretary", "ccg-board", "")]),
    (
        "secretary.hwb@example.org",
        "Health and Wellbeing Board secretary",
        [("secretary", "hwb", "")],
    ),
    ("member@example.org", "Brighter Futures board member", [("member", "bf-partnership", "")]),
    (
        "signatory@example.org",
        "Thurrock Council signatory",
        [("signatory", "", "thurrock-council")],
    ),
    (
        "signatory.icb@example.org",
        "Mid and South Essex ICB signatory",
        [("signatory", "", "mse-icb")],
    ),
    (
        "verifier@example.org",
        "Bradley Herbert",
        [("verifier", "", "thurrock-council")],
    ),
]


def create_demo_accounts() -> None:
    people = {p.name: p for p in Person.objects.all()}
    for email, name, roles in DEMO_ACCOUNTS:
        if User.objects.filter(email=email).exists():
            continue
        administrator = any(role == "administrator" for role, _, _ in roles)
        user = User.objects.create_user(
            email=email,
            password=DEMO_PASSWORD,
            full_name=name,
            is_staff=administrator,
            is_superuser=administrator,
            person=people.get(name),
        )
        for role, body, organisation in roles:
            role_row = Role.objects.create(
                user=user,
                name=role,
                body=Body.objects.get(slug=body) if body else None,
                organisation=Organisation.objects.get(slug=organisation) if organisation else None,
            )
            if role == "signatory" and role_row.organisation is not None:
                # The demo signatory is also recorded as authorised, so sign-up can invite them.
                AuthorisedSignatory.objects.create(
                    organisation=role_row.organisation,
                    user=user,
                    post="Chief Executive",
                    authority="Scheme of delegation (demo record)",
                )


def describe_demo_accounts() -> list[str]:
    lines = [f"Demo accounts (password for each: {DEMO_PASSWORD}):"]
    for email, _name, roles in DEMO_ACCOUNTS:
        what = ", ".join(
            role + (f" of {body or organisation}" if body or organisation else "")
            for role, body, organisation in roles
        )
        lines.append(f"  {email:<28} {what}")
    return lines
