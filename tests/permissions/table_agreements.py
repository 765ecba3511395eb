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


def _alliance_draft() -> str:
    """A draft of the Alliance MOU, so its "Check before you publish" page has one to show."""
    from accord.accounts.models import User
    from accord.agreements.services.drafting import current_draft, draft_start

    agreement = Agreement.objects.get(slug="alliance-mou")
    if current_draft(agreement) is None:
        officer = User.objects.get(email="officer_b@personas.example.org")
        draft_start(actor=officer, agreement=agreement)
    return "/agreements/alliance-mou/draft/publish/"


def _post_only(_allowed: set[str]) -> dict[str, int]:
    """A GET on a POST-only action is refused (405) before anything else; the people
    allowed to POST are tested in tests/agreements/test_drafting_pages.py."""
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
    # Before an action that cannot be undone, its own address shows an "Are you sure?"
    # page (or a page to check before publishing or opening sign-up) to those allowed.
    Row(
        "agreements:section_action",
        lambda: _alliance_section() + "delete/",
        only(OFFICERS_OF_ALLIANCE),
    ),
    Row("agreements:publish", _alliance_draft, only(OFFICERS_OF_ALLIANCE)),
    Row(
        "agreements:status",
        "/agreements/alliance-mou/status/?to=withdrawn",
        only(OFFICERS_OF_ALLIANCE),
    ),
    # Moves that need no page of their own are asked for on the draft page, by POST.
    Row(
        "agreements:status",
        "/agreements/alliance-mou/status/?to=draft",
        only(OFFICERS_OF_ALLIANCE, allowed_status=404),
    ),
    Row("agreements:parties", "/agreements/alliance-mou/parties/", only(OFFICERS_OF_ALLIANCE)),
    Row(
        "agreements:parties_import",
        "/agreements/alliance-mou/parties/import/",
        only(OFFICERS_OF_ALLIANCE, allowed_status=302),
    ),
    Row("agreements:party_remove", _alliance_party_remove, only(OFFICERS_OF_ALLIANCE)),
    Row("route:edit", "/agreements/alliance-mou/route/", only(OFFICERS_OF_ALLIANCE)),
    Row("route:step_action", lambda: _alliance_step("up"), _post_only(OFFICERS_OF_ALLIANCE)),
    Row("route:step_action", lambda: _alliance_step("remove"), only(OFFICERS_OF_ALLIANCE)),
]
