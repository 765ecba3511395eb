"""The first draft of a cover report, written from what Accord already knows about the
agreement and the step. Officers then edit every part of it."""

from __future__ import annotations

from accord.approvals.models import Action, ApprovalStep
from accord.consultations.models import Consultation
from accord.consultations.selectors import consultation_summary

# The standard council layout: (key, heading), in the order the report prints them.
SECTIONS: list[tuple[str, str]] = [
    ("executive_summary", "Executive Summary"),
    ("recommendations", "1. Recommendation(s)"),
    ("introduction", "2. Introduction and Background"),
    ("issues", "3. Issues, Options and Analysis of Options"),
    ("reasons", "4. Reasons for Recommendation"),
    ("consultation", "5. Consultation (including Overview and Scrutiny, if applicable)"),
    (
        "impact",
        "6. Impact on corporate policies, priorities, performance and community impact",
    ),
    ("implications", "7. Implications"),
    ("background_papers", "8. Background papers used in preparing the report"),
    ("appendices", "9. Appendices to the report."),
]
IMPLICATIONS: list[tuple[str, str]] = [
    ("financial", "7.1 Financial"),
    ("legal", "7.2 Legal"),
    ("equality", "7.3 Diversity and Equality"),
    ("other", "7.4 Other implications"),
]
# The facts printed above the report's sections.
COVER_FIELDS: list[tuple[str, str]] = [
    ("title", "Title"),
    ("meeting", "Meeting"),
    ("meeting_date", "Date"),
    ("wards", "Wards and communities affected"),
    ("public_or_exempt", "Public or exempt"),
    ("key_decision", "Key decision"),
    ("report_of", "Report of"),
    ("accountable_director", "Accountable Director"),
    ("author", "Report Author"),
]
EDITABLE_KEYS = (
    [key for key, _ in COVER_FIELDS]
    + [key for key, _ in SECTIONS]
    + [f"implication_{key}" for key, _ in IMPLICATIONS]
)

ACTION_VERBS: dict[str, str] = {
    Action.AGREE: "agrees",
    Action.NOTE: "notes",
    Action.APPROVE: "endorses and approves",
    Action.ENDORSE: "endorses",
    Action.CONSIDER: "considers",
    Action.COMMENT: "comments on",
}


def _recommendation(step: ApprovalStep, title: str) -> str:
    verb = ACTION_VERBS.get(step.action, step.get_action_display().lower())
    kind = step.agreement.get_kind_display()
    return (
        f'1.1 That the {step.actor_name} notes why the {kind} "{title}" is needed, '
        f"and {verb} it as set out in Appendix 1."
    )


def _route(step: ApprovalStep) -> str:
    lines = []
    for other in step.agreement.approval_steps.select_related("body").order_by("order"):
        decided = f", {other.display_decision_date}" if other.decision_date else ""
        lines.append(
            f"- {other.get_action_display()}: {other.actor_name} "
            f"({other.get_status_display().lower()}{decided})"
        )
    return "\n".join(lines)


def _parties(step: ApprovalStep) -> str:
    rows = step.agreement.parties.select_related("organisation").order_by("order")
    by_category: dict[str, list[str]] = {}
    for party in rows:
        by_category.setdefault(party.category or "Parties", []).append(party.organisation.name)
    return "\n".join(f"{category}: {', '.join(names)}." for category, names in by_category.items())


def consultation_rows(step: ApprovalStep) -> list[dict[str, str]]:
    """Who was consulted, what they said and what changed, from the consultation records."""
    consultations = Consultation.objects.filter(version__agreement=step.agreement).order_by(
        "opened_at"
    )
    rows = []
    for consultation in consultations:
        for row in consultation_summary(consultation):
            rows.append(
                {
                    "who": ", ".join(part for part in (row.who, row.organisation) if part),
                    "said": f"{row.section}: {row.comment}",
                    "did": f"{row.outcome}. {row.reason}" if row.outcome else "No response yet.",
                }
            )
    return rows


def _consultation_text(step: ApprovalStep, rows: list[dict[str, str]]) -> str:
    if not rows:
        return "No consultation on this agreement is recorded in Accord."
    who = sorted({row["who"] for row in rows})
    return (
        f"The draft was consulted on. {len(rows)} comments were received from: "
        f"{'; '.join(who)}. What each said and what was done about it is in the table below."
    )


def meeting_of(step: ApprovalStep):
    """The meeting the step goes to: its own, or the one whose agenda carries it."""
    if step.meeting_id:
        return step.meeting
    item = step.agenda_items.select_related("meeting").order_by("-meeting__date").first()
    return item.meeting if item else None


def draft_content(step: ApprovalStep, *, author: str) -> dict:
    """The first version's content: the cover facts, every section and implication, and
    the consultation table."""
    agreement = step.agreement
    title = agreement.title
    meeting = meeting_of(step)
    rows = consultation_rows(step)
    sections = {
        "executive_summary": (
            f"This report asks the {step.actor_name} to "
            f"{step.get_action_display().lower()} {title}. {agreement.summary}".strip()
        ),
        "recommendations": _recommendation(step, title),
        "introduction": (
            f"{title} is {'a legally binding' if agreement.legally_binding else 'not a legally binding'} "
            f"{agreement.get_kind_display()} owned by the {agreement.owning_body}.\n\n"
            f"Its parties are:\n{_parties(step)}\n\nThe route of approval so far:\n{_route(step)}"
        ),
        "issues": "There are no issues or options to consider beyond the recommendation.",
        "reasons": (
            f"The {step.actor_name} is asked to {step.get_action_display().lower()} the agreement "
            f"as a step on its agreed route of approval."
        ),
        "consultation": _consultation_text(step, rows),
        "impact": "",
        "implications": "",
        "background_papers": "None.",
        "appendices": (
            f"Appendix 1: {agreement.get_kind_display()}: {title}\nAppendix 2: Governance map"
        ),
    }
    cover = {
        "title": title,
        "meeting": meeting.title if meeting else step.actor_name,
        "meeting_date": meeting.display_date if meeting else "",
        "wards": "All",
        "public_or_exempt": "Public" if (meeting is None or meeting.public) else "Exempt",
        "key_decision": "Non-key",
        "report_of": author,
        "accountable_director": "",
        "author": author,
    }
    implications = {f"implication_{key}": "" for key, _ in IMPLICATIONS}
    return {**cover, **sections, **implications, "consultation_rows": rows}
