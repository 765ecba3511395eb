"""Vennick trust board paper with an appended frailty alliance MOU, as a PDF.

What it tests: an NHS trust board paper whose cover sheet is a ruled table with tick-box
glyphs ("Approval &#9746;"), a "Previously considered by" row and a report-author row; numbered
report headings, then "Appendix 1: ..." on a new page with the MOU's own numbering restarting
at 1; the MOU's partners as bullets under sub-headings; values in bullets; a "Process of
approval" section numbered (i)-(iv) with "for note and endorsement" and a class signatory,
which is the route although the report's recommendation says "APPROVE ... NOTE ..."; running
header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FACTS = [
    ("Meeting", "Trust Board (Part 1, in public)"),
    ("Date", "30 October 2025"),
    ("Agenda item", "9.2"),
    ("Report title", "Vennick Frailty Alliance"),
    ("Executive sponsor", "Chief Operating Officer"),
    ("Report author", "Deputy Director of Partnerships"),
    ("Previously considered by", "Executive Management Committee, 14/10/2025"),
    (
        "Purpose",
        "Approval &#9746; &nbsp; Assurance &#9744; &nbsp; Discussion &#9744; &nbsp; Information &#9744;",
    ),
]

PARTNERS = [
    ("Commissioners", ["Vennick and Ormbrook Integrated Care Board", "Vennick City Council"]),
    (
        "Providers",
        [
            "Vennick Community Health NHS Foundation Trust",
            "Vennick Royal Hospital NHS Trust",
            "Vennick GP Provider Collaborative",
        ],
    ),
    ("Voluntary sector", ["Age UK Vennick", "Vennick Carers Network"]),
]

VALUES = ["Home is best", "One team around the person", "Shared risk, shared reward"]

FILLER = (
    "Around 9,000 people aged over 65 in Vennick are living with moderate or severe frailty. "
    "Many are admitted to hospital after a fall or a sudden decline that community teams could "
    "have managed at home with faster access to the right help. "
)


def write(path: Path) -> None:
    facts = "".join(
        f"<tr><th style='width:30%'>{label}</th><td>{value}</td></tr>" for label, value in FACTS
    )
    partners = "".join(
        f"<h3>{group}</h3><ul>{''.join(f'<li>{n}</li>' for n in names)}</ul>"
        for group, names in PARTNERS
    )
    values = "".join(f"<li>{v}</li>" for v in VALUES)
    body = f"""
<p style="font-size:13pt;font-weight:bold">Vennick Community Health NHS Foundation Trust</p>
<table>{facts}</table>

<h2>1. Purpose</h2>
<p>This paper asks the Board to approve the Trust's membership of the Vennick Frailty Alliance
on the terms of the memorandum of understanding at Appendix 1.</p>

<h2>2. Background</h2>
<p>{FILLER}{FILLER}</p>

<h2>3. The Alliance</h2>
<p>The Alliance brings commissioners, providers and the voluntary sector together under one
plan for frailty in Vennick as a place, with frailty hubs in each primary care network. The
Trust would host the Alliance's programme team. {FILLER}</p>

<h2>4. Risks and finance</h2>
<p>There is no new cost to the Trust. The main risk is workforce: the hubs need 14 more
community nurses, which the Alliance plan phases over two years.</p>

<h2>5. Recommendation</h2>
<p>The Trust Board is asked to APPROVE the Memorandum of Understanding at Appendix 1 and to NOTE
the process of approval set out in section 5 of the Memorandum.</p>

<h2 class="new-page">Appendix 1: Vennick Frailty Alliance Memorandum of Understanding</h2>

<h2>1. Introduction</h2>
<p>This Memorandum records how the partners will work together as the Vennick Frailty Alliance.
It supports the frailty priorities of the Vennick and Ormbrook Integrated Care System and is not
legally binding.</p>

<h2>2. The partners</h2>
<p>The partners to this Memorandum are:</p>
{partners}

<h2>3. Values</h2>
<ul>{values}</ul>

<h2>4. Governance</h2>
<p>The Vennick Frailty Alliance Board, with one senior member from each partner, meets monthly.
It reports to the Vennick Health and Wellbeing Board through the Vennick Place Partnership.
Neighbourhood Frailty Huddles, one in each primary care network, plan care for individual
people each week.</p>

<h2>5. Process of approval</h2>
<p>(i) Agreement of this final draft by the Vennick Frailty Alliance Board on 2 October 2025.</p>
<p>(ii) Approval by the Trust Board of Vennick Community Health NHS Foundation Trust on
30 October 2025 and by the Board of Vennick and Ormbrook Integrated Care Board on 6 November
2025.</p>
<p>(iii) Presentation to the Vennick Health and Wellbeing Board for note and endorsement on
11 December 2025.</p>
<p>(iv) Signature by the chief executive of each partner.</p>
"""
    css = page_css(
        footer="Trust Board, 30 October 2025 - item 9.2",
        header="Vennick Community Health NHS Foundation Trust",
    )
    write_pdf(body=body, css=css, path=path)
