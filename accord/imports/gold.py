"""The officer's corrections kept as a gold file: what a careful reader confirmed.

When an officer confirms an import, what they kept, changed and left out is an answer to
"what does this document say?" in the conventions of the evaluation corpus
(``accord/imports/corpus/README.md``). It is stored with the import, and
``accord import-eval --confirmed`` scores the reader against every such answer, so the
corpus grows from real use.

Only what the review page shows is an answer: the title, the kind, the sections, the
parties, the approval steps, the values and the dates. Bodies and levels are not shown
there, so they are left out of the gold file, and a field left out is not scored.

Each function here works on plain values (the findings and the officer's answers), so the
conventions can be read and tested apart from the form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accord.core.dates import partial_iso

# The keys of a gold file, in the corpus's order.
KEYS = (
    "title",
    "source_url",
    "kind",
    "parties",
    "bodies",
    "levels",
    "approval_steps",
    "values",
    "dates",
    "sections",
)


@dataclass(frozen=True)
class Answer:
    """One finding as the officer left it: kept or not, and the values on the page."""

    finding: dict[str, Any]
    kept: bool
    proposed: bool = True  # whether the page offered to keep it
    values: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str, default: Any = "") -> Any:
        return dict(self.values).get(name, default)


def section_label(finding: dict[str, Any], heading: str) -> str:
    """The heading as printed, with the officer's wording: a numbered heading keeps its
    number ("3. Scope" corrected to "Scope and purpose" is "3. Scope and purpose")."""
    label = str(finding.get("label") or "")
    shown = label if finding.get("kind") == "appendix" else str(finding.get("heading") or "")
    heading = heading.strip()
    if not heading or heading == shown[:300]:
        return label
    if shown and label.endswith(shown):
        return label[: len(label) - len(shown)] + heading
    return heading


def officer_gold(
    findings: dict[str, Any],
    *,
    title: str,
    kind: str,
    sections: list[Answer],
    parties: list[Answer],
    steps: list[Answer],
    values: list[Answer],
    dates: list[Answer],
) -> dict[str, Any]:
    """The gold file for one confirmed import.

    ``kind`` is the agreement kind the officer chose: when it is the one proposed, the
    document's own kind as read (a cover report, a decision notice) is kept, since the page
    asks only what the agreement is.
    """
    document_kind = findings.get("kind") or kind
    if kind != findings.get("agreement_kind"):
        document_kind = kind
    gold_sections: list[str] = []
    reviewed = {id(answer.finding): answer for answer in sections}
    for finding in findings.get("sections", []):
        answer = reviewed.get(id(finding))
        if answer is None:  # not on the page (the text before the first heading)
            gold_sections.append(str(finding.get("label") or ""))
        elif answer.kept:
            gold_sections.append(section_label(finding, answer.get("heading")))
        elif not answer.proposed:
            # A cover report's own section, left out of the agreement but still a heading.
            gold_sections.append(str(finding.get("label") or ""))
    gold_parties = []
    for answer in parties:
        if not answer.kept:
            continue
        name = str(answer.get("name") or "").strip() if answer.get("new") else ""
        category = str(answer.get("category") or "").strip()
        if not answer.finding.get("category") and category == "Parties":
            category = ""  # the page's default for a party nothing groups
        gold_parties.append({"name": name or answer.finding["name"], "category": category})
    gold_steps = []
    for answer in steps:
        if not answer.kept:
            continue
        action = answer.get("action")
        # Accord records six decisions; a document's own verb ("sign", "ratify") stays
        # when the officer kept the decision it was mapped to.
        if action == answer.finding.get("accord_action", answer.finding["action"]):
            action = answer.finding["action"]
        gold_steps.append({"body": answer.finding["body"], "action": action})
    gold_dates = []
    for answer in dates:
        if answer.kept and answer.get("date"):
            date, precision = answer.get("date")
            gold_dates.append(
                {"what": answer.get("what").strip(), "date": partial_iso(date, precision)}
            )
    return {
        "title": title.strip(),
        "source_url": None,
        "kind": document_kind,
        "parties": gold_parties,
        "approval_steps": gold_steps,
        "values": [a.get("text").strip() for a in values if a.kept and a.get("text").strip()],
        "dates": gold_dates,
        "sections": gold_sections,
    }
