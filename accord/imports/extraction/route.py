"""The approval route a document states: which body does what, in order.

Where the agreement sets out its own process ("Process of enactment", "Approval route",
"Approval and sign-up"), its listed steps are the route: "Presentation of the MOU to the
CCG Board for note and approval" is two steps, the CCG Board noting and approving. A
document without one (a cover report on its own) states the route in its recommendations
and summary, in a few set forms: "X is asked to consider and comment", "That X approve",
"presented to X for approval", "endorsed by X", "awaits endorsement from X".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from accord.imports.extraction import prose
from accord.imports.extraction.lines import Paragraph
from accord.imports.extraction.lists import ListedItem

# Words of decision, in the forms documents use, to the verb recorded.
ACTION_WORDS = {
    "agree": "agree",
    "agreeing": "agree",
    "agreement": "agree",
    "note": "note",
    "noting": "note",
    "approve": "approve",
    "approving": "approve",
    "approval": "approve",
    "endorse": "endorse",
    "endorsing": "endorse",
    "endorsement": "endorse",
    "consider": "consider",
    "considering": "consider",
    "consideration": "consider",
    "comment": "comment",
    "comments": "comment",
    "commenting": "comment",
    "adopt": "adopt",
    "adoption": "adopt",
    "ratify": "ratify",
    "ratification": "ratify",
    "sign": "sign",
    "signature": "sign",
    "recommend": "recommend",
}
PAST = {
    "agreed": "agree",
    "noted": "note",
    "approved": "approve",
    "endorsed": "endorse",
    "considered": "consider",
    "ratified": "ratify",
    "signed": "sign",
    "adopted": "adopt",
    "recommended": "recommend",
}
_ACTION = re.compile(r"\b(" + "|".join(sorted(ACTION_WORDS, key=len, reverse=True)) + r")\b", re.I)
_AGREE_TO = re.compile(r"\bagree(?:s|d)?\s+to\s+(?=\w)", re.IGNORECASE)
# Where the words about a decision give way to its purpose or its conditions.
_ACTIONS_END = re.compile(
    r"\b(?:so that|in order to|before|after|once|when|which|where|to make|provided that|"
    r"subject to)\b",
    re.IGNORECASE,
)
_NP_END = (
    r"(?=[,;:.]\s|[,;:.]?$|\s(?:for|on|during|with|before|after|when|once|subject|which|who|"
    r"and will|and then|at (?:its|their|the|a|an)|is|are|was|were|will|to be|under|"
    r"in(?!\s+(?:section|paragraph|clause|schedule|appendix|part)\b))\b)"
)
_PROCESS_HEADING = re.compile(
    r"enactment|approval|sign-?up|sign-?off|signing|adoption|commencement|coming into effect|"
    r"\bagreed\b|agreement of (?:these|this|the)|signature and",
    re.IGNORECASE,
)
# "This Agreement is signed in Schedule 5 by ...": the signatures are the schedule's rows.
_SIGNED_IN = re.compile(
    r"\bsign(?:ed|ature)s?\b[^.]{0,60}\b(?:in|at) (?:schedule|appendix|annex|the table)|"
    # "signed for each party in the Execution table below": a table named by what it holds.
    r"\bsign(?:ed|ature)s?\b[^.]{0,60}\bin the [A-Z]\w+ (?:table|schedule|page) below\b|"
    r"\bsigned\b[^.]{0,60}\b(?:execution|signature) page\b|"
    r"\bsigned off by [^.]*:\s*$|\bsignatures? below\b|"
    r"\bsigned as (?:shown|set out) (?:below|in (?:the )?schedule)\b|"
    # "It takes effect when signed by every party": each party's signature is a step.
    r"\bsigned by (?:every|each|all(?: the)?) (?:part(?:y|ies)|partners?|signator(?:y|ies))\b|"
    # "... and recommended it to each organisation for signature": the signatories sign.
    r"\brecommended it to (?:each|every|all)\b[^.]{0,40}\bfor signature\b|"
    # "It was signed at the relaunch and afterwards by the organisations below."
    r"\bsigned\b[^.]{0,80}\bby the (?:organisations|partners|parties|signatories) "
    r"(?:below|listed below)\b",
    re.IGNORECASE,
)
_UNDERSIGNED = re.compile(r"\bundersigned\b.*?\b(endorse|sign|agree|approve)\b", re.IGNORECASE)
_INCLUDES = re.compile(r"\b(?:will include|includes|including|namely)\s+(.+?)[.;]?$", re.I)
_ABBREVIATED_BODY = {
    "HWB": "Health and Wellbeing Board",
    "HOSC": "Health Overview and Scrutiny Committee",
}
_BODY_WORDS = (
    r"(?:board|boards|committee|committees|cabinet|council|partnership|group|forum|executive|"
    r"assembly|panel|body|bodies|alliance|sub-group|network)"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

_PASSIVE = re.compile(
    r"\b(?:(?:be|been|was|were|is|are)\s+(?:\w+ly\s+|then\s+|now\s+)?|then\s+)("
    + "|".join(PAST)
    + r")\s+by\s+(.+?)"
    + _NP_END,
    re.IGNORECASE,
)
_PRESENTED = re.compile(
    r"\b(?:presented|submitted|taken|referred|reported|put)\s+to\s+(.+?)\s+for\s+(.+?)(?=[,;.]|\s(?:and will|and then|during|in|at|before|by)\b|$)",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"^(.*?)\b(?:is|are)\s+(?:being\s+)?(?:asked|requested|invited|recommended)\s+to\b:?\s*(.*)$",
    re.IGNORECASE,
)
_THAT = re.compile(
    r"(?:\brecommended that|^that)\s+(?:the\s+)?((?:[A-Z][\w&'\u2019-]*|and|of|&)(?:\s+(?:[A-Z][\w&'\u2019-]*|and|of|&))*)\s+(\w+)(.*)$",
)
# "the Health and Wellbeing Board recommended it for approval": a body that has decided.
_DECIDED = re.compile(
    r"((?:[A-Z][\w&'\u2019-]*\s+(?:(?:and|of|&)\s+)?)*(?:Board|Committee|Cabinet|Partnership|"
    r"Group|Forum|Executive|Council))\s+(?:has\s+|have\s+)?(" + "|".join(PAST) + r")\b"
)
_AWAITS = re.compile(r"\bawaits?\s+(\w+)\s+(?:from|by)\s+(.+?)" + _NP_END, re.IGNORECASE)


@dataclass
class Step:
    body: str
    action: str
    first: int
    last: int


def actions_in(text: str) -> list[str]:
    text = _AGREE_TO.sub("", _ACTIONS_END.split(text, maxsplit=1)[0])
    found: list[str] = []
    for match in _ACTION.finditer(text):
        word = match.group(1)
        if word.lower() == "agreement" and word[0].isupper() and match.start() > 0:
            continue  # "Alliance Agreement" names a document
        action = ACTION_WORDS[word.lower()]
        if action not in found:
            found.append(action)
    return found


def body_name(text: str) -> str:
    text = " ".join(text.split()).strip(" ,.;:")
    text = re.sub(r"\s*\((?:completed|signed|approved|agreed)[^)]*\)$", "", text, flags=re.I)
    text = re.sub(
        r"\s+(?:on|at|in|by)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]|\d{1,2}[/.]\d{1,2}[/.]\d|"
        r"[A-Z][a-z]+day\b|its meeting|their meeting).*$",
        "",
        text,
    )
    # "... of each partner by the end of January 2025": when, not who.
    text = re.sub(
        r"\s+(?:by|before|until|from)\s+the\s+(?:end|start|beginning)\s+of\s+.*$", "", text
    )
    text = re.sub(r"[;,]?\s+and$|[;,]$", "", text).strip()
    possessive = re.match(r"^(?:the\s+)?(.*?(?:Council|Board|ICB|Trust))['\u2019]s\s+(.+)$", text)
    if possessive:
        text = possessive.group(2)  # "Crannock Council's Cabinet" is its Cabinet
    text = re.sub(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text)
    return _ABBREVIATED_BODY.get(text, text)


def _bodies(text: str) -> list[str]:
    """ "the HWB and partner agency Boards" names two bodies; "Health and Wellbeing Board"
    one. Split on "and" only where both halves stand as bodies."""
    name = body_name(text)
    pieces = re.split(r"\s+(?:and|&)\s+", name)
    if len(pieces) == 2 and all(
        re.search(_BODY_WORDS + r"$", piece, re.I) or piece in _ABBREVIATED_BODY for piece in pieces
    ):
        return [body_name(piece) for piece in pieces]
    return [name] if name else []


def split_bodies(text: str) -> list[str]:
    return _bodies(text)


def _subject(text: str) -> str:
    """The body in the words before "is asked to": its last noun phrase."""
    text = text.strip().rstrip(",")
    text = re.split(r"[.;:]\s+|,\s+(?=[a-z])", text)[-1]
    text = re.sub(r"^(?:\d+(?:\.\d+)*\.?\s*)", "", text)
    return text


def sentence_steps(sentence: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Steps stated in one sentence, and the bodies a following list applies to."""
    steps: list[tuple[str, str]] = []
    carried: list[str] = []
    asked = _ASKED.search(sentence)
    if asked:
        carried = _bodies(_subject(asked.group(1)))
        steps += [(b, a) for b in carried for a in actions_in(asked.group(2))]
    that = _THAT.search(sentence)
    if that and not asked and that.group(2).lower() in ACTION_WORDS:
        bodies = _bodies(that.group(1))
        rest = f"{that.group(2)}{that.group(3)}"
        steps += [(b, a) for b in bodies for a in actions_in(rest)]
    for match in _PRESENTED.finditer(sentence):
        steps += [(b, a) for b in _bodies(match.group(1)) for a in actions_in(match.group(2))]
    for match in _PASSIVE.finditer(sentence):
        steps += [(b, PAST[match.group(1).lower()]) for b in _bodies(match.group(2))]
    for match in _DECIDED.finditer(sentence):
        steps += [(b, PAST[match.group(2)]) for b in _bodies(match.group(1))]
    for match in _AWAITS.finditer(sentence):
        action = ACTION_WORDS.get(match.group(1).lower())
        if action:
            steps += [(b, action) for b in _bodies(match.group(2))]
    return steps, carried


# "to approve it": an infinitive, not the body a paper goes to.
_BY_OR_TO = re.compile(
    r"\b(?:by|to)\s+(?!be\b)(?!(?:"
    + "|".join(ACTION_WORDS)
    + r")\b)(.+?)(?=,\s|\s+for\b|\s+at (?:its|their|the|a|an)\b|"
    r"\s+on behalf\b|\s+under\b|\s+in line\b|\s+in accordance\b|[.;]?$)",
    re.I,
)


# "approved by the full council of each participating council: A (12 February 2025)
# B (19 February 2025) ...": the actor is each organisation listed, each with its day.
_SIGNING_GROUP = re.compile(r"\b(?:partners|parties|members|signatories)\b", re.I)
_EACH_LISTED = re.compile(
    r"\b(" + "|".join(PAST) + r")\s+by\s+[^:]*?\b(?:each|every|all)\b[^:]*:\s*(.+)$|"
    # "Each constituent body approved the establishment ... and this constitution: A (date)"
    r"\b(?:each|every)\s+(?:[a-z]+\s+){0,2}(?:body|partner|party|organisation|member)\s+"
    r"(" + "|".join(PAST) + r")\b[^:]*:\s*(.+)$",
    re.IGNORECASE,
)
# A name and the day it acted, the year in four figures or two ("(12/02/25)").
_LISTED_WITH_DATE = re.compile(
    r"([A-Z][^():]{2,120}?)\s*\(([^()]*(?:\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2}))\)"
)


def listed_actors(sentence: str) -> tuple[list[tuple[str, str, str]], str] | None:
    """Steps for each organisation listed after "approved by each ...:", and the text
    after the list (a sentence of its own whose full stop the list swallowed)."""
    match = _EACH_LISTED.search(sentence)
    if not match:
        return None
    action = PAST[(match.group(1) or match.group(3)).lower()]
    rest = match.group(2) or match.group(4)
    steps, end = [], 0
    for listed in _LISTED_WITH_DATE.finditer(rest):
        if rest[end : listed.start()].strip(" ,;"):
            break  # the list has ended
        steps.append((body_name(listed.group(1).strip(" ,;")), action, listed.group(2)))
        end = listed.end()
    return (steps, rest[end:].strip()) if len(steps) >= 2 else None


def item_steps(text: str) -> list[tuple[str, str]]:
    """A listed step: "Presentation of the MOU to the CCG Board for note and approval."."""
    actions = actions_in(text)
    match = _BY_OR_TO.search(text)
    if not actions or not match:
        steps, _ = sentence_steps(text)
        return (
            steps
            or [(act.body, act.action) for act in prose.acts(text)]
            or [
                (b, a)
                for b in (_bodies(match.group(1)) if match else [])
                for a in prose.leading(text)
            ]
        )
    return [(b, a) for b in _bodies(match.group(1)) for a in actions]


def _told(text: str, named: list[str] | None) -> list[tuple[str, str]]:
    """The steps a paragraph's sentences tell, in order."""
    found: list[tuple[str, str]] = []
    for sentence in _SENTENCE.split(text):
        each = listed_actors(sentence)
        found += [(b, a) for b, a, _ in each[0]] if each else []
        sentence = each[1] if each else sentence
        found += sentence_steps(sentence)[0]
        found += [(act.body, act.action) for act in prose.acts(sentence, named)]
    return found


def process_steps(
    sections: list[tuple[str, list[Paragraph], list[ListedItem]]],
    signatures: Sequence[tuple[str, int]] = (),
    named: list[str] | None = None,
) -> list[Step]:
    """Steps from the agreement's own approval process, if it has one. Where the process
    points to a signature schedule or table (``signatures``: its organisations), each
    organisation's signature is a step, in the schedule's order."""
    steps: list[Step] = []
    for heading, paragraphs, items in sections:
        if not _PROCESS_HEADING.search(heading):
            continue
        by_schedule = any(_SIGNED_IN.search(p.text) for p in paragraphs)
        if items:
            for item in items:
                # "11. The Board agreed this Memorandum on ...": a numbered paragraph that
                # tells what happened, not a listed step, is read as prose.
                listed = item_steps(item.text)
                actions = {action for _, action in listed}
                found = [
                    step
                    for step in dict.fromkeys(_told(item.text, named))
                    if step in listed or step[1] not in actions
                ]
                found += [step for step in listed if step not in found]
                steps += [Step(b, a, item.first, item.last) for b, a in found]
        else:
            for paragraph in paragraphs:
                found = _told(paragraph.text, named)
                steps += [Step(b, a, paragraph.first, paragraph.last) for b, a in found]
        group_signs = any(
            step.action == "sign" and _SIGNING_GROUP.search(step.body) for step in steps
        )
        if (by_schedule or group_signs) and signatures:
            # "when the four core partners have signed it": the signatures below, each.
            at = next((n for n, step in enumerate(steps) if step.action == "sign"), len(steps))
            signed = [Step(name, "sign", line, line) for name, line in signatures]
            kept = [step for step in steps if step.action != "sign"]
            steps = kept[:at] + signed + kept[at:]
        for index, paragraph in enumerate(paragraphs):
            undersigned = _UNDERSIGNED.search(_AGREE_TO.sub("", paragraph.text))
            if undersigned:
                who = "all parties"
                for later in paragraphs[index : index + 3]:
                    included = _INCLUDES.search(later.text)
                    if included:
                        who = included.group(1)
                        break
                action = ACTION_WORDS[undersigned.group(1).lower()]
                steps.append(Step(body_name(who), action, paragraph.first, paragraph.last))
    return _unique(steps)


def recommended_steps(
    sections: list[tuple[str, list[Paragraph], list[ListedItem]]], *, headings: bool = True
) -> list[Step]:
    """Steps from a report's recommendations and summary (or, with ``headings`` False, from
    any section: an agreement that states its route in a sentence)."""
    steps: list[Step] = []
    for heading, paragraphs, _items in sections:
        if headings and not re.search(r"recommendation|summary|purpose", heading, re.IGNORECASE):
            continue
        carried: list[str] = []
        for paragraph in paragraphs:
            listed = paragraph.kind in ("bullet", "item")
            if listed and carried:
                steps += [
                    Step(b, a, paragraph.first, paragraph.last)
                    for b in carried
                    for a in actions_in(paragraph.text)
                ]
                continue
            carried = []
            for sentence in _SENTENCE.split(paragraph.text):
                found, carried_here = sentence_steps(sentence)
                carried = carried_here or carried
                steps += [Step(b, a, paragraph.first, paragraph.last) for b, a in found]
    return _unique(steps)


def _unique(steps: list[Step]) -> list[Step]:
    seen: set[tuple[str, str]] = set()
    result = []
    for step in steps:
        key = (step.body.casefold(), step.action)
        if step.body and key not in seen:
            seen.add(key)
            result.append(step)
    return result
