"""A document's title: the line in the block above its first heading that names the kind
of document, with the line it wraps onto, leaving out versions, dates and banners."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.imports.extraction.lines import FUNCTION_WORDS, TEXT, Line

# A form's field ("Version: 1.2", "Decision maker: Cabinet"): not a title, not a heading.
FACT = re.compile(r"^[A-Z][A-Za-z ,'\u2019()/&-]{1,45}:\s*\S")

if TYPE_CHECKING:
    from accord.imports.extraction.structure import Part


_KIND_WORDS = re.compile(
    r"\bmemorandum\b|\bmou\b|terms of reference|\bagreement\b|\bprotocol\b|"
    r"\bcharter\b|\bcompact\b|\bconcordat\b",
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
    r"\b(?:arrangements|framework|strategy|charter|policy|protocol|plan)\b", re.IGNORECASE
)
_BETWEEN = re.compile(r"^(?:and|between|by and between|agreed between|made between)$", re.I)


def _names_kind(block: list[Line], n: int) -> bool:
    """The line names the kind of document, alone or with the line it wraps onto
    ("Active Stavenby: Memorandum of / Understanding")."""
    text = block[n].text
    if _KIND_WORDS.search(text):
        return True
    last_word = text.rstrip().rsplit(" ", 1)[-1].lower()
    if last_word in FUNCTION_WORDS and n + 1 < len(block):
        return bool(_KIND_WORDS.search(f"{text} {block[n + 1].text}"))
    return False


def _wraps_onto(before: Line, line: Line) -> bool:
    """A title broken over two adjacent lines: the first runs straight into the second."""
    return (
        before.number == line.number - 1
        and not before.text.rstrip().endswith((".", ":", ";", ","))
        and before.text.isupper() == line.text.isupper()
        and not _KIND_WORDS.search(before.text)
        and len(before.text.split()) <= 12
    )


def _carries_on(line: Line, following: Line) -> bool:
    if _BETWEEN.match(following.text.strip()) or _BETWEEN.match(line.text.strip()):
        return False
    if line.text.isupper() and not following.text.isupper():
        return False  # "FRAMEWORK ... AGREEMENT" and its subtitle "made under section 75"
    last_word = line.text.rstrip().rsplit(" ", 1)[-1].lower()
    return following.text[:1].islower() or last_word in FUNCTION_WORDS


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
    chosen += [line for line in lines[start:end] if line.kind == TEXT]
    block = [line for line in chosen if not is_meta(line.text)]
    numbers = [line.number for line in block]
    kind_at = next((n for n, _ in enumerate(block) if _names_kind(block, n)), None)
    if kind_at is None:
        # No kind named: a line naming some other document ("... Arrangements for X").
        kind_at = next((n for n, line in enumerate(block) if _DOCUMENT.search(line.text)), None)
    if kind_at is not None:
        first = last = kind_at
        if _GENERIC.match(block[kind_at].text):
            if kind_at > 0 and block[kind_at - 1].number >= block[kind_at].number - 3:
                first = kind_at - 1
            elif kind_at + 1 < len(block):
                last = kind_at + 1
        elif kind_at > 0 and _wraps_onto(block[kind_at - 1], block[kind_at]):
            first = kind_at - 1  # "Dunmarsh and Lyne Integrated Care / Partnership: Terms ..."
        while last + 1 < len(block) and _carries_on(block[last], block[last + 1]):
            last += 1
        block, numbers = block[first : last + 1], numbers[first : last + 1]
    part.title = " ".join(" ".join(line.text for line in block).split())[:400]
    if part.marker is not None:
        numbers.append(lines[part.marker.first].number)
    if numbers:
        part.title_lines = (min(numbers), max(numbers))
