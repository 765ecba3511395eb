"""Rows for drafting, versions, comparison and history of agreements."""

from __future__ import annotations

from accord.agreements.models import Agreement, Party
from accord.approvals.models import ApprovalStep
from accord.organisations.models import Organisation
from tests.permissions.rows import Row, everyone, only

OFFICERS_OF_ALLIANCE = {"officer_b", "administrator"}


def _alliance_section() -> str:
    agreement = Agreement.objects.get(slug="alliance-mou")
    section = agreement.versions.order_by("number").last().sections.first()
    return f"/agreements/alliance-mou/draft/sections/{section.pk}/"


def _alliance_party_remove() -> str:
    agreement = Agreement.objects.get(slug="alliance-mou")
    # An organisation none of the personas signs for, so the row changes nobody's access.
    organisation = Organisation.objects.get(slug="dwp")
    party, _ = Party.objects.get_or_create(
        agreement=agreement,
        organisation=organisation,
        defaults={"category": "Partners", "order": 99},
    )
    return f"/agreements/alliance-mou/parties/{party.pk}/remove/"


def _alliance_step(action: str) -> str:
    step = ApprovalStep.objects.filter(agreement__slug="alliance-mou").order_by("order").last()
    return f"/agreements/alliance-mou/route/{step.pk}/{action}/"


def _post_only(_allowed: set[str]) -> dict[str, int]:
    """A GET on a POST-only action is refused (405) before anything else; the people
    allowed to POST are tested in tests/test_drafting_pages.py."""
    return {**everyone(405), "anonymous": 302}


ROWS = [
    Row("agreements:new", "/agreements/new/", only({"officer_a", "officer_b", "administrator"})),
    # The Children's MOU is public (sign-up); the Alliance MOU is in consultation.
    Row("agreements:version", "/agreements/childrens-mou/versions/1/", everyone()),
    Row(
        "agreements:version",
        "/agreements/alliance-mou/versions/1/",
        only({"officer_b", "secretary", "administrator"}),
    ),
    Row("agreements:diff", "/agreements/childrens-mou/compare/", everyone()),
    Row(
        "agreements:history",
        "/agreements/childrens-mou/history/",
        only({"member", "officer_a", "secretary", "signatory_a", "administrator"}),
    ),
    Row("agreements:draft", "/agreements/alliance-mou/draft/", only(OFFICERS_OF_ALLIANCE)),
    # The Children's MOU is in sign-up: its officer can open the page but not edit the text.
    Row(
        "agreements:draft", "/agreements/childrens-mou/draft/", only({"officer_a", "administrator"})
    ),
    Row(
        "agreements:section_new",
        "/agreements/alliance-mou/draft/sections/new/",
        only(OFFICERS_OF_ALLIANCE),
    ),
    Row("agreements:section_new", "/agreements/childrens-mou/draft/sections/new/", only(set())),
    Row(
        "agreements:draft_begin",
        "/agreements/alliance-mou/draft/begin/",
        _post_only(OFFICERS_OF_ALLIANCE),
    ),
    Row("agreements:section_edit", _alliance_section, only(OFFICERS_OF_ALLIANCE)),
    Row(
        "agreements:section_action",
        lambda: _alliance_section() + "up/",
        _post_only(OFFICERS_OF_ALLIANCE),
    ),
    Row(
        "agreements:publish",
        "/agreements/alliance-mou/draft/publish/",
        _post_only(OFFICERS_OF_ALLIANCE),
    ),
    Row("agreements:status", "/agreements/alliance-mou/status/", _post_only(OFFICERS_OF_ALLIANCE)),
    Row("agreements:parties", "/agreements/alliance-mou/parties/", only(OFFICERS_OF_ALLIANCE)),
    Row(
        "agreements:parties_import",
        "/agreements/alliance-mou/parties/import/",
        only(OFFICERS_OF_ALLIANCE, allowed_status=302),
    ),
    Row("agreements:party_remove", _alliance_party_remove, _post_only(OFFICERS_OF_ALLIANCE)),
    Row("agreements:route", "/agreements/alliance-mou/route/", only(OFFICERS_OF_ALLIANCE)),
    Row("agreements:step_action", lambda: _alliance_step("up"), _post_only(OFFICERS_OF_ALLIANCE)),
]
