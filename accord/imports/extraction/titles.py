"""A document's title: the line in the block above its first heading that names the kind
of document, with the line it wraps onto, leaving out versions, dates and banners."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.imports.extraction.lines import FUNCTION_WORDS, NOISE, TEXT, Line

# A form's field ("Version: 1.2", "Decision maker: Cabinet"): not a title, not a heading.
FACT = re.compile(r"^[A-Z][A-Za-z ,'\u2019()/&-]{1,45}:\s*\S")

if TYPE_CHECKING:
    from accord.imports.extraction.structure import Part


_KIND_WORDS = re.compile(
    r"\bmemorandum\b|\bmou\b|terms of reference|\bagreement\b|\bprotocol\b|"
    r"\bcharter\b|\bcompact\b|\bconcordat\b|\bletters? of intent\b|\bexchange of letters\b",
    re.IGNORECASE,
)
_META = re.compile(
    r"\bversion\b|\bdraft for\b|\bissued for\b|\bprepared by\b|\bclassification\b|"
    r"\bstatus\b|\breview date\b|\|",
    re.IGNORECASE,
)
_DATES_ONLY = re.compile(
    r"^[\W\d]*(?:(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|to|and|until)\W+[\W\d]*)*$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:the\s+|a\s+|draft\s+)*(?:memorandum of understanding|terms of reference|"
    r"agreement|mou)(?:\s*\(\w+\))?[\s:.]*$",
    re.IGNORECASE,
)


def names_only_kind(text: str) -> bool:
    """ "TERMS OF REFERENCE", "ALLIANCE AGREEMENT": a kind with no name."""
    return _bare_kind(text)


def _name_above(chosen: list[Line], line: Line) -> Line | None:
    """The name in capitals printed just above a kind in capitals, with at most a blank
    line between: "NORTH VALE JOINT COMMITTEE / (blank) / TERMS OF REFERENCE"."""
    above = [c for c in chosen if c.number < line.number]
    if not above or not line.text.isupper():
        return None
    name = above[-1]
    # Three apart: a DOCX title page sets each line as a paragraph with space after it.
    if name.number < line.number - 3 or not name.text.isupper() or len(name.text.split()) < 3:
        return None
    if _META.search(name.text) or FACT.match(name.text) or _DATES_ONLY.match(name.text):
        return None
    return name


def _capital_name_above(chosen: list[Line], line: Line) -> Line | None:
    """A name in capitals on the line just above the first line naming the kind, which a
    title block prints as one title in two styles or two lines ("BLENMOOR SAFEGUARDING
    CHILDREN PARTNERSHIP / Local Safeguarding Arrangements"); a banner is kept out by its
    length and by the kind line having to be short too."""
    above = [c for c in chosen if c.number == line.number - 1]
    if not above or len(line.text.split()) > 10:
        return None
    name = above[0].text.strip()
    if not name.isupper() or not 2 <= len(name.split()) <= 10 or name.endswith((".", ":", ",")):
        return None
    if (
        _META.search(name)
        or FACT.match(name)
        or _DATES_ONLY.match(name)
        or _KIND_WORDS.search(name)
    ):
        return None
    return above[0]


def _capital_names_atop(chosen: list[Line], line: Line) -> list[Line]:
    """The name in capitals that opens a title page, on one line or two, with a blank line
    (two in a DOCX) between it and a bare kind in other letters: "DORRINGHAM YOUTH JUSTICE
    MANAGEMENT BOARD / (blank) / Terms of Reference". Only lines at the very top of the
    block count, so a banner or a council's name over a titled paper stays out."""
    if not _GENERIC.match(line.text) or line.text.isupper():
        return []
    above = [c for c in chosen if c.number < line.number]
    if not above or not 1 <= len(above) <= 2 or above[-1].number < line.number - 3:
        return []
    if len(above) == 2 and above[0].number != above[1].number - 1:
        return []
    for name in above:
        text = name.text.strip()
        if not text.isupper() or not 2 <= len(text.split()) <= 10 or text.endswith((".", ":", ",")):
            return []
        if _META.search(text) or FACT.match(text) or _DATES_ONLY.match(text):
            return []
        if _KIND_WORDS.search(text) or _BETWEEN.match(text):
            return []
    return above


def _capital_name_below(chosen: list[Line], line: Line) -> Line | None:
    """A name in capitals on the line just under a bare kind, the kind printed first as a
    strapline over it ("Memorandum of Understanding / NETHERWOLD ... PARTNERSHIP")."""
    if not _GENERIC.match(line.text) or line.text.isupper():
        return None
    below = [c for c in chosen if c.number == line.number + 1]
    if not below:
        return None
    name = below[0].text.strip()
    if not name.isupper() or not 2 <= len(name.split()) <= 10 or name.endswith((".", ":", ",")):
        return None
    if _META.search(name) or FACT.match(name) or _DATES_ONLY.match(name):
        return None
    if _KIND_WORDS.search(name) or _BETWEEN.match(name):
        return None
    return below[0]


def _header_over_kind(lines: list[Line], index: int) -> bool:
    """A running header printed on the title page just above a bare kind ("Marrowby Place
    Partnership / Memorandum of Understanding"): the pages' header is the title's name."""
    line = lines[index]
    if line.kind != NOISE or index + 1 >= len(lines) or index > 5:
        return False
    below = lines[index + 1]
    return below.kind == TEXT and bool(_GENERIC.match(below.text)) and not _META.search(line.text)


def running_names(lines: list[Line]) -> list[str]:
    """Running headers that print a name alone ("Kettlemoor Ageing Well Alliance"), not
    the kind, a version or a page: the partnership the paper is about, named on every page.
    A title names what the document is; the body it sets up is named here or in the text."""
    seen = dict.fromkeys(
        line.text.strip()
        for line in lines
        if line.kind == NOISE
        and not _KIND_WORDS.search(line.text)
        and not re.search(r"\d|\bpage\b|\bMOU\b|\bToR\b", line.text, re.IGNORECASE)
        and len(line.text.split()) >= 2
    )
    return list(seen)


def _bare_kind(text: str) -> bool:
    """The kind alone, or the kind with one word of its type ("ALLIANCE AGREEMENT",
    "PARTNERSHIP AGREEMENT"): what a name printed above it completes."""
    return bool(_GENERIC.match(text)) or (
        text.isupper() and len(text.split()) <= 3 and bool(_KIND_WORDS.search(text))
    )


def is_meta(text: str) -> bool:
    """A line of a title block that is not the title: version, status, date, a banner."""
    if _KIND_WORDS.search(text) and not _META.search(text):
        return False
    return bool(
        _META.search(text)
        or FACT.match(text)
        or _DATES_ONLY.match(text)
        or (text.isupper() and len(text) > 3)
        or not re.search(r"[A-Za-z]", text)
    )


_DOCUMENT = re.compile(
    r"\b(?:arrangements|framework|strategy|charter|policy|protocol|plan|constitution|statement)\b",
    re.IGNORECASE,
)


def _bare_document(text: str) -> bool:
    """A short line naming a kind of paper in sentence case, with no proper name in it
    ("Multi-agency safeguarding arrangements"): like a bare kind, the name is on the line
    above."""
    words = text.strip().split()
    return (
        2 <= len(words) <= 5
        and bool(_DOCUMENT.search(words[-1]))
        and words[0][:1].isupper()
        and all(w[:1].islower() for w in words[1:])
    )


_BETWEEN = re.compile(r"^(?:and|between|by and between|agreed between|made between)$", re.I)


def _names_kind(block: list[Line], n: int) -> bool:
    """The line names the kind of document, alone or with the line it wraps onto
    ("Active Stavenby: Memorandum of / Understanding")."""
    text = block[n].text
    if _KIND_WORDS.search(text):
        return True
    if n + 1 >= len(block) or block[n + 1].number != block[n].number + 1:
        return False
    last_word = text.rstrip().rsplit(" ", 1)[-1].lower()
    if last_word in FUNCTION_WORDS:
        return bool(_KIND_WORDS.search(f"{text} {block[n + 1].text}"))
    return _kind_across(block[n], block[n + 1 : n + 2])


def _kind_across(line: Line, following: list[Line]) -> bool:
    """The kind itself broken over two adjacent lines ("... Board: Terms / of Reference"),
    which also keeps such a line from passing for a form field ("Label: value")."""
    if not following or following[0].number != line.number + 1:
        return False
    joined = f"{line.text} {following[0].text}"
    return any(m.start() < len(line.text) < m.end() for m in _KIND_WORDS.finditer(joined))


def _wraps_onto(before: Line, line: Line) -> bool:
    """A title broken over two adjacent lines: the first runs straight into the second."""
    return (
        before.number == line.number - 1
        and not before.text.rstrip().endswith((".", ":", ";", ","))
        and before.text.isupper() == line.text.isupper()
        and not _KIND_WORDS.search(before.text)
        and len(before.text.split()) <= 12
    )


def _remnant(before: Line, line: Line) -> bool:
    """A word or two left over from a name in large type wrapped onto a line of its own
    ("Rushcombe and Saltings Integrated Care / System"), above a bare kind."""
    return (
        _wraps_onto(before, line)
        and len(line.text.split()) <= 2
        and not before.text.rstrip().endswith(")")
        and not _BETWEEN.match(line.text.strip())
    )


_TAIL_START = re.compile(r"^(?:FOR|OF|RELATING TO|CONCERNING|IN RESPECT OF)\s")


def _upper_tail(line: Line, following: Line) -> bool:
    """An upper-case title that runs on to the next line with "FOR ..." or "OF ...":
    "PARTNERSHIP AGREEMENT UNDER SECTION 75 ... / FOR COMMUNITY EQUIPMENT SERVICES"."""
    return (
        following.number == line.number + 1
        and line.text.isupper()
        and following.text.isupper()
        and bool(_KIND_WORDS.search(line.text))
        and bool(_TAIL_START.match(following.text))
    )


_YEAR_PART = re.compile(r"^(?:19|20)\d\d(?:\s*[-/\u2013]\s*\d{2,4})?\s*:\s+[A-Z]")


def _carries_on(line: Line, following: Line) -> bool:
    if following.number > line.number + 2:
        return False  # a form field or a blank stood between: "behalf of the Board" is no title
    if _BETWEEN.match(following.text.strip()) or _BETWEEN.match(line.text.strip()):
        return False
    if _upper_tail(line, following):
        return True
    if following.number == line.number + 1 and _YEAR_PART.match(following.text):
        return True  # "... Better Care Fund Plan / 2025-26: Governance and Sign-off"
    if line.text.isupper() and not following.text.isupper():
        return False  # "FRAMEWORK ... AGREEMENT" and its subtitle "made under section 75"
    last_word = line.text.rstrip().rsplit(" ", 1)[-1].lower()
    return following.text[:1].islower() or last_word in FUNCTION_WORDS


# A letterhead's organisation over a paper is no part of its title.
_LETTERHEAD = re.compile(
    r"\b(?:council|trust|integrated care board|police|constabulary|authority|university|"
    r"college|plc|ltd|limited|nhs)$",
    re.IGNORECASE,
)
_KIND_FIRST = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:" + _KIND_WORDS.pattern + "|" + _DOCUMENT.pattern + ")", re.I
)


def _name_over_kind(chosen: list[Line], line: Line) -> Line | None:
    """The name of the body or programme at the very top of a title page, over a line that
    opens with the kind of paper it is ("Yelvercombe Joint Public Health Committee /
    Constitution", "KELDERBY SHARED SERVICES PARTNERSHIP / Agreement for the provision of
    ..."): the title is both lines. A kind line that names its own subject first, or an
    organisation's letterhead above it, is left alone."""
    if not chosen or chosen[0].number >= line.number or chosen[0].number < line.number - 3:
        return None
    if not _KIND_FIRST.match(line.text.strip()) or re.match(
        r"^[A-Z][a-z]+\s+[A-Z][a-z]", line.text
    ):
        return None
    name = chosen[0]
    text = name.text.strip()
    if text.split()[0].casefold() in line.text.casefold().split():
        return None  # "X PARTNERSHIP / Memorandum of Understanding: ... in X": named below
    if not 2 <= len(text.split()) <= 10 or text.endswith((".", ":", ",", ";")):
        return None
    if _META.search(text) or FACT.match(text) or _DATES_ONLY.match(text):
        return None
    if _KIND_WORDS.search(text) or _BETWEEN.match(text) or _LETTERHEAD.search(text):
        return None
    return name


def set_title(lines: list[Line], part: Part) -> None:
    """A part's title: the line naming the kind of document in the block above the first
    heading (after the appendix line, for an appended document), with the line before or
    after it when that line alone is only "Memorandum of Understanding"; otherwise every
    line of the block that is not a version, status, date or banner."""
    end = part.headings[0].first if part.headings else part.last + 1
    start = part.first
    chosen: list[Line] = []
    if part.marker is not None:
        start = part.marker.last + 1
        if part.marker.title:
            chosen.append(Line(lines[part.marker.first].number, part.marker.title, TEXT))
    chosen += [
        line
        for n, line in enumerate(lines[start:end], start=start)
        if line.kind == TEXT or _header_over_kind(lines, n)
    ]
    block = [
        line
        for n, line in enumerate(chosen)
        if not is_meta(line.text)
        or _kind_across(line, chosen[n + 1 : n + 2])
        or (n > 0 and _upper_tail(chosen[n - 1], line))
    ]
    numbers = [line.number for line in block]
    kind_at = next((n for n, _ in enumerate(block) if _names_kind(block, n)), None)
    if kind_at is None:
        # No kind named: a line naming some other document ("... Arrangements for X").
        kind_at = next((n for n, line in enumerate(block) if _DOCUMENT.search(line.text)), None)
    if kind_at is not None:
        first = last = kind_at
        name = _name_above(chosen, block[kind_at]) if _bare_kind(block[kind_at].text) else None
        if name is None and kind_at == 0:
            name = _capital_name_above(chosen, block[kind_at])
        below = _capital_name_below(chosen, block[kind_at]) if name is None else None
        atop = _capital_names_atop(chosen, block[kind_at]) if kind_at == 0 and name is None else []
        if atop:
            block[0:0] = atop
            numbers[0:0] = [n.number for n in atop]
            first, last = 0, len(atop)
        elif name is not None and name not in block:
            block.insert(kind_at, name)
            numbers.insert(kind_at, name.number)
            first, last = kind_at, kind_at + 1
        elif below is not None and below not in block:
            # "Memorandum of Understanding / NETHERWOLD COMMUNITY MENTAL HEALTH PARTNERSHIP"
            block.insert(kind_at + 1, below)
            numbers.insert(kind_at + 1, below.number)
            first, last = kind_at, kind_at + 1
        elif _GENERIC.match(block[kind_at].text) or _bare_document(block[kind_at].text):
            after = block[kind_at + 1].text.strip() if kind_at + 1 < len(block) else ""
            if after[:1].islower() and not _BETWEEN.match(after):
                last = kind_at + 1  # "Memorandum of Understanding / relating to the ..."
            elif kind_at > 0 and block[kind_at - 1].number >= block[kind_at].number - 3:
                first = kind_at - 1
                if first > 0 and _remnant(block[first - 1], block[first]):
                    first -= 1  # "... Integrated Care / System / Memorandum of Understanding"
                elif first == 1 and block[0] is chosen[0] and _wraps_onto(block[0], block[1]):
                    first = 0  # "Ivel and Thorne Joint / Scrutiny Committee / Terms of ..."
            elif kind_at + 1 < len(block):
                last = kind_at + 1
        elif kind_at > 0 and _wraps_onto(block[kind_at - 1], block[kind_at]):
            first = kind_at - 1  # "Dunmarsh and Lyne Integrated Care / Partnership: Terms ..."
            if first > 0 and _remnant(block[first - 1], block[first]):
                first -= 1  # "... Learning Disability / Service / Section 75 ... Agreement"
        over = _name_over_kind(chosen, block[kind_at]) if first == last == kind_at else None
        if over is not None and over in block[:kind_at]:
            first = block.index(over)  # "Orrinsby Safeguarding Adults Board / Memorandum of ..."
        elif over is not None and over not in block:
            block.insert(kind_at, over)  # the name in capitals, left out as a banner
            numbers.insert(kind_at, over.number)
            last += 1
        while last + 1 < len(block) and _carries_on(block[last], block[last + 1]):
            last += 1
        block, numbers = block[first : last + 1], numbers[first : last + 1]
    part.title = " ".join(" ".join(line.text for line in block).split())[:400]
    if part.marker is not None:
        numbers.append(lines[part.marker.first].number)
    if numbers:
        part.title_lines = (min(numbers), max(numbers))
