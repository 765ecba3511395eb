"""The pieces behind the GOV.UK patterns, without a browser: messages, date inputs, the
error summary's links, the status words, the history sentences and the task list."""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms

from accord.agreements.presenters import party_state, route_sentence, signup_sentence, status_phrase
from accord.core.dates import Precision
from accord.core.forms import DateField, GovukForm, MonthField, PartialDateField
from accord.core.forms.errors import field_target, form_problems
from accord.core.history import WRITERS, history_line, who_did_it


class Example(GovukForm):
    title = forms.CharField(label="Title", max_length=10)
    email = forms.EmailField(label="Your e-mail address")
    kind = forms.ChoiceField(label="Kind", choices=[("", "Choose"), ("a", "A")])
    answer = forms.ChoiceField(label="Answer", choices=[("y", "Yes")], widget=forms.RadioSelect)
    note = forms.CharField(label="Note", required=False)
    on = DateField(label="Closing date")


def test_every_message_names_the_box_and_says_what_to_do():
    form = Example({"title": "x" * 11, "email": "nobody@", "kind": "z"})
    assert not form.is_valid()
    assert form.errors["title"] == ["The title must be 10 characters or fewer; it has 11."]
    assert form.errors["email"] == [
        "Enter an e-mail address in the right form, like name@example.org."
    ]
    assert form.errors["kind"] == ["Choose the kind from the list."]
    assert form.errors["answer"] == ["Choose the answer."]
    assert form.errors["on"] == ["Enter the closing date."]
    assert Example()["note"].label == "Note (optional)"


def test_a_message_the_form_wrote_itself_is_kept():
    class Own(GovukForm):
        name = forms.CharField(label="Name", error_messages={"required": "Say who you are."})

    assert Own({}).errors["name"] == ["Say who you are."]


def test_each_summary_link_goes_to_the_first_box_of_its_field():
    form = Example({"on_0": "", "on_1": "2", "on_2": "2026"})
    form.is_valid()
    targets = {problem.text: problem.target for problem in form_problems(form)}
    assert targets["Choose the answer."] == "id_answer_1"  # crispy-forms-gds numbers from 1
    assert targets["The closing date must include a day."] == "id_on_0"
    assert targets["Enter the title."] == "id_title"
    assert field_target(form["kind"]) == "id_kind"


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (["31", "2", "2026"], "The closing date must be a real date."),
        (["1", "13", "2026"], "The closing date must be a real date."),
        (["", "3", ""], "The closing date must include a day and year."),
        (["1", "x", "2026"], "The closing date must be a real date, in numbers."),
        (["1", "3", "26"], "The year must have 4 numbers, like 2026."),
    ],
)
def test_a_date_that_is_not_a_date_says_which_part_is_wrong(parts, message):
    field = DateField(label="Closing date")
    with pytest.raises(forms.ValidationError) as raised:
        field.clean(parts)
    assert raised.value.messages == [message]
    wrong = [i for i, part in enumerate(field.fields) if part.widget.errors]
    assert wrong, "the boxes to correct are marked"


def test_dates_known_to_the_month_or_year():
    field = PartialDateField(label="Date")
    assert field.clean(["27", "3", "2025"]) == (dt.date(2025, 3, 27), Precision.DAY)
    assert field.clean(["", "3", "2025"]) == (dt.date(2025, 3, 1), Precision.MONTH)
    assert field.clean(["", "", "2025"]) == (dt.date(2025, 1, 1), Precision.YEAR)
    with pytest.raises(forms.ValidationError, match="must include a month"):
        field.clean(["27", "", "2025"])
    assert MonthField(label="Month").clean(["11", "2019"]) == dt.date(2019, 11, 1)


def test_a_date_sent_whole_is_split_into_its_boxes():
    widget = DateField(label="Closing date").widget
    assert widget.value_from_datadict({"d": "2026-03-27"}, {}, "d") == ["27", "3", "2026"]


def test_a_party_has_one_status_wherever_it_is_shown():
    deadline = dt.date(2020, 3, 31)
    before, after = dt.date(2020, 3, 1), dt.date(2020, 4, 2)
    assert party_state("pending", "sign_up", deadline, before).label == "Not signed yet"
    overdue = party_state("pending", "sign_up", deadline, after)
    assert overdue.label == "Not signed yet — overdue since 31 March 2020"
    assert party_state("pending", "in_force", deadline, after).label == "Did not sign"
    assert party_state("signed", "sign_up", deadline, after).label == "Signed"
    states = [overdue, party_state("signed", "sign_up", deadline, after)]
    assert signup_sentence(states, deadline) == (
        "1 signed, 0 declined and 1 not signed yet (overdue since 31 March 2020)."
    )
    assert status_phrase("draft") == "is a draft"
    assert status_phrase("draft", now=True) == "is now a draft"


def test_the_route_says_which_steps_are_done():
    class Step:
        def __init__(self, order, status, name):
            self.order, self.status, self.actor_name = order, status, name

        def get_action_display(self):
            return "Approve"

    steps = [Step(1, "done", "Brighter Futures Board"), Step(2, "planned", "CCG Board")]
    sentence = route_sentence(steps)
    assert "Done so far: step 1, Brighter Futures Board (approve)." in sentence
    assert "Still to come: step 2, CCG Board (approve)." in sentence
    assert "every board" not in sentence.lower()
    assert route_sentence([Step(1, "done", "CCG Board")]).startswith("Every step")


def test_history_is_written_in_sentences():
    line = history_line(
        "agreement.section.update",
        {"heading": "Purpose", "text": "Old"},
        {"heading": "Purpose and aims", "text": "New text"},
        "version 2, section 3",
    )
    assert line.sentence == "Changed section “Purpose and aims” (renamed from “Purpose”)."
    assert line.detail == "New text"
    status = history_line("agreement.status.change", {"status": "draft"}, {"status": "approval"})
    assert status.sentence == "Moved the agreement from a draft to in approval."
    signed = history_line(
        "signing.signed",
        {},
        {"full_name": "Ada", "post": "CEO", "version": 1, "party": "DWP", "ip_address": "10.0.0.1"},
    )
    assert "10.0.0.1" not in signed.sentence + signed.detail
    assert who_did_it("signing link from 10.0.0.1") == "Someone using a signing link"


def test_an_action_without_a_sentence_still_reads_as_words():
    line = history_line("agreement.colour.repaint", {}, {"new_colour": "green", "ip_address": "x"})
    assert line.sentence == "Agreement colour repaint."
    assert line.detail == "new colour: green"
    assert "." not in line.sentence[:-1]


def test_every_audited_action_has_a_sentence():
    """Every action the audit trail can record reads as a sentence on a history page."""
    from accord.audit.actions import AuditAction

    missing = {action.value for action in AuditAction} - set(WRITERS)
    assert not missing, f"audited actions with no sentence: {sorted(missing)}"


def test_hostile_text_in_a_label_is_shown_as_text():
    """crispy-forms-gds prints labels unescaped; Accord escapes them first (a comment
    form is labelled with its section's heading, which people type)."""
    from accord.consultations.forms import CommentForm
    from accord.core.templatetags.govuk import field

    section = type("S", (), {"pk": 1, "number": "1", "heading": "<script>alert(1)</script>"})()
    html = field(CommentForm(section)["text"])
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_the_signing_email_says_which_steps_are_done(mailoutbox):
    from accord.approvals.models import ApprovalStep
    from accord.signing.services.invitations import invite
    from tests.signing_setup import agreement_open_for_signing

    agreement, signatories = agreement_open_for_signing(1)
    ApprovalStep.objects.create(
        agreement=agreement, order=1, label="Partnership Board", action="agree", status="done"
    )
    ApprovalStep.objects.create(
        agreement=agreement, order=2, label="Health Board", action="approve", status="planned"
    )
    invite(
        party=agreement.parties.get(),
        version=agreement.versions.get(),
        signatory=signatories[0],
    )
    body = mailoutbox[0].body
    assert "Done so far: step 1, Partnership Board (agree)." in body
    assert "Still to come: step 2, Health Board (approve)." in body
    assert "every board" not in body
