"""The day each organisation signed, from the "Date:" line of its signature block.

A signature block names the organisation at its head ("Signed for X", "For X ......",
"X .........." with the line to sign on, or "X Signed: .... Date: ..." in a row of cells)
and gives the day in a "Date:" field a few lines under it. Organisations that signed on
the same day make one event: "signed for A and B".
"""

from __future__ import annotations

import re

from accord.imports.extraction import orgs
from accord.imports.extraction.dates import mentions
from accord.imports.extraction.lines import BLANK, BULLET, NOISE, Line

_HEAD = re.compile(
    r"^(?:signed\s+(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for)\s+|for\s+)?"
    r"(?:the\s+)?(?P<name>[A-Z][^.:|]{2,120}?)\s*(?:[.\u2026_]{3,}.*)?$",
    re.IGNORECASE,
)
_SIGNS = re.compile(r"^(?:signed|for)\b|[.\u2026_]{3,}", re.IGNORECASE)
_DATE = re.compile(r"^date(?: signed)?\s*:\s*(?P<value>.+)$", re.IGNORECASE)
# "X Signed: ........ Position: Director Date: 9 Oct 2025", one cell of a row of them.
_CELL = re.compile(r"^(?P<name>[A-Z].{2,120}?)\s+signed\s*:.*?\bdate\s*:\s*(?P<value>.+)$", re.I)
_REACH = 5  # lines between a block's head and its "Date:" field


def _head(line: Line, known, next_to: bool) -> str:
    text = line.text.strip()
    # The line to sign on may have been read as a leader and set aside: an organisation's
    # bare name just above the date is the head of its block.
    if not (_SIGNS.search(text) or line.kind == BULLET or (next_to and len(text.split()) <= 12)):
        return ""
    match = _HEAD.match(text)
    name = match.group("name").strip() if match else ""
    if orgs.is_post(name.replace("\u2019", "'")):
        return ""  # "Director of Children\u2019s Services": who signs, not for whom
    return name if name and orgs.looks_like_organisation(name, known) else ""


def signed_dates(lines: list[Line], today, known=frozenset()) -> list[tuple[str, str, int]]:
    """(date key, "signed for ...", line) for each day organisations signed, in order."""
    days: dict[str, tuple[list[str], int]] = {}

    def signed(key: str, name: str, number: int) -> None:
        names, _ = days.setdefault(key, ([], number))
        if name not in names:
            names.append(name)

    content = [line for line in lines if line.kind not in (BLANK, NOISE)]
    for index, line in enumerate(content):
        text = line.text.strip()
        for cell in text.split(" | "):
            row = _CELL.match(cell.strip())
            if row and orgs.looks_like_organisation(row.group("name"), known):
                for mention in mentions(row.group("value"), today)[:1]:
                    signed(mention.key, row.group("name").strip(), line.number)
        field = _DATE.match(text)
        if not field:
            continue
        found = mentions(field.group("value"), today)
        if not found or len(found[0].key) != 10:
            continue
        block = []
        for above in reversed(content[max(0, index - _REACH) : index]):
            if _DATE.match(above.text.strip()):
                break  # the block above's own date: no head of this one
            block.append(above)
        # A head that says it signs ("Signed for X") before a bare name just above.
        name = next((n for n in (_head(a, known, False) for a in block) if n), "")
        if not name and block:
            name = _head(block[0], known, True)
        if name:
            signed(found[0].key, name, line.number)
    facts = []
    for key, (names, number) in days.items():
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        facts.append((key, f"signed for {joined}", number))
    return facts
