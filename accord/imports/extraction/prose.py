"""Approvals told in sentences: who did (or will do) what to the document.

"The Alliance Executive Group considered the draft on 20 June 2024 and recommended it",
"These arrangements were agreed by X on ... and signed by Y on ...", "It was endorsed by
X on ... and by Y on ...", "will be presented to X on ... and to Y on ... for ratification",
"X will be asked to approve it on ... and Y on ...", "Cabinet voted 7 to 2", "delegates
authority to the Director of ...": each gives the actor (a body, an office, "each party")
and the action, and whether it happened before the document or is still to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction import orgs

# Every form of each decision verb, to the action recorded.
_FORMS = {
    "agree": ("agree", "agrees", "agreed", "agreeing"),
    "approve": ("approve", "approves", "approved", "approving"),
    "note": ("note", "notes", "noted", "noting"),
    "endorse": ("endorse", "endorses", "endorsed", "endorsing"),
    "consider": ("consider", "considers", "considered", "considering"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "recommend": ("recommend", "recommends", "recommended", "recommending"),
    "delegate": (
        "delegate",
        "delegates",
        "delegated",
        "authorise",
        "authorises",
        "authorised",
        "authorize",
        "authorizes",
        "authorized",
    ),
    "sign": ("sign", "signs", "signed"),
    "ratify": ("ratify", "ratifies", "ratified"),
    "adopt": ("adopt", "adopts", "adopted"),
    "review": ("review", "reviews", "reviewed"),
    "vote": ("vote", "votes", "voted"),
}
VERB = {form: action for action, forms in _FORMS.items() for form in forms}
_NOUNS = {
    "approval": "approve",
    "agreement": "agree",
    "endorsement": "endorse",
    "noting": "note",
    "note": "note",
    "ratification": "ratify",
    "consideration": "consider",
    "comment": "comment",
    "comments": "comment",
    "signature": "sign",
    "adoption": "adopt",
    "decision": "approve",
}
_KEYWORDS = frozenset(VERB) | frozenset(_NOUNS)
_ANY_VERB = "|".join(sorted(VERB, key=len, reverse=True))
_PAST = "|".join(f for f in VERB if f.endswith("ed"))
_BASE = "|".join(
    sorted({f for f in VERB if not f.endswith(("ed", "s", "ing"))}, key=len, reverse=True)
)
_CAPS = r"(?:[A-Z][\w'\u2019&-]*|NHS|ICB)"
_NAME = _CAPS + r"(?:\s+(?:and|of|for|&)\s+" + _CAPS + r"|\s+" + _CAPS + r")*"
_GROUP = (
    r"(?i:(?:each|every|all(?: the)?(?: \w+)?|the)\s+(?:\w+\s+){0,3}?(?:partners?|parties|party|"
    r"members?|organisations?|signatories|partner organisations?)(?:\s+(?:of|to|listed|named)"
    r"[\w\s.]{0,30}?)?"
    r"|(?:the\s+)?(?:chief executives?|authorised signator(?:y|ies)|lead [\w ]+?partners)"
    r"(?:\s+of\s+(?:each|every|all)\s+\w+)?"
    r"|(?:the\s+)?boards? of (?:trustees of |directors of |governors of )?(?:the\s+)?"
    r"(?:two |three |four )?[\w' ]{2,40}?)"
)
SUBJECT = r"(?P<subject>(?:the\s+)?" + _NAME + r"|" + _GROUP + r")"
_PARENTHESIS = r"(?:,\s*(?:which|who|made up|meeting|acting|chaired|with)[^,]{0,120},)?"
_ACTIVE = re.compile(
    SUBJECT + _PARENTHESIS + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|now\s+|first\s+)?"
    r"(?P<verb>" + _PAST + r")\b(?<!agreed(?=\s+that\b))(?!\s+to\s+(?!the|this|these|it))"
    r"(?<!delegated(?!\s+(?:authority|to|the power)\b))"
)
_FUTURE = re.compile(
    SUBJECT + r"\s+(?:will|shall|is expected to|are expected to|is due to|are due to|"
    r"intends? to)\s+(?:then\s+|also\s+|be asked to\s+)?(?P<verb>" + _BASE + r")\b(?!\s+that\b)"
)
_RELATIVE = re.compile(
    r"(?P<subject>(?:the\s+)?"
    + _NAME
    + r"),\s+which\s+(?:has\s+|had\s+)?(?P<verb>"
    + _PAST
    + r")\b"
)
# Where an actor's name ends: at a preposition, a comma, or an "and" that starts a new clause.
_ACTOR_END = (
    r"(?=\s+(?:on|at|in|during|before|after|when|once|as|for|under|with|to|so|following)\b|"
    r"\s+and\s+(?:then\s+|will\s+|is\s+|was\s+|by\s+|the\s+|it\s+|[a-z]+ed\b)|[,;.]|$)"
)
_PASSIVE = re.compile(
    r"\b(?:(?:was|were|is|are|be|been|being|has been|have been)\s+(?:\w+ly\s+|then\s+|now\s+|also\s+)?)"
    r"(?P<verb>"
    + _PAST
    + r")(?:\s+off)?(?P<between>\s+[^.;]{0,40}?)?\s+by\s+(?P<actor>[^,;.]+?)"
    + _ACTOR_END
)
_AND_PASSIVE = re.compile(
    r"\band\s+(?:then\s+)?(?:(?P<verb>"
    + _PAST
    + r")(?:\s+off)?\s+)?by\s+(?P<actor>[^,;.]+?)"
    + _ACTOR_END
)
_THAT = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?that\s+(?:the\s+)?(?P<subject>"
    + _NAME
    + r")\s+(?P<verb>"
    + _BASE
    + r")\b",
    re.I,
)
_COORDINATED = re.compile(r"\band\s+(?:then\s+)?(?P<verb>" + _PAST + r")\b(?!\s+by\b)")
_PRESENTED = re.compile(
    r"\b(?:presented|submitted|taken|referred|reported|put|brought)\s+to\s+(?P<actors>.+?)\s+"
    r"for\s+(?P<nouns>(?:\w+)(?:\s+and\s+\w+)?)"
)
_ASKED = re.compile(
    SUBJECT + r"(?:,[^,]{0,120},)?\s+(?:is|are|will be|has been|have been)\s+(?:being\s+)?"
    r"(?:asked|requested|invited|recommended|expected|due)\s+to\s+(?P<verbs>(?:"
    + _BASE
    + r")(?:(?:\s*,\s*|\s+and\s+(?:to\s+)?)(?:"
    + _BASE
    + r"))*)\b(?P<rest>[^.]*)"
)
_AND_TO = re.compile(
    r"\band\s+to\s+(?P<actors>(?:the\s+)?" + _NAME + r")(?:\s+on\s+[^,;]+?)?\s+for\s+"
    r"(?P<nouns>\w+(?:\s+and\s+\w+)?)"
)
_SUBJECT_VERB = re.compile(SUBJECT + r"\s+(?:" + _PAST + r")\b")
_AND_DELEGATED = re.compile(r"\band\s+(?:then\s+)?(?:delegated|authorised)\s+(?:authority\s+)?to\b")
_DELEGATES = re.compile(
    SUBJECT + r"\s+(?:has\s+|have\s+)?(?:delegated|delegates|authorised|authorises)\b"
)
_SIGNING_PURPOSE = re.compile(
    r"\bto\s+(?:agree\s+and\s+)?sign\b[^.]{0,60}?\b(?:agreement|memorandum|mou|compact|protocol)\b",
    re.I,
)
_ASKING = frozenset("asked requested invited recommended expected due".split())
_DELEGATING = frozenset("delegated delegates authorised authorises".split())
_VOTED = re.compile(SUBJECT + r"\s+voted\b")
_GENERIC_HEAD = re.compile(
    r"^(?:the\s+)?(board|committee|commission|partnership|executive|group|panel|forum|"
    r"cabinet|partnership board|council)$",
    re.I,
)
_NOT_ACTOR = re.compile(
    r"^(?:it|they|this|these|which|who|that|we|he|she|(?:end|start|beginning) of|"
    r"the (?:agreement|memorandum|draft|"
    r"report|compact|document|text|terms of reference|arrangements|strategy|plan))\b",
    re.I,
)
# The document itself, named definitely: "it", "the draft", "this Agreement", "these terms
# of reference" ("a memorandum that was agreed in 2019" is another document).
_DOCUMENT = re.compile(
    r"\b(?:it|them|(?:the|this|these|its|our)\s+(?:[\w-]+\s+){0,4}?(?:agreement|memorandum|mou|"
    r"terms of reference|draft|compact|arrangements|text|recommendations?|protocol|charter|"
    r"proposals?|edition|version|isa|statement))\b|"
    r"\ba\s+(?:[\w-]+\s+){0,3}?(?:memorandum|agreement|mou|compact|protocol)"
    r"(?:\s+(?:of understanding|\([^)]*\)))*\s+(?:has been|is being|will be)\b",
    re.I,
)


def about_document(sentence: str) -> bool:
    return bool(_DOCUMENT.search(sentence))


@dataclass
class Act:
    body: str
    action: str
    tense: str  # "past", "now" or "future"
    start: int  # where in the sentence, for order


# "... each Charter member by the end of next month", "Full Council each year": when, not who.
_WHEN_TAIL = re.compile(
    r"\s+(?:(?:by|before|until|in|during|from)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?"
    r"(?:(?:next|last|this|each|every)\s+)?(?:month|year|week|quarter|spring|summer|autumn|"
    r"winter|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|(?:each|every)\s+(?:year|month|quarter|week))\b.*$",
    re.I,
)


def actor(text: str, named: list[str] | None = None) -> str:
    """The actor as named: without a leading "the", a bracketed note, or the organisation
    whose body it is ("Hollinmere City Council's Cabinet" is "Cabinet"); "the Committee"
    is the committee last named in full."""
    text = " ".join(text.split()).strip(" ,.;:")
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text)
    text = _WHEN_TAIL.sub("", text)
    text = re.sub(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:the|a|an|this)\s+", "", text, flags=re.I)
    possessive = re.search(r"^(.+?)['\u2019]s\s+(.+)$", text)
    if possessive and (
        orgs.ORGANISATION_WORDS
        and re.search(
            r"(?:" + orgs.ORGANISATION_WORDS + r"|(?-i:[A-Z]{2,}))$", possessive.group(1), re.I
        )
    ):
        text = possessive.group(2)
    generic = _GENERIC_HEAD.match(text)
    if generic and named and text.lower() != "cabinet":
        head = generic.group(1).lower()
        for name in reversed(named):
            if name.lower().endswith(head) and name.lower() != head:
                return name
    return text


def _actors(text: str) -> list[str]:
    """ "the Governing Body of X on 16.11.2021 and to the Council's Cabinet on ..." names
    two actors; "the Health and Wellbeing Board" one."""
    text = re.sub(
        r"\s+(?:on|at|in|by)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+day\b|its|their).*?(?=\s+and\s+to\b|$)",
        "",
        text,
    )
    pieces = re.split(r"\s+and\s+to\s+", text)
    from accord.imports.extraction.route import split_bodies  # route reads prose too

    return [body for piece in pieces if piece.strip() for body in split_bodies(piece)]


def _usable(body: str) -> bool:
    return bool(body) and not _NOT_ACTOR.match(body) and len(body) <= 120


def acts(sentence: str, named: list[str] | None = None, *, present: bool = False) -> list[Act]:
    """Approvals stated in one sentence. ``present`` reads present-tense decisions too
    (a decision's own list, "The Board: agrees ...")."""
    found: list[Act] = []
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    if _KEYWORDS.isdisjoint(words):
        return found  # every reading below needs a decision verb or noun: most prose has none
    about = about_document(sentence)

    def add(body: str, action: str | None, tense: str, start: int) -> None:
        body = actor(body, named)
        if action and _usable(body):
            found.append(Act(body, action, tense, start))

    # The patterns that begin with a subject are dear to try at every word: only where the
    # word they turn on is there.
    for match in _ASKED.finditer(sentence) if not _ASKING.isdisjoint(words) else ():
        verbs = re.findall(_BASE, match.group("verbs"))
        for verb in verbs:
            add(match.group("subject"), VERB[verb], "future", match.start())
        # "X will be asked to approve it on 17 September and Y on 26 September"
        for later in re.finditer(r"\band\s+(" + _NAME + r")\s+on\b", match.group("rest")):
            for verb in verbs:
                add(later.group(1), VERB[verb], "future", match.start("rest") + later.start())
    if about:
        for match in _ACTIVE.finditer(sentence):
            verb = VERB[match.group("verb")]
            add(match.group("subject"), verb, "past", match.start("verb"))
            rest = sentence[match.end() :]
            for coordinated in _COORDINATED.finditer(rest.split(". ")[0]):
                add(
                    match.group("subject"),
                    VERB[coordinated.group("verb")],
                    "past",
                    match.end() + coordinated.start(),
                )
        for match in _RELATIVE.finditer(sentence):
            add(match.group("subject"), VERB[match.group("verb")], "past", match.start("verb"))
        for match in _FUTURE.finditer(sentence):
            if VERB[match.group("verb")] != "review":  # a review to come is not an approval
                add(
                    match.group("subject"), VERB[match.group("verb")], "future", match.start("verb")
                )
        for match in _AND_PASSIVE.finditer(sentence):
            if match.group("verb"):  # "... for ratification in September and then signed by X"
                tense = "future" if re.search(r"\bwill\b", sentence[: match.start()]) else "past"
                add(match.group("actor"), VERB[match.group("verb")], tense, match.start())
        for match in _PASSIVE.finditer(sentence):
            verb = VERB[match.group("verb")]
            tense = (
                "future"
                if re.search(r"\b(?:will|to)\s+be\s+\w*\s*$", sentence[: match.start("verb")])
                else "past"
            )
            add(match.group("actor"), verb, tense, match.start("verb"))
            for later in _AND_PASSIVE.finditer(sentence[match.end() :]):
                again = VERB[later.group("verb")] if later.group("verb") else verb
                add(later.group("actor"), again, tense, match.end() + later.start())
        for match in _PRESENTED.finditer(sentence):
            nouns = re.findall(r"\w+", match.group("nouns"))
            actions = [_NOUNS[n.lower()] for n in nouns if n.lower() in _NOUNS]
            for body in _actors(match.group("actors")):
                for action in actions:
                    add(body, action, "future", match.start())
            # "... to the Council's Cabinet for ratification on 28 January and to X for ..."
            for later in _AND_TO.finditer(sentence[match.end() :]):
                nouns = re.findall(r"\w+", later.group("nouns"))
                for action in [_NOUNS[n.lower()] for n in nouns if n.lower() in _NOUNS]:
                    add(later.group("actors"), action, "future", match.end() + later.start())
    # "Cabinet agreed that ..., and delegated authority to the Director ... to sign the
    # agreement": a delegation is about the document when it is about the document or its
    # signing ("to agree and sign a partnership agreement").
    subject = _SUBJECT_VERB.search(sentence) if _AND_DELEGATED.search(sentence) else None
    if subject:
        for later in _AND_DELEGATED.finditer(sentence[subject.end() :]):
            purpose = sentence[subject.end() + later.end() :]
            if about or _SIGNING_PURPOSE.search(purpose):
                add(subject.group("subject"), "delegate", "past", subject.end() + later.start())
    that = _THAT.match(sentence.strip())
    if that:
        add(that.group("subject"), VERB[that.group("verb").lower()], "now", that.start("verb"))
    for match in _DELEGATES.finditer(sentence) if not _DELEGATING.isdisjoint(words) else ():
        add(match.group("subject"), "delegate", "past", match.start())
    for match in _VOTED.finditer(sentence) if "voted" in words else ():
        add(match.group("subject"), "vote", "past", match.start())
    return _unique(found)


def _unique(found: list[Act]) -> list[Act]:
    seen: set[tuple[str, str]] = set()
    result = []
    for act in sorted(found, key=lambda a: a.start):
        key = (act.body.casefold(), act.action)
        if key not in seen:
            seen.add(key)
            result.append(act)
    return result


def leading(text: str) -> list[str]:
    """The actions a list item begins with: "agrees the Agreement ...", "note and approve
    ...", "(c) will sign ...", "delegates authority to ..."."""
    text = re.sub(r"^(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?(?:that\s+)?", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:will|shall|to)\s+", "", text, flags=re.I)
    actions = []
    for word in re.findall(r"[a-z]+|,|\band\b", text.lower()):
        if word in VERB:
            if VERB[word] not in actions:
                actions.append(VERB[word])
        elif word in (",", "and", "to", "then"):
            continue
        else:
            break
    # "... with a view to endorsing the final version": the same actor, later.
    for view in re.finditer(r"\bwith a view to (\w+?)(?:ing)?\b", text.lower()):
        word = view.group(1)
        action = VERB.get(word) or VERB.get(word + "e")
        if action and action not in actions:
            actions.append(action)
    return actions
