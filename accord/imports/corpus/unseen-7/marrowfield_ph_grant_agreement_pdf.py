"""Marrowfield public health grant-funded partnership agreement, as a PDF.

What it tests: a grant agreement between a council and the funded organisations listed in
Schedule 1, where the council is named in the opening clause and the partners only in the
schedule; the schedule is a long ruled table (Partner | Grant 2025/26) split by full-width band
rows ("Lot 1 – Healthy weight", ...) that breaks over a page with its header row repeated;
dates written "9 Oct. 25" and "14 Jan. 25"; the Cabinet's delegation and the Director of
Public Health's award as the approval; a national body (the grant's source) that is not a
party; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

LOTS = [
    (
        "Lot 1 – Healthy weight",
        [
            ("Marrowfield Community Sport Trust", "£84,000"),
            ("Cookwise Marrowfield CIC", "£41,500"),
            ("Eastfield Family Centre", "£22,000"),
        ],
    ),
    (
        "Lot 2 – Stop smoking",
        [
            ("Marrowfield Community Pharmacy Network Ltd", "£120,000"),
            ("Breathe Free North CIC", "£56,000"),
        ],
    ),
    (
        "Lot 3 – Community mental wellbeing",
        [
            ("Marrowfield Mind", "£96,000"),
            ("Men in Sheds Marrowfield", "£18,750"),
            ("African and Caribbean Wellbeing Network", "£33,000"),
            ("Marrowfield Deaf Centre", "£15,250"),
        ],
    ),
]

FILL = (
    "The Partner will use the Grant only for the activity described in its approved application, "
    "keep proper accounts, and return any part of the Grant not spent on that activity by the "
    "end of the financial year. "
)


def write(path: Path) -> None:
    rows = []
    for lot, partners in LOTS:
        rows.append(f'<tr><td colspan="2" class="group">{lot}</td></tr>')
        rows += [f"<tr><td>{p}</td><td>{g}</td></tr>" for p, g in partners]
    body = f"""
<h1>Marrowfield Healthy Communities Grant Programme</h1>
<p style="font-size:14pt">Grant Funding Partnership Agreement 2025/26</p>

<h2>1. Parties and purpose</h2>
<p>1.1 This Agreement is between Marrowfield City Council (the "Council") and each of the
organisations listed in Schedule 1 (each a "Partner").</p>
<p>1.2 The Council funds the programme from the public health grant it receives from the
Department of Health and Social Care. The programme supports the aims of the Marrowfield
Joint Local Health and Wellbeing Strategy in the city's six neighbourhood areas. {FILL}</p>

<h2>2. The grant</h2>
<p>2.1 The Council will pay each Partner the amount shown in Schedule 1 in two instalments. {FILL}</p>
<p>2.2 {FILL}{FILL}</p>

<h2>3. Monitoring</h2>
<p>3.1 Each Partner reports every quarter to the Council's public health team and attends the
Healthy Communities Provider Forum, which meets twice a year. {FILL}</p>
<p>3.2 {FILL}{FILL}{FILL}</p>

<h2>4. Term</h2>
<p>4.1 The Agreement runs from 1 Nov. 25 to 31 Mar. 26. {FILL}</p>

<h2>5. Decision to award</h2>
<p>5.1 On 14 Jan. 25 Cabinet delegated to the Director of Public Health the award of grants under
the programme. The Director of Public Health approved the awards in Schedule 1 on 9 Oct. 25,
after the Healthy Communities Grants Panel had scored the applications and recommended them
on 30 Sep. 25.</p>
<p>5.2 {FILL}</p>

<h2>Schedule 1 – Partners and grant amounts</h2>
<table><thead><tr><th>Partner</th><th style="width:25%">Grant 2025/26</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
"""
    css = (
        page_css(
            footer="Marrowfield City Council - Healthy Communities Grant Funding Partnership Agreement",
            header="Marrowfield City Council - Public Health",
        )
        + "th, td { padding: 4mm 2mm; }\n"
    )
    write_pdf(body=body, css=css, path=path)
