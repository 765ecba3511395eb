"""Facts stated in passing: dates with what happened on them, a report's author, the
officers who verified its implications, and the levels (system, place, community) the
document describes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction.lines import BLANK, NOISE, TEXT, Line, Paragraph, ends_sentence

MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NAMES = {name: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_NAMES.update({name[:3]: n for name, n in list(_MONTH_NAMES.items())})
_MONTH_NAMES["sept"] = 9
_DATE = re.compile(
    r"\b(?:(?:on|in|by|during|from|until|since|before|after|at)\s+)?(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?,?\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\u2018\"'])")
_VERIFIED = re.compile(r"^implications verified by:?\s*(.*)$", re.IGNORECASE)
_NOT_VERIFIED = re.compile(r"^(?:n/?a|not applicable|none)\b", re.IGNORECASE)
_AUTHOR = re.compile(r"^(?:report author|author|contact officer|report of)\s*:?\s*(.*)$", re.I)
_LEVEL = re.compile(
    r"\b(system|place|community)[\s-]+level\b|\blevel:?\s+(system|place|community)\b", re.I
)


@dataclass
class DatedFact:
    date: str  # YYYY-MM
    what: str
    first: int
    last: int


@dataclass
class Officer:
    name: str
    post: str
    area: str
    first: int
    last: int


_KEEP_PREPOSITION = ("until", "from", "since", "before", "after")


def _what(sentence: str, match: re.Match, matches: list[re.Match]) -> str:
    """What happened: the words of the sentence around the date; where a sentence names
    several dates, the stretch between its neighbours, after the sentence's subject."""
    position = matches.index(match)
    start = matches[position - 1].end() if position else 0
    end = matches[position + 1].start() if position + 1 < len(matches) else len(sentence)
    lead = ""
    if position:
        lead = " ".join(sentence[: matches[0].start()].split()[:4])
    said = match.group(0).split()
    kept = said[0] if said and said[0].lower() in _KEEP_PREPOSITION else ""
    text = f"{lead} {sentence[start : match.start()]} {kept} {sentence[match.end() : end]}"
    text = re.sub(r"\s+([,.;:])", r"\1", " ".join(text.split()))
    text = re.sub(r"^(?:[,;:|]\s*)+|[\s,;:.|]+$", "", text)
    return text[:300]


def dates(paragraphs: list[Paragraph], known: list[DatedFact] | None = None) -> list[DatedFact]:
    """One fact per month named with its year, from the first sentence that names it
    (``known`` are facts found before the text, in the title block)."""
    found: dict[str, DatedFact] = {}
    for fact in known or []:
        found.setdefault(fact.date, fact)
    lead_in = ""  # "The Board is asked to:" gives a listed item its subject
    for paragraph in paragraphs:
        listed = paragraph.kind in ("bullet", "item")
        if not listed:
            lead_in = paragraph.text if paragraph.text.endswith(":") else ""
        for sentence in _SENTENCE.split(paragraph.text):
            if listed and lead_in:
                sentence = f"{lead_in} {sentence}"
            matches = list(_DATE.finditer(sentence))
            for match in matches:
                key = _key(match)
                if key not in found:
                    what = _what(sentence, match, matches)
                    found[key] = DatedFact(key, what, paragraph.first, paragraph.last)
    return list(found.values())


def _key(match: re.Match) -> str:
    return f"{match.group(2)}-{_MONTH_NAMES[match.group(1).lower()]:02d}"


_ITEM = re.compile(r"\bitem\b\W*\d*", re.IGNORECASE)


def head_dates(lines: list[Line], title: str) -> list[DatedFact]:
    """Dates in the block above the first heading: a committee's meeting ("12 March 2025
    ITEM: 9" above "Cabinet", or "Date of meeting:") or the document's own facts
    ("Date: May 2023" beside its version and status)."""
    result: list[DatedFact] = []
    content = [line for line in lines if line.kind == TEXT]
    plain = [line.text for line in content if ":" not in line.text and not _DATE.search(line.text)]
    facts_text = [line.text for line in content if ":" in line.text and not _DATE.search(line.text)]
    for position, line in enumerate(content):
        segments = [segment.strip() for segment in line.text.split("|")]
        for segment in segments:
            match = _DATE.search(segment)
            if not match:
                continue
            others = [other for other in segments if other != segment and other]
            rest = _ITEM.sub("", segment[: match.start()] + segment[match.end() :]).strip(" :,-")
            label = rest.rstrip(":").strip()
            following = content[position + 1].text if position + 1 < len(content) else ""
            day = re.match(
                r"\d", match.group(0).split()[-3] if len(match.group(0).split()) > 2 else ""
            )
            if _ITEM.search(segment) or "meeting" in label.lower() or (not rest and day):
                # "12 March 2025 ITEM: 9" above "Cabinet"; "Date of meeting: 18 September 2024"
                if following and len(following.split()) <= 6 and "meeting" not in label.lower():
                    what = f"{following} meeting"
                else:
                    what = f"{plain[0] if plain else ''} meeting".strip()
            else:
                # The document's own facts: its version, status and date.
                what = ", ".join([f"{label}: {title}" if label else title, *others, *facts_text])
            result.append(
                DatedFact(_key(match), " ".join(what.split())[:300], line.number, line.number)
            )
    return result


def _person(text: str) -> tuple[str, str]:
    """ "Name - Post" or "Name, Post" into the name and the post."""
    text = " ".join(text.split()).strip(" ,;")
    for separator in (" - ", " \u2013 ", " \u2014 ", ", "):
        if separator in text:
            name, post = text.split(separator, 1)
            return name.strip(), post.strip()
    return text, ""


def verifiers(lines: list[Line]) -> list[Officer]:
    """Who verified each implication ("7.1 Financial ... Implications verified by: Name")."""
    found: list[Officer] = []
    area = ""
    for index, line in enumerate(lines):
        if line.kind == "clause" and re.match(r"7\.\d", line.label):
            area = re.sub(r"\s*\(.*$", "", line.text).strip()
        match = _VERIFIED.match(line.text) if line.kind != NOISE else None
        if not match:
            continue
        text, last = match.group(1).strip(), index
        while (
            last + 1 < len(lines)
            and lines[last + 1].kind == TEXT
            and not ends_sentence(text)
            and len(lines[last + 1].text.split()) <= 10
            and not lines[last + 1].text.endswith(".")
        ):
            text = f"{text} {lines[last + 1].text}"
            last += 1
        if not text or _NOT_VERIFIED.match(text):
            continue
        name, post = _person(text)
        found.append(Officer(name, post, area, line.number, lines[last].number))
    return found


def author(lines: list[Line]) -> Officer | None:
    """The report author: the name on the line after "Report Author:" and the post below."""
    for index, line in enumerate(lines):
        match = _AUTHOR.match(line.text) if line.kind == TEXT else None
        if not match or not line.text.lower().startswith(("report author", "author")):
            continue
        rest = [match.group(1).strip()] if match.group(1).strip() else []
        last = index
        for position in range(index + 1, min(index + 8, len(lines))):
            following = lines[position]
            if following.kind in (NOISE, BLANK):
                continue
            if following.kind != TEXT or len(rest) >= 2:
                break
            rest.append(following.text)
            last = position
        if not rest:
            continue
        if len(rest) == 1:
            name, post = _person(rest[0])
        else:
            name, post = rest[0].strip(" ,"), rest[1].strip(" ,")
        return Officer(name, post, "", line.number, lines[last].number)
    return None


# The same levels told without the word "level": priorities set "system-wide", work "at
# system", or a partnership placed within a named Integrated Care System (the system tier
# has that name in the NHS, written in either case).
_SYSTEM = re.compile(
    r"\bsystem[- ]wide\b|\bat system\b|\b[A-Z][\w'\u2019-]*\s+(?:(?:and\s+)?[A-Z][\w'\u2019-]*\s+)"
    r"{0,5}(?:Integrated\s+Care\s+System|integrated\s+care\s+system)\b"
    # "once for the three integrated care systems": systems counted, each a system tier.
    r"|\b(?:two|three|four|five|six|seven|\d+)\s+integrated\s+care\s+systems\b"
)
# A place told as such: work "at place", "place-based", a borough "as a place", or the
# level named after the local authority's area ("at city level", "at borough level").
_PLACE = re.compile(
    r"\bat\s+place\b|\bplace[- ]based\b|\bas\s+a\s+place\b|"
    r"\bat\s+(?:city|borough|district|town)\s+level\b|"
    # "gives each place a local skills plan": the places of a wider system, one by one.
    r"\b(?:each|every) place\b|"
    # "the city's place partnership", "the two place partnerships": a partnership of a place.
    r"\b(?-i:place)\s+(?-i:partnerships?|boards?|committees?)\b|"
    # Work over a local authority's whole area: "borough-wide", "across the whole district",
    # (not "open warm spaces across the district", which says only where the sites are)
    # "across the borough as a whole"; or a place of a wider system: "one place within".
    r"\b(?:borough|district)[- ]wide\b|\bacross the whole (?:borough|district)\b|"
    r"\bacross the (?:borough|district) as a whole\b|"
    r"\bone place within\b|"
    # "the Thackwood Place Partnership", "the X Place Committee of Y": a place's own body.
    r"\b(?-i:[A-Z][\w'\u2019-]*\s+Place)\s+(?-i:Partnership|Board|Committee)s?\b",
    re.I,
)
# "the Merriton place of the ... Integrated Care System": a named place of a system.
_NAMED_PLACE = re.compile(
    r"\b[A-Z][\w'\u2019-]* place (?:of|in|within) the\s+(?:[A-Z][\w'\u2019-]*\s+"
    r"(?:and\s+)?){1,6}Integrated\s+Care\s+System\b"
)
# The community tier is told by the small areas the work is split into: "each
# neighbourhood", "each of the city's three localities" (a locality alone is as often a
# site of a building scheme), "five priority neighbourhoods", groups
# that meet per area ("neighbourhood action groups", "locality family networks"), or a
# partnership whose whole area "is a neighbourhood". Lower case only for the group form,
# so a name ("Safer Neighbourhoods Partnership", "Neighbourhood Policing Team") is no tier.
_NUMBER = r"(?:each|every|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_COMMUNITY = re.compile(
    rf"\b(?i:{_NUMBER})\s+(?:[\w'\u2019-]+\s+){{0,4}}?neighbourhoods?\b"
    r"|\b(?i:each|every|all) of (?:the|its|their|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:localities|wards)\b"
    r"|\b(?:neighbourhood|[Ll]ocality)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:groups?|hubs?|networks?|forums?|teams?|boards?|partnerships?|clusters?|panels?)\b"
    r"|\bis a (?:[a-z]+ )?neighbourhood\b"
    # "the four Neighbourhood Action Groups": named groups, counted, one to an area.
    rf"|\b(?i:{_NUMBER})\s+(?:Neighbourhood|Locality)\s+(?:[A-Z][\w'\u2019-]*\s+){{0,2}}?"
    r"(?:Groups|Hubs|Networks|Forums|Teams|Boards|Partnerships|Panels)\b"
    # Other small areas: "each primary care network" (in lower case, not a network's
    # name), "ward-based networks", "Ward Problem Solving Groups", "school clusters",
    # "the three localities within it".
    r"|\bprimary care networks?\b"
    r"|\bward[- ]based\b|\bWard\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}?"
    r"(?:Groups|Forums|Teams|Panels|Networks)\b"
    r"|\bschool clusters\b"
    # "in each of the district's five wards": the area counted out into its wards.
    rf"|\b(?i:{_NUMBER})\s+wards\b"
    # "lectures in every ward", "the town's four localities": every one of the small areas.
    r"|\b(?i:each|every)\s+ward\b"
    r"|\b\w+['\u2019]s\s+(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+localities\b"
    # Groups counted out one to a small area, the area's word anywhere in their name: "Four
    # Town Action Teams", "the seven Neighbourhood Health and Wellbeing Groups", "four
    # locality Family Hub Networks", "the four Family Hub Locality Panels".
    rf"|\b(?i:{_NUMBER})\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?i:neighbourhood|locality|town|ward)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?i:groups|teams|networks|panels|forums|hubs)\b"
    # "the city's five priority wards", "each priority ward": wards picked out by a word.
    rf"|\b(?i:{_NUMBER})\s+(?:priority|target|pilot)\s+wards?\b"
)


def levels(text: str) -> list[str]:
    found = []
    for match in _LEVEL.finditer(text):
        level = (match.group(1) or match.group(2)).lower()
        if level not in found:
            found.append(level)
    if _SYSTEM.search(text):
        found.append("system")
    if _PLACE.search(text) or _NAMED_PLACE.search(text):
        found.append("place")
    if _COMMUNITY.search(text):
        found.append("community")
    return [level for level in ("system", "place", "community") if level in found]
