"""Commenting on a consultation, signed in or through the e-mailed link, and responding."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.audit.models import AuditEntry
from accord.consultations.models import Comment, Consultation, ImmutableCommentError, Response
from accord.consultations.models.consultation import today_in_london
from accord.consultations.selectors import consultation_summary
from accord.consultations.services import (
    comment_add,
    comment_respond,
    consultation_close,
    invitation_revoke,
)
from accord.consultations.tokens import invitation_for_token
from accord.core.secret_links import secret_hash as token_hash
from tests.agreements.factories import SectionFactory, VersionFactory
from tests.consultations.factories import InvitationFactory
from tests.consultations.test_consultations_services import (
    make_world,
    open_and_forget_the_mail,
    open_one,
    tokens_mailed_to,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """The same agreement, bodies and people as the tests of opening a consultation."""
    return make_world()


@pytest.fixture
def consultation(world, django_capture_on_commit_callbacks):
    return open_and_forget_the_mail(world, django_capture_on_commit_callbacks)


# --- commenting ------------------------------------------------------------------------


def test_a_member_of_a_consulted_body_comments_and_the_officers_hear_of_it(
    world, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_add(
            actor=world.board_member,
            consultation=consultation,
            section=world.sections[1],
            text="  Say who chairs the Alliance board.  ",
        )
    assert comment.text == "Say who chairs the Alliance board."
    assert (comment.author, comment.invitation) == (world.board_member, None)
    assert (comment.author_name, comment.author_for) == ("Bea Board", "CCG Board")
    entry = AuditEntry.objects.get(action="consultation.comment.add")
    assert entry.actor == world.board_member
    assert entry.subject == f"agreement:{world.agreement.pk}"
    assert entry.after["text"] == "Say who chairs the Alliance board."
    assert sorted(m.to[0] for m in mail.outbox) == [
        "deputy@alliance.example",
        "officer@alliance.example",
    ]
    assert mail.outbox[0].subject == "A comment has arrived: Draft Alliance MOU for comment"
    assert f"/consultations/{consultation.pk}/#comment-{comment.pk}" in mail.outbox[0].body


def test_the_officer_is_not_told_of_their_own_comment(
    world, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_add(
            actor=world.officer,
            consultation=consultation,
            section=world.sections[0],
            text="A note for the record.",
        )
    assert comment.author_for == "Thurrock Alliance"
    assert [m.to for m in mail.outbox] == [["deputy@alliance.example"]]


def test_a_signatory_of_a_consulted_organisation_may_comment(world, consultation):
    comment = comment_add(
        actor=world.signatory,
        consultation=consultation,
        section=world.sections[0],
        text="The council agrees.",
    )
    assert comment.author_for == "Thurrock Council"


@pytest.mark.parametrize("who", ["outsider", "other_officer"])
def test_someone_not_consulted_may_not_comment(world, consultation, who):
    with pytest.raises(PermissionDenied):
        comment_add(
            actor=getattr(world, who),
            consultation=consultation,
            section=world.sections[0],
            text="Let me in.",
        )
    assert not Comment.objects.exists()


def test_comments_close_at_the_end_of_the_closing_day_in_london(world, consultation, monkeypatch):
    summer_day = dt.date(2031, 7, 1)
    Consultation.objects.filter(pk=consultation.pk).update(closes_on=summer_day)
    consultation.refresh_from_db()
    utc = dt.UTC

    # 23:30 in London (British Summer Time) on the closing day: still open.
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2031, 7, 1, 22, 30, tzinfo=utc))
    comment_add(
        actor=world.board_member,
        consultation=consultation,
        section=world.sections[0],
        text="Just in time.",
    )
    # 00:30 the next morning in London, though still 1 July in UTC: closed.
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2031, 7, 1, 23, 30, tzinfo=utc))
    with pytest.raises(ValidationError) as refused:
        comment_add(
            actor=world.board_member,
            consultation=consultation,
            section=world.sections[0],
            text="Too late.",
        )
    assert refused.value.message_dict["text"] == ["Comments closed on 1 July 2031."]
    assert Comment.objects.count() == 1


def test_after_an_early_close_comments_are_refused_with_the_day_it_closed(world, consultation):
    consultation_close(actor=world.officer, consultation=consultation)
    consultation.refresh_from_db()
    with pytest.raises(ValidationError) as refused:
        comment_add(
            actor=world.board_member,
            consultation=consultation,
            section=world.sections[0],
            text="Is it still open?",
        )
    today = today_in_london()
    assert refused.value.message_dict["text"] == [f"Comments closed on {today.day} {today:%B %Y}."]


def test_a_comment_must_be_on_a_section_of_the_version_consulted_on(world, consultation):
    elsewhere = SectionFactory(version=VersionFactory(agreement=world.agreement, number=5))
    with pytest.raises(ValidationError):
        comment_add(
            actor=world.board_member, consultation=consultation, section=elsewhere, text="Hm."
        )


@pytest.mark.parametrize("text", ["", "   ", "x" * 5001, "nul\x00byte"])
def test_a_comment_must_have_text_of_at_most_5000_characters(world, consultation, text):
    with pytest.raises(ValidationError):
        comment_add(
            actor=world.board_member,
            consultation=consultation,
            section=world.sections[0],
            text=text,
        )
    assert not Comment.objects.exists()


def test_the_e_mailed_link_lets_someone_without_an_account_comment(
    world, django_capture_on_commit_callbacks
):
    consultation = open_one(world, django_capture_on_commit_callbacks)
    (token,) = tokens_mailed_to("pat@partner.example")
    comment = comment_add(
        token=token, consultation=consultation, section=world.sections[2], text="Fine by us."
    )
    assert comment.author is None
    assert comment.invitation.email == "pat@partner.example"
    assert comment.author_name == "Pat Partner"
    entry = AuditEntry.objects.get(action="consultation.comment.add")
    assert entry.actor is None
    assert entry.actor_label == "Pat Partner <pat@partner.example> (e-mailed link)"


def test_a_forged_token_does_not_work(world, consultation):
    InvitationFactory(consultation=consultation, token="the-real-secret-token-value")
    for forged in ["the-real-secret-token-valuf", "", "x" * 500, token_hash("anything")]:
        assert invitation_for_token(forged) is None
        with pytest.raises(PermissionDenied):
            comment_add(
                token=forged,
                consultation=consultation,
                section=world.sections[0],
                text="Forged.",
            )
    assert not Comment.objects.exists()


def test_a_withdrawn_link_stops_working_and_the_withdrawal_is_audited(world, consultation):
    invitation = InvitationFactory(consultation=consultation, token="withdrawn-secret-token")
    invitation_revoke(actor=world.officer, invitation=invitation)
    with pytest.raises(PermissionDenied):
        comment_add(
            token="withdrawn-secret-token",
            consultation=consultation,
            section=world.sections[0],
            text="Still here?",
        )
    entry = AuditEntry.objects.get(action="consultation.invitation.revoke")
    assert entry.after == {"email": invitation.email, "revoked": True}
    with pytest.raises(ValidationError):
        invitation_revoke(actor=world.officer, invitation=invitation)


def test_a_link_works_only_for_its_own_consultation(world, consultation):
    other = InvitationFactory(token="token-for-another-consultation")
    with pytest.raises(PermissionDenied):
        comment_add(
            token="token-for-another-consultation",
            consultation=consultation,
            section=world.sections[0],
            text="Wrong door.",
        )
    assert other.consultation != consultation


def test_comments_and_responses_cannot_be_changed_or_removed(world, consultation):
    comment = comment_add(
        actor=world.board_member, consultation=consultation, section=world.sections[0], text="A."
    )
    comment.text = "B."
    with pytest.raises(ImmutableCommentError):
        comment.save()
    with pytest.raises(ImmutableCommentError):
        comment.delete()
    response = comment_respond(
        actor=world.officer, comment=comment, outcome="accepted", reason="Agreed."
    )
    response.reason = "Changed my mind."
    with pytest.raises(ImmutableCommentError):
        response.save()
    assert Comment.objects.get().text == "A."


@pytest.mark.parametrize(
    "fields",
    [
        {"author": None, "invitation": None},  # nobody
        {"invitation": "both"},  # a user and an invitation
        {"text": ""},
        {"text": "y" * 5001},
    ],
)
def test_the_database_refuses_a_comment_that_breaks_the_rules(world, consultation, fields):
    values = {
        "consultation": consultation,
        "section": world.sections[0],
        "text": "Ok.",
        "author": world.board_member,
        "author_name": "Bea",
    }
    values.update(fields)
    if values.get("invitation") == "both":
        values["invitation"] = InvitationFactory(consultation=consultation)
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(**values)


# --- responding, closing, resending ---------------------------------------------------


@pytest.fixture
def comment(world, consultation):
    return comment_add(
        actor=world.board_member,
        consultation=consultation,
        section=world.sections[0],
        text="Name the chair.",
    )


def test_an_officer_responds_once_and_it_is_audited(world, comment):
    response = comment_respond(
        actor=world.officer,
        comment=comment,
        outcome="accepted_with_changes",
        reason="The chair is now named in section 1.",
    )
    assert response.responded_by == world.officer
    entry = AuditEntry.objects.get(action="consultation.comment.respond")
    assert entry.after["outcome"] == "accepted_with_changes"
    assert entry.object_id == str(response.pk)
    with pytest.raises(ValidationError):
        comment_respond(actor=world.second_officer, comment=comment, outcome="accepted", reason="x")
    assert Response.objects.count() == 1


@pytest.mark.parametrize("who", ["board_member", "signatory", "other_officer", "outsider"])
def test_only_officers_and_administrators_respond(world, comment, who):
    with pytest.raises(PermissionDenied):
        comment_respond(
            actor=getattr(world, who), comment=comment, outcome="accepted", reason="Yes."
        )
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("outcome", "reason", "field"),
    [("maybe", "Because.", "outcome"), ("not_accepted", "  ", "reason")],
)
def test_a_response_needs_a_known_outcome_and_a_reason(world, comment, outcome, reason, field):
    with pytest.raises(ValidationError) as refused:
        comment_respond(actor=world.administrator, comment=comment, outcome=outcome, reason=reason)
    assert field in refused.value.message_dict


# --- reading -------------------------------------------------------------------------


def test_the_summary_lists_each_comment_in_section_order_with_what_was_done(world, consultation):
    later = comment_add(
        actor=world.signatory,
        consultation=consultation,
        section=world.sections[2],
        text="Clause 3 is unclear.",
    )
    first = comment_add(
        actor=world.board_member,
        consultation=consultation,
        section=world.sections[0],
        text="Clause 1 is fine.",
    )
    comment_respond(
        actor=world.officer, comment=later, outcome="not_accepted", reason="It is clear."
    )
    rows = consultation_summary(consultation)
    assert [(r.section, r.who, r.organisation, r.comment, r.outcome, r.reason) for r in rows] == [
        ("1. Clause 1", "Bea Board", "CCG Board", first.text, "", ""),
        (
            "3. Clause 3",
            "Sid Signatory",
            "Thurrock Council",
            later.text,
            "Not accepted",
            "It is clear.",
        ),
    ]
