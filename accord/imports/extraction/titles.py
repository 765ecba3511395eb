"""A document's title: the line in the block above its first heading that names the kind
of document, with the line it wraps onto, leaving out versions, dates and banners."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from accord.imports.extraction import titlewords as vocab
from accord.imports.extraction.lines import BLANK, FUNCTION_WORDS, NOISE, TEXT, Line
from accord.imports.extraction.titlepage import (
    capital_name_above,
    capital_name_below,
    capital_names_atop,
    capitals_on_top,
    name_above,
    name_over_kind,
)
from accord.imports.extraction.titlewords import FACT

if TYPE_CHECKING:
    from accord.imports.extraction.structure import Part

__all__ = ["FACT", "is_meta", "names_only_kind", "running_names", "set_title"]


def names_only_kind(text: str) -> bool:
    """ "TERMS OF REFERENCE", "ALLIANCE AGREEMENT": a kind with no name."""
    return _bare_kind(text)


def _header_over_kind(lines: list[Line], index: int) -> bool:
    """A running header printed on the title page just above a bare kind ("Marrowby Place
    Partnership / Memorandum of Understanding"): the pages' header is the title's name."""
    line = lines[index]
    if line.kind != NOISE or index + 1 >= len(lines) or index > 5:
        return False
    below = lines[index + 1]
    return (
        below.kind == TEXT
        and bool(vocab.GENERIC.match(below.text))
        and not vocab.META.search(line.text)
    )


def running_names(lines: list[Line]) -> list[str]:
    """Running headers that print a name alone ("Kettlemoor Ageing Well Alliance"), not
    the kind, a version or a page: the partnership the paper is about, named on every page.
    A title names what the document is; the body it sets up is named here or in the text."""
    seen = dict.fromkeys(
        line.text.strip()
        for line in lines
        if line.kind == NOISE
        and not vocab.KIND_WORDS.search(line.text)
        and not re.search(r"\d|\bpage\b|\bMOU\b|\bToR\b", line.text, re.IGNORECASE)
        and len(line.text.split()) >= 2
    )
    return list(seen)


def _bare_kind(text: str) -> bool:
    """The kind alone, or the kind with one word of its type ("ALLIANCE AGREEMENT",
    "PARTNERSHIP AGREEMENT"): what a name printed above it completes."""
    return bool(vocab.GENERIC.match(text)) or (
        text.isupper() and len(text.split()) <= 3 and bool(vocab.KIND_WORDS.search(text))
    )


def _subtitle_of_kind(kind: Line, line: Line) -> bool:
    """ "PARTNERSHIP AGREEMENT / RELATING TO COMMUNITY MENTAL HEALTH SERVICES": a subtitle in
    capitals under a bare kind is part of the title, not a banner."""
    return bool(
        vocab.SUBTITLE.match(line.text.strip())
        and vocab.GENERIC_KIND.match(kind.text.strip())
        and line.number <= kind.number + 3
    )


def is_meta(text: str) -> bool:
    """A line of a title block that is not the title: version, status, date, a banner."""
    if vocab.KIND_WORDS.search(text) and not vocab.META.search(text):
        return False
    return bool(
        vocab.META.search(text)
        or FACT.match(text)
        or vocab.DATES_ONLY.match(text)
        or (text.isupper() and len(text) > 3)
        or not re.search(r"[A-Za-z]", text)
    )


def _bare_document(text: str) -> bool:
    """A short line naming a kind of paper in sentence case, with no proper name in it
    ("Multi-agency safeguarding arrangements"): like a bare kind, the name is on the line
    above."""
    words = text.strip().split()
    return (
        2 <= len(words) <= 5
        and bool(vocab.DOCUMENT.search(words[-1]))
        and words[0][:1].isupper()
        and all(w[:1].islower() for w in words[1:])
    )


def _names_kind(block: list[Line], n: int) -> bool:
    """The line names the kind of document, alone or with the line it wraps onto
    ("Active Stavenby: Memorandum of / Understanding")."""
    text = block[n].text
    if vocab.KIND_WORDS.search(text):
        return True
    if n + 1 >= len(block) or block[n + 1].number != block[n].number + 1:
        return False
    last_word = text.rstrip().rsplit(" ", 1)[-1].lower()
    if last_word in FUNCTION_WORDS:
        return bool(vocab.KIND_WORDS.search(f"{text} {block[n + 1].text}"))
    return _kind_across(block[n], block[n + 1 : n + 2])


def _kind_across(line: Line, following: list[Line]) -> bool:
    """The kind itself broken over two adjacent lines ("... Board: Terms / of Reference"),
    which also keeps such a line from passing for a form field ("Label: value")."""
    if not following or following[0].number != line.number + 1:
        return False
    joined = f"{line.text} {following[0].text}"
    return any(m.start() < len(line.text) < m.end() for m in vocab.KIND_WORDS.finditer(joined))


def _wraps_onto(before: Line, line: Line) -> bool:
    """A title broken over two adjacent lines: the first runs straight into the second."""
    return (
        before.number == line.number - 1
        and not before.text.rstrip().endswith((".", ":", ";", ","))
        and before.text.isupper() == line.text.isupper()
        and not vocab.KIND_WORDS.search(before.text)
        and len(before.text.split()) <= 12
    )


def _remnant(before: Line, line: Line) -> bool:
    """A word or two left over from a name in large type wrapped onto a line of its own
    ("Rushcombe and Saltings Integrated Care / System"), above a bare kind."""
    return (
        _wraps_onto(before, line)
        and len(line.text.split()) <= 2
        and not before.text.rstrip().endswith(")")
        and not vocab.BETWEEN.match(line.text.strip())
    )


_TAIL_START = re.compile(r"^(?:FOR|OF|RELATING TO|CONCERNING|IN RESPECT OF)\s")


def _upper_tail(line: Line, following: Line) -> bool:
    """An upper-case title that runs on to the next line with "FOR ..." or "OF ...":
    "PARTNERSHIP AGREEMENT UNDER SECTION 75 ... / FOR COMMUNITY EQUIPMENT SERVICES"."""
    return (
        following.number == line.number + 1
        and line.text.isupper()
        and following.text.isupper()
        and bool(vocab.KIND_WORDS.search(line.text))
        and bool(_TAIL_START.match(following.text))
    )


_YEAR_PART = re.compile(r"^(?:19|20)\d\d(?:\s*[-/\u2013]\s*\d{2,4})?\s*:\s+[A-Z]")


def _carries_on(line: Line, following: Line) -> bool:
    if following.number > line.number + 2:
        return False  # a form field or a blank stood between: "behalf of the Board" is no title
    if vocab.BETWEEN.match(following.text.strip()) or vocab.BETWEEN.match(line.text.strip()):
        return False
    if _upper_tail(line, following):
        return True
    if following.number == line.number + 1 and _YEAR_PART.match(following.text):
        return True  # "... Better Care Fund Plan / 2025-26: Governance and Sign-off"
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
        or (n > 0 and _subtitle_of_kind(chosen[n - 1], line))
    ]
    numbers = [line.number for line in block]
    kind_at = next((n for n, _ in enumerate(block) if _names_kind(block, n)), None)
    if kind_at is None:
        # No kind named: a line naming some other document ("... Arrangements for X").
        kind_at = next(
            (n for n, line in enumerate(block) if vocab.DOCUMENT.search(line.text)), None
        )
    if kind_at is not None:
        first = last = kind_at
        name = name_above(chosen, block[kind_at]) if _bare_kind(block[kind_at].text) else None
        if name is None and kind_at == 0:
            name = capital_name_above(chosen, block[kind_at])
        below = capital_name_below(chosen, block[kind_at]) if name is None else None
        atop = capital_names_atop(chosen, block[kind_at]) if kind_at == 0 and name is None else []
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
        elif (
            vocab.GENERIC.match(block[kind_at].text)
            or _bare_document(block[kind_at].text)
            or vocab.GENERIC_KIND.match(block[kind_at].text.strip())
        ):
            after = block[kind_at + 1].text.strip() if kind_at + 1 < len(block) else ""
            if (after[:1].islower() or vocab.SUBTITLE.match(after)) and not vocab.BETWEEN.match(
                after
            ):
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
        over = name_over_kind(chosen, block[kind_at]) if first == last == kind_at else None
        if over is not None and over in block[:kind_at]:
            first = block.index(over)  # "Orrinsby Safeguarding Adults Board / Memorandum of ..."
        elif over is not None and over not in block:
            block.insert(kind_at, over)  # the name in capitals, left out as a banner
            numbers.insert(kind_at, over.number)
            last += 1
        while last + 1 < len(block) and _carries_on(block[last], block[last + 1]):
            last += 1
        block, numbers = block[first : last + 1], numbers[first : last + 1]
    top = capitals_on_top(chosen)
    if top and not all(line in block for line in top):
        block, numbers = top, [line.number for line in top]
    part.title = " ".join(" ".join(line.text for line in block).split())[:400]
    if not part.title and not chosen:
        numbers = _title_at_top(lines, part) or numbers
    if part.marker is not None:
        numbers.append(lines[part.marker.first].number)
    if numbers:
        part.title_lines = (min(numbers), max(numbers))


def _names_a_paper(text: str) -> bool:
    return bool(vocab.KIND_WORDS.search(text) or vocab.DOCUMENT.search(text))


def _title_at_top(lines: list[Line], part: Part) -> list[int]:
    """Where nothing stands above the first heading, the title is the first heading when it
    names a kind of paper ("Nominations Agreement - X" underlined); else a running header at
    the top of the page that names the paper (set as noise because it repeats on every
    page); else the title block just under a first heading that is only a running header."""
    head = part.headings[0] if part.headings else None
    if head is not None and _names_a_paper(head.title):
        part.title = " ".join(head.title.split())[:400]
        return [lines[head.first].number, lines[head.last].number]
    top = [line for line in lines[part.first : part.first + 4] if line.kind != BLANK]
    if top and top[0].kind == NOISE and _names_a_paper(top[0].text):
        part.title = " ".join(top[0].text.split())[:400]
        return [top[0].number]
    if head is not None and head.first <= part.first + 2:
        under = replace(part, first=head.last + 1, headings=part.headings[1:], marker=None)
        set_title(lines, under)
        near = under.title_lines and under.title_lines[0] <= lines[head.last].number + 6
        if near and vocab.KIND_WORDS.search(under.title) and not under.title.endswith(":"):
            part.title = under.title
            return list(under.title_lines or ())
    return []
