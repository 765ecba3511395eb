"""Pelborough voluntary sector infrastructure compact, as a PDF.

What it tests: headings in roman numerals ("I. Why we have a compact"); the parties named only
in one sentence of the title page ("An agreement between A, B, C and the voluntary and community
sector of Pelborough, represented by D and E"); values in a ruled two-column table (Value |
What it means) whose first column holds the values; commitments in lettered lists (not values);
an "Adoption" table (Organisation | Approved by | Date) whose "Approved by" cells name each
organisation's body ("Cabinet", "Board", "Trustees"); a compact group and a forum; running
header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Both sectors will report each year on how well they have kept these commitments, using "
    "the survey of voluntary organisations run by the infrastructure bodies. "
)


def write(path: Path) -> None:
    body = f"""
<div style="margin-top:40mm; text-align:center">
<h1>The Pelborough Compact</h1>
<p style="font-size:13pt">Working together for Pelborough's communities</p>
<p style="margin-top:15mm">An agreement between Pelborough City Council, Pelborough and Fenn
Integrated Care Board, Pelborough Police and the voluntary and community sector of Pelborough,
represented by Pelborough Voluntary Action and Fenn Rural Community Council.</p>
<p style="margin-top:10mm">Renewed for 2026 to 2030</p>
</div>

<h2 class="new-page">I. Why we have a compact</h2>
<p>The Compact sets out how the public bodies and the voluntary and community sector in
Pelborough work together. It renews the compact first signed in 2011 and last refreshed in
March 2021. {FILL}</p>

<h2>II. Our values</h2>
<table><thead><tr><th style="width:28%">Value</th><th>What it means</th></tr></thead><tbody>
<tr><td>Independence</td><td>The sector's right to campaign and to challenge is respected, whoever funds it.</td></tr>
<tr><td>Equality</td><td>Both sectors work to reach people who are least heard.</td></tr>
<tr><td>Openness</td><td>Decisions that affect the sector are explained and published.</td></tr>
<tr><td>Shared responsibility</td><td>Both sectors own the problems and the solutions.</td></tr>
</tbody></table>

<h2>III. What the public bodies will do</h2>
<p>a) consult the sector for at least twelve weeks on any change that affects it;<br/>
b) give at least three months' notice of any end to funding;<br/>
c) pay grants in advance where that is needed.</p>

<h2>IV. What the voluntary and community sector will do</h2>
<p>a) represent the views of the people it works with;<br/>
b) be open about how it is run and funded;<br/>
c) take part in the Compact's review.</p>

<h2>V. Making the Compact work</h2>
<p>The Compact Working Group, with two members from each sector, meets four times a year and
deals with complaints that the Compact has not been followed. It reports each year to the
Pelborough Partnership Forum. The Fenn villages are represented through the Rural Network. {FILL}</p>

<h2>VI. Adoption</h2>
<p>Each organisation approved this Compact as shown below.</p>
<table><thead><tr><th>Organisation</th><th>Approved by</th><th style="width:22%">Date</th></tr></thead><tbody>
<tr><td>Pelborough City Council</td><td>Cabinet</td><td>2 December 2025</td></tr>
<tr><td>Pelborough and Fenn Integrated Care Board</td><td>ICB Board</td><td>4 December 2025</td></tr>
<tr><td>Pelborough Police</td><td>Chief Constable's Management Board</td><td>4 December 2025</td></tr>
<tr><td>Pelborough Voluntary Action</td><td>Board of Trustees</td><td>9 December 2025</td></tr>
<tr><td>Fenn Rural Community Council</td><td>Board of Trustees</td><td>9 December 2025</td></tr>
</tbody></table>
"""
    css = page_css(footer="The Pelborough Compact 2026 to 2030", header="The Pelborough Compact")
    write_pdf(body=body, css=css, path=path)
