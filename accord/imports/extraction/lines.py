"""Cleaning the lines of a document pulled out of a PDF or Word file.

Text taken from a PDF keeps the damage of the page: bullets become private-use characters,
running footers and URLs repeat on every page, numbers are printed twice ("7.1 7.1
Financial"), sentences break across lines and across page gaps. Each line is cleaned and
given a kind here, so the readers of structure never see that damage; every line keeps
the number it had in the file, so the review page can show where a finding came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

BLANK, TEXT, BULLET, CLAUSE, ITEM, NOISE = "blank", "text", "bullet", "clause", "item", "noise"

# Bullets as Word and PDF tools leave them: real ones, Symbol-font private-use characters,
# and the hyphens, stars and "o" that people type.
_BULLET = re.compile(
    r"^\s*(?:[\u2022\u2023\u2043\u25aa\u25ab\u25a0\u25cf\u25e6\u27a2\u2013\u2014\uf0a7\uf0b7"
    r"\uf076\uf0d8\uf0fc\u00b7*>-]|o(?=\s))\s*(?=\S)"
)
_CLAUSE = re.compile(r"^\s*\(?(\d{1,3}(?:\.\d{1,3}){1,3})\.?\)?(?:\s+|$)")
# "(a) ", "b) ", "(iv) " and, in resolutions, "iv. " numbered in small roman numerals.
# "(1) Fairness": a figure in brackets before a short line in sentence case, as a list
# of values or commitments (a deed's "(1) THE COUNCIL OF ..." is in capitals).
_LETTERED = re.compile(
    r"^\s*(?:\(?([a-z]|[ivx]{1,4})\)|([ivx]{1,4})\.|\((\d{1,2})\)(?=\s+[A-Z][a-z]))\s+(?=\S)"
)
_DOUBLED = re.compile(r"^(\s*)(\d{1,2}(?:\.\d{1,2})*\.?)\s+\2(?=\s)")
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$", re.IGNORECASE
)
# A list marker left on a line of its own (a PDF keeps markers apart from their text).
_MARKER_ONLY = re.compile(
    r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\uf0b7\uf0a7*-]|\(?[a-z0-9]{1,3}[.)])\s*$"
)
# "Kestle Council ........ Director of Adult Social Care": a signature table's row.
_LEADERS = re.compile(r"^(.*?\S)\s*(?:\.{4,}|\s\.)\s+(\S.*)$")
_SIGN_HERE = re.compile(r"^signed\s*\.{3,}\s*(?:for|on behalf)\b", re.I)
_CELL_GAP = re.compile(r"\S\s{6,}\S")
_LABELLED = re.compile(r"^[A-Z][\w ()/-]{0,30}:\s*\S")
_DATE_CELL = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$"
)
_PAGE_WORDS = re.compile(r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b", re.IGNORECASE)
# Lines that repeat because the document repeats them, not because a page does.
_KEEP_LABELS = re.compile(
    r"^\s*(?:implications verified by|not applicable|n/a|none|yes|no)\b", re.IGNORECASE
)
_SENTENCE_END = (".", ":", ";", "!", "?")
_ENUMERATOR = re.compile(r"^\(\w{1,4}\)\s")
_FIELD = re.compile(r"^[A-Z][\w ,'\u2019()/&-]{0,40}:\s+\S")
FUNCTION_WORDS = frozenset(
    "a an and at across by for from in into of on or the to with within between as its their "
    "our your this that these those which who whose including under over via per upon".split()
)


@dataclass
class Line:
    number: int  # 1-based line number in the file as read
    text: str  # cleaned text: no bullet mark, no doubled number, no surrounding spaces
    kind: str
    indent: int = 0
    label: str = ""  # a clause number ("2.1") or list letter ("a")
    heading: bool = False  # Word called this line a heading
    full: bool = False  # as long as the page's lines run: the text wrapped onto the next
    table: bool = False  # a row of a table, read by its columns (extraction.tables)

    @property
    def blank(self) -> bool:
        return self.kind == BLANK


# A protective marking printed on a page by itself ("OFFICIAL", "OFFICIAL-SENSITIVE",
# "NOT PROTECTIVELY MARKED"): a banner of the civil-service classification scheme, never a
# heading or a title.
_MARKING = re.compile(
    r"^(?:OFFICIAL(?:[ -]SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED|RESTRICTED|"
    r"PROTECT|SECRET)(?:\s*[-:]\s*[A-Z ]{1,30})?$"
)


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _near_page_gaps(raw: list[str]) -> Counter:
    """How often each line stands within three lines of a page gap (two blank lines or
    more, or a form feed), where running headers and footers are printed."""
    blank = [not line.strip() or "\f" in line for line in raw]
    gap = [False] * len(raw)
    for index in range(len(raw) - 1):
        if blank[index] and blank[index + 1]:
            for near in range(max(0, index - 3), min(len(raw), index + 5)):
                gap[near] = True
    return Counter(
        _signature(line) for line, near in zip(raw, gap, strict=True) if near and line.strip()
    )


def _noise_signatures(counts: Counter, near_gaps: Counter) -> set[str]:
    """Lines printed on three pages or more, mostly at a page's edge: running headers,
    footers and URLs. (A party listed in three lists is not at the edge of each page.)"""
    noisy = set()
    for signature, count in counts.items():
        if count >= 3 and not _URL_ONLY.match(signature) and near_gaps[signature] < 0.6 * count:
            continue
        if count < 3 or len(signature) < 4 or _KEEP_LABELS.match(signature):
            continue
        if _BULLET.match(signature) and not _URL_ONLY.match(signature):
            continue
        if re.match(r"^#(?:\.#)*\.?\s+[a-z(]", signature) and "page" not in signature:
            continue  # numbered headings and clauses repeat their wording, not themselves
        noisy.add(signature)
    return noisy


def clean(raw: list[str], headings: set[int] | None = None) -> list[Line]:
    """Every line of the file, cleaned and classified; noise is kept (as NOISE) so line
    numbers stay true, and is skipped by everything that reads the result."""
    headings = headings or set()
    repeats = Counter(_signature(line) for line in raw if line.strip())
    noisy = _noise_signatures(repeats, _near_page_gaps(raw))
    facts = _aligned_facts(raw)
    lines: list[Line] = []
    for index, original in enumerate(raw):
        expanded = original.replace("\t", "    ").replace("\u00a0", " ").rstrip()
        stripped = expanded.strip()
        indent = len(expanded) - len(expanded.lstrip())
        number = index + 1
        if not stripped:
            lines.append(Line(number, "", BLANK))
            continue
        signature = _signature(stripped)
        if (
            signature in noisy
            or _PAGE_NUMBER.match(stripped)
            or _MARKER_ONLY.match(stripped)
            or _MARKING.match(stripped)
            or (_PAGE_WORDS.search(stripped) and len(stripped) < 120 and repeats[signature] > 1)
        ):
            lines.append(Line(number, stripped, NOISE, indent))
            continue
        stripped = _DOUBLED.sub(r"\1\2", stripped)
        leaders = _LEADERS.match(stripped)
        # "Signed ........ for and on behalf of X": a place to sign, naming who signs after.
        if leaders and not leaders.group(1).endswith(":") and not _SIGN_HERE.match(stripped):
            lines.append(Line(number, leaders.group(1).strip(), BULLET, indent))
            continue
        if (_CELL_GAP.search(stripped) or index in facts) and not _CLAUSE.match(stripped):
            cells = re.split(r"\s{3,}" if index in facts else r"\s{6,}", stripped)
            # "Date:        May 2023" is one fact; "Organisation      Signed by" two cells.
            if cells[0].endswith(":"):
                stripped = " ".join(cells)
            elif index in facts:
                stripped = f"{cells[0]}: {cells[1]}"  # "Decision title      X": a fact
            elif all(_LABELLED.match(cell) for cell in cells):
                stripped = " | ".join(cells)  # "Status: Draft      Version: 0.6": facts
            elif len(cells) == 2 and _DATE_CELL.match(cells[1]):
                # "Elmsfield County Council      12 February 2025": who acted, and when.
                stripped = f"{cells[0]} ({cells[1]})"
            else:
                stripped = cells[0]
        line = Line(number, stripped, TEXT, indent, heading=index in headings)
        bullet = _BULLET.match(stripped)
        clause = _CLAUSE.match(stripped)
        lettered = _LETTERED.match(stripped)
        # A bullet lost in extraction leaves its one space behind: " Healthwatch Thurrock".
        lost_bullet = indent == 1 and original[:1] == " " and not (clause or lettered)
        if (bullet or lost_bullet) and not line.heading:
            bullet_end = bullet.end() if bullet else 0
            line.kind, line.text = BULLET, stripped[bullet_end:].strip()
        elif clause and not line.heading:
            line.kind, line.label = CLAUSE, clause.group(1)
            line.text = stripped[clause.end() :].strip()
        elif lettered and not line.heading:
            line.kind, line.label = (
                ITEM,
                lettered.group(1) or lettered.group(2) or lettered.group(3),
            )
            line.text = stripped[lettered.end() :].strip()
        lines.append(line)
    _underlined(lines)
    widths = sorted(len(line.text) + line.indent for line in lines if line.kind != BLANK)
    if widths:
        typical = widths[int(len(widths) * 0.9)]
        for line in lines:
            line.full = len(line.text) + line.indent >= 0.75 * typical
    return lines


_FACT_LABEL = re.compile(r"^[A-Z][a-z]+(?:\(s\))?(?:[ -][a-z]+(?:\(s\))?){0,3}$")
_GAP = re.compile(r"\S\s{3,}\S")


def _aligned_facts(raw: list[str]) -> set[int]:
    """A facts block lined up with spaces and no colons ("Decision title      X",
    "Meeting date      Wed 15 October 2025"): three lines or more in a row, each a short
    label in sentence case and a value starting in one column."""
    found: set[int] = set()
    run: list[int] = []
    column = -1
    for index, text in enumerate([*raw, ""]):
        gap = _CELL_GAP if not run else _GAP  # in a block, a longer label leaves less space
        cells = re.split(r"\s{3,}", text.strip()) if gap.search(text) else []
        start = text.find(cells[1], len(cells[0])) if len(cells) == 2 else -1
        if len(cells) == 2 and _FACT_LABEL.match(cells[0]) and (not run or start == column):
            run.append(index)
            column = start
            continue
        if run and text.strip() and not cells and _wraps(text, column):
            continue  # a value (or a label) wrapped onto the next line, in its own column
        if len(run) >= 3:
            found.update(run)
        run, column = [], -1
        if len(cells) == 2 and _FACT_LABEL.match(cells[0]):
            run, column = [index], start
    return found


def _wraps(text: str, column: int) -> bool:
    """A line of a facts block that carries on the one above: set in to the values'
    column, or a label's last word in lower case under the label."""
    indent = len(text) - len(text.lstrip())
    return indent == column or (indent == 0 and bool(re.match(r"^[a-z]+$", text.strip())))


_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")


def _underlined(lines: list[Line]) -> None:
    """A heading underlined with "=" or "-" as long as its words ("Summary / ======="):
    the line above is a heading and the rule is only drawing."""
    for above, line in zip(lines, lines[1:], strict=False):
        if (
            _UNDERLINE.match(line.text)
            and above.kind == TEXT
            and above.text
            and abs(len(line.text) - len(above.text)) <= 2
            and not above.text.endswith((".", ",", ";", ":"))
        ):
            line.kind = NOISE
            above.heading = True


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def continues(previous: str, following: Line) -> bool:
    """Whether ``following`` carries on the sentence ``previous`` stopped in: after a line
    break or a page gap, text that starts in lower case or follows an open-ended line."""
    if following.kind not in (TEXT,) or following.heading:
        return False
    first = following.text[:1]
    if _ENUMERATOR.match(following.text):
        return False  # "(1) approves ...": the next item of a list
    if first.islower() or first in "(,;–":
        return True
    last_word = previous.rstrip().rsplit(" ", 1)[-1].lower() if previous.strip() else ""
    return not ends_sentence(previous) and (
        last_word in FUNCTION_WORDS or previous.rstrip().endswith((",", "–", "-", "&"))
    )


@dataclass
class Paragraph:
    kind: str  # TEXT, BULLET, CLAUSE or ITEM
    text: str
    first: int
    last: int
    label: str = ""


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Lines joined into paragraphs: wrapped lines and sentences broken by a page gap are
    joined; a bullet, clause or lettered item starts a new paragraph."""
    result: list[Paragraph] = []
    gap = False
    for line in lines:
        if line.kind == NOISE:
            continue
        if line.kind == BLANK:
            gap = True
            continue
        current = result[-1] if result else None
        joins = False
        if current is not None and line.kind == TEXT and not line.heading:
            # A form's field ("Decision maker: City Mayor") stands on its own.
            joins = not (_FIELD.match(line.text) and not current.text.endswith((",", "-")))
            # "(2) notes ..." after "...;" or a lead-in's colon: the next item of a list,
            # even when no blank line sets it apart.
            joins = joins and not (
                _ENUMERATOR.match(line.text)
                and re.search(r"(?:[:;.]|\b(?:and|or))$", current.text.rstrip())
            )
            if joins and gap:
                joins = continues(current.text, line)
        if joins and current is not None:
            current.text = f"{current.text} {line.text}".strip()
            current.last = line.number
        else:
            kind = line.kind if line.kind != TEXT else TEXT
            result.append(Paragraph(kind, line.text, line.number, line.number, line.label))
        gap = False
    for paragraph in result:
        paragraph.text = re.sub(r"(\w)- (\w)", _rejoin_hyphen, " ".join(paragraph.text.split()))
    return result


def _rejoin_hyphen(match: re.Match) -> str:
    # "health-and-well-being- strategy": a word split at a hyphen by the line break.
    return f"{match.group(1)}-{match.group(2)}"


def joined(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines if line.kind not in (BLANK, NOISE)).strip()


def sentence_start(lines: list[Line], index: int) -> str:
    """The words of the lead-in's sentence on the lines above it ("The responsible
    authorities / for Ashgarth, who are the parties to the Agreement, are:")."""
    before: list[str] = []
    for line in reversed(lines[max(0, index - 3) : index]):
        if line.kind != TEXT or line.text.rstrip().endswith((".", ":", ";")):
            before.append(re.split(r"(?<=[.:;])\s+", line.text)[-1] if line.kind == TEXT else "")
            break
        before.append(line.text)
    return " ".join(reversed(before)).strip()
