"""The Sallowfield Community Mental Health Alliance Agreement as a PDF: a cover page, numbered
clauses that refer to the parties only as "the Parties listed in Schedule 1", and schedules
at the back (a parties table whose first column is the category, a risk-share table and a
signature table)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pdf_common import bullets, css, numbered, paras, table, write_pdf

PARTIES = [
    (
        "Commissioner",
        "NHS Sallowfield and Brent Vale Integrated Care Board",
        "Kingsway House, Sallowfield SF1 4AB",
    ),
    (
        "Lead provider",
        "Brent Vale Partnership NHS Foundation Trust",
        "Orchard Lodge, Brent Vale BV2 7LT",
    ),
    ("Core partner", "Sallowfield Borough Council", "Civic Centre, Sallowfield SF1 1CC"),
    ("Core partner", "Sallowfield GP Federation", "Unit 4, Mill Yard, Sallowfield SF3 2MY"),
    ("Core partner", "Sallowfield Mental Health Action", "22 Cooper Street, Sallowfield SF1 5CS"),
    ("Specialist partner", "Open Door Sallowfield CIC", "The Old Library, Sallowfield SF2 8OL"),
    ("Specialist partner", "Sallowfield Housing Trust", "Trust House, Sallowfield SF1 9TH"),
    ("Specialist partner", "Kite Peer Support", "14 Wharf Road, Brent Vale BV1 3WR"),
]

VALUES = [
    "Nothing about us without us",
    "Hope and recovery are possible for everyone",
    "Every contact counts",
    "We succeed or fail together",
    "Openness, including about our mistakes",
]

PRINCIPLES = [
    "The Parties will make decisions on a best for people, best for Sallowfield basis.",
    "The Parties will share information about performance, cost and risk openly.",
    "No Party will seek to gain at the expense of another Party.",
    "The Parties will resolve problems within the Alliance before escalating them.",
    "Unanimous decisions of the Alliance Leadership Board will be respected by every Party.",
]


def sallowfield_body() -> str:
    parties_rows = [[category, name, address] for category, name, address in PARTIES]
    signature_rows = "".join(
        f"<tr><td>{escape(name)}</td><td></td><td></td><td style='height: 11mm'></td><td></td></tr>"
        for _category, name, _address in PARTIES
    )
    risk_rows = [
        ["Brent Vale Partnership NHS Foundation Trust", "55%", "55%"],
        ["NHS Sallowfield and Brent Vale Integrated Care Board", "25%", "25%"],
        ["Sallowfield Borough Council", "10%", "10%"],
        ["Core and specialist voluntary sector partners together", "0%", "10%"],
        ["Sallowfield GP Federation", "10%", "0%"],
    ]
    return f"""
<div class="cover">
<h1>Sallowfield Community Mental Health Alliance Agreement</h1>
<p>An agreement for the joint delivery of community mental health services for adults and older
adults in Sallowfield</p>
<p class="small">Version 1.2 – final for signature – September 2023<br>
Based on an alliance contracting model. Not a contract for the provision of services.</p>
</div>

<h2 class="new-page">1. Definitions and interpretation</h2>
{
        paras(
            "1.1 In this Agreement, “Alliance” means the Sallowfield Community Mental Health "
            "Alliance formed by the Parties; “Alliance Leadership Board” means the board "
            "described in clause 7 and Schedule 3; “Commencement Date” means 1 October 2023; "
            "and “Parties” means the organisations listed in Schedule 1, and “Party” means any "
            "one of them.",
            "1.2 The Schedules form part of this Agreement. If there is a conflict between a "
            "clause and a Schedule, the clause prevails.",
        )
    }
<h2>2. The Parties</h2>
{
        paras(
            "2.1 The Parties to this Agreement are the organisations listed in Schedule 1, in the "
            "roles shown there: the commissioner, the lead provider, the core partners and the "
            "specialist partners.",
            "2.2 Further organisations may become Parties with the unanimous agreement of the "
            "Alliance Leadership Board, by signing a deed of adherence in the form the Board "
            "approves. Schedule 1 will then be updated.",
        )
    }
<h2>3. Purpose and objectives</h2>
{
        paras(
            "3.1 The purpose of the Alliance is to give adults and older adults in Sallowfield who "
            "have serious mental illness, or complex needs that cannot be met in primary care "
            "alone, timely, joined-up support close to home, without the thresholds, waiting "
            "lists and repeated assessments that people describe in the current system.",
            "3.2 The Alliance works at place level across the whole of Sallowfield, and at "
            "community level through four neighbourhood mental health hubs, each aligned with "
            "one Primary Care Network. It builds on the pilot that began in the Eastbrook "
            "neighbourhood on 4 April 2022.",
            "3.3 The objectives and outcomes of the Alliance are set out in Schedule 2.",
        )
    }
<h2>4. Term</h2>
{
        paras(
            "4.1 This Agreement starts on the Commencement Date and continues until 30 September "
            "2026, unless it is extended by agreement of all the Parties or ended earlier under "
            "clause 11.",
        )
    }
<h2>5. Alliance principles</h2>
<p>5.1 The Parties agree to act in accordance with the following principles:</p>
{numbered(PRINCIPLES, "lower-alpha")}
<h2>6. Alliance values</h2>
<p>6.1 The Parties share the following values, which were written with people who use
services and their carers:</p>
{bullets(VALUES)}
<h2>7. Governance</h2>
{
        paras(
            "7.1 The Alliance Leadership Board is responsible for the performance of the Alliance "
            "and for the decisions that this Agreement reserves to it. Each Party has one seat. "
            "The Board is chaired by an independent chair appointed by the Parties, and two "
            "members of the Lived Experience Reference Group sit on it with full voting rights.",
            "7.2 The Alliance Leadership Board is supported by the Alliance Operational Group and "
            "by the Lived Experience Reference Group, as described in Schedule 3.",
            "7.3 The Alliance reports twice a year to the Sallowfield Health and Wellbeing Board "
            "and to the Sallowfield Place Partnership Board.",
        )
    }
<h2>8. Financial arrangements</h2>
{
        paras(
            "8.1 The commissioner will pay the Alliance budget to the lead provider, which will "
            "pay each other provider Party under a sub-contract. The Alliance budget for the "
            "first full year is £14.2 million.",
            "8.2 Any overspend or underspend at the end of a year will be shared between the "
            "Parties in the proportions set out in Schedule 4.",
        )
    }
<h2>9. Information sharing</h2>
{
        paras(
            "9.1 The Parties will share personal data only in accordance with data protection "
            "law and the Sallowfield Community Mental Health Alliance Data Sharing Agreement, "
            "which each Party will sign before the Commencement Date.",
        )
    }
<h2>10. Disputes</h2>
{
        paras(
            "10.1 The Parties will try to resolve any dispute first in the Alliance Operational "
            "Group, then in the Alliance Leadership Board. If the Board cannot resolve it within "
            "30 days, any Party may refer it to mediation.",
        )
    }
<h2>11. Variation and exit</h2>
{
        paras(
            "11.1 This Agreement may be varied only in writing, signed by all the Parties.",
            "11.2 A Party may leave the Alliance by giving nine months' notice to the other "
            "Parties. The Parties will review the Agreement together by 31 July 2024, after its "
            "first ten months.",
        )
    }
<h2>12. Status of this Agreement</h2>
{
        paras(
            "12.1 This Agreement sets out how the Parties will work together. It sits alongside, "
            "and does not replace, the contract between the commissioner and the lead provider "
            "and the sub-contracts between the lead provider and the other provider Parties.",
        )
    }
<h2>13. Signature and commencement</h2>
{
        paras(
            "13.1 The Alliance Leadership Board, meeting in shadow form, agreed the text of this "
            "Agreement on 5 September 2023 and recommended it to the Parties for signature.",
            "13.2 This Agreement is signed in Schedule 5 by the authorised signatory of each "
            "Party, and takes effect on the Commencement Date.",
        )
    }

<h2 class="new-page">Schedule 1: The Parties</h2>
{table(["Category", "Party", "Registered address"], parties_rows)}

<h2>Schedule 2: Objectives and Outcomes</h2>
{
        numbered(
            [
                "No one waits more than four weeks from referral to the start of support.",
                "Fewer people with serious mental illness reach a crisis before they get help.",
                "Every person with serious mental illness is offered a full annual physical "
                "health check.",
                "More people are supported into stable housing and into work or volunteering.",
                "People who use services report that they were treated as a whole person.",
            ]
        )
    }

<h2 class="new-page">Schedule 3: Governance Structure</h2>
{
        paras(
            "1. The Alliance Leadership Board meets every month for the first year and every two "
            "months after that. It agrees the annual Alliance plan and budget, monitors "
            "performance and deals with risks and disputes referred to it.",
            "2. The Alliance Operational Group brings together the service leads of each Party "
            "and the four hub managers. It meets fortnightly and manages day-to-day delivery.",
            "3. The Lived Experience Reference Group is made up of at least twelve people with "
            "lived experience of mental illness or of caring for someone who has it. Its members "
            "are paid for their time.",
        )
    }

<h2>Schedule 4: Financial Arrangements</h2>
<p>1. Shares of any overspend or underspend on the Alliance budget at the end of a year:</p>
{table(["Party", "Share of overspend", "Share of underspend"], risk_rows)}

<h2 class="new-page">Schedule 5: Signatures</h2>
<p>Signed for and on behalf of each Party by its authorised signatory:</p>
<table>
<thead><tr><th>Party</th><th>Name</th><th>Position</th><th>Signature</th><th>Date</th></tr></thead>
<tbody>{signature_rows}</tbody>
</table>
"""


def write_sallowfield(path: Path) -> None:
    write_pdf(
        path,
        title="Sallowfield Community Mental Health Alliance Agreement",
        style=css(
            footer="Sallowfield Community Mental Health Alliance Agreement v1.2",
            extra="@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }",
        ),
        body=sallowfield_body(),
    )
