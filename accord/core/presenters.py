"""Small functions that turn stored values into what a page shows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from accord.core.markup import row_html

# GOV.UK tag colours for each status a page shows; unknown statuses get the grey tag.
STATUS_COLOURS = {
    # agreements
    "draft": "grey",
    "consultation": "light-blue",
    "approval": "blue",
    "sign_up": "purple",
    "in_force": "green",
    "under_review": "yellow",
    "superseded": "grey",
    "withdrawn": "red",
    # parties
    "pending": "yellow",
    "signed": "green",
    "declined": "red",
    # approval steps
    "planned": "grey",
    "scheduled": "blue",
    "done": "green",
    "deferred": "orange",
    "rejected": "red",
    # bodies
    "proposed": "light-blue",
    "active": "green",
    "closed": "grey",
}


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(status, "grey")


def tag_html(colour: str, label: str) -> SafeString:
    """A GOV.UK tag: drawn by template tags rather than an include, as lists show one a
    row."""
    return row_html('<strong class="govuk-tag govuk-tag--{}">{}</strong>\n', colour, label)


@dataclass
class Block:
    kind: str  # "paragraph", "bullets" or "lettered"
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


_BULLET = re.compile(r"^\s*[-•]\s+(.*)$")
_LETTERED = re.compile(r"^\s*\(?([a-z])\)\s+(.*)$")


def section_blocks(text: str) -> list[Block]:
    """Split a section's text into paragraphs, bullet lists and lettered lists.

    Paragraphs are separated by blank lines; consecutive lines starting "- " form a
    bullet list and lines starting "a) " a lettered list, so sub-items survive.
    """
    blocks: list[Block] = []
    current: Block | None = None
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            current = None
            continue
        bullet, lettered = _BULLET.match(line), _LETTERED.match(line)
        if bullet or lettered:
            kind = "bullets" if bullet else "lettered"
            item = bullet.group(1) if bullet else lettered.group(2) if lettered else ""
            if current is None or current.kind != kind:
                current = Block(kind)
                blocks.append(current)
            current.lines.append(item)
            continue
        if current is None or current.kind != "paragraph":
            current = Block("paragraph")
            blocks.append(current)
        current.lines.append(line)
    return blocks


@dataclass
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def label(self) -> str:
        if not self.total:
            return "No parties yet"
        return f"{self.done} of {self.total} parties signed"
