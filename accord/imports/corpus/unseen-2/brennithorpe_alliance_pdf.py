"""Brennithorpe Place Alliance Agreement, as a PDF with schedules.

What it tests: a document-status table on the cover ("Agreed by ... (completed 29 April
2025)"); parties only in a schedule table whose "Sector" cells span several rows (printed
once per group); a governance schedule as a table of bodies; values as the first column of a
table (the second column describes behaviours and is not a value); and an execution schedule
whose rows are signatures on eight different days of one month.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    ("Local authority", [("Brennithorpe City Council", "Director of Adult Social Care")]),
    (
        "NHS",
        [
            ("Askerby and Brennithorpe Integrated Care Board", "Director of Place, Brennithorpe"),
            ("Brennithorpe Teaching Hospitals NHS Foundation Trust", "Chief Operating Officer"),
            ("Askerby Partnership NHS Foundation Trust", "Director of Operations"),
            ("Northern Fells Ambulance Service NHS Trust", "Head of Integrated Care"),
        ],
    ),
    ("Primary care", [("Brennithorpe Primary Care Collaborative", "Chair")]),
    (
        "Voluntary and community sector",
        [
            ("Brennithorpe Community Action", "Chief Executive"),
            ("Hospice of St Aldhelm", "Director of Care"),
        ],
    ),
]

SIGNATURES = [
    ("Brennithorpe City Council", "Saoirse Okonjo-Hale", "Chief Executive", "3 June 2025"),
    (
        "Askerby and Brennithorpe Integrated Care Board",
        "Dr Matthias Quennell",
        "Chief Executive",
        "9 June 2025",
    ),
    (
        "Brennithorpe Teaching Hospitals NHS Foundation Trust",
        "Hollis Adeyemi-Grant",
        "Chief Executive",
        "11 June 2025",
    ),
    (
        "Askerby Partnership NHS Foundation Trust",
        "Wren Castellanos",
        "Chief Executive",
        "16 June 2025",
    ),
    (
        "Northern Fells Ambulance Service NHS Trust",
        "Pieter van Loenhout",
        "Director of Strategy",
        "18 June 2025",
    ),
    (
        "Brennithorpe Primary Care Collaborative",
        "Dr Anjali Ferreira-Moss",
        "Chair",
        "20 June 2025",
    ),
    ("Brennithorpe Community Action", "Bethan Ruddock", "Chief Executive", "24 June 2025"),
    ("Hospice of St Aldhelm", "Canon Theo Marchbank", "Chair of Trustees", "26 June 2025"),
]

GOVERNANCE = [
    (
        "Brennithorpe Alliance Leadership Board",
        "Independent chair",
        "Monthly",
        "Brennithorpe Health and Wellbeing Board",
    ),
    ("Alliance Finance Committee", "ICB Director of Place", "Quarterly", "Leadership Board"),
    ("Alliance Operational Group", "Alliance Director", "Every two weeks", "Leadership Board"),
    (
        "Neighbourhood Alliance Forums (one in each of the six neighbourhoods)",
        "A local GP and a resident, jointly",
        "Monthly",
        "Alliance Operational Group",
    ),
]

VALUES = [
    ("Compassion", "We treat residents and each other with warmth and understanding."),
    ("Openness", "We share information, including bad news, early and honestly."),
    ("Fairness", "We share risk and reward so that no member gains at another's expense."),
    ("Courage", "We try new things, and we stop doing what does not work."),
]


def _members_table() -> str:
    rows = []
    for sector, members in MEMBERS:
        for index, (member, lead) in enumerate(members):
            cell = f'<td rowspan="{len(members)}">{sector}</td>' if index == 0 else ""
            rows.append(f"<tr>{cell}<td>{member}</td><td>{lead}</td></tr>")
    return (
        "<table><thead><tr><th>Sector</th><th>Member</th><th>Alliance lead</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _simple_table(headers: list[str], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cover() -> str:
    rows = [
        ("Version", "1.0 (final)"),
        ("Agreed by", "Brennithorpe Alliance Leadership Board (completed 29 April 2025)"),
        ("Effective date", "1 July 2025"),
        ("Owner", "Alliance Director, on behalf of the Members"),
    ]
    status = (
        "<table><caption>Document status</caption><tbody>"
        + "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
        + "</tbody></table>"
    )
    return f"""
<h1 style="margin-top:45mm">Brennithorpe Place Alliance Agreement</h1>
<p style="font-size:13pt">An agreement between the members of the Brennithorpe Place Alliance,
2025 to 2030</p>
<div style="margin-top:25mm; width:75%">{status}</div>
"""


def _clauses() -> str:
    return """
<h2 class="new-page">1. Background</h2>
<p>1.1 The health and care organisations of Brennithorpe began working together as an alliance
in shadow form in October 2023. The Brennithorpe Place Alliance is the place partnership for
Brennithorpe within the Askerby and Brennithorpe Integrated Care System, which covers two places
and about 780,000 people.</p>
<p>1.2 This Agreement turns the shadow arrangements into a standing alliance. It is not a
contract for services; the Members' contracts with one another continue and are read with it.</p>

<h2>2. Objectives</h2>
<p>2.1 The Members will work together to (a) halve the number of people who stay in hospital
for more than three weeks; (b) help people at the end of life to die in the place they choose;
and (c) give every neighbourhood a team that knows its residents with the most complex needs.</p>

<h2>3. Alliance members</h2>
<p>3.1 The Members are the organisations listed in Schedule 1. Another organisation may join by
signing a deed of adherence approved by the Brennithorpe Alliance Leadership Board.</p>

<h2>4. Alliance principles</h2>
<p>4.1 Members will take decisions on a &ldquo;best for Brennithorpe&rdquo; basis, will not
dispute one another's costs where the shared objectives are met, and will act in the spirit of
the values in Schedule 3.</p>

<h2>5. Governance</h2>
<p>5.1 The Alliance is governed through the bodies described in Schedule 2. Most decisions about
services are taken by the six Neighbourhood Alliance Forums, at community level, within the
plan and budget set by the Brennithorpe Alliance Leadership Board at place level.</p>
<p>5.2 Each Member keeps its own statutory responsibilities. Where a decision of the Leadership
Board would require a Member to exercise a statutory function, it is a recommendation to that
Member.</p>

<h2 class="new-page">6. Alliance budget and risk share</h2>
<p>6.1 The Members will agree an aligned budget each year. Overspends and underspends on the
aligned budget are shared in the proportions set out in the annual financial plan, which the
Alliance Finance Committee prepares.</p>

<h2>7. Information sharing</h2>
<p>7.1 Members will share information under the Askerby and Brennithorpe shared care record
agreement and the law on data protection.</p>

<h2>8. Disputes</h2>
<p>8.1 A dispute is first discussed by the Alliance leads concerned, then by the Leadership
Board, and finally, if still unresolved after 30 days, referred to mediation.</p>

<h2>9. Term, variation and exit</h2>
<p>9.1 This Agreement runs from the effective date until 31 March 2030. It may be varied by
the written agreement of all Members. A Member may leave at the end of any financial year by
giving twelve months' notice.</p>
"""


def _schedules() -> str:
    governance = _simple_table(["Body", "Chaired by", "Meets", "Reports to"], GOVERNANCE)
    values = _simple_table(["Value", "What it looks like in practice"], VALUES)
    signatures = _simple_table(["Member", "Signed by", "Position", "Date signed"], SIGNATURES)
    return f"""
<h2 class="new-page">Schedule 1 &ndash; Alliance Members</h2>
{_members_table()}
<h2>Schedule 2 &ndash; Alliance Governance Structure</h2>
{governance}
<h2>Schedule 3 &ndash; Alliance Values and Behaviours</h2>
{values}
<h2 class="new-page">Schedule 4 &ndash; Execution</h2>
<p>Signed on behalf of each Member by a person authorised to do so:</p>
{signatures}
"""


def write(path: Path) -> None:
    css = page_css(
        footer="Brennithorpe Place Alliance Agreement - Version 1.0",
        header="Not a contract for services",
    )
    write_pdf(body=_cover() + _clauses() + _schedules(), css=css, path=path)
