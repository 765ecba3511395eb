"""The values an agreement holds, wherever it lists them.

Values are listed under a heading or lead-in that names them ("Our values", "Values:"), under
a short label line of their own that a PDF did not mark as a heading ("Our values", "C. What
we value"), or in a table whose first column is headed "Value" with what each means beside it.
"""

from __future__ import annotations

import re

from accord.imports.extraction import lists
from accord.imports.extraction.lines import BLANK, BULLET, ITEM, NOISE, Line
from accord.imports.extraction.lists import ListedItem
from accord.imports.layout import TableBlock

_NAMES_VALUES = r"\bvalues\b|\bwhat we value\b"
# A line that is nothing but a label for the values, with an optional "C." or "3." before it.
_LABEL = re.compile(
    r"(?:[A-Z]\.|\d{1,2}\.?)?\s*(?:(?:our|shared|core|common)\s+)?values"
    r"(?:\s+and\s+behaviours)?|(?:[A-Z]\.|\d{1,2}\.?)?\s*what we (?:all )?value",
    re.I,
)
_HEADER = re.compile(r"(?:(?:our|shared|core)\s+)?values?", re.I)


def _under_label(lines: list[Line], heading_lines: set[int]) -> list[ListedItem]:
    for index, line in enumerate(lines):
        if line.kind in (BLANK, NOISE) or line.table or not _LABEL.fullmatch(line.text.strip()):
            continue
        # Plain lines are items only when the list has no marks (a PDF lost the bullets);
        # after a marked list, the next label ("D. How we will work") is no value.
        following = next((n for n in lines[index + 1 :] if n.kind not in (BLANK, NOISE)), None)
        bare = following is not None and following.kind not in (BULLET, ITEM)
        items = lists.items_after(
            lines, index, heading_lines - {index}, categories=False, bare=bare
        )
        if items:
            return items
    return []


def _in_table(blocks: list[TableBlock]) -> list[ListedItem]:
    for block in blocks:
        if len(block.rows) < 2 or not block.rows[0] or not _HEADER.fullmatch(block.rows[0][0]):
            continue
        numbers = block.lines or [0] * len(block.rows)
        return [
            ListedItem(row[0].strip(), number, number)
            for row, number in zip(block.rows[1:], numbers[1:], strict=False)
            if row and row[0].strip()
        ]
    return []


def read(lines: list[Line], heading_lines: set[int], blocks: list[TableBlock]) -> list[ListedItem]:
    return (
        lists.listed_under(lines, heading_lines, _NAMES_VALUES)
        or _under_label(lines, heading_lines)
        or _in_table(blocks)
    )
