"""Cawdrey Police and Crime Commissioner decision record, as a PDF.

What it tests: a PCC's "Decision Record" in the usual police template: a ruled facts table
("Decision number", "Title" as the title, "Date"), "PART 1 - ..." headings; the decision in
the first person ("I approve ...", an office as actor); the partners inline in one sentence
after "a partnership agreement between"; a police and crime panel informed (not a step); a
Chief Executive and a Chief Finance Officer certifying the record (their advice, not
approval steps); a violence reduction board that agreed the text earlier; the PCC's signature
("Signature ... Date") on the decision date; "2025/26" (skipped); two pages.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "The Unit's work is funded by a Home Office grant, with contributions in kind from the "
    "partners, and is evaluated each year against hospital admissions for assault with a "
    "sharp object and police-recorded serious violence. "
)


def write(path: Path) -> None:
    body = f"""
<p><b>OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CAWDREY</b></p>
<h1>Decision Record</h1>
<table>
<tr><th style="width:30%">Decision number</th><td>PCC/D/2025/041</td></tr>
<tr><th>Title</th><td>Cawdrey Violence Reduction Unit Partnership Agreement</td></tr>
<tr><th>Date</th><td>17 November 2025</td></tr>
<tr><th>Author</th><td>Head of Commissioning and Partnerships</td></tr>
</table>
<h2>PART 1 - SUMMARY</h2>
<p>The Cawdrey Violence Reduction Unit was set up in 2019. This decision renews its
partnership agreement for three years from 1 December 2025. The agreement is a partnership
agreement between the Police and Crime Commissioner for Cawdrey, Cawdrey Constabulary,
Cawdrey County Council, Abberleigh Unitary Council, Cawdrey and Abberleigh Integrated Care
Board and the Probation Service (Cawdrey and Abberleigh region), and sets out how they will meet the
serious violence duty together.</p>
<p>The Cawdrey Violence Reduction Board, chaired by the Commissioner, agreed the text of the
agreement on 30 October 2025. {FILL}</p>
<h2>PART 2 - DECISION</h2>
<p>I approve the Cawdrey Violence Reduction Unit Partnership Agreement and the
Commissioner's contribution of GBP 410,000 in 2025/26.</p>
<table>
<tr><th style="width:30%">Signature</th><td>Tom Ridley, Police and Crime Commissioner</td></tr>
<tr><th>Date</th><td>17 November 2025</td></tr>
</table>
<h2>PART 3 - BACKGROUND AND ADVICE</h2>
<p>{FILL}{FILL}</p>
<p>{FILL}{FILL}</p>
<p>Community safety partnerships in each district will take part through their own serious
violence plans. The Cawdrey Police and Crime Panel will be told of this decision at its
meeting on 4 December 2025.</p>
<h2>PART 4 - OFFICER CERTIFICATION</h2>
<p>The Chief Executive certifies that this decision is within the Commissioner's powers. The
Chief Finance Officer certifies that the funding is in the approved budget.</p>
<h2>PART 5 - PUBLICATION</h2>
<p>This record will be published on the Commissioner's website. There is no exempt part.</p>
"""
    css = page_css(footer="PCC Decision Record PCC/D/2025/041")
    write_pdf(body=body, css=css, path=path)
