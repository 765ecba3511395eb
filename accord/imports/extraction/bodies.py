"""The governance bodies a document names: boards, committees, Cabinet, groups, panels,
forums, partnerships, the integrated care system.

A body is a run of capitalised words ending in a word for a body ("... Partnership
Board", "ICB Board", "Cabinet"), read from the text without a leading "the". A party is a
body only where the document has it act as one (approve, ratify, note); an office held by
one person ("Cabinet Member for Health", "City Mayor") is not a body; a short name that
ends a longer one in the same document ("Health and Wellbeing Board" after "Kestle Health
and Wellbeing Board") is the same body.
"""

from __future__ import annotations

import re

from accord.imports.extraction import orgs

_BODY_WORD = re.compile(
    r"^(?:board|boards|committee|committees|cabinet|executive|group|groups|sub-group|"
    r"subgroup|panel|forum|forums|partnership|partnerships|assembly|commission|team|"
    r"alliance|network|system|body)$",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    "board boards committee committees executive group groups panel forum forums partnership "
    "partnerships assembly commission team alliance network system body sub-group subgroup "
    "governing body".split()
)
_CONNECTORS = frozenset({"and", "&", "for"})
_TOKEN = re.compile(r"[A-Za-z0-9][\w'\u2019&-]*|&|[^\w\s]")
_OFFICE_AFTER = re.compile(r"^(?:member|members|member's|lead|chair|secretary)\b", re.I)
_NOT_BODY_START = frozenset(
    "the a an this that these those each every our their its his her if when where while "
    "since as at by in on of to from with under after before draft revised final new "
    "proposed shadow signed january february march april may june july august september "
    "october november december".split()
)
_POSSESSOR = re.compile(r"^(?:(?-i:[A-Z]{2,})|" + orgs.ORGANISATION_WORDS + r")$", re.IGNORECASE)
_ORG_END = re.compile(r"^(?:" + orgs.ORGANISATION_WORDS + r")$", re.IGNORECASE)
_KINDS_OF_BODY = frozenset(
    {
        "integrated care board",
        "integrated care boards",
        "integrated care system",
        "integrated care systems",
        "integrated care partnership",
        "primary care network",
        "primary care networks",
        "clinical commissioning group",
        "clinical commissioning groups",
        "health and wellbeing board",
        "health and wellbeing boards",
        "partnership board",
        "place partnership",
        "place partnership board",
        "place board",
        "governing body",
        "programme board",
        "steering group",
        "working group",
    }
)


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _bare(token: str) -> str:
    return re.sub(r"['\u2019]s$", "", token)


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def phrases(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    found = []
    for index, token in enumerate(tokens):
        if not (_BODY_WORD.match(token) and _capitalised(token)):
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if _OFFICE_AFTER.match(following) or (
            following[:1].isupper() and _BODY_WORD.match(following)
        ):
            continue  # "Cabinet Member for ...", or a longer name goes on
        start = index
        while start > 0:
            before = tokens[start - 1]
            if before.lower() in _CONNECTORS and start > 1 and _capitalised(tokens[start - 2]):
                start -= 1
            elif (
                _capitalised(before)
                and before.lower() not in _NOT_BODY_START
                and before != "I"
                and not _YEAR.match(before)
            ):
                start -= 1
            else:
                break
        while start < index and tokens[start].lower() in _CONNECTORS:
            start += 1
        words = tokens[start : index + 1]
        # "Hollinmere City Council's Cabinet" is the Council's Cabinet.
        # "Rathmoor Children's Trust Board" keeps its name: the owner is no organisation.
        for position in range(len(words) - 1, -1, -1):
            if words[position].endswith(("'s", "\u2019s")) and position < len(words) - 1:
                if _POSSESSOR.match(_bare(words[position])):
                    words = words[position + 1 :]
                break
        phrase = " ".join(words).replace(" '", "'")
        if following.lower() == "of":
            phrase = _of_whom(phrase, token, tokens[index + 2 :])
        found.append(phrase)
    # "the Inchbury and Wold integrated care system": the system named, in lower case.
    found += [match.group(0) for match in _SYSTEM_IN_LOWER.finditer(text)]
    # "Full Council": a council meeting as a whole, the body that decides what its
    # executive only recommends.
    found += [match.group(0) for match in _FULL_COUNCIL.finditer(text)]
    return found


_FULL_COUNCIL = re.compile(r"\bFull Council\b(?!\s+of\b|['\u2019])")


_SYSTEM_IN_LOWER = re.compile(
    r"(?<![\w'\u2019-])(?!The\b)[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,4}"
    r"\s+integrated care system\b"
)


_MEMBERS_OF_BOARD = frozenset({"directors", "governors", "trustees"})


def _of_whom(phrase: str, token: str, rest_tokens: list[str]) -> str:
    """A body named with what it belongs to: "Governing Body of NHS X", "the Cabinet of X
    City Council", "the Housing Committee of the Council", "Board of Directors". A body of a
    body ("Board of X Integrated Care Board") stays the owning body, as the gold files of
    the first corpus name it."""
    the = bool(rest_tokens) and rest_tokens[0] == "the" and token.lower() != "body"
    rest = []
    for later in rest_tokens[1:] if the else rest_tokens:
        if _capitalised(later) or later.lower() in _CONNECTORS:
            rest.append(later)
        else:
            break
    while rest and rest[-1].lower() in _CONNECTORS:
        rest.pop()
    if not rest:
        return phrase
    if token.lower() != "body" and (
        orgs.is_post(phrase)  # "Chief Executive of X Trust" is an office
        or _BODY_WORD.match(rest[-1])  # a board of a board: the owner is named as itself
        or not (_ORG_END.match(rest[-1]) or rest[-1].lower() in _MEMBERS_OF_BOARD)
    ):
        return phrase
    return f"{phrase} of {'the ' if the else ''}{' '.join(rest)}"


def _distinct(phrase: str) -> bool:
    """A name of one body, not of a kind of body ("an Integrated Care Board", "each
    Primary Care Network")."""
    return " ".join(re.findall(r"[a-z0-9]+", phrase.lower())) not in _KINDS_OF_BODY


_COUNTED = re.compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?=\S+\s+\S)",
    re.I,
)


def bodies(texts: list[str], parties: list[str], acting: list[str]) -> list[str]:
    """Bodies named in ``texts`` in order of first mention. ``parties`` are the document's
    parties (not bodies unless among ``acting``, the actors of its approval steps)."""
    party_keys = {name.casefold() for name in parties}
    acting_keys = {name.casefold() for name in acting}
    seen: dict[str, str] = {}
    for text in texts:
        for phrase in phrases(text):
            # "Three Town Problem Solving Groups": the count is no part of the groups' name.
            phrase = _COUNTED.sub("", phrase)
            key = phrase.casefold()
            if key in _GENERIC or key in seen or not _distinct(phrase) or orgs.is_post(phrase):
                continue
            if key in party_keys and (key not in acting_keys or not orgs.names_body(phrase)):
                continue  # a council or trust that approves acts as an organisation
            if _two_parties(key, party_keys):
                continue  # "between A Council and B Integrated Care Board": two parties
            seen[key] = phrase
    for name in acting:
        key = name.casefold()
        if key in party_keys and key not in seen and orgs.names_body(name):
            seen[key] = name
        elif key not in seen and _BODY_OF.match(name) and orgs.names_body(name.split(" of ")[0]):
            # "Board of Holt Valley Integrated Care Board", "Place Committee of X": a body of
            # a party that acts, named with its organisation; its short name is the same body.
            for short in [k for k in seen if key.startswith(f"{k} of ")]:
                del seen[short]
            seen[key] = name
    keys = list(seen)
    longer = keys + list(party_keys)
    return [
        seen[key]
        for key in keys
        if not any(other != key and other.endswith(f" {key}") for other in longer)
    ]


_BODY_OF = re.compile(
    r"^(?:[A-Z][\w'\u2019-]*\s+){0,3}?(?:Board|Cabinet|Executive|Corporation|Committee|"
    r"Council|Trustees|Governing Body)\s+of\s+(?:the\s+)?[A-Z]"
)


def _two_parties(key: str, party_keys: set[str]) -> bool:
    """ "A Council and B Integrated Care Board": two parties named together, no body."""
    pieces = key.split(" and ")
    return any(
        " and ".join(pieces[:cut]) in party_keys and " and ".join(pieces[cut:]) in party_keys
        for cut in range(1, len(pieces))
    )
