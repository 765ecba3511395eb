"""The words a title block is read by: kinds of paper, the lines that are no title
(versions, statuses, dates, form fields) and the lead-ins to a list of parties."""

from __future__ import annotations

import re

# A form's field ("Version: 1.2", "Decision maker: Cabinet"): not a title, not a heading.
FACT = re.compile(r"^[A-Z][A-Za-z ,'\u2019()/&-]{1,45}:\s*\S")

KIND_WORDS = re.compile(
    r"\bmemorandum\b|\bmou\b|terms of reference|\bagreement\b|\bprotocol\b|"
    r"\bcharter\b|\bcompact\b|\bconcordat\b|\bletters? of intent\b|\bexchange of letters\b",
    re.IGNORECASE,
)
META = re.compile(
    r"\bversion\b|\bdraft for\b|\bissued for\b|\bprepared by\b|\bclassification\b|"
    r"\bstatus\b|\breview date\b|\|",
    re.IGNORECASE,
)
DATES_ONLY = re.compile(
    r"^[\W\d]*(?:(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|to|and|until)\W+[\W\d]*)*$",
    re.IGNORECASE,
)
GENERIC = re.compile(
    r"^(?:the\s+|a\s+|draft\s+)*(?:memorandum of understanding|terms of reference|"
    r"agreement|mou)(?:\s*\(\w+\))?[\s:.]*$",
    re.IGNORECASE,
)


DOCUMENT = re.compile(
    r"\b(?:arrangements|framework|strategy|charter|policy|protocol|plan|constitution|statement)\b",
    re.IGNORECASE,
)


BETWEEN = re.compile(r"^(?:and|between|by and between|agreed between|made between)$", re.I)


# Words that say what sort of agreement a paper is without naming whose or what about
# ("Grant Funding Agreement", "INTER-AUTHORITY AGREEMENT", "Deed of Variation").
GENERIC_KIND = re.compile(
    r"^(?:the\s+|a\s+|draft\s+)*(?:(?:grant|funding|data|information|sharing|inter-authority|"
    r"partnership|joint|working|collaboration|collaborative|shared|services?|framework|"
    r"section\s+75|s75|legal|funding|pooled\s+budget|partnering)\s+){1,3}"
    r"(?:agreement|memorandum of understanding|mou)[\s:.]*$|"
    r"^(?:heads of terms|deed of variation)[\s:.]*$",
    re.IGNORECASE,
)
# A subtitle that runs on from a bare kind: "relating to ...", "RELATING TO ...", "for the ...".
SUBTITLE = re.compile(r"^(?:relating to|in respect of|in relation to|for the)\b", re.IGNORECASE)
