"""Creating, adapting and editing drafts; publishing versions; comparing them."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import User
from accord.agreements.models import Agreement, AgreementVersion
from accord.agreements.services import drafting, parties, versions
from accord.agreements.services.transitions import TransitionRefused, agreement_transition
from accord.approvals.services import route
from accord.audit.models import AuditEntry
from accord.audit.services import audit_verify
from accord.governance.models import Body
from accord.organisations.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(demo_accounts):
    return User.objects.get(email="officer@example.org")


@pytest.fixture
def body():
    return Body.objects.get(slug="bf-partnership")


@pytest.fixture
def draft_mou(officer, body):
    return drafting.agreement_create(
        actor=officer, title="Test MOU", kind="mou", owning_body=body, from_template=True
    )


def _draft(agreement):
    return drafting.current_draft(agreement)


def test_a_template_agreement_starts_with_the_usual_sections(draft_mou):
    headings = [s.heading for s in _draft(draft_mou).sections.order_by("order")]
    assert headings == [
        "Introduction",
        "Parties to this Memorandum of Understanding",
        "Purpose of this Memorandum of Understanding",
        "Background and context at each level",
        "Values",
        "Principles",
        "Process of enactment",
    ]
    assert draft_mou.status == "draft"
    assert AuditEntry.objects.filter(
        action="agreement.create", subject=f"agreement:{draft_mou.pk}"
    ).exists()


def test_a_blank_agreement_has_an_empty_draft(officer, body):
    agreement = drafting.agreement_create(
        actor=officer, title="Blank", kind="other", owning_body=body
    )
    assert _draft(agreement).sections.count() == 0


def test_only_officers_of_the_body_create_agreements(demo_accounts, body):
    member = User.objects.get(email="member@example.org")
    with pytest.raises(PermissionDenied):
        drafting.agreement_create(actor=member, title="X", kind="mou", owning_body=body)
    officer = User.objects.get(email="officer@example.org")
    with pytest.raises(ValidationError):
        drafting.agreement_create(
            actor=officer, title="X", kind="mou", owning_body=Body.objects.get(slug="hwb")
        )


def test_adapting_copies_sections_parties_values_and_records_lineage(officer, body):
    source = Agreement.objects.get(slug="childrens-mou")
    adapted = drafting.agreement_adapt(
        actor=officer, source=source, title="Adapted", owning_body=body
    )
    assert adapted.adapted_from == source
    assert _draft(adapted).sections.count() == 8
    assert adapted.parties.count() == 16
    assert adapted.commitments.filter(kind="value").count() == 7
    assert list(adapted.parties.values_list("category", flat=True)) == list(
        source.parties.values_list("category", flat=True)
    )


def test_sections_are_added_moved_deleted_and_renumbered(draft_mou, officer):
    draft = _draft(draft_mou)
    added = drafting.section_add(
        actor=officer, agreement=draft_mou, heading="Review", text="- yearly", revision=0
    )
    assert added.number == "8"
    last = draft.sections.get(number="8")
    drafting.section_move(actor=officer, section=last, offset=-1, revision=1)
    assert [s.heading for s in draft.sections.order_by("order")][-2:] == [
        "Review",
        "Process of enactment",
    ]
    assert list(draft.sections.values_list("number", flat=True).order_by("order")) == [
        str(i) for i in range(1, 9)
    ]
    first = draft.sections.get(number="1")
    drafting.section_delete(actor=officer, section=first, revision=2)
    assert draft.sections.get(number="1").heading == "Parties to this Memorandum of Understanding"
    assert draft.sections.count() == 7


def test_the_second_officer_to_save_is_told_and_nothing_is_lost(draft_mou, officer):
    section = _draft(draft_mou).sections.get(number="1")
    drafting.section_update(
        actor=officer, section=section, heading="Introduction", text="First officer", revision=0
    )
    with pytest.raises(drafting.DraftConflict) as conflict:
        drafting.section_update(
            actor=officer,
            section=section,
            heading="Introduction",
            text="Second officer",
            revision=0,
        )
    assert conflict.value.current_revision == 1
    section.refresh_from_db()
    assert section.text == "First officer"


def test_publishing_freezes_a_version_and_editing_starts_a_new_draft(draft_mou, officer):
    version = versions.agreement_publish_version(
        actor=officer, agreement=draft_mou, label="Draft for comment", revision=0
    )
    assert version.is_published and version.content_hash.startswith("sha256:")
    assert drafting.current_draft(draft_mou) is None
    with pytest.raises(ValidationError, match="nothing would change"):
        drafting.draft_start(actor=officer, agreement=draft_mou)
        versions.agreement_publish_version(
            actor=officer, agreement=draft_mou, label="Same", revision=0
        )
    new_draft = drafting.current_draft(draft_mou)
    assert new_draft.number == 2 and new_draft.sections.count() == 7
    section = new_draft.sections.get(number="3")
    drafting.section_update(
        actor=officer, section=section, heading=section.heading, text="A new purpose.", revision=0
    )
    second = versions.agreement_publish_version(
        actor=officer, agreement=draft_mou, label="Final draft", revision=1
    )
    assert second.number == 2 and second.content_hash != version.content_hash
    assert version.sections.get(number="3").text != "A new purpose."  # the old text is untouched


def test_a_published_section_cannot_be_edited_through_the_service(draft_mou, officer):
    version = versions.agreement_publish_version(
        actor=officer, agreement=draft_mou, label="v1", revision=0
    )
    section = version.sections.first()
    with pytest.raises(ValidationError, match="published version"):
        drafting.section_update(actor=officer, section=section, heading="x", text="y", revision=0)


def test_publishing_needs_a_label_and_some_text(officer, body):
    agreement = drafting.agreement_create(
        actor=officer, title="Empty", kind="mou", owning_body=body
    )
    with pytest.raises(ValidationError, match="label"):
        versions.agreement_publish_version(
            actor=officer, agreement=agreement, label=" ", revision=0
        )
    with pytest.raises(ValidationError, match="no sections"):
        versions.agreement_publish_version(
            actor=officer, agreement=agreement, label="v1", revision=0
        )


def test_the_word_diff_marks_insertions_and_deletions_and_escapes(draft_mou, officer):
    changes = versions.compare(
        [type("S", (), {"number": "1", "heading": "Intro", "text": "We <b>agree</b> to share."})()],
        [
            type(
                "S",
                (),
                {"number": "1", "heading": "Intro", "text": "We <b>agree</b> to share and learn."},
            )(),
            type("S", (), {"number": "2", "heading": "New", "text": "Added."})(),
        ],
    )
    assert changes[0].change == "changed"
    # Marked by element and by words a screen reader reads, not by colour alone.
    hidden = '<span class="govuk-visually-hidden">{}</span>'
    assert (
        "<del>" + hidden.format("[removed: ") + "share." + hidden.format("]") + "</del>"
        in changes[0].html
    )
    assert (
        "<ins>" + hidden.format("[added: ") + "share and learn." + hidden.format("]") + "</ins>"
        in changes[0].html
    )
    assert "&lt;b&gt;agree&lt;/b&gt;" in changes[0].html
    assert changes[1].change == "added"


def test_parties_import_reports_every_bad_line_and_adds_nothing(draft_mou, officer):
    content = (
        b"organisation,category\n"
        b"Thurrock Council,Local Authorities\n"
        b"No Such Trust,NHS Service Providers\n"
        b"GB-NHS-07G,NHS Commissioners\n"
        b"Healthwatch Thurrock\n"
    )
    added, errors = parties.party_import_csv(actor=officer, agreement=draft_mou, content=content)
    assert added == []
    assert [e.line for e in errors] == [3, 5]
    assert "No Such Trust" in errors[0].message
    assert draft_mou.parties.count() == 0
    good = b"Thurrock Council,Local Authorities\nGB-NHS-07G,NHS Commissioners\nEPUT,NHS Service Providers\n"
    added, errors = parties.party_import_csv(actor=officer, agreement=draft_mou, content=good)
    assert errors == [] and len(added) == 3
    assert [p.category for p in draft_mou.parties.order_by("order")] == [
        "Local Authorities",
        "NHS Commissioners",
        "NHS Service Providers",
    ]


def test_a_party_is_added_once(draft_mou, officer):
    council = Organisation.objects.get(slug="thurrock-council")
    parties.party_add(
        actor=officer, agreement=draft_mou, organisation=council, category="Local Authorities"
    )
    with pytest.raises(ValidationError, match="already a party"):
        parties.party_add(
            actor=officer, agreement=draft_mou, organisation=council, category="Other"
        )


def test_the_route_is_edited_in_order(draft_mou, officer):
    bf, ccg, hwb = (Body.objects.get(slug=s) for s in ("bf-partnership", "ccg-board", "hwb"))
    route.step_add(actor=officer, agreement=draft_mou, body=bf, action="agree")
    route.step_add(actor=officer, agreement=draft_mou, body=hwb, action="approve")
    step = route.step_add(actor=officer, agreement=draft_mou, body=ccg, action="approve")
    route.step_move(actor=officer, step=step, offset=-1)
    assert [s.body.slug for s in draft_mou.approval_steps.order_by("order")] == [
        "bf-partnership",
        "ccg-board",
        "hwb",
    ]
    route.step_remove(actor=officer, step=draft_mou.approval_steps.get(order=1))
    assert list(draft_mou.approval_steps.values_list("order", flat=True).order_by("order")) == [
        1,
        2,
    ]


def test_refused_transitions_say_why_and_change_nothing(draft_mou, officer):
    with pytest.raises(TransitionRefused, match="Publish a version first"):
        agreement_transition(actor=officer, agreement=draft_mou, to="consultation")
    with pytest.raises(TransitionRefused, match="cannot become in force"):
        agreement_transition(actor=officer, agreement=draft_mou, to="in_force")
    versions.agreement_publish_version(actor=officer, agreement=draft_mou, label="v1", revision=0)
    with pytest.raises(TransitionRefused, match="approval route first"):
        agreement_transition(actor=officer, agreement=draft_mou, to="approval")
    draft_mou.refresh_from_db()
    assert draft_mou.status == "draft"
    agreement_transition(actor=officer, agreement=draft_mou, to="consultation")
    draft_mou.refresh_from_db()
    assert draft_mou.status == "consultation"
    member = User.objects.get(email="member@example.org")
    with pytest.raises(TransitionRefused, match="Only a partnership officer"):
        agreement_transition(actor=member, agreement=draft_mou, to="withdrawn")
    agreement_transition(actor=officer, agreement=draft_mou, to="withdrawn")
    with pytest.raises(TransitionRefused, match="can no longer change"):
        agreement_transition(actor=officer, agreement=draft_mou, to="draft")


def test_every_change_is_in_an_intact_audit_chain(draft_mou, officer):
    section = _draft(draft_mou).sections.first()
    drafting.section_update(actor=officer, section=section, heading="Intro", text="x", revision=0)
    versions.agreement_publish_version(actor=officer, agreement=draft_mou, label="v1", revision=1)
    actions = list(
        AuditEntry.objects.filter(subject=f"agreement:{draft_mou.pk}").values_list(
            "action", flat=True
        )
    )
    assert actions == ["agreement.create", "agreement.section.update", "agreement.version.publish"]
    checked, problems = audit_verify()
    assert problems == [] and checked >= 3
    assert (
        AgreementVersion.objects.filter(agreement=draft_mou, published_at__isnull=False).count()
        == 1
    )
