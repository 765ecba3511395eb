"""Stellbury community safety partnership agreement, as a PDF with its parties at the back.

What it tests: a title page with no parties on it; clauses headed "Clause N - ..."; the
parties only in "Schedule 2 - The Partners" at the back, under two sub-headings
("Responsible authorities", "Co-operating bodies") as bulleted lists, one with a bracketed
abbreviation; an approval clause in prose; a ruled signature table (Partner | Signed by |
Position | Date) in which only the responsible authorities sign, on three days; dates written
"1st April 2025", "Wed 12 March 2025" and "24-03-2025".
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

RESPONSIBLE = [
    "Stellbury District Council",
    "Wealdham County Council",
    "Wealdham Police",
    "Wealdham Fire and Rescue Service",
    "Probation Service",
    "Wealdham and Stellbury Integrated Care Board (WSICB)",
]

COOPERATING = [
    "Stellbury Housing Trust",
    "Stellbury Citizens Advice",
    "Wealdham Victim Support Hub",
]

SIGNATURES = [
    ("Stellbury District Council", "Dominic Achebe", "Chief Executive", "24-03-2025"),
    ("Wealdham County Council", "Hannah Kirby", "Director of Communities", "24-03-2025"),
    ("Wealdham Police", "Supt. Laura Meade", "District Commander", "26-03-2025"),
    ("Wealdham Fire and Rescue Service", "Gareth Olsen", "Area Manager", "26-03-2025"),
    ("Probation Service", "Priya Venkat", "Head of Probation Delivery Unit", "31-03-2025"),
    ("Wealdham and Stellbury Integrated Care Board", "Ed Marsh", "Place Director", "31-03-2025"),
]


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _signatures() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in SIGNATURES)
    return (
        "<table><thead><tr><th>Partner</th><th>Signed by</th><th>Position</th><th>Date</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def write(path: Path) -> None:
    body = f"""
<h1 style="margin-top:55mm">Safer Stellbury Partnership Agreement</h1>
<p style="font-size:13pt">Community safety partnership agreement, 2025 to 2028</p>
<p style="margin-top:20mm">Effective from 1st April 2025</p>

<h2 class="new-page">Clause 1 - Purpose</h2>
<p>1.1 This Agreement sets out how the Partners listed in Schedule 2 will work together as
the Safer Stellbury Partnership, the community safety partnership for Stellbury district,
as the Crime and Disorder Act 1998 requires, and how they will share the work of reducing crime
and disorder.</p>

<h2>Clause 2 - Priorities</h2>
<p>2.1 The priorities for 2025 to 2028 are serious violence, domestic abuse, retail crime in
the three town centres and anti-social behaviour on public transport.</p>

<h2>Clause 3 - Governance</h2>
<p>3.1 The Safer Stellbury Partnership Board, made up of one senior officer from each
responsible authority, sets the priorities for the district as a place and holds partners to
account. The Serious Violence Delivery Group and the Domestic Abuse Steering Group report to
it. Four Town Action Teams tackle problems in the neighbourhoods of Stellbury, Upper Stellwick,
Stell Green and Stellmarsh.</p>
<p>3.2 The Board reports each year to the Wealdham Police and Crime Panel and to the Overview
and Scrutiny Committee of Stellbury District Council.</p>

<h2>Clause 4 - Contributions</h2>
<p>4.1 Each Partner contributes officer time. The responsible authorities also contribute to a
shared fund, set out in Schedule 1.</p>

<h2>Clause 5 - Information sharing</h2>
<p>5.1 Partners share information under the Wealdham Community Safety Information Sharing
Protocol.</p>

<h2>Clause 6 - Approval</h2>
<p>6.1 This Agreement was agreed by the Safer Stellbury Partnership Board at its meeting on
Wed 12 March 2025 and is signed for each responsible authority as shown in Schedule 3. The
co-operating bodies take part in the work of the Partnership but do not sign.</p>

<h2 class="new-page">Schedule 1 - Shared fund</h2>
<p>The shared fund for 2025/26 is 96,000 pounds. Stellbury District Council holds the fund.</p>

<h2>Schedule 2 - The Partners</h2>
<h3>Responsible authorities</h3>
{_list(RESPONSIBLE)}
<h3>Co-operating bodies</h3>
{_list(COOPERATING)}

<h2>Schedule 3 - Signatures</h2>
{_signatures()}
"""
    css = page_css(
        footer="Safer Stellbury Partnership Agreement 2025-2028", header="Safer Stellbury"
    )
    write_pdf(body=body, css=css, path=path)
