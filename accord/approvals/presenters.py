"""What the agenda of a meeting page shows for each item."""

from __future__ import annotations

from dataclasses import dataclass

from accord.approvals.models import AgendaItem, Decision, Outcome
from accord.approvals.selectors import decided_before_accord

# GOV.UK tag colours for what a meeting decided.
OUTCOME_COLOURS: dict[str, str] = {
    Outcome.APPROVED: "green",
    Outcome.NOTED: "green",
    Outcome.APPROVED_WITH_AMENDMENTS: "yellow",
    Outcome.DEFERRED: "orange",
    Outcome.REJECTED: "red",
}


@dataclass
class AgendaRow:
    number: int
    item: AgendaItem
    decision: Decision | None
    # A step decided before Accord recorded decisions (the demo's history) keeps its
    # decision as text on the step.
    before_accord: bool
    earlier_decision_text: str
    # What the route says about a step not yet decided (e.g. what the report asks for).
    step_note: str
    link_agreement: bool
    first: bool
    last: bool

    @property
    def decided(self) -> bool:
        return self.decision is not None or self.before_accord

    @property
    def step(self):
        return self.item.approval_step

    @property
    def outcome_colour(self) -> str:
        return OUTCOME_COLOURS.get(self.decision.outcome, "grey") if self.decision else "grey"


def agenda_rows(items: list[AgendaItem], readable_agreement_ids: set[int]) -> list[AgendaRow]:
    rows = []
    for index, item in enumerate(items):
        before_accord = decided_before_accord(item)
        decision = getattr(item, "decision", None)
        step = item.approval_step
        undecided_step = step is not None and decision is None and not before_accord
        rows.append(
            AgendaRow(
                number=index + 1,
                item=item,
                decision=decision,
                before_accord=before_accord,
                earlier_decision_text=step.decision_text if step and before_accord else "",
                step_note=step.decision_text if step and undecided_step else "",
                link_agreement=step is not None and step.agreement_id in readable_agreement_ids,
                first=index == 0,
                last=index == len(items) - 1,
            )
        )
    return rows
