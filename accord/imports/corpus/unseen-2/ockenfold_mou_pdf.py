"""Ockenfold Warm Homes Partnership memorandum of understanding, as a PDF.

What it tests: a legal-style title page listing the parties as "(1) ... (2) ...", the same
parties inline in one paragraph ("made on ... BETWEEN: (1) THE COUNCIL OF ... ("the Council");
(2) ..."), further parties in a schedule table at the back, numbered clauses, an approval clause
with three events on different days of one month, and a numeric date ("05/09/2018").
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

INLINE_PARTIES = [
    (
        "THE COUNCIL OF THE BOROUGH OF OCKENFOLD",
        " of the Guildhall, Market Place, Ockenfold OK1 1GH (&ldquo;the Council&rdquo;)",
    ),
    (
        "OCKENFOLD AND TARRANT HOMES LIMITED",
        ", a registered society (number 31877R) whose registered office is at Wharf House, "
        "Canal Street, Ockenfold OK2 4DW (&ldquo;the Housing Provider&rdquo;)",
    ),
    (
        "TARRANT VALLEY FIRE AND RESCUE AUTHORITY",
        " of Service Headquarters, Beacon Road, Tarrant TV3 9BR (&ldquo;the Fire Authority&rdquo;)",
    ),
]

COMMUNITY_PARTNERS = [
    ("Citizens Advice Ockenfold", "Registered charity 1093352", "Advice Services Manager"),
    ("Tarrant Valley Energy Cooperative", "Registered society 8120", "Project Coordinator"),
    ("Ockenfold Age Friendly Network", "Charitable incorporated organisation", "Chair"),
    ("Greenway Estate Residents' Association", "Unincorporated association", "Secretary"),
    ("St Barnabas Community Pantry", "Registered charity 1160478", "Pantry Lead"),
    ("Ockenfold Refugee Welcome CIC", "Community interest company 12408873", "Director"),
]


def _title_page() -> str:
    lines = "".join(
        f'<p style="font-size:12pt; margin:3mm 0">({n}) {name}</p>'
        for n, (name, _) in enumerate(INLINE_PARTIES, start=1)
    )
    return f"""
<p style="margin-top:30mm; font-size:12pt">Dated 22 October 2021</p>
<div style="margin-top:20mm">{lines}
<p style="font-size:12pt; margin:3mm 0">(4) THE COMMUNITY PARTNERS listed in Schedule 1</p></div>
<h1 style="margin-top:30mm">Memorandum of Understanding</h1>
<p style="font-size:14pt">relating to the Ockenfold Warm Homes Partnership</p>
"""


def _preamble() -> str:
    parts = [f"({n}) {name}{detail};" for n, (name, detail) in enumerate(INLINE_PARTIES, start=1)]
    return (
        '<p class="new-page">THIS MEMORANDUM OF UNDERSTANDING is made on 22 October 2021 '
        "BETWEEN: " + " ".join(parts) + " and (4) THE ORGANISATIONS listed in Schedule 1 "
        "(each a &ldquo;Community Partner&rdquo;), together &ldquo;the Partners&rdquo;.</p>"
    )


def _schedule_table() -> str:
    rows = "".join(
        f"<tr><td>{org}</td><td>{status}</td><td>{contact}</td></tr>"
        for org, status, contact in COMMUNITY_PARTNERS
    )
    return (
        "<table><thead><tr><th>Organisation</th><th>Legal status and number</th>"
        f"<th>Named contact</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _clauses() -> str:
    return """
<h2>1. Definitions and interpretation</h2>
<p>1.1 In this Memorandum, &ldquo;Partnership&rdquo; means the Ockenfold Warm Homes Partnership;
&ldquo;Steering Group&rdquo; means the Warm Homes Steering Group described in clause 7; and
&ldquo;Household&rdquo; means a household living in the Borough of Ockenfold.</p>

<h2>2. Background</h2>
<p>2.1 One household in six in Ockenfold lives in fuel poverty. Cold, damp homes make asthma,
heart disease and depression worse and put older residents at risk of falls and emergency
admissions to hospital.</p>
<p>2.2 This Memorandum builds on the Ockenfold Fuel Poverty Pledge launched on 05/09/2018, which
more than forty local organisations signed. The rise in the energy price cap announced by Ofgem
in August this year makes joint action more urgent.</p>

<h2>3. Purpose</h2>
<p>3.1 The Partners will work together so that every Household that struggles to heat its home
is offered advice, practical help and, where eligible, home improvements, through a single
referral and without being passed from one organisation to another.</p>

<h2>4. Scope</h2>
<p>4.1 The Partnership works across the whole borough, at place level, and gives particular
attention to the five priority neighbourhoods of Greenway, Castle Fields, Lower Tarrant, Marlpit
and Old Wharf, where community partners run drop-in sessions each winter.</p>

<h2>5. Principles</h2>
<p>5.1 The Partners will: (a) treat residents with dignity and without judgement; (b) share
information only where the resident agrees or the law allows it; (c) make every contact count,
so that a visit for one reason can lead to help with others; and (d) measure what matters to
residents.</p>

<h2>6. Roles of the Partners</h2>
<p>6.1 The Council will host the single referral line and fund two warm homes advisers. The
Housing Provider will prioritise its own homes with the lowest energy ratings for insulation.
The Fire Authority will include heating and damp checks in its safe and well visits. Each
Community Partner will identify and refer Households and host advice sessions.</p>

<h2>7. Governance</h2>
<p>7.1 The Warm Homes Steering Group, made up of one representative of each Partner, oversees the
Partnership and meets every six weeks. It reports twice a year to the Ockenfold Health and
Wellbeing Board.</p>

<h2>8. Data and information</h2>
<p>8.1 Personal data will be shared only under the Ockenfold Warm Homes Data Sharing Protocol,
which each Partner signs separately.</p>

<h2>9. Finance</h2>
<p>9.1 The Council will contribute &pound;180,000 from the Household Support Fund. Each other
Partner meets its own costs. Nothing in this Memorandum commits a Partner to further spending.</p>

<h2>10. Term and termination</h2>
<p>10.1 This Memorandum has effect from 1 November 2021 until 31 October 2024. A Partner may
withdraw on three months' written notice to the Steering Group.</p>

<h2>11. Status</h2>
<p>11.1 This Memorandum is not legally binding and does not create a partnership in law.</p>

<h2>12. Approval</h2>
<p>12.1 This Memorandum was approved by the Housing and Communities Committee of the Council on
7 October 2021 and by the Board of Ockenfold and Tarrant Homes Limited on 14 October 2021.</p>
<p>12.2 It was endorsed by the Community Safety Committee of the Fire Authority on 19 October
2021.</p>
"""


def _html() -> str:
    return f"""
{_title_page()}
{_preamble()}
{_clauses()}
<h2 class="new-page">Schedule 1: Community Partners</h2>
<p>The following organisations are Community Partners and parties to this Memorandum:</p>
{_schedule_table()}
<h2>Schedule 2: Referral pathway</h2>
<p>1. A resident, or anyone working with a resident with their consent, calls the single
referral line or completes the online form.</p>
<p>2. A warm homes adviser contacts the resident within five working days, agrees what help they
need and makes the referrals, including to Community Partners for follow-up visits.</p>
"""


def write(path: Path) -> None:
    css = page_css(footer="Ockenfold Warm Homes Partnership - Memorandum of Understanding")
    write_pdf(body=_html(), css=css, path=path)
