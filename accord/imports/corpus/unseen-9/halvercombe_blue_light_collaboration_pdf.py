"""Halvercombe emergency services collaboration agreement, as a two-column PDF.

What it tests: a title spanning both columns above a two-column page (text flows down the
left column, then the right); deed-style parties "(1) ... (2) ... (3) ..." after "BETWEEN"
with defined names in brackets; numbered upper-case headings inside the columns; a statutory
duty (Policing and Crime Act 2017) and a collaboration board; approvals by three bodies and an
office in prose, dates with weekdays ("Thursday 25 September 2025"); a ruled signature table
on page 2 in the parties' order; a running footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Each party keeps its own statutory responsibilities and its own operational command; "
    "nothing in this Agreement transfers a function from one party to another. "
)


def write(path: Path) -> None:
    body = f"""
<div style="column-span: all">
<h1>Halvercombe Emergency Services Collaboration Agreement</h1>
</div>
<p><b>BETWEEN</b></p>
<p>(1) Halvercombe and Rydal Fire and Rescue Authority (the "Fire Authority");</p>
<p>(2) Halvercombe Police (the "Force"); and</p>
<p>(3) West Halvercombe Ambulance Service NHS Trust (the "Trust").</p>
<h2>1. PURPOSE</h2>
<p>1.1 This Agreement is made under the duty to collaborate in the Policing and Crime Act
2017. The parties will share estates, training and community safety work where this makes
the public safer or saves money. {FILL}</p>
<h2>2. GOVERNANCE</h2>
<p>2.1 The Halvercombe Blue Light Collaboration Board, made up of the chief officer of each
party and the chair of the Fire Authority, oversees this Agreement. {FILL}</p>
<p>2.2 A Collaboration Programme Group of senior officers reports to the Board each
month. {FILL}</p>
<h2>3. WORKSTREAMS</h2>
<p>3.1 The first workstreams are shared stations at Rydal and Copthorne, joint driver
training and a single falls response team. {FILL}{FILL}</p>
<h2>4. COSTS</h2>
<p>4.1 Costs are shared in the proportions set out for each project in its business case.
{FILL}{FILL}</p>
<h2>5. DURATION</h2>
<p>5.1 This Agreement starts on 1 December 2025 and will be reviewed by the Board after
three years. {FILL}</p>
<h2>6. APPROVAL</h2>
<p>6.1 The Halvercombe and Rydal Fire and Rescue Authority approved this Agreement on
Thursday 25 September 2025. The Chief Constable approved it for the Force on Monday 6 October
2025, and the Trust Board approved it on Wednesday 29 October 2025. The Police and Crime Commissioner was consulted.</p>
<p>6.2 The parties signed this Agreement on the dates shown below.</p>
<div style="column-span: all; break-before: page">
<h2>SIGNED</h2>
<table>
<thead><tr><th>For</th><th>Name and position</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Halvercombe and Rydal Fire and Rescue Authority</td><td>Cllr Anne Forsyth, Chair</td><td>17 November 2025</td></tr>
<tr><td>Halvercombe Police</td><td>Mark Tennant, Chief Constable</td><td>17 November 2025</td></tr>
<tr><td>West Halvercombe Ambulance Service NHS Trust</td><td>Dr Priya Nair, Chief Executive</td><td>18 November 2025</td></tr>
</tbody></table>
</div>
"""
    css = (
        page_css(footer="Halvercombe Emergency Services Collaboration Agreement")
        + "body { columns: 2; column-gap: 8mm; }\n"
    )
    write_pdf(body=body, css=css, path=path)
