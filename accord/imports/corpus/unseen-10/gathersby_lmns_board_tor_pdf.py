"""Gathersby local maternity and neonatal system board terms of reference, as a PDF.

What it tests: membership in a ruled table whose two column headers are the categories
("Voting members" | "Non-voting members"), organisations side by side in each row, the
second column shorter (an empty cell); posts after a comma in each cell (to drop); the
approval route drawn as a chain with arrows ("LMNS Board (agree) → ICB Quality Committee
(recommend) → ICB Board (approve)") with a status line under each; headings "Section 1:";
a neonatal network and a maternity voices partnership; "every other month" (skipped);
the integrated care system and its places; two pages.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

VOTING = [
    "Gathersby and Fordingham Integrated Care Board, Chief Nursing Officer",
    "Gathersby Teaching Hospitals NHS Foundation Trust, Director of Midwifery",
    "Fordingham and Selbury Hospitals NHS Trust, Director of Midwifery",
    "Gathersby Community Health NHS Trust, Director of Children's Services",
]
NONVOTING = [
    "Gathersby Maternity and Neonatal Voices Partnership, Chair",
    "North Riding Neonatal Operational Delivery Network, Network Manager",
    "Gathersby City Council, Director of Public Health",
]

FILL = (
    "The Board looks at the same measures for every unit: stillbirths, neonatal deaths, "
    "brain injuries at birth, staffing against the agreed establishment and the experience "
    "of women and families. "
)


def write(path: Path) -> None:
    rows = []
    for i in range(max(len(VOTING), len(NONVOTING))):
        a = VOTING[i] if i < len(VOTING) else ""
        b = NONVOTING[i] if i < len(NONVOTING) else ""
        rows.append(f"<tr><td>{a}</td><td>{b}</td></tr>")
    body = f"""
<h1>Gathersby Local Maternity and Neonatal System Board</h1>
<p><b>Terms of Reference</b></p>
<h2>Section 1: Purpose</h2>
<p>The Gathersby Local Maternity and Neonatal System (LMNS) Board leads the improvement of
maternity and neonatal services across the Gathersby and Fordingham integrated care system,
and gives the ICB assurance on their safety and quality. {FILL}</p>
<h2>Section 2: Membership</h2>
<table><thead><tr><th>Voting members</th><th>Non-voting members</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p>Members may send a named deputy. {FILL}</p>
<h2>Section 3: Meetings</h2>
<p>The Board meets every other month. A Maternity Safety Group and an Equity and Equality
Group report to it. The Board also hears from the two places, Gathersby and Fordingham, about
local services. {FILL}</p>
<p>{FILL}{FILL}</p>
<h2>Section 4: Reporting</h2>
<p>{FILL}{FILL}</p>
<h2>Section 5: Approval route</h2>
<p>LMNS Board (agree) &#8594; ICB Quality Committee (recommend) &#8594; ICB Board (approve)</p>
<table>
<thead><tr><th>Step</th><th>Status</th></tr></thead>
<tbody>
<tr><td>LMNS Board</td><td>Agreed 8 September 2025</td></tr>
<tr><td>ICB Quality Committee</td><td>Recommended 23 September 2025</td></tr>
<tr><td>ICB Board</td><td>Approved 7 October 2025</td></tr>
</tbody></table>
<p>These terms of reference will be reviewed in September 2026.</p>
"""
    css = page_css(footer="Gathersby LMNS Board - Terms of Reference v4")
    write_pdf(body=body, css=css, path=path)
