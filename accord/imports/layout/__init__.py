"""The layout of a document beyond its lines: its tables, as rows of cells.

A reader that can see a table (python-docx for Word, pdfplumber for a PDF's ruled tables)
records it here as a ``TableBlock``, and writes each row into the document's lines where
the table stood, so that text-based reading still sees the words in order. The extraction
then reads the rows with their columns: a party table's "Organisation" and "Category",
a signature block's parties and dates, a document-control table's approvals, a form's
"Decision title" field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A header cell names what a column holds; a row of such short cells heads the table.
HEADER_WORDS = re.compile(
    r"^(?:(?:member |partner |signatory |lead )?organi[sz]ations?(?: name)?|name(?: of organi[sz]ation)?|"
    r"part(?:y|ies|ner|ners)|members?|member organi[sz]ation|agency|councils?|relevant agenc(?:y|ies)|"
    r"category|sector|service|type|group|role|position|post|title|job title|"
    r"signatory|signature(?: \(.*\))?|signed(?: by| for)?|"
    r"date(?: signed| of signature)?|dated|version|summary(?: of changes)?|changes|agreed by|"
    r"approved by|stage|status|body|meeting|outcome|decision|represent(?:ed by|ative)s?|seats|"
    r"(?:voting |non-voting )members|substitutes?|votes|membership|attend(?:ed|ance)|meetings attended|"
    r"lead(?: \(post\)| officer| contact| director)?|(?:named |data protection )?contact|"
    r"registered address|address|identifier|(?:ods |organi[sz]ation )?code|"
    r"responsib(?:le|ility)|its part .*|share of .*|lead safeguarding partner|scheme|total|"
    # "Grant 2025/26", "Contribution (£)": what each pays or receives, in a column.
    r"(?:grant|amount|funding|contribution|budget|allocation|award)s?"
    r"(?: \(£\))?(?: (?:in )?\d{4}(?:[/-]\d{2,4})?)?)$",
    re.IGNORECASE,
)


@dataclass
class TableBlock:
    """A table as rows of cells (merged cells repeated in every column they cover), with
    the file line each row was written to."""

    rows: list[list[str]]
    lines: list[int] = field(default_factory=list)  # 1-based line number of each row
    header_rows: int = 0
    bands: list[bool] = field(default_factory=list)  # the row is one cell across the table
    form: bool = False  # label | value rows, written as "Label: value"

    @property
    def header(self) -> list[str]:
        return self.rows[0] if self.header_rows else []

    def body(self) -> list[tuple[int, list[str], bool, int]]:
        """(row index, cells, band?, line) for each row under the header."""
        return [
            (n, self.rows[n], self.bands[n] if n < len(self.bands) else False, self.lines[n])
            for n in range(self.header_rows, len(self.rows))
        ]


def tidy(text: str) -> str:
    return " ".join((text or "").split())


_ABBREVIATION = re.compile(r"^[A-Za-z]{1,4}\.$")


def looks_like_header(cells: list[str]) -> bool:
    """Short cells naming columns ("Organisation", "Signed by", "Date")."""
    filled = [tidy(c) for c in cells if tidy(c)]
    # A sentence is no column name, but a short abbreviation is ("No.", "Ref.").
    if len(filled) < 2 or any(
        len(c.split()) > 6 or (c.endswith(".") and not _ABBREVIATION.match(c)) for c in filled
    ):
        return False
    named = sum(1 for c in filled if HEADER_WORDS.match(c.rstrip(":")))
    return named >= 2 and named * 2 >= len(filled)


def is_form(rows: list[list[str]]) -> bool:
    """Two columns of label and value ("Decision title | ..."), with no header row."""
    if not rows or any(len(row) != 2 for row in rows) or len(rows) < 2:
        return False
    labels = [tidy(row[0]) for row in rows]
    short = sum(1 for label in labels if label and len(label.split()) <= 5)
    return short >= 0.8 * len(rows) and not looks_like_header(rows[0])


def render(
    block: TableBlock, paragraphs: list[list[list[str]]] | None = None
) -> list[tuple[int, str]]:
    """The lines a table is written as, each with the row it belongs to: "a | b | c" for a
    row, the text alone for a band, "Label: value" for a form (a value of several
    paragraphs goes on over the lines after). ``paragraphs`` gives each cell's paragraphs
    where the reader knows them (Word); otherwise a cell is one paragraph."""
    out: list[tuple[int, str]] = []
    for n, row in enumerate(block.rows):
        band = block.bands[n] if n < len(block.bands) else False
        if block.form:
            label = tidy(row[0]).rstrip(":")
            parts = paragraphs[n][1] if paragraphs else [row[1]]
            parts = [tidy(p) for p in parts if tidy(p)] or [""]
            out.append((n, f"{label}: {parts[0]}".rstrip()))
            out += [(n, part) for part in parts[1:]]
            continue
        cells = [tidy(c) for c in row]
        if band:
            out.append((n, next((c for c in cells if c), "")))
            continue
        kept: list[str] = []
        for cell in cells:
            if cell and (not kept or cell != kept[-1]):
                kept.append(cell)
        out.append((n, " | ".join(kept)))
    return out


def place(block: TableBlock, rendered: list[tuple[int, str]], first_line: int) -> list[str]:
    """Give each row the number of the line it is written to (``first_line`` is the
    1-based number of the first rendered line) and return the text lines."""
    block.lines = [0] * len(block.rows)
    for offset, (row, _) in enumerate(rendered):
        if not block.lines[row]:
            block.lines[row] = first_line + offset
    return [text for _, text in rendered]
