"""Rows for the API and the token pages.

The API never redirects to sign in: what a persona may not see answers 404, as if it
were not there. The persona tests sign in with a session, which the API honours for
reading just as it honours a personal token.
"""

from __future__ import annotations

from accord.approvals.models import Meeting
from tests.permissions.personas import PERSONAS
from tests.permissions.rows import Row, everyone, signed_in


def seen_by(allowed: set[str]) -> dict[str, int]:
    return {persona: 200 if persona in allowed else 404 for persona in PERSONAS}


def _meeting(body: str) -> str:
    meeting = Meeting.objects.filter(body__slug=body).order_by("pk").first()
    return f"/api/meetings/{meeting.pk}"


def _token() -> str:
    """The administrator persona's token: only its owner can revoke it (others get 404)."""
    from accord.accounts.models import User
    from accord.api.models import ApiToken
    from accord.api.tokens import api_token_create

    owner = User.objects.get(email="administrator@personas.example.org")
    token = (
        ApiToken.objects.filter(user=owner).first()
        or api_token_create(user=owner, name="Permission table")[0]
    )
    return f"/api/tokens/{token.pk}/revoke/"


ALLIANCE = seen_by({"officer_b", "secretary", "administrator"})
BODY_A = seen_by({"member", "officer_a", "administrator"})

ROWS = [
    Row("api:tokens", "/api/tokens/", signed_in()),
    Row("api:revoke_token", _token, {**signed_in(404), "administrator": 200}),
    Row("api:openapi-json", "/api/openapi.json", everyone()),
    Row("api:docs", "/api/docs", everyone()),
    Row("api:api-root", "/api/", everyone(404)),
    Row("api:list_organisations", "/api/organisations", everyone()),
    Row("api:get_organisation", "/api/organisations/thurrock-council", everyone()),
    Row("api:list_areas", "/api/areas", everyone()),
    Row("api:get_area", "/api/areas/thurrock", everyone()),
    Row("api:list_bodies", "/api/bodies", everyone()),
    Row("api:get_body", "/api/bodies/bf-partnership", everyone()),
    Row("api:list_agreements", "/api/agreements", everyone()),
    # Same path as the list: a GET lists; creating needs a POST with a token.
    Row("api:create_agreement", "/api/agreements", everyone()),
    Row("api:get_agreement", "/api/agreements/childrens-mou", everyone()),
    Row("api:get_agreement", "/api/agreements/alliance-mou", ALLIANCE),
    Row("api:list_versions", "/api/agreements/childrens-mou/versions", everyone()),
    Row("api:list_versions", "/api/agreements/alliance-mou/versions", ALLIANCE),
    Row("api:get_version", "/api/agreements/childrens-mou/versions/1", everyone()),
    Row("api:list_parties", "/api/agreements/childrens-mou/parties", everyone()),
    Row("api:list_parties", "/api/agreements/alliance-mou/parties", ALLIANCE),
    Row("api:list_approval_steps", "/api/agreements/childrens-mou/approval-steps", everyone()),
    Row("api:list_approval_steps", "/api/agreements/alliance-mou/approval-steps", ALLIANCE),
    Row("api:list_signatures", "/api/agreements/childrens-mou/signatures", everyone()),
    Row("api:list_signatures", "/api/agreements/alliance-mou/signatures", ALLIANCE),
    Row("api:list_meetings", "/api/meetings", everyone()),
    Row("api:get_meeting", lambda: _meeting("hwb"), everyone()),
    Row("api:get_meeting", lambda: _meeting("bf-partnership"), BODY_A),
]

ROWS += [
    Row("opendata:index", "/open-data/", everyone()),
    Row("opendata:popolo", "/open-data/popolo.json", everyone()),
    Row("opendata:csv", "/open-data/parties.csv", everyone()),
    Row("opendata:csv", "/open-data/unknown.csv", everyone(404)),
    Row("opendata:xlsx", "/open-data/meetings.xlsx", everyone()),
]
