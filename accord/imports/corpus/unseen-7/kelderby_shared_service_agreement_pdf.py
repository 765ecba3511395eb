"""Kelderby shared back-office services agreement between councils, as a PDF.

What it tests: paragraph numbers set in the left margin (hanging numbers, not part of any
heading); unnumbered mixed-case headings with a rule beneath; a ruled
definitions table (Term | Meaning) that names the host but is not the party list; the parties
only in a "Schedule of Parties" at the back, a ruled table whose "Role" column is the category
("Host authority", "Partner authority"), with a fire authority among them; approvals by three
councils' executives and a fire authority in prose with "1st Oct 2025"-style dates; an
execution table; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

PARTIES = [
    ("1", "Kelderby Borough Council", "Host authority", "Town Hall, Kelderby KB1 1AA"),
    ("2", "Thorsby District Council", "Partner authority", "Council Offices, Thorsby TB4 2QQ"),
    ("3", "Lunby and Crane Borough Council", "Partner authority", "Crane House, Lunby LC2 9XX"),
    ("4", "Kelderby Fire Authority", "Partner authority", "Fire Headquarters, Kelderby KB3 7PP"),
]

FILL = (
    "The Host Authority will run the Services to the standards in the service specification, "
    "report performance each quarter and keep the Partner Authorities informed of any risk to "
    "delivery. "
)


def write(path: Path) -> None:
    n = iter(range(1, 100))

    def para(text: str) -> str:
        return f'<p class="np"><span class="num">{next(n)}</span>{text}</p>'

    parties = "".join(
        f"<tr><td>{ref}</td><td>{name}</td><td>{role}</td><td>{addr}</td></tr>"
        for ref, name, role, addr in PARTIES
    )
    signed = "".join(f"<tr><td>{name}</td><td></td><td></td></tr>" for _, name, _, _ in PARTIES)
    body = f"""
<h1>Kelderby Shared Services Partnership</h1>
<p style="font-size:14pt">Agreement for the provision of shared ICT, payroll and human resources
services</p>
<p class="small">Commencement date: 1st April 2026</p>

<h2 class="sc">Definitions</h2>
<table><thead><tr><th style="width:30%">Term</th><th>Meaning</th></tr></thead><tbody>
<tr><td>Host Authority</td><td>Kelderby Borough Council, which employs the shared service staff</td></tr>
<tr><td>Partner Authorities</td><td>the other organisations listed in the Schedule of Parties</td></tr>
<tr><td>Services</td><td>ICT, payroll and human resources services described in the service specification</td></tr>
<tr><td>Joint Board</td><td>the Kelderby Shared Services Joint Board set up under this Agreement</td></tr>
</tbody></table>

<h2 class="sc">Purpose</h2>
{para("The parties listed in the Schedule of Parties agree that the Host Authority will provide the Services to all of them from the Commencement Date, so that the four organisations run one set of systems and one team. " + FILL)}
{para("This Agreement replaces the shared ICT agreement between Kelderby Borough Council and Thorsby District Council dated 30th June 2020.")}

<h2 class="sc">Governance</h2>
{para("The Kelderby Shared Services Joint Board oversees the Services. Each party appoints one elected member to it, with the Chief Fire Officer representing the Fire Authority. It meets every quarter.")}
{para("The Officer Steering Group of the four chief finance officers prepares the Joint Board's business and agrees the annual service plan. " + FILL)}

<h2 class="sc">Costs and charging</h2>
{para("The cost of the Services is shared in proportion to the number of staff each party employs, recalculated each April. " + FILL)}
{para(FILL + FILL)}

<h2 class="sc">Staff</h2>
{para("Staff of the Partner Authorities who work mainly on the Services transfer to the Host Authority on the Commencement Date under the Transfer of Undertakings (Protection of Employment) Regulations 2006. " + FILL)}

<h2 class="sc">Leaving the partnership</h2>
{para("A party may leave on eighteen months' notice ending on 31st March in any year, and pays its share of any exit costs. " + FILL)}

<h2 class="sc">Approval</h2>
{para("The Cabinet of Kelderby Borough Council approved this Agreement on 23rd Sept 2025, the Executive of Thorsby District Council on 25th Sept 2025, the Cabinet of Lunby and Crane Borough Council on 30th Sept 2025 and Kelderby Fire Authority on 1st Oct 2025.")}
{para("This Agreement is signed for each party in the Execution table below.")}

<h2 class="sc new-page">Schedule of Parties</h2>
<table><thead><tr><th style="width:7%">No.</th><th>Party</th><th>Role</th><th>Address</th></tr></thead>
<tbody>{parties}</tbody></table>

<h2 class="sc">Execution</h2>
<table><thead><tr><th>Signed for</th><th>Signature (Chief Executive)</th><th style="width:20%">Date</th></tr></thead>
<tbody>{signed}</tbody></table>
"""
    css = (
        page_css(
            footer="Kelderby Shared Services Partnership - Agreement",
            header="Kelderby Shared Services Partnership",
        )
        + "h2.sc { font-size: 12pt; color: #1d3f6e; border-bottom: 1px solid #1d3f6e; }\n"
        + "p.np { margin-left: 12mm; }\n"
        + "p.np .num { float: left; margin-left: -12mm; width: 10mm; font-weight: bold; }\n"
        + "body { margin-left: 0; }\n"
    )
    write_pdf(body=body, css=css, path=path)
