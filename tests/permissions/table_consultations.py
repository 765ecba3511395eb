"""Rows for consultations: member-only pages, and the e-mailed link that needs no account.

The consultation is on the Alliance MOU (owned by body B, so officer B runs it); it
consults the Health and Wellbeing Board (the secretary's body) and Thurrock Council
(organisation A, the signatory's), so each way of being a consultee is covered.
"""

from __future__ import annotations

import datetime

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.consultations.models import Consultation, Invitation
from accord.consultations.models.consultation import today_in_london
from accord.consultations.services import comment_add, consultation_open
from accord.core.secret_links import secret_hash as token_hash
from accord.governance.models import Body
from accord.organisations.models import Organisation
from tests.permissions.rows import Row, everyone, only

TITLE = "Alliance MOU: comments from partner boards"
TOKEN = "permission-table-link-0123456789abcdefghijklmnop"
POST_ONLY = {**everyone(405), "anonymous": 302}


def _persona(name: str) -> User:
    return User.objects.get(email=f"{name}@personas.example.org")


def _consultation() -> Consultation:
    existing = Consultation.objects.filter(title=TITLE).first()
    if existing is not None:
        return existing
    agreement = Agreement.objects.get(slug="alliance-mou")
    version = agreement.versions.filter(published_at__isnull=False).latest("number")
    consultation = consultation_open(
        actor=_persona("officer_b"),
        version=version,
        title=TITLE,
        closes_on=today_in_london() + datetime.timedelta(days=21),
        consultee_bodies=[Body.objects.get(slug="hwb")],
        consultee_organisations=[Organisation.objects.get(slug="thurrock-council")],
    )
    comment_add(
        actor=_persona("secretary"),
        consultation=consultation,
        section=version.sections.order_by("order").first(),
        text="Please name the partner boards that will be asked to endorse the final text.",
    )
    Invitation.objects.create(
        consultation=consultation,
        email="invitee@partner.example.net",
        name="Partner board clerk",
        token_hash=token_hash(TOKEN),
    )
    return consultation


def _path(suffix: str = "") -> str:
    return f"/consultations/{_consultation().pk}/{suffix}"


def _first_comment(suffix: str) -> str:
    consultation = _consultation()
    comment = consultation.comments.order_by("pk").first()
    return f"/consultations/{consultation.pk}/comments/{comment.pk}/{suffix}"


def _invitation(suffix: str) -> str:
    consultation = _consultation()
    invitation = consultation.invitations.order_by("pk").first()
    return f"/consultations/{consultation.pk}/invitations/{invitation.pk}/{suffix}"


def _link(token: str) -> str:
    _consultation()
    return f"/consultations/respond/{token}/"


RUNS_IT = {"officer_b", "administrator"}
CONSULTED = RUNS_IT | {"secretary", "signatory_a"}

ROWS = [
    Row("consultations:open", "/consultations/new/alliance-mou/", only(RUNS_IT)),
    # Officer A runs body A's agreements, not this one.
    Row(
        "consultations:open",
        "/consultations/new/childrens-mou/",
        only({"officer_a", "administrator"}),
    ),
    Row("consultations:detail", _path, only(CONSULTED)),
    Row("consultations:summary", lambda: _path("summary/"), only(CONSULTED)),
    Row("consultations:respond", lambda: _first_comment("respond/"), only(RUNS_IT)),
    # Closing early and withdrawing a link ask "Are you sure?" first.
    Row("consultations:close", lambda: _path("close/"), only(RUNS_IT)),
    Row("consultations:resend", lambda: _invitation("resend/"), POST_ONLY),
    Row("consultations:revoke", lambda: _invitation("withdraw/"), only(RUNS_IT)),
    # The e-mailed link is the key: it works for anyone who holds it, signed in or not,
    # and a forged one works for nobody.
    Row("consultations:respond_link", lambda: _link(TOKEN), everyone(200)),
    Row("consultations:respond_link", lambda: _link("forged-" + TOKEN), everyone(404)),
]
