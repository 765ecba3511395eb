"""Names printed around the kind of paper on a title page: a name in capitals above or
below a bare kind, the name of a body or programme over a line that opens with the kind,
and a title in capitals at the very top of the page."""

from __future__ import annotations

import re

from accord.imports.extraction import titlewords as vocab
from accord.imports.extraction.lines import Line
from accord.imports.extraction.titlewords import FACT


def name_above(chosen: list[Line], line: Line) -> Line | None:
    """The name in capitals printed just above a kind in capitals, with at most a blank
    line between: "NORTH VALE JOINT COMMITTEE / (blank) / TERMS OF REFERENCE"."""
    above = [c for c in chosen if c.number < line.number]
    if not above or not line.text.isupper():
        return None
    name = above[-1]
    # Three apart: a DOCX title page sets each line as a paragraph with space after it.
    if name.number < line.number - 3 or not name.text.isupper() or len(name.text.split()) < 3:
        return None
    if vocab.META.search(name.text) or FACT.match(name.text) or vocab.DATES_ONLY.match(name.text):
        return None
    return name


def capital_name_above(chosen: list[Line], line: Line) -> Line | None:
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
        vocab.META.search(name)
        or FACT.match(name)
        or vocab.DATES_ONLY.match(name)
        or vocab.KIND_WORDS.search(name)
    ):
        return None
    return above[0]


def capital_names_atop(chosen: list[Line], line: Line) -> list[Line]:
    """The name in capitals that opens a title page, on one line or two, with a blank line
    (two in a DOCX) between it and a bare kind in other letters: "DORRINGHAM YOUTH JUSTICE
    MANAGEMENT BOARD / (blank) / Terms of Reference". Only lines at the very top of the
    block count, so a banner or a council's name over a titled paper stays out."""
    if not vocab.GENERIC.match(line.text) or line.text.isupper():
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
        if vocab.META.search(text) or FACT.match(text) or vocab.DATES_ONLY.match(text):
            return []
        if vocab.KIND_WORDS.search(text) or vocab.BETWEEN.match(text):
            return []
    return above


def capital_name_below(chosen: list[Line], line: Line) -> Line | None:
    """A name in capitals on the line just under a bare kind, the kind printed first as a
    strapline over it ("Memorandum of Understanding / NETHERWOLD ... PARTNERSHIP")."""
    if not vocab.GENERIC.match(line.text) or line.text.isupper():
        return None
    below = [c for c in chosen if c.number == line.number + 1]
    if not below:
        return None
    name = below[0].text.strip()
    if not name.isupper() or not 2 <= len(name.split()) <= 10 or name.endswith((".", ":", ",")):
        return None
    if vocab.META.search(name) or FACT.match(name) or vocab.DATES_ONLY.match(name):
        return None
    if vocab.KIND_WORDS.search(name) or vocab.BETWEEN.match(name):
        return None
    return below[0]


# A letterhead's organisation over a paper is no part of its title.
_LETTERHEAD = re.compile(
    r"\b(?:council|trust|integrated care board|police|constabulary|authority|university|"
    r"college|plc|ltd|limited|nhs)$",
    re.IGNORECASE,
)
_KIND_FIRST = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:" + vocab.KIND_WORDS.pattern + "|" + vocab.DOCUMENT.pattern + ")", re.I
)


def name_over_kind(chosen: list[Line], line: Line) -> Line | None:
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
    if vocab.META.search(text) or FACT.match(text) or vocab.DATES_ONLY.match(text):
        return None
    if vocab.KIND_WORDS.search(text) or vocab.BETWEEN.match(text) or _LETTERHEAD.search(text):
        return None
    return name


_TOP_KIND = re.compile(
    vocab.KIND_WORDS.pattern + "|" + vocab.DOCUMENT.pattern + r"|\b(?:heads of terms|annex|plan)\b",
    re.I,
)


_DATED = re.compile(r"^dated\b", re.IGNORECASE)
_PART_OF = re.compile(r"^(?:ANNEX|APPENDIX|PART|CHAPTER|SCHEDULE)\s+[\w.]{1,5}\b")


def capitals_on_top(chosen: list[Line]) -> list[Line]:
    """A title in capitals opening the page, on one line or two ("GRIMSDALE NATURE
    RECOVERY / STATEMENT OF INTENT"), naming a kind of paper: the title, though capitals
    elsewhere are a banner. A line in other letters that runs on from it ("for the ...")
    belongs to it."""
    top: list[Line] = []
    while chosen and _DATED.match(chosen[0].text.strip()):
        chosen = chosen[1:]  # "Dated the 1st day of December 2025" over a deed's title
    for line in chosen[:3]:
        text = line.text.strip()
        part_of = bool(top) and bool(_PART_OF.match(text))  # "ANNEX C: WORKING WITH ..."
        if not text.isupper() or vocab.META.search(text) or vocab.DATES_ONLY.match(text):
            break
        if text.startswith("("):
            break  # "(1) NAME OF A PARTY": a deed's parties, no title
        if FACT.match(text) and not part_of:
            break
        if top and line.number > top[-1].number + 2:
            break
        top.append(line)
    if not top or not _TOP_KIND.search(" ".join(line.text for line in top)):
        return []
    rest = [line for line in chosen if line.number > top[-1].number]
    if rest and rest[0].number == top[-1].number + 1 and rest[0].text[:1].islower():
        if not vocab.BETWEEN.match(rest[0].text.strip()):
            top.append(rest[0])  # "JOINT WORKING AGREEMENT / for the establishment of ..."
            for following in rest[1:3]:
                # The subtitle runs on, one line after the other, until a gap or a stop.
                if following.number != top[-1].number + 1 or top[-1].text.rstrip().endswith(
                    (".", ":", ";")
                ):
                    break
                top.append(following)
    return top
