"""Tables in plain text: columns lined up with spaces under a row of column names.

A text file (or a PDF saved as text) keeps a table as lines whose cells start under the
column names of a header row ("Category   Organisation   Represented by"). A cell too
long for its column wraps onto the next line, in the same column; a row starts where a
cell begins that is not the rest of the one above (it would have fitted on the line
before, or its column was empty there). A page footer and a page gap may cut the table,
with the header row printed again on the next page: the table runs on after them.
"""

from __future__ import annotations

import re

from accord.imports.extraction.lines import FUNCTION_WORDS
from accord.imports.extraction.orgs import ORGANISATION_WORDS
from accord.imports.layout import TableBlock, looks_like_header

# Runs of words one space apart; a cell of one character ("2") is a cell too.
_GAP = re.compile(r"\S+(?: \S+)*")
_COMPLETE = re.compile(r"\b(?:" + ORGANISATION_WORDS + r")$", re.IGNORECASE)
_DRAWN = re.compile(r"^[-=_\s]+$")
_LOOKAHEAD = 7  # lines a footer and a page gap may take before the header comes again


def _cells(text: str) -> list[tuple[int, str]]:
    """(start, text) of each run of text separated by two spaces or more."""
    return [(m.start(), m.group(0)) for m in _GAP.finditer(text)]


def _expand(text: str) -> str:
    return text.replace("\t", "    ").replace("\u00a0", " ").rstrip()


def _place(cells, starts: list[int]) -> list[str] | None:
    """The line's text by column, or None when a cell fits no column (not a row)."""
    out = [""] * len(starts)
    for start, text in cells:
        column = None
        for n, column_start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else 10_000
            if column_start - 2 <= start < end - 1:
                column = n
                break
        if column is None:
            return None
        end = starts[column + 1] if column + 1 < len(starts) else 10_000
        if start + len(text) > end:
            return None  # runs across the next column: a footer or a sentence
        out[column] = f"{out[column]} {text}".strip()
    return out


def _wraps(before: str, after: str, width: int) -> bool:
    """Whether ``after`` is the rest of the cell text ``before`` on the line above."""
    if not before:
        return False
    if after[:1].islower() or after[:1] in ")]" or before.count("(") > before.count(")"):
        return True
    if before.rstrip().rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS or before.endswith(","):
        return True
    if _COMPLETE.search(before) and after[:1].isupper():
        return False  # "Eastholt Fire and Rescue Service" is whole; a new name follows
    return len(before) + 1 + len(after.split()[0]) > width


def _group_row(text: str) -> bool:
    """A group's name standing alone in the first column ("Co-opted members", "In
    attendance", "Providers"): a few words, no organisation's name, no sentence."""
    words = text.rstrip(":").split()
    if not 1 <= len(words) <= 4 or text.endswith((".", ",", ";")) or not text[:1].isupper():
        return False
    if _COMPLETE.search(text.rstrip(":")) and not text.rstrip(":").lower().endswith("s"):
        return False  # "Board", "Trust": the end of a name wrapped onto this line
    if any(w[:1].isupper() for w in words[1:]):
        return False  # "Anvelby Homes": a name in title case
    return len(words) > 1 or text.endswith(":") or words[0].lower().endswith("s")


def _completes(before: str, after: str) -> bool:
    """ "Board" under "Brackley Vale and Ormond Integrated Care": the word that ends an
    organisation's name wrapped alone onto the next line."""
    return len(after.split()) <= 2 and bool(_COMPLETE.search(f"{before} {after}"))


def find(raw: list[str]) -> tuple[list[TableBlock], set[int]]:
    """The text tables in ``raw`` lines, and the indexes of every line they cover."""
    tables: list[TableBlock] = []
    covered: set[int] = set()
    index = 0
    while index < len(raw):
        text = _expand(raw[index])
        cells = _cells(text)
        if len(cells) < 2 or not looks_like_header([c for _, c in cells]):
            index += 1
            continue
        header = [c for _, c in cells]
        starts = [s for s, _ in cells]
        block, used, index = _read(raw, index, header, starts)
        if len(block.rows) > 1:
            tables.append(block)
            covered |= used
    return tables, covered


def _read(raw, index, header, starts):
    rows: list[list[str]] = [header]
    numbers: list[int] = [index + 1]
    used = {index}
    widths = [b - a - 1 for a, b in zip(starts, starts[1:], strict=False)] + [0]
    last_line: list[str] = []
    bands: list[int] = []
    position = index + 1
    while position < len(raw):
        text = _expand(raw[position])
        placed = _place(_cells(text), starts) if text.strip() else None
        if placed is None:
            resume = _resumes(raw, position, header)
            if resume is None:
                break
            used |= set(range(position, resume + 1))
            position, last_line = resume + 1, []
            continue
        if all(_DRAWN.match(cell) for cell in placed if cell):
            # "--------  ----------" under the header: a rule drawn under the column names.
            used.add(position)
            position, last_line = position + 1, []
            continue
        widths[-1] = max(widths[-1], len(placed[-1]))
        filled = [n for n, cell in enumerate(placed) if cell]
        alone = len(starts) > 1 and filled == [0]
        if alone and _group_row(placed[0]):
            # "Responsible authorities" alone in the first column: a group row, whose
            # name is the category of the rows under it.
            rows.append(placed)
            numbers.append(position + 1)
            bands.append(len(rows) - 1)
            last_line = []
        elif len(filled) == 1 and rows[1:] and _completes(rows[-1][filled[0]], placed[filled[0]]):
            # "Trust" under "... NHS Foundation": the end of a name wrapped in its column.
            rows[-1][filled[0]] = f"{rows[-1][filled[0]]} {placed[filled[0]]}"
            last_line = list(placed)
        elif last_line and all(_wraps(last_line[n], placed[n], widths[n]) for n in filled):
            for n in filled:
                rows[-1][n] = f"{rows[-1][n]} {placed[n]}".strip()
                last_line[n] = placed[n]
        else:
            rows.append(placed)
            numbers.append(position + 1)
            last_line = list(placed)
        used.add(position)
        position += 1
    block = TableBlock(
        rows, lines=numbers, header_rows=1, bands=[n in bands for n in range(len(rows))]
    )
    return block, used, position


def _resumes(raw: list[str], position: int, header: list[str]) -> int | None:
    """The index of the header row printed again after a footer and a page gap."""
    for ahead in range(position, min(len(raw), position + _LOOKAHEAD)):
        cells = [c for _, c in _cells(_expand(raw[ahead]))]
        if cells == header:
            return ahead
    return None


# Tables drawn with rules: "+----+----+" or "|____|____|" lines between rows of "| a | b |".
_RULE = re.compile(r"^\s*[+|]?[-=_+| ]*[-=_]{3,}[-=_+| ]*$")
_PIPED = re.compile(r"^\s*\|.*\|\s*$")


def grids(raw: list[str]) -> list[tuple[list[list[str]], list[int], set[int]]]:
    """Tables drawn with "|" and rules: (rows of cells, the line number of each row, the
    indexes of every line drawn). A line whose first cell is empty carries on the cells
    of the row above, as a wrapped cell does; blank rows and rules are only drawing."""
    found = []
    index = 0
    while index < len(raw):
        if not _PIPED.match(raw[index]):
            index += 1
            continue
        start = index
        while start > 0 and _RULE.match(raw[start - 1]):
            start -= 1
        rows: list[list[str]] = []
        numbers: list[int] = []
        used: set[int] = set(range(start, index))
        while index < len(raw) and (_PIPED.match(raw[index]) or _RULE.match(raw[index])):
            used.add(index)
            text = raw[index].strip()
            if _PIPED.match(raw[index]) and not _RULE.match(raw[index]):
                cells = [" ".join(cell.split()) for cell in text[1:-1].split("|")]
                if not any(cells):
                    pass
                elif rows and not cells[0] and len(cells) == len(rows[-1]):
                    rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
                else:
                    rows.append(cells)
                    numbers.append(index + 1)
            index += 1
        if len(rows) > 1 and len({len(row) for row in rows}) == 1 and len(rows[0]) > 1:
            found.append((rows, numbers, used))
    return found
