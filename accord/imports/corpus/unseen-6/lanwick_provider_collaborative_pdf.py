"""Lanwick mental health provider collaborative agreement, as a PDF.

What it tests: a collaboration agreement (kind `other`) whose paragraphs are numbered 1 to 16
straight through "Part A" to "Part E" headings; no party named in the body ("the Members listed
in Schedule 1"); the Members only in a ruled schedule table whose first column is a category
cell merged down over its rows (rowspan), with a "Signatory" column of posts, the table
breaking over a page with its header row repeated; an approval paragraph (agreed by a
committee, then approved by each Member's board, then signed); an execution table; running
header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    ("Lead provider", [("Lanwick and Hesk Mental Health NHS Foundation Trust", "Chief Executive")]),
    (
        "NHS partners",
        [
            ("Hesk Valley Community NHS Trust", "Chief Executive"),
            ("Lanwick Teaching Hospitals NHS Foundation Trust", "Chief Operating Officer"),
            ("Lanwick Primary Care Collaborative", "Clinical Director"),
        ],
    ),
    (
        "Voluntary and independent partners",
        [
            ("Mind in Lanwick and Hesk", "Chief Executive"),
            ("Hesk Recovery College CIC", "Managing Director"),
            ("Pathways Supported Living Ltd", "Operations Director"),
            ("Lanwick Eating Disorders Trust", "Clinical Lead"),
        ],
    ),
]

SIGNED = [
    ("Lanwick and Hesk Mental Health NHS Foundation Trust", "8 December 2025"),
    ("Hesk Valley Community NHS Trust", "8 December 2025"),
    ("Lanwick Teaching Hospitals NHS Foundation Trust", "10 December 2025"),
    ("Lanwick Primary Care Collaborative", "10 December 2025"),
    ("Mind in Lanwick and Hesk", "11 December 2025"),
    ("Hesk Recovery College CIC", "11 December 2025"),
    ("Pathways Supported Living Ltd", "15 December 2025"),
    ("Lanwick Eating Disorders Trust", "15 December 2025"),
]

FILLER = (
    "Each Member will give the Collaborative the information it reasonably needs, within the "
    "law on data protection, and will tell the Lead Provider promptly of any risk to the "
    "delivery of the services it provides. "
)


def _members() -> str:
    rows = []
    for category, members in MEMBERS:
        for index, (name, post) in enumerate(members):
            first = (
                f'<td rowspan="{len(members)}" class="group">{category}</td>' if index == 0 else ""
            )
            rows.append(f"<tr>{first}<td>{name}</td><td>{post}</td></tr>")
    return (
        "<table><thead><tr><th style='width:28%'>Membership category</th><th>Member</th>"
        "<th style='width:24%'>Signatory</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def write(path: Path) -> None:
    signed = "".join(f"<tr><td>{n}</td><td></td><td>{d}</td></tr>" for n, d in SIGNED)
    body = f"""
<h1>Lanwick and Hesk Adult Mental Health Provider Collaborative</h1>
<p style="font-size:15pt">Collaboration Agreement</p>
<p class="small">Effective from 1 January 2026</p>

<h2>Part A – Introduction</h2>
<p>1. This Agreement is made between the organisations listed in Schedule 1 (the
"Members").</p>
<p>2. The Members form the Lanwick and Hesk Adult Mental Health Provider Collaborative to plan
and deliver adult community mental health services across the Lanwick and Hesk integrated care
system, with a community mental health team in each primary care network area.</p>

<h2>Part B – Governance</h2>
<p>3. The Collaborative Board is made up of one senior representative of each Member. It
meets monthly.</p>
<p>4. The Collaborative Board reports to the Mental Health Committee of Lanwick and Hesk
Integrated Care Board, which has delegated the commissioning of these services to the Lead
Provider.</p>
<p>5. A Clinical and Care Professional Forum advises the Collaborative Board. {FILLER}</p>

<h2>Part C – Money and risk</h2>
<p>6. The Lead Provider holds the contract with the Integrated Care Board and pays the other
Members under sub-contracts.</p>
<p>7. Gains and losses against the budget are shared as set out in Schedule 2. {FILLER}</p>
<p>8. {FILLER}{FILLER}</p>

<h2>Part D – Disputes and leaving</h2>
<p>9. Disputes are first discussed by the Collaborative Board and may then be referred to
mediation.</p>
<p>10. A Member may leave on twelve months' notice. {FILLER}</p>
<p>11. {FILLER}{FILLER}</p>

<h2>Part E – Approval and signature</h2>
<p>12. The Mental Health Committee of Lanwick and Hesk Integrated Care Board agreed the
arrangements in this Agreement on 6 November 2025.</p>
<p>13. The board of each Member then approved this Agreement before it was signed.</p>
<p>14. This Agreement is signed for each Member in the table that follows Schedule 2.</p>

<h2 class="new-page">Schedule 1 – The Members</h2>
{_members()}

<h2>Schedule 2 – Risk share</h2>
<p>Gains and losses up to 2% of the budget fall to the Lead Provider; beyond that they are shared
in proportion to each Member's share of the budget. {FILLER}</p>

<h2>Execution</h2>
<table>
<thead><tr><th>Signed for</th><th style='width:30%'>Signature</th><th style='width:22%'>Date</th></tr></thead>
<tbody>{signed}</tbody></table>
"""
    css = (
        page_css(
            footer="Lanwick and Hesk Adult Mental Health Provider Collaborative - Collaboration Agreement",
            header="OFFICIAL",
        )
        + "td.group { vertical-align: middle; }\nth, td { padding: 3mm 2mm; }\n"
    )
    write_pdf(body=body, css=css, path=path)
