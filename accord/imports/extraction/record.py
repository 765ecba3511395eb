"""The approval route of a document that sets out no approval process of its own: a
decision notice, a committee report, an agreement approved in its recitals.

The route is read from what the document records, in the order things happen: earlier
approvals told in its summary or background ("The Place Partnership Board considered the
draft on 8 January and recommended it"), document-control tables, the decision itself (a
list under "The Board:" or "RESOLVED, that Cabinet:", a recommendation list under "is asked
to:", or "To approve ... and to sign it" by the decision maker), approvals still to come
("will be presented to Cabinet for ratification on 28 January") and last the signatures
of a signature block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction import dates, orgs, prose, route
from accord.imports.extraction.lines import Paragraph

# Sections that argue or declare rather than record what was decided.
_SKIP = re.compile(
    r"alternative|options|declaration|conflicts? of interest|interests|risk|implication|"
    r"financial|legal|equalit|background papers|appendi|accompanying|contact|definitions|"
    r"signature|call-in",
    re.I,
)
_REPORT_SECTIONS = re.compile(
    r"summary|recommendation|purpose|next steps|implementation|consultation|previous|"
    r"decision|report considered|approval",
    re.I,
)
_RECOMMENDED_HERE = re.compile(
    r"\brecommended (?:it|the \w+(?: \w+)?) (?:to|for approval by) (?:this|the) "
    r"(?:board|cabinet|committee|council)\b",
    re.I,
)
_LEAD = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:resolved\s*[-\u2013,]?\s+(?:that\s+)?)?(?:the\s+)?"
    r"(?P<body>[A-Z][^:]{1,120}?)"
    r"(?:,[^:]*)?(?:\s+(?:is|are)\s+(?:being\s+)?(?:asked|requested|invited|recommended)\s+to"
    # "Cabinet RESOLVED to:", "The Board decided that:": the minute's verb after the body.
    r"|\s+(?:resolved|decided|agreed)(?:\s+(?:to|that))?)?:$",
    re.I,
)
_INFINITIVE = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?to\s+(?:" + "|".join(prose.VERB) + r")\b", re.I)
_TO_VERB = re.compile(r"\bto\s+(" + "|".join(prose.VERB) + r")\b", re.I)
_ENUMERATED = re.compile(r"^\(?\d{1,2}[.)]\s|^\(?[a-h]\)\s")
_MODAL_LEAD = re.compile(r"\b(?:will|shall|may|must|should|can)$", re.I)


def _actor_like(name: str, lead: str) -> bool:
    """A lead-in's subject that takes decisions: a body, an office or the parties, not
    "The purposes of sharing ... are" or a list of duties ("The Partnership will:")."""
    if _MODAL_LEAD.search(lead.rstrip(":").strip()) or name.lower() in ("decision", "purpose"):
        return False
    return (
        orgs.names_body(name)
        or orgs.is_post(name)
        or bool(
            re.search(r"\b(?:cabinet|mayor|member|director|partners|parties|council)\b", name, re.I)
        )
    )


# "RESOLVED -" or "RESOLVED:" alone: the numbered resolutions below are the decision taker's.
_ON_REPORT = re.compile(r"^(?:on|having considered) the report of [^,]{3,120},\s*(?=[A-Z])", re.I)
_BARE_KIND = re.compile(r"^(?:the\s+)?(board|cabinet|committee|executive|panel)$", re.I)
_RESOLVED = re.compile(r"^resolved\s*[-\u2013\u2014:]?\s*$", re.I)
# A resolution: "That the Board approves ...", "That authority be delegated to ...",
# "That the Skills Board be asked to review ...".
_THAT_ITEM = re.compile(
    r"^(?:\(?\w{1,3}[.)]\s*)?(?i:that)\s+(?:(?i:the)\s+)?(?P<who>(?:[A-Z][\w'\u2019&-]*"
    r"(?:\s+(?:and|of|for|&))?\s*)+?)\s+(?P<rest>(?:be\s+asked\s+to\s+)?[a-z]\w*\b.*)$"
)
_DELEGATED = re.compile(r"^(?:\(?\w{1,3}[.)]\s*)?that\s+authority\s+(?:be|is)\s+delegated\b", re.I)
_PASSIVE_RESOLUTION = re.compile(
    r"^(?:\(?\w{1,3}[.)]\s*)?that\s+(?P<what>.+?),?\s+be\s+"
    r"(?P<verb>approved|agreed|endorsed|adopted|ratified|signed)\b",
    re.I,
)
_NAMES_DOCUMENT = re.compile(
    r"\b(?:agreement|memorandum|mou|terms of reference|compact|charter|protocol|concordat)\b", re.I
)
# The decision taker named by its kind alone: "the Board", "Cabinet", "the Committee".
_GENERIC_TAKER = re.compile(
    r"^(?:board|cabinet|committee|council|executive|panel|authority|partnership|mayor)$", re.I
)


# A record's line that opens with what was done and by whom, its subject the paper itself.
_PASSIVE_OPENING = re.compile(
    r"^(?:[\u2022*-]\s*)?(?P<verb>agreed|approved|endorsed|noted|considered|ratified|adopted|"
    r"recommended|reviewed)\s+by\s+(?P<body>(?:the\s+)?[A-Z][^,;.]*?)"
    r"(?=\s+(?:on|at|in|during)\b|\s{2,}|\s+\d|[,;.]|$)",
    re.IGNORECASE,
)


def _heading_lead(heading: str, named: list[str]) -> str:
    """A lead-in read as a heading ("Cabinet:", "That Cabinet:") over the resolutions it
    opens: the body that resolved them."""
    lead = _LEAD.match(re.sub(r"^that\s+", "", heading.strip(), flags=re.I))
    if not heading.strip().endswith(":") or not lead:
        return ""
    body = prose.actor(lead.group("body"), named)
    return body if _actor_like(body, heading) else ""


def resolution_steps(text: str, taker: str) -> list[tuple[str, str]]:
    """The steps one numbered resolution states; ``taker`` resolved it."""
    if _DELEGATED.match(text):
        return [(taker, "delegate")]
    passive = _PASSIVE_RESOLUTION.match(text)
    if passive and _NAMES_DOCUMENT.search(passive.group("what")):
        # "That the ... Agreement ..., as set out at Appendix 1, be approved."
        return [(taker, prose.VERB[passive.group("verb").lower()])]
    match = _THAT_ITEM.match(text)
    if not match:
        return [(taker, action) for action in prose.leading(text)]
    who, rest = " ".join(match.group("who").split()), match.group("rest")
    asked = re.match(r"be\s+asked\s+to\s+(.*)$", rest)
    actor = taker if _GENERIC_TAKER.match(who) else prose.actor(who)
    return [(actor, action) for action in prose.leading(asked.group(1) if asked else rest)]


_CONDITIONAL = re.compile(r"\b(?:before|until|unless|if|once|when|whether)\s+[^,.]*$", re.I)


@dataclass
class Found:
    body: str
    action: str
    when: str  # a sortable date or position in time
    order: int
    first: int
    last: int


def _when(sentence: str, start: int, tense: str, today, now: str) -> str:
    mentions = dates.mentions(sentence, today)
    after = [m for m in mentions if m.start >= start]
    chosen = after[0] if after else (mentions[-1] if mentions else None)
    if chosen:
        return chosen.key if len(chosen.key) == 10 else f"{chosen.key}-31"
    return {"past": f"{now}!", "future": f"{now}~"}.get(tense, now)


def steps(
    sections: list[tuple[str, list[Paragraph]]],
    *,
    report: bool,
    decision_maker: str,
    named: list[str],
    today,
    now: str,
) -> list[Found]:
    """Steps from the sections' text, each with when it happened."""
    found: list[Found] = []
    order = 0

    def add(body, action, when, paragraph) -> None:
        nonlocal order
        order += 1
        found.append(Found(body, action, when, order, paragraph.first, paragraph.last))

    for heading, paragraphs in sections:
        if _SKIP.search(heading) and not re.search(r"decision|recommendation", heading, re.I):
            continue
        # A report's background counts only where it tells of the body that considered the
        # paper first and recommended it here ("... and recommended it to this Board").
        background = report and bool(heading) and bool(re.search(r"background", heading, re.I))
        if report and heading and not _REPORT_SECTIONS.search(heading) and not background:
            continue
        carried = _heading_lead(heading, named)
        deciding = bool(re.search(r"decision", heading, re.I))
        for at, paragraph in enumerate(paragraphs):
            after = paragraphs[at + 1].text if at + 1 < len(paragraphs) else ""
            text = paragraph.text
            enumerated = paragraph.kind in ("bullet", "item", "clause") or _ENUMERATED.match(text)
            listed = bool(enumerated and carried)
            if listed:
                for body, action in resolution_steps(text, carried):
                    add(body, action, now, paragraph)
                if _THAT_ITEM.match(text) or _DELEGATED.match(text):
                    continue  # a resolution says all it decides in its first words
            elif _RESOLVED.match(text) and decision_maker:
                carried = decision_maker
                continue
            elif carried and " | " in text:
                continue  # a table inside the resolutions ("the organisations below"): they go on
            else:
                # "On the report of the Director, Cabinet RESOLVED:": the body after the report.
                opened = _ON_REPORT.sub("", text)
                lead = _LEAD.match(opened) if text.endswith(":") else None
                carried = prose.actor(lead.group("body"), named) if lead else ""
                bare = _BARE_KIND.match(lead.group("body")) if lead else None
                if bare and bare.group(1).lower() in decision_maker.lower().split():
                    carried = decision_maker  # "That the Committee:" is the one that met
                if carried and not _actor_like(carried, text):
                    carried = ""
                if not carried and lead and deciding and decision_maker:
                    carried = decision_maker
            label = re.match(r"^(?:decision|recommendation)s?\s*:\s*", text, re.I)
            body_text = text[label.end() :] if label else text
            if decision_maker and (deciding or label) and _INFINITIVE.match(body_text):
                for verb in _TO_VERB.findall(body_text.split(". ")[0]):
                    add(decision_maker, prose.VERB[verb.lower()], now, paragraph)
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body_text):
                if background and not _RECOMMENDED_HERE.search(sentence):
                    continue
                opening = _PASSIVE_OPENING.match(sentence)
                if opening and not listed:
                    # "Endorsed by the X Board on 23 September 2025.": a record of the route.
                    body = prose.actor(opening.group("body"), named)
                    verb = prose.VERB[opening.group("verb").lower()]
                    add(body, verb, _when(sentence, 0, "past", today, now), paragraph)
                each = route.listed_actors(sentence)
                if each is None and sentence.endswith(":") and after:
                    # "Each constituent body approved ...:" over its list, a paragraph apart.
                    each = route.listed_actors(f"{sentence} {after}")
                if each:
                    for body, action, day in each[0]:
                        add(body, action, _when(day, 0, "past", today, now), paragraph)
                    sentence = each[1]
                older, _ = route.sentence_steps(sentence)
                for body, action in older:
                    where = sentence.find(body)
                    if listed and body.casefold() == carried.casefold():
                        continue
                    if _CONDITIONAL.search(sentence[: max(where, 0)]) or re.search(
                        re.escape(body) + r"\s+agreed\s+that\b", sentence
                    ):
                        continue
                    if action != "approve" and not prose.about_document(sentence):
                        continue
                    add(body, action, _when(sentence, 0, "now", today, now), paragraph)
                for act in prose.acts(sentence, named):
                    if _CONDITIONAL.search(sentence[: act.start]) or (
                        listed and act.body.casefold() == carried.casefold()
                    ):
                        continue
                    add(
                        act.body,
                        act.action,
                        _when(sentence, act.start, act.tense, today, now),
                        paragraph,
                    )
    return found


def ordered(found: list[Found]) -> list[Found]:
    """In the order things happen (dated first by date), each actor and action once."""
    seen: set[tuple[str, str]] = set()
    result = []
    for step in sorted(found, key=lambda s: (s.when, s.order)):
        key = (step.body.casefold(), step.action)
        if key not in seen:
            seen.add(key)
            result.append(step)
    return result
