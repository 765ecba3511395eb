"""Telling organisations from people, posts and governance bodies by their names.

An organisation's name usually ends with (or holds) a word for a kind of organisation:
council, NHS trust, foundation trust, integrated care board, primary care network,
police, fire and rescue service, housing association, CIC, charity ... A post names a role
("Chief Executive", "Director of Public Health", "Cabinet Member for Health"); a person
has a title or a first name and a surname before a comma; a governance body is a board,
committee, cabinet, group, panel or forum that meets. Names the register already holds
as organisations count as organisations whatever they look like.
"""

from __future__ import annotations

import re

ORGANISATION_WORDS = (
    r"council|councils|board|trust|trusts|police|constabulary|service|services|authority|"
    r"authorities|network|networks|alliance|federation|association|centre|center|college|"
    r"university|school|schools|academy|academies|hospice|hospital|hospitals|homes|housing|"
    r"action|advice|foundation|cic|ltd|limited|plc|llp|charity|society|agency|department|"
    r"office|commission|company|institute|practice|practices|project|support|forum|group|"
    r"collaborative|partnership|panel|voices|line|sheds|care|clinic|providers|provider|"
    r"enterprise|enterprises|agencies|ministry|executive|team|collective|consortium|"
    r"healthwatch|jobcentre|library|libraries|foodbank|carers|trustees|cafcass"
)
_ORGANISATION = re.compile(r"\b(?:" + ORGANISATION_WORDS + r")\b", re.IGNORECASE)
_LEADING_ORGANISATION = re.compile(
    r"^(?:nhs|healthwatch|citizens advice|voluntary action|young carers|social enterprise|"
    r"active|age uk|mind|university of|department (?:for|of)|office (?:for|of)|"
    r"ministry of|royal|st\.? )\b",
    re.IGNORECASE,
)
POSTS = (
    r"chief executive|chief officer|chief constable|chief nurse|chief [a-z]+ officer|"
    r"director(?: of [\w ,'&]+)?|deputy director|assistant director|executive director|"
    r"strategic director|corporate director|head of [\w ,'&]+|leader(?: of [\w ]+)?|"
    r"deputy leader|chair(?:man|woman|person)?|vice[- ]chair|co-chair|city mayor|mayor|"
    r"deputy (?:city )?mayor|cabinet member(?: for [\w ,'&]+)?|portfolio holder(?: for [\w ,'&]+)?|"
    r"monitoring officer|section 151 officer|caldicott guardian|senior information risk owner|"
    r"data protection officer|clinical director|medical director|place director|"
    r"councillor|secretary of state|lead member(?: for [\w ,'&]+)?|manager|officer|"
    r"commissioner|superintendent|inspector|consultant(?: in [\w ]+)?|solicitor|"
    r"lead commissioner|programme lead|service lead|lead|representative"
)
_POST = re.compile(r"^(?:the\s+)?(?:" + POSTS + r")$", re.IGNORECASE)
_PERSON = re.compile(
    r"^(?i:(?:dr|mr|mrs|ms|miss|mx|prof|professor|cllr|councillor|sir|dame|rev)\.?\s+)"
    r"|^[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?,",
)
BODY_WORDS = (
    r"board|boards|committee|committees|cabinet|executive|group|groups|sub-group|subgroup|"
    r"panel|forum|forums|partnership|partnerships|assembly|commission|team|"
    r"governing body|integrated care system|alliance|network|council executive"
)
_BODY_END = re.compile(r"\b(?:" + BODY_WORDS + r")$", re.IGNORECASE)


def is_post(name: str) -> bool:
    """A role held by one person ("Director of Communities", "City Mayor")."""
    text = " ".join(name.split()).strip(" ,.;:")
    text = re.sub(r"\s*\([^)]*\)$", "", text)
    return bool(_POST.match(text))


def is_person(name: str) -> bool:
    """A person: a title before the name, or a first name and surname before a comma
    ("Hannah Lindqvist, Chief Executive, ...")."""
    text = " ".join(name.split())
    first = text.split(",")[0]
    if _ORGANISATION.search(first) or _LEADING_ORGANISATION.match(first):
        return False
    return bool(_PERSON.match(text))


def looks_like_organisation(name: str, known: set[str] | frozenset = frozenset()) -> bool:
    """A proper name of an organisation: capitalised words naming a kind of organisation,
    or a name the register knows; not a post or a person."""
    text = " ".join(name.split()).strip(" ,.;:")
    if not text or len(text) > 160:
        return False
    if text.casefold() in known:
        return True
    if is_post(text) or is_person(text):
        return False
    words = [w for w in re.findall(r"[\w'\u2019&-]+", text) if w.lower() not in _SMALL]
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return bool(_ORGANISATION.search(text) or _LEADING_ORGANISATION.match(text)) or (
        len(words) >= 2
    )


_SMALL = frozenset("and of the for in on at to with by a an de la".split())


def names_body(name: str) -> bool:
    """A name ending in a word for a governance body ("... Partnership Board")."""
    return bool(_BODY_END.search(" ".join(name.split()).strip(" ,.;:")))


def starts_organisation(name: str) -> bool:
    """A name that begins as organisations' names do ("NHS ...", "University of ...")."""
    return bool(_LEADING_ORGANISATION.match(" ".join(name.split())))
