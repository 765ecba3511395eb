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
