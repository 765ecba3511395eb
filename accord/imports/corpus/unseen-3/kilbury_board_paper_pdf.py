"""Kilbury ICB board paper recommending sign-up to a place-based partnership agreement, as a PDF.

What it tests: an NHS board paper whose cover facts sit in a ruled two-column table ("Meeting
date: 8 May 2025", "Previously considered by"); recommendations in upper case ("NOTE ...
APPROVE ... DELEGATE"); a ruled table of partners with a "Sector" column, printed on the page after
its lead-in; no agreement appended, so the title is the agreement as
listed under "Appendices"; a running header and a page footer; "last autumn" is skipped
(a season, not a month).
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FACTS = [
    ("Meeting", "Board of Kilbury and Wendle Integrated Care Board (meeting in public)"),
    ("Meeting date", "8 May 2025"),
    ("Agenda item", "11"),
    ("Executive lead", "Director of Strategy and Partnerships"),
    ("Previously considered by", "Kilbury Place Committee, 10 April 2025"),
    ("Purpose", "For approval"),
]

PARTNERS = [
    ("Kilbury and Wendle Integrated Care Board", "NHS commissioner"),
    ("Kilbury Metropolitan Borough Council", "Local government"),
    ("Kilbury Hospitals NHS Foundation Trust", "NHS provider"),
    ("Wendle Care Partnership NHS Foundation Trust", "NHS provider"),
    ("Kilbury Primary Care Collaborative", "Primary care"),
    ("North Kilbury Primary Care Network", "Primary care"),
    ("South Kilbury Primary Care Network", "Primary care"),
    ("Kilbury Hospice", "Voluntary sector"),
    ("Voluntary Action Kilbury", "Voluntary sector"),
    ("Kilbury Healthwatch", "Voluntary sector"),
]

FILLER = (
    "Since the integrated care board was formed, partners in Kilbury have worked together "
    "through an informal place committee. The Health and Care Act 2022 lets the board "
    "delegate some of its functions to a committee at place, but only where the partners have "
    "agreed in writing how they will share decisions, risk and information. The proposed "
    "agreement does that. It does not move money between partners and does not create a new "
    "legal body; it records the commitments each partner makes and how the Kilbury Place "
    "Committee will take decisions on the board's behalf. "
)


def _facts() -> str:
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in FACTS)
    return f"<table>{rows}</table>"


def _partners() -> str:
    rows = "".join(f"<tr><td>{org}</td><td>{sector}</td></tr>" for org, sector in PARTNERS)
    return (
        "<table><thead><tr><th>Partner</th><th>Sector</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def write(path: Path) -> None:
    body = f"""
<h1>Kilbury Place-Based Partnership: agreement to sign up</h1>
{_facts()}
<h2>Recommendations</h2>
<p>The Board is asked to:</p>
<p>NOTE the engagement with partners and residents that shaped the agreement;</p>
<p>APPROVE the ICB's sign-up to the Kilbury Place-Based Partnership Agreement; and</p>
<p>DELEGATE authority to the Chief Executive to sign the agreement on behalf of the ICB.</p>
<h2>1. Background</h2>
<p>{FILLER * 2}</p>
<p>The Kilbury Place Committee considered the draft agreement on 10 April 2025 and
recommended it to this Board. Engagement ran from last autumn until 14 March 2025.</p>
<h2>2. The partners</h2>
<p>Ten organisations have said they will sign the agreement:</p>
{_partners()}
<h2>3. How the partnership will work</h2>
<p>The Kilbury Place Committee will lead at place, within the Kilbury and Wendle
integrated care system. Three neighbourhood teams, built around the primary care networks, will
plan care for their communities. The Kilbury Health and Wellbeing Board keeps its statutory
role.</p>
<h2>4. Next steps</h2>
<p>If the Board approves, the agreement will take effect on 1 July 2025, once every partner
has signed it.</p>
<h2>5. Appendices</h2>
<p>Appendix A &ndash; Kilbury Place-Based Partnership Agreement</p>
"""
    css = page_css(
        footer="Kilbury and Wendle ICB Board, 8 May 2025, item 11",
        header="Board paper: item 11",
    )
    write_pdf(body=body, css=css, path=path)
