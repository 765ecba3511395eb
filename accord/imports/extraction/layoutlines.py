"""From what a reader produced to lines ready to read: the headings of a Word file that
uses bold instead of heading styles, every table with the lines its rows take, and for a
line the heading and lead-in above it (which tells a table what it lists)."""

from __future__ import annotations

from accord.imports.extraction import texttables
from accord.imports.extraction.lines import BLANK, NOISE, TEXT, Line
from accord.imports.extraction.structure import Part
from accord.imports.layout import TableBlock, looks_like_header
from accord.imports.reading import SourceText


def heading_lines(source: SourceText) -> set[int]:
    """Word's first-level headings; in a Word file without heading styles, the paragraphs
    set in bold after its title block stand for them."""
    if source.heading_lines or not source.emphasis_lines:
        return set(source.heading_lines)
    headings: set[int] = set()
    title_block: list[int] | None = []
    for index, text in enumerate(source.lines):
        if not text.strip():
            continue
        if index in source.emphasis_lines:
            if title_block is not None:
                title_block.append(index)
            else:
                headings.add(index)
            continue
        if title_block is not None and len(title_block) > 1 and text.rstrip().endswith("."):
            # The block's last bold line is over prose: the first heading, not the title.
            headings.add(title_block[-1])
        title_block = None
    return headings


def tables(source: SourceText, lines: list[Line]) -> tuple[list, set[int]]:
    """Every table (the reader's, and those lined up with spaces in a text file), with
    the numbers of the lines their rows take, which are marked as table rows."""
    blocks = list(source.tables)
    covered: set[int] = set()
    if source.format == "txt":
        drawn, drawing = _drawn_tables(source, lines)
        blocks += drawn
        covered |= {index + 1 for index in drawing}
        raw = ["" if n in drawing else text for n, text in enumerate(source.lines)]
        found, indexes = texttables.find(raw)
        blocks += found
        for index in indexes:
            lines[index].kind = NOISE  # a row's wrapped lines; the row is written below
        for block in found:
            for row, number in zip(block.rows, block.lines, strict=True):
                line = lines[number - 1]
                line.kind, line.text = TEXT, " | ".join(c for c in row if c)
        covered |= {index + 1 for index in indexes}
    rows = {number for block in blocks if not block.form for number in block.lines}
    for number in rows:
        lines[number - 1].table = True
    return sorted(blocks, key=lambda b: b.lines[0] if b.lines else 0), rows | covered


def _drawn_tables(source: SourceText, lines: list[Line]) -> tuple[list[TableBlock], set[int]]:
    """Tables drawn with "|" and rules. Two columns with no header row are a form, each row
    written as "Label: value" for the readers of facts; others are tables with a header."""
    blocks = []
    drawn: set[int] = set()
    for rows, numbers, used in texttables.grids(source.lines):
        drawn |= used
        for index in used:
            lines[index].kind = NOISE
        form = len(rows[0]) == 2 and not looks_like_header(rows[0])
        for row, number in zip(rows, numbers, strict=True):
            line = lines[number - 1]
            text = f"{row[0]}: {row[1]}" if form and row[0] else " | ".join(c for c in row if c)
            line.kind, line.text = TEXT, text
        if not form:
            blocks.append(TableBlock(rows, lines=numbers, header_rows=1, bands=[False] * len(rows)))
    return blocks, drawn


def context(lines: list[Line], parts: list[Part]):
    """For a line, the heading above it and the few lines that lead into it."""
    headings = sorted((h.first, h.title) for part in parts for h in part.headings)

    def around(number: int, last: bool = False) -> str:
        index = number - 1
        above = next(((first, t) for first, t in reversed(headings) if first < index), (-1, ""))
        heading = above[1]
        # The lead-in is under the table's own heading, not the end of the section before.
        lead = [
            line.text
            for line in lines[max(0, index - 6, above[0] + 1) : index]
            if line.kind not in (BLANK, NOISE) and not line.table
        ]
        if last:
            return lead[-1] if lead else ""  # the line just above the table
        return " ".join([heading, *lead[-3:]])

    return around
