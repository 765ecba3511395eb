"""Ormscliffe local safeguarding children arrangements, as a PDF.

What it tests: upper-case unnumbered headings; the three safeguarding partners after the
lead-in "The safeguarding partners for Ormscliffe are:" in a bulleted list with trailing
semicolons; the lead safeguarding partners as posts (not parties); the relevant agencies in a
ruled table whose "Sector" cells are merged down (rowspan) and which breaks over a page with
its header row repeated; schools and early years settings as a class (not parties); sign-off
in a table without lines (three posts and organisations, with one date each); "Published" on
the first page and "next review" a year on.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

AGENCIES = [
    (
        "Health",
        [
            "Ormscliffe Hospitals NHS Foundation Trust",
            "Ormscliffe and Lyle Mental Health NHS Trust",
            "Lyle Community Health Services CIC",
        ],
    ),
    (
        "Education",
        [
            "Ormscliffe Diocesan Academies Trust",
            "Coastline Learning Trust",
            "Ormscliffe College",
        ],
    ),
    (
        "Justice",
        [
            "Probation Service",
            "Ormscliffe Youth Justice Service",
            "Cafcass",
        ],
    ),
    (
        "Housing and community",
        [
            "Ormscliffe Homes",
            "Lyle Valley Housing Association",
            "Ormscliffe Council for Voluntary Service",
            "Ormscliffe Sports and Leisure Trust",
        ],
    ),
]

FILL = (
    "Practitioners in every agency are expected to follow the Ormscliffe multi-agency "
    "safeguarding procedures and to escalate concerns when a plan is not keeping a child safe. "
)


def write(path: Path) -> None:
    rows = []
    for sector, agencies in AGENCIES:
        for i, agency in enumerate(agencies):
            first = f'<td rowspan="{len(agencies)}" class="group">{sector}</td>' if i == 0 else ""
            rows.append(f"<tr>{first}<td>{agency}</td></tr>")
    body = f"""
<h1>Ormscliffe Safeguarding Children Partnership</h1>
<p style="font-size:14pt">Local safeguarding arrangements</p>
<p class="small">Published 28 November 2025</p>

<h2>INTRODUCTION</h2>
<p>Working Together to Safeguard Children 2023 requires the safeguarding partners for each local
authority area to publish their arrangements. This document replaces the arrangements published
in September 2022. {FILL}</p>

<h2>THE SAFEGUARDING PARTNERS</h2>
<p>The safeguarding partners for Ormscliffe are:</p>
<ul>
<li>Ormscliffe Borough Council;</li>
<li>Lyle and Ormscliffe Integrated Care Board; and</li>
<li>Ormscliffe Police.</li>
</ul>
<p>The lead safeguarding partners are the Chief Executive of the council, the Chief Executive of
the integrated care board and the Chief Constable. They have delegated their day-to-day functions
to the Director of Children's Services, the Chief Nurse and the Head of Public Protection, who
form the Delegated Safeguarding Partners Group.</p>

<h2>RELEVANT AGENCIES</h2>
<p>The partners have named the following relevant agencies, which must co-operate with the
arrangements. Every school and early years setting in Ormscliffe is also expected to take part.
{FILL}{FILL}{FILL}</p>
<table><thead><tr><th style="width:30%">Sector</th><th>Relevant agency</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>

<h2>HOW THE PARTNERSHIP WORKS</h2>
<p>The Delegated Safeguarding Partners Group meets monthly. Its sub-groups are the Practice
Review Group, the Quality Assurance Group and the Education Safeguarding Group. Three Locality
Safeguarding Hubs bring practitioners together in the north, centre and south of the borough.
{FILL}</p>

<h2>INDEPENDENT SCRUTINY</h2>
<p>The partners have appointed an independent scrutineer, who reports to the Delegated
Safeguarding Partners Group and to the Ormscliffe Children and Young People's Board. {FILL}</p>

<h2>SIGN-OFF</h2>
<p>These arrangements were agreed by the Delegated Safeguarding Partners Group on 12 November
2025 and are signed by the lead safeguarding partners. The next review will be in November
2026.</p>
<table style="border:none">
<tr>
<td style="border:none">Chief Executive<br/>Ormscliffe Borough Council<br/>20 November 2025</td>
<td style="border:none">Chief Executive<br/>Lyle and Ormscliffe Integrated Care Board<br/>21 November 2025</td>
<td style="border:none">Chief Constable<br/>Ormscliffe Police<br/>21 November 2025</td>
</tr></table>
"""
    css = (
        page_css(
            footer="Ormscliffe Safeguarding Children Partnership - Local safeguarding arrangements",
            header="Ormscliffe Safeguarding Children Partnership",
        )
        + "td.group { vertical-align: middle; }\nth, td { padding: 3mm 2mm; }\n"
    )
    write_pdf(body=body, css=css, path=path)
