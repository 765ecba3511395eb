"""Orbury joint local health and wellbeing strategy, governance chapter, as a PDF.

What it tests: one chapter of a strategy (a strategy-title line above the chapter heading,
joined as the title); unnumbered headings in shaded bars; the Board's member organisations in
a ruled table of two columns whose headers ("Statutory members", "Other members") are the
categories, one organisation per cell down each column, with empty cells at the foot of the
shorter column; a sub-group and neighbourhood groups; the approval route in prose with three
bodies (agree, endorse, adopt) and a future note by an ICB committee; a year range in the
title (not a date); system, place and neighbourhoods.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

STATUTORY = [
    "Orbury Metropolitan Borough Council",
    "Orbury and Fenwold Integrated Care Board",
    "Healthwatch Orbury",
]
OTHER = [
    "Orbury Teaching Hospitals NHS Foundation Trust",
    "Fenwold Partnership NHS Foundation Trust",
    "Orbury Police",
    "Orbury Voluntary Action",
    "Orbury Homes",
]

FILL = (
    "Each partner will show in its own plans how it contributes to the strategy's four ambitions. "
)


def write(path: Path) -> None:
    rows = []
    for i in range(max(len(STATUTORY), len(OTHER))):
        left = STATUTORY[i] if i < len(STATUTORY) else ""
        right = OTHER[i] if i < len(OTHER) else ""
        rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
    body = f"""
<p style="font-size:11pt; color:#555">Orbury Joint Local Health and Wellbeing Strategy 2025–2030</p>
<h1>Chapter 6: Making it happen</h1>
<h2 class="bar">Who leads the strategy</h2>
<p>The Orbury Health and Wellbeing Board owns this strategy. It is the place where the
organisations below plan together for the health of Orbury as a place, within the Orbury and
Fenwold integrated care system. {FILL}</p>
<table>
<thead><tr><th>Statutory members</th><th>Other members</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p>Each member organisation is represented by a senior leader; the Director of Public Health
and the Director of Adult Social Care attend as statutory officers.</p>
<h2 class="bar">How delivery is organised</h2>
<p>The Orbury Strategy Delivery Group, made up of officers from each member, turns the
strategy into an annual delivery plan. The seven Neighbourhood Health and Wellbeing Groups
agree local actions with residents. {FILL}{FILL}</p>
<h2 class="bar">How we will know it is working</h2>
<p>The Board will receive a dashboard of twelve indicators twice a year and its first annual
report on the strategy in July 2026. {FILL}{FILL}</p>
<h2 class="bar">How this strategy was agreed</h2>
<p>The Orbury Health and Wellbeing Board agreed the strategy on 16 July 2025. Cabinet endorsed
it on 5 August 2025, and Full Council adopted it on 17 September 2025. It will be presented to
the Orbury Place Committee of Orbury and Fenwold Integrated Care Board for noting on
9 October 2025.</p>
"""
    css = page_css(
        footer="Orbury Joint Local Health and Wellbeing Strategy 2025-2030",
        header="Chapter 6: Making it happen",
        plain_first_page=False,
    ) + ("h2.bar { background:#2f5d62; color:#fff; padding:1.5mm 3mm; }\ntd { height: 7mm; }\n")
    write_pdf(body=body, css=css, path=path)
