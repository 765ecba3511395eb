"""Dates at the precision printed, each with what happened on it.

A date with its day ("Tuesday 5th March 2024", "the 28th day of March 2024", "05/09/2018",
"16.9.2013": numeric dates are day first, as in the UK) gives ``YYYY-MM-DD``; a month and
year ("in March 2025") gives ``YYYY-MM``. A month named without its year ("in February this
year", "last March", "at their meetings in September") is resolved from the document's own
date (its meeting, decision or publication date) when it has one, and skipped when the
month recurs ("every July", "each June", "normally in March, June and September"). Years
alone and financial years ("2024/25") are not dates.

Each dated event is kept once: the same day named again is the same event, and a month
named again, or named where a day of that month tells of the same thing, adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTH_NUMBER = {name: n for n, name in enumerate(MONTHS, start=1)}
MONTH_NUMBER.update({name[:3]: n for name, n in list(MONTH_NUMBER.items())})
MONTH_NUMBER["sept"] = 9
_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
_FULL_MONTH = "|".join(name.capitalize() for name in MONTHS)
_YEAR = r"(?P<{0}>(?:19|20)\d{{2}})"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_ORDINAL = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"

_DATE = re.compile(
    "|".join(
        [
            # Tuesday 5th March 2024; the 28th day of March 2024; 1 April 2025
            r"\b" + _WEEKDAY + r"(?:the\s+)?" + _ORDINAL.format("d1") + r"(?:\s+day)?(?:\s+of)?"
            r"\s+" + _MONTH.format("m1") + r",?\s+" + _YEAR.format("y1") + r"\b",
            # March 5, 2024
            r"\b"
            + _MONTH.format("m2")
            + r"\s+"
            + _ORDINAL.format("d2")
            + r",\s*"
            + _YEAR.format("y2")
            + r"\b",
            # March 2024
            r"\b" + _MONTH.format("m3") + r",?\s+" + _YEAR.format("y3") + r"\b",
            # 05/09/2018, 16.9.2013, 5-9-18 (day first)
            r"(?<![\d.])(?P<d4>[0-3]?\d)(?P<s4>[/.-])(?P<m4>[01]?\d)(?P=s4)(?P<y4>(?:19|20)\d{2}|\d{2})"
            r"(?![\d.]\d)",
            # 2024-03-05
            r"\b(?P<y5>(?:19|20)\d{2})-(?P<m5>[01]\d)-(?P<d5>[0-3]\d)\b",
        ]
    ),
    re.IGNORECASE,
)
_TWO_DIGITS = re.compile(r"\d\d")
# A month without its year, with what places it: "last March", "in February this year".
_BARE = re.compile(
    r"\b(?:(?P<rel>last|next|this|early|mid|late)\s+|(?P<prep>in|by|from|until|since|during|"
    r"before|after|on|at)\s+(?:(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)\s+)?)"
    r"(?P<month>" + _FULL_MONTH + r")\b(?!\s*\d)(?:\s+(?P<which>this|last|next)\s+year)?"
)
_RECURRING = re.compile(
    r"\b(?:every|each|annually|usually|normally|yearly|monthly|quarterly|twice a year|"
    r"once a year|a year|of any year|in any year|each year|every year)\b",
    re.IGNORECASE,
)
_NEAR_MONTH = re.compile(r"\b(?:" + _FULL_MONTH + r")\b")


@dataclass
class DatedFact:
    date: str  # YYYY-MM-DD or YYYY-MM
    what: str
    first: int
    last: int


@dataclass
class Mention:
    key: str
    start: int
    end: int


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _valid(year: int, month: int, day: int | None) -> bool:
    if not (1 <= month <= 12 and 1900 <= year <= 2199):
        return False
    return day is None or 1 <= day <= 31


def mentions(text: str, today: tuple[int, int] | None = None) -> list[Mention]:
    """Every date in ``text``, in order, with its key at the precision printed; months
    without a year only when ``today`` (the document's year and month) places them."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # Every printed date has a year of two or four digits; most text has no two digits running.
    for match in _DATE.finditer(text) if _TWO_DIGITS.search(text) else ():
        groups = match.groupdict()
        key = None
        for n in "12345":
            month_text = groups.get(f"m{n}")
            if month_text is None:
                continue
            year = _year(groups[f"y{n}"])
            month = int(month_text) if month_text.isdigit() else MONTH_NUMBER[month_text.lower()]
            day = int(groups[f"d{n}"]) if groups.get(f"d{n}") else None
            if n == "4" and groups["s4"] == "-" and len(groups["y4"]) == 2:
                break  # "5-9-18" is more often a range or a reference than a date
            if _valid(year, month, day):
                key = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
            break
        if key:
            found.append(Mention(key, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    if today:
        for match in _BARE.finditer(text):
            if any(start <= match.start("month") < end for start, end in taken):
                continue
            key = _resolve(text, match, today)
            if key:
                found.append(Mention(key, match.start(), match.end()))
        for match in _MONTH_AWAY.finditer(text):
            year, month = today
            month += {"last": -1, "this": 0, "next": 1}[match.group("which").lower()]
            year, month = (
                (year - 1, 12) if month < 1 else (year + 1, 1) if month > 12 else (year, month)
            )
            found.append(Mention(f"{year}-{month:02d}", match.start(), match.end()))
    found.sort(key=lambda mention: mention.start)
    return found


# "next month", "by the end of this month": a month counted from the document's own.
_MONTH_AWAY = re.compile(r"\b(?P<which>this|next|last)\s+month\b", re.IGNORECASE)


def _resolve(text: str, match: re.Match, today: tuple[int, int]) -> str | None:
    """A month without its year, placed by the document's date, unless it recurs."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 30]
    if _RECURRING.search(before.split(",")[-1]) or _RECURRING.search(after.split(",")[0]):
        return None
    nearby = text[max(0, match.start() - 25) : match.end("month") + 25]
    if len(_NEAR_MONTH.findall(nearby)) > 1:
        return None  # "March, June, September and December": a cycle of meetings
    year, current = today
    month = MONTH_NUMBER[match.group("month").lower()]
    which, relative = match.group("which"), (match.group("rel") or "").lower()
    if which == "last":
        year -= 1
    elif which == "next":
        year += 1
    elif relative == "last":
        year = year if month < current else year - 1
    elif relative == "next":
        year = year if month > current else year + 1
    elif relative == "this" or which == "this":
        pass
    elif not match.group("prep"):
        return None
    elif month < current and _FUTURE.search(text):
        year += 1  # "Progress will be reported in March" in a paper of November: next March
    return f"{year}-{month:02d}"


# A sentence that tells what is still to come.
_FUTURE = re.compile(r"\b(?:will|shall|is to be|are to be|to be published|is due|are due)\b", re.I)


def first_date(text: str) -> str | None:
    found = mentions(text)
    return found[0].key if found else None


_STOP = frozenset(
    "a an and the of to in on at by for from with is was were be been has have had its it "
    "this that which who as will".split()
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def same_event(one: str, other: str) -> bool:
    """Whether two descriptions tell of one event (most words of the shorter shared)."""
    a, b = _words(one), _words(other)
    if not a or not b:
        return False
    return len(a & b) >= 0.5 * min(len(a), len(b))


_CALLED_IN = re.compile(
    r"\b(?:may|can|could)\s+be\s+called[- ]in\b|\bcall[- ]in\s+(?:deadline|period|expires|ends)\b",
    re.IGNORECASE,
)


class Collector:
    """Dated facts in order of first mention, each event once."""

    def __init__(self) -> None:
        self.facts: list[DatedFact] = []
        self._keys: dict[str, DatedFact] = {}

    def add(self, key: str, what: str, first: int, last: int) -> None:
        what = " ".join(what.split())[:300]
        if _CALLED_IN.search(what):
            # "It may be called in by any five members ... until 5pm on 14 March": the day
            # the call-in period ends, whatever words the notice wraps it in.
            what = "call-in period ends (deadline for call-in)"
        if key in self._keys:
            return
        if len(key) == 7:
            same_month = [f for k, f in self._keys.items() if k.startswith(key)]
            if any(same_event(f.what, what) for f in same_month):
                return
        fact = DatedFact(key, what, first, last)
        self._keys[key] = fact
        self.facts.append(fact)


# --- what happened on each date -----------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\u2018\"'(])")
_LABEL = re.compile(r"^(?P<label>[A-Z][\w ,'\u2019()/&-]{0,60}?)\s*:\s+(?P<value>\S.*)$")
_ITEM = re.compile(r"\bitem\b\W*\d*", re.IGNORECASE)
_MEETING_LABEL = re.compile(r"\bmeeting\b|^date$|^date of (?:the )?(?:meeting|board)", re.I)


def _around(sentence: str, mention: Mention, found: list[Mention]) -> str:
    """What happened: the words of the sentence around the date; where a sentence names
    several dates, the stretch between its neighbours, after the sentence's subject."""
    position = found.index(mention)
    start = found[position - 1].end if position else 0
    end = found[position + 1].start if position + 1 < len(found) else len(sentence)
    lead = " ".join(sentence[: found[0].start].split()[:6]) if position else ""
    text = f"{lead} {sentence[start : mention.start]} {sentence[mention.end : end]}"
    text = re.sub(r"\s+([,.;:])", r"\1", " ".join(text.split()))
    return re.sub(r"^(?:[,;:|]\s*)+|[\s,;:.|]+$", "", text)


def in_sentences(text: str, today, lead_in: str = "") -> list[tuple[str, str]]:
    """(date, what) for each date in a paragraph, sentence by sentence."""
    out = []
    for sentence in _SENTENCE.split(text):
        if lead_in:
            sentence = f"{lead_in} {sentence}"
        found = mentions(sentence, today)
        for mention in found:
            out.append((mention.key, _around(sentence, mention, found)))
    return out


def labelled(text: str) -> tuple[str, str] | None:
    """A form field's label and value ("Date of decision: 05/09/2022")."""
    match = _LABEL.match(text.strip())
    if not match or len(match.group("label").split()) > 7:
        return None
    return match.group("label").strip(), match.group("value").strip()


@dataclass
class Setting:
    """What a dated fact without words of its own is about."""

    subject: str = ""  # the document: "decision notice: <title>" or its title
    meeting: str = ""  # "<body> meeting" for a meeting's paper or decisions
    facts: str = ""  # the title block's other facts (version, status)

    plain: str = ""  # the title block's first line that is neither a fact nor a date


def _meeting(setting: Setting, following: str = "") -> str:
    if setting.meeting:
        return setting.meeting
    if following and len(following.split()) <= 6:
        return f"{following} meeting"
    return f"{setting.plain} meeting".strip()


def field_what(label: str, setting: Setting, head: bool, others: Sequence[str] = ()) -> str:
    """A labelled date: a meeting's date says the meeting; another says what it dates,
    with the title block's other facts (version, status) beside it."""
    if re.search(r"\bmeeting\b", label, re.I) or (_MEETING_LABEL.search(label) and setting.meeting):
        return _meeting(setting)
    what = f"{label}: {setting.subject}" if setting.subject else label
    extra = [*others, setting.facts] if head else []
    return ", ".join(part for part in (what, *extra) if part)


def head_what(
    segment: str, rest: str, following: str, setting: Setting, day: bool, others: list[str]
) -> str:
    """A date in the title block without a label: the meeting ("12 March 2025 ITEM: 9"
    above "Cabinet") or the document's own date ("Version 1.0, November 2024")."""
    if _ITEM.search(segment) or (not rest and day):
        return _meeting(setting, following)
    label = rest.rstrip(":").strip()
    first = f"{label}: {setting.subject}" if label else setting.subject
    return ", ".join(part for part in (first, *others, setting.facts) if part)
