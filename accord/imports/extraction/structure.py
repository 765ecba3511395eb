"""The outline of a document: its headings, its sections and its parts.

A heading is a top-level numbered line ("4. Reasons for Recommendation"), a known
unnumbered one ("Executive Summary"), an appendix line ("Appendix 1: ...") or, in a Word
file, a paragraph in Word's first heading style. Numbering must run on (gaps allowed), so a
numbered list inside a section is not taken for headings; when it starts again at 1 after
an appendix line, an appended document begins: a cover report with the agreement it
presents yields two parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.imports.extraction import headings, titles
from accord.imports.extraction.lines import BLANK, FUNCTION_WORDS, ITEM, NOISE, TEXT, Line

_NUMBERED = re.compile(r"^(\d{1,3})(\.?)\s+(\S.*)$")
_APPENDIX = re.compile(
    r"^(appendix|schedule|annex)\s+([A-Z0-9]{1,3})\s*(?:[:.\u2013\u2014-]\s*(.*))?$", re.IGNORECASE
)
NAMED = frozenset(
    {
        "executive summary",
        "summary",
        "purpose of report",
        "purpose of the report",
        "foreword",
    }
)
_DECIMAL = re.compile(r"^(\d{1,2})\.0$")
MAX_HEADING = 240
_LISTING = re.compile(r"appendi|background papers|accompanying documents", re.IGNORECASE)


@dataclass
class Heading:
    first: int  # index into the lines
    last: int
    kind: str  # "numbered", "named" or "appendix"
    number: str
    title: str
    dotted: bool = True

    printed: str = ""  # the heading as printed, where it is not number and title
    roman: bool = False  # numbered in roman numerals ("IV. Our values")

    @property
    def label(self) -> str:
        if self.printed:
            return self.printed
        if self.kind == "numbered":
            return f"{self.number}{'.' if self.dotted else ''} {self.title}"
        if self.kind == "appendix":
            return f"{self.number}: {self.title}".rstrip(": ")
        return self.title


@dataclass
class Part:
    first: int
    last: int
    title: str = ""
    title_lines: tuple[int, int] | None = None
    marker: Heading | None = None
    headings: list[Heading] = field(default_factory=list)


def _balanced(text: str) -> bool:
    return text.count("(") <= text.count(")")


def _wants_more(title: str, following: Line, base_indent: int) -> bool:
    if following.kind != TEXT or following.heading or following.indent > base_indent + 4:
        return False
    if _NUMBERED.match(following.text) or _APPENDIX.match(following.text):
        return False
    last_word = title.rstrip().rsplit(" ", 1)[-1].lower()
    return (
        following.text[:1].islower()
        or last_word in FUNCTION_WORDS
        or not _balanced(title)
        or title.rstrip().endswith((",", "\u2013", "-", "&"))
    )


def _extend(lines: list[Line], index: int, title: str) -> tuple[str, int]:
    """The heading's title joined with the lines it wraps onto; and its last line."""
    last = index
    while last + 1 < len(lines) and len(title) < MAX_HEADING:
        following = lines[last + 1]
        if not _wants_more(title, following, lines[index].indent):
            break
        title = f"{title.rstrip()} {following.text}"
        last += 1
    return " ".join(title.split()), last


def _reads_as_heading(title: str, dotted: bool) -> bool:
    words = title.split()
    if not words or not (title[0].isupper() or title[0] in "(\u2018\u201c'\""):
        return False
    if len(title) > MAX_HEADING or len(words) > 30:
        return False
    if re.match(r"that\s", title, re.IGNORECASE):
        return False  # "1. That the Board approves ...": a resolution, not a heading
    if re.search(r",?\s(?:are|is|comprises?|includes?)\s*:$", title) and len(words) >= 3:
        return False  # "4. The agencies, who are also parties ..., are:": a list's lead-in
    if re.search(r"[a-z]\.\s+[A-Z]", title):  # two sentences: a paragraph, not a heading
        return False
    if title.endswith(".") and len(words) > 6:
        return False
    return dotted or (len(words) <= 10 and not title.endswith("."))


def _candidates(lines: list[Line], layout: bool = True) -> list[Heading]:
    found: list[Heading] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind in (BLANK, NOISE) or line.table:
            index += 1
            continue
        text = line.text
        named = text.rstrip(":").strip().lower() in NAMED
        labelled = (
            layout
            and line.kind == TEXT
            and not line.heading
            and headings.stands_alone(lines, index)
            and (
                headings.LABELLED.match(text.rstrip(":").strip()) is not None
                or (
                    text.endswith(":")
                    and headings.label_line(text)
                    and headings.prose_follows(lines, index)
                )
            )
        )
        by_layout = layout and not labelled and line.kind == TEXT
        by_layout = by_layout and headings.layout_heading(lines, index)
        appendix = _APPENDIX.match(text) if line.kind == TEXT else None
        numbered = _NUMBERED.match(text) if (line.kind == TEXT or line.heading) else None
        bracketed = headings.BRACKETED.match(text) if line.kind == TEXT and layout else None
        lettered = headings.LETTERED.match(text) if line.kind == TEXT and layout else None
        sublettered = headings.SUBLETTERED.match(text) if line.kind == TEXT and layout else None
        decimal = _DECIMAL.match(line.label or "") if line.kind == "clause" else None
        worded = headings.WORDED.match(text) if line.kind == TEXT or line.heading else None
        roman = headings.ROMAN.match(text) if line.kind == TEXT and layout else None
        heading = None
        if appendix and headings.runs_into(lines, index):
            appendix = None  # "... listed in / Schedule 1. It records ...": a sentence
        if appendix:
            word, ident, rest = appendix.groups()
            title, last = _extend(lines, index, rest or "")
            printed = " ".join(" ".join(lines[n].text for n in range(index, last + 1)).split())
            heading = Heading(index, last, "appendix", f"{word.title()} {ident}", title)
            heading.printed = printed
        elif worded and headings.stands_alone(lines, index) and not _runs_on_sentence(lines, index):
            number = str(headings.worded_number(worded.group(1)))
            heading = Heading(index, index, "numbered", number, worded.group(2).strip())
            heading.printed = text.strip()
        elif (
            roman
            and headings.stands_alone(lines, index)
            and headings.prose_follows(lines, index, True)
        ):
            number = str(headings.roman_number(roman.group(1)))
            heading = Heading(index, index, "numbered", number, roman.group(2))
            heading.dotted, heading.printed, heading.roman = False, text.strip(), True
        elif decimal and _reads_as_heading(text, True) and len(text.split()) <= 10:
            # "1.0 INTRODUCTION" over clauses "1.1", "1.2": the ".0" clause is the section.
            heading = Heading(index, index, "numbered", decimal.group(1), text.strip())
            heading.printed = f"{line.label} {text.strip()}"
        elif named:
            heading = Heading(index, index, "named", "", text.rstrip(":").strip())
        elif labelled:
            heading = Heading(index, index, "labelled", "", text.strip())
        elif by_layout:
            heading = Heading(index, index, "layout", "", text.strip())
        elif numbered:
            number, dot, rest = numbered.groups()
            title, last = _extend(lines, index, rest)
            if line.heading or _reads_as_heading(title, bool(dot)):
                heading = Heading(index, last, "numbered", number, title, bool(dot))
        elif bracketed and headings.bracketed_heading(lines, index):
            heading = Heading(index, index, "numbered", bracketed.group(1), bracketed.group(2))
            heading.dotted, heading.printed = False, text.strip()
        elif lettered and headings.bracketed_heading(lines, index):
            number = str(ord(lettered.group(1)) - ord("A") + 1)
            heading = Heading(index, index, "numbered", number, lettered.group(2))
            heading.dotted, heading.printed = False, text.strip()
        elif sublettered and headings.stands_alone(lines, index):
            number = str(ord(sublettered.group(2)) - ord("A") + 1)
            heading = Heading(index, index, "numbered", number, sublettered.group(3))
            heading.printed = text.strip()
        elif line.heading:
            heading = Heading(index, index, "named", "", text)
        if heading:
            found.append(heading)
            index = heading.last + 1
        else:
            index += 1
    return found


def _runs_on_sentence(lines: list[Line], index: int) -> bool:
    """ "... as set out in / Section 3 - ..." carries on the sentence above."""
    return headings.runs_into(lines, index)


def outline(lines: list[Line], layout: bool = True) -> list[Part]:
    """The document's parts, each with its accepted headings in order. ``layout`` False
    (a Word file, whose headings are its styles) reads no heading from layout alone."""
    parts = [Part(0, len(lines) - 1)]
    last_number = 0
    last_title = ""
    marker: Heading | None = None  # the latest appendix line since the last heading
    listing = False  # inside a report's "Appendices" or "Background papers" section
    candidates = _tight_lists_out(_candidates(lines, layout), lines)
    unnumbered = [h for h in candidates if h.kind in ("labelled", "layout")]
    if any(h.roman for h in candidates):
        # Sections numbered "I." to "VII." leave figures ("1. ...") to the lists inside them.
        candidates = [
            h
            for h in candidates
            if h.roman or h.kind != "numbered" or h.printed or lines[h.first].heading
        ]
    for heading in candidates:
        if heading.kind in ("labelled", "layout"):
            continue
        part = parts[-1]
        if heading.kind == "appendix":
            marker = heading
            if not listing:
                part.headings.append(heading)
            continue
        if heading.kind == "numbered":
            number = int(heading.number)
            runs_on = last_number < number <= last_number + (3 if heading.dotted else 1)
            # Clauses left out of an extract ("[Clauses 9 to 31 ...]") leave a gap that
            # headings in the same capitals as the ones before still run across.
            runs_on = runs_on or (
                number > last_number and heading.title.isupper() and last_title.isupper()
            )
            # Minutes number their items on from the year's earlier meetings ("31.
            # APOLOGIES FOR ABSENCE"): a first heading in capitals may start anywhere.
            runs_on = runs_on or (last_number == 0 and heading.dotted and heading.title.isupper())
            restarts = number == 1 and last_number >= 2
            # A list in a schedule ("1. Shares of ... at the end of a year:") is no new part.
            restarts = restarts and not heading.title.endswith(":")
            if restarts and marker is not None:
                if marker in part.headings:
                    part.headings.remove(marker)
                part.last = marker.first - 1
                parts.append(Part(marker.first, len(lines) - 1, marker=marker))
                part = parts[-1]
            elif not runs_on and not lines[heading.first].heading:
                continue
            last_number = number
            last_title = heading.title
        part.headings.append(heading)
        marker = None
        listing = bool(re.search(r"appendi|background papers", heading.title, re.IGNORECASE))
    for part in parts:
        _add_unnumbered(part, unnumbered)
    _numbered_items(lines, {h.first for part in parts for h in part.headings})
    for part in parts:
        titles.set_title(lines, part)
    return parts


def _tight_lists_out(candidates: list[Heading], lines: list[Line]) -> list[Heading]:
    """Three numbered lines or more, each straight after the one before with no text or
    blank between ("1. Askby Vale Integrated Care Board / 2. Netherwold Mind / ..."), are
    a numbered list (of parties, of contents), not headings: headings have text under them."""
    numbered = [h for h in candidates if h.kind == "numbered" and not h.roman and not h.printed]
    runs: list[list[Heading]] = []
    for heading in numbered:
        run = runs[-1] if runs else None
        if (
            run
            and heading.first == run[-1].last + 1
            and int(heading.number) == int(run[-1].number) + 1
            and not any(lines[n].heading for n in (heading.first, run[-1].first))
        ):
            run.append(heading)
        else:
            runs.append([heading])
    listed = {id(h) for run in runs if len(run) >= 3 for h in run}
    return [h for h in candidates if id(h) not in listed]


def _add_unnumbered(part: Part, unnumbered: list[Heading]) -> None:
    """Labelled and layout headings join a part that has no numbered headings; in one
    that has, only those above its first numbered heading do ("Document control",
    "Previous consideration", "PARTIES")."""
    inside = [h for h in unnumbered if part.first <= h.first <= part.last]
    numbered = [h.first for h in part.headings if h.kind == "numbered"]
    if numbered:
        # Above numbered sections a plain short line is more often the title than a
        # heading; one in capitals ("PARTIES", "BACKGROUND") is a heading.
        # After a schedule that follows the last numbered section, the back matter's
        # headings in capitals ("EXECUTION PAGE") are sections too.
        schedules = [
            h.first for h in part.headings if h.kind == "appendix" and h.first > numbered[-1]
        ]
        inside = [
            h
            for h in inside
            if (h.first < numbered[0] and (h.kind == "labelled" or h.title.isupper()))
            or (schedules and h.first > schedules[0] and h.title.isupper())
        ]
    if part.marker is not None:
        inside = [h for h in inside if h.first > part.marker.last]
    if inside and inside[0].kind == "layout" and titles.names_only_kind(inside[0].title):
        # "Memorandum of Understanding" set apart under the name: the title's, no heading.
        if not part.headings or part.headings[0].first > inside[0].first:
            inside = inside[1:]
    if inside:
        part.headings = sorted(part.headings + inside, key=lambda h: h.first)
    # Appendix lines listed under "Accompanying documents" name papers, not sections.
    kept, listing = [], False
    for heading in part.headings:
        if heading.kind == "appendix" and listing:
            continue
        kept.append(heading)
        if heading.kind != "appendix":
            listing = bool(_LISTING.search(heading.title))
    part.headings = kept


_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")


def _numbered_items(lines: list[Line], heading_lines: set[int]) -> None:
    """Numbered lines that are not headings are the items of a numbered list."""
    for index, line in enumerate(lines):
        match = _LIST_NUMBER.match(line.text) if line.kind == TEXT else None
        if match and index not in heading_lines and not line.heading:
            line.kind, line.label, line.text = ITEM, match.group(1), match.group(2)


def section_lines(lines: list[Line], part: Part, position: int) -> list[Line]:
    """The lines of the section under the part's heading at ``position``."""
    heading = part.headings[position]
    following = part.headings[position + 1].first if position + 1 < len(part.headings) else None
    end = following if following is not None else part.last + 1
    return lines[heading.last + 1 : end]
