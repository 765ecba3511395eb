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
_FACT = re.compile(r"^[A-Z][A-Za-z ,'\u2019()/&-]{1,45}:\s*\S")
MAX_HEADING = 240


@dataclass
class Heading:
    first: int  # index into the lines
    last: int
    kind: str  # "numbered", "named" or "appendix"
    number: str
    title: str
    dotted: bool = True

    @property
    def label(self) -> str:
        if self.kind == "numbered":
            return f"{self.number}. {self.title}"
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
    if re.search(r"[a-z]\.\s+[A-Z]", title):  # two sentences: a paragraph, not a heading
        return False
    if title.endswith(".") and len(words) > 6:
        return False
    return dotted or (len(words) <= 10 and not title.endswith("."))


def _candidates(lines: list[Line]) -> list[Heading]:
    found: list[Heading] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind in (BLANK, NOISE):
            index += 1
            continue
        text = line.text
        named = text.rstrip(":").strip().lower() in NAMED
        appendix = _APPENDIX.match(text) if line.kind == TEXT else None
        numbered = _NUMBERED.match(text) if (line.kind == TEXT or line.heading) else None
        heading = None
        if appendix:
            word, ident, rest = appendix.groups()
            title, last = _extend(lines, index, rest or "")
            heading = Heading(index, last, "appendix", f"{word.title()} {ident}", title)
        elif named:
            heading = Heading(index, index, "named", "", text.rstrip(":").strip())
        elif numbered:
            number, dot, rest = numbered.groups()
            title, last = _extend(lines, index, rest)
            if line.heading or _reads_as_heading(title, bool(dot)):
                heading = Heading(index, last, "numbered", number, title, bool(dot))
        elif line.heading:
            heading = Heading(index, index, "named", "", text)
        if heading:
            found.append(heading)
            index = heading.last + 1
        else:
            index += 1
    return found


def outline(lines: list[Line]) -> list[Part]:
    """The document's parts, each with its accepted headings in order."""
    parts = [Part(0, len(lines) - 1)]
    last_number = 0
    marker: Heading | None = None  # the latest appendix line since the last heading
    listing = False  # inside a report's "Appendices" or "Background papers" section
    for heading in _candidates(lines):
        part = parts[-1]
        if heading.kind == "appendix":
            marker = heading
            if not listing:
                part.headings.append(heading)
            continue
        if heading.kind == "numbered":
            number = int(heading.number)
            runs_on = last_number < number <= last_number + (3 if heading.dotted else 1)
            restarts = number == 1 and last_number >= 2 and marker is not None
            if restarts:
                if marker in part.headings:
                    part.headings.remove(marker)
                part.last = marker.first - 1
                parts.append(Part(marker.first, len(lines) - 1, marker=marker))
                part = parts[-1]
            elif not runs_on and not lines[heading.first].heading:
                continue
            last_number = number
        part.headings.append(heading)
        marker = None
        listing = bool(re.search(r"appendi|background papers", heading.title, re.IGNORECASE))
    _numbered_items(lines, {h.first for part in parts for h in part.headings})
    for part in parts:
        _title(lines, part)
    return parts


_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")


def _numbered_items(lines: list[Line], headings: set[int]) -> None:
    """Numbered lines that are not headings are the items of a numbered list."""
    for index, line in enumerate(lines):
        match = _LIST_NUMBER.match(line.text) if line.kind == TEXT else None
        if match and index not in headings and not line.heading:
            line.kind, line.label, line.text = ITEM, match.group(1), match.group(2)


_KIND_WORDS = re.compile(
    r"memorandum of understanding|\bmou\b|terms of reference|\bagreement\b|\bprotocol\b|"
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
        or _FACT.match(text)
        or _DATES_ONLY.match(text)
        or (text.isupper() and len(text) > 3)
        or not re.search(r"[A-Za-z]", text)
    )


def _title(lines: list[Line], part: Part) -> None:
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
    kind_at = next((n for n, line in enumerate(block) if _KIND_WORDS.search(line.text)), None)
    if kind_at is not None:
        first = last = kind_at
        if _GENERIC.match(block[kind_at].text):
            if kind_at > 0 and block[kind_at - 1].number >= block[kind_at].number - 3:
                first = kind_at - 1
            elif kind_at + 1 < len(block):
                last = kind_at + 1
        while last + 1 < len(block) and (
            block[last + 1].text[:1].islower()
            or block[last].text.rstrip().rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS
        ):
            last += 1
        block, numbers = block[first : last + 1], numbers[first : last + 1]
    part.title = " ".join(" ".join(line.text for line in block).split())[:400]
    if part.marker is not None:
        numbers.append(lines[part.marker.first].number)
    if numbers:
        part.title_lines = (min(numbers), max(numbers))


def section_lines(lines: list[Line], part: Part, position: int) -> list[Line]:
    """The lines of the section under the part's heading at ``position``."""
    heading = part.headings[position]
    following = part.headings[position + 1].first if position + 1 < len(part.headings) else None
    end = following if following is not None else part.last + 1
    return lines[heading.last + 1 : end]
