"""Zanderby Place Partnership Board terms of reference, as a PDF.

What it tests: a version-control table on the cover page (the approval route is in its
"Decision" column, including a "(shadow meeting)" note), and a membership table whose
categories are full-width group rows; the table runs over a page break, so the header row
repeats and one group is split across two pages. Posts in the "Represented by" column and
the "In attendance" group are not parties.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

VERSIONS = [
    (
        "0.2",
        "24/01/2023",
        "Draft",
        "Considered by Zanderby Place Partnership Board (shadow meeting)",
    ),
    ("1.0", "14/03/2023", "Approved", "Approved by Zanderby Health and Wellbeing Board"),
    (
        "1.1",
        "12/03/2024",
        "Approved",
        "Reviewed and approved by Zanderby Place Partnership Board",
    ),
]

# (group, [(organisation, represented by, voting)])
MEMBERSHIP = [
    (
        "Local government",
        [
            ("Zanderby Borough Council", "Leader of the Council (Chair); Chief Executive", "Yes"),
            (
                "Holmbrook County Council",
                "Cabinet Member for Adult Social Care; Director of Adult Services",
                "Yes",
            ),
        ],
    ),
    (
        "NHS commissioners and providers",
        [
            (
                "Holmbrook and Zanderby Integrated Care Board",
                "Place Director for Zanderby (Vice Chair)",
                "Yes",
            ),
            ("Zanderby Hospitals NHS Trust", "Chief Operating Officer", "Yes"),
            (
                "Zanderby and Holmbrook Community Healthcare NHS Foundation Trust",
                "Director of Community Services",
                "Yes",
            ),
            ("Holmbrook Mental Health NHS Foundation Trust", "Associate Director, Zanderby", "Yes"),
        ],
    ),
    (
        "Primary care",
        [
            ("Zanderby GP Federation", "Clinical Chair", "Yes"),
            ("Zanderby North Primary Care Network", "Clinical Director", "Yes"),
            ("Zanderby South Primary Care Network", "Clinical Director", "Yes"),
        ],
    ),
    (
        "Voluntary, community and social enterprise sector",
        [
            ("Zanderby Voluntary Action", "Chief Officer", "Yes"),
            ("Healthwatch Zanderby", "Chair", "Yes"),
            ("Zanderby Carers Hub", "Manager", "Yes"),
        ],
    ),
    (
        "Other partners",
        [
            ("Holmbrook Fire and Rescue Service", "Group Manager, Prevention", "Yes"),
            ("Holmbrook Constabulary", "Superintendent, Zanderby District", "Yes"),
        ],
    ),
    (
        "In attendance (not members)",
        [
            ("Zanderby Borough Council", "Director of Public Health", "No"),
            ("Holmbrook and Zanderby Integrated Care Board", "Place Finance Lead", "No"),
        ],
    ),
]

PRINCIPLES = [
    "We start from what residents tell us matters to them.",
    "We act at the level closest to residents at which a decision can be taken well.",
    "We share information openly, and early, within the law.",
    "We hold each other to account constructively and in public.",
]


def _versions_table() -> str:
    rows = "".join(
        f"<tr><td>{v}</td><td>{d}</td><td>{s}</td><td>{a}</td></tr>" for v, d, s, a in VERSIONS
    )
    return (
        "<table><caption>Version control</caption>"
        "<thead><tr><th>Version</th><th>Date</th><th>Status</th><th>Decision</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _membership_table() -> str:
    body = []
    for group, rows in MEMBERSHIP:
        body.append(f'<tr><td class="group" colspan="3">{group}</td></tr>')
        body.extend(
            f"<tr><td>{org}</td><td>{rep}</td><td>{vote}</td></tr>" for org, rep, vote in rows
        )
    return (
        '<table class="members"><colgroup><col style="width:42%"><col style="width:44%">'
        '<col style="width:14%"></colgroup>'
        "<thead><tr><th>Organisation</th><th>Represented by</th><th>Voting member</th></tr>"
        f"</thead><tbody>{''.join(body)}</tbody></table>"
    )


def _html() -> str:
    principles = "".join(f"<li>{p}</li>" for p in PRINCIPLES)
    return f"""
<h1 style="margin-top:50mm">Zanderby Place Partnership Board: Terms of Reference</h1>
<p>Version 1.1</p>
<p>Owner: Place Director for Zanderby, Holmbrook and Zanderby Integrated Care Board, on behalf
of the Board</p>
<div style="margin-top:20mm">{_versions_table()}</div>
<p>Next review due: March 2025</p>

<h2 class="new-page">1. Purpose</h2>
<p>1.1 The Zanderby Place Partnership Board brings together the organisations that plan, fund
and provide health and care in Zanderby. Its purpose is to improve the health of Zanderby's
residents, to reduce the gap in healthy life expectancy between the most and least deprived
neighbourhoods, and to join up services around people rather than around organisations.</p>
<p>1.2 Zanderby is one of three places within the Holmbrook and Zanderby Integrated Care System.
The Board leads the system's work at place level and delivers the Zanderby part of the Integrated
Care Strategy agreed by the Holmbrook and Zanderby Integrated Care Partnership.</p>

<h2>2. Status and accountability</h2>
<p>2.1 The Board first met in shadow form on 6 December 2022 and took on its full role on
1 April 2023. It is a partnership forum, not a statutory committee of any member organisation.</p>
<p>2.2 The Board is accountable to the Zanderby Health and Wellbeing Board for the delivery of
the Zanderby Health and Wellbeing Strategy, and to the Holmbrook and Zanderby ICB Board for any
functions or budgets that the Integrated Care Board delegates to its Place Director.</p>

<h2>3. Membership</h2>
<p>3.1 The Board has the following members. Each member organisation may name a deputy, who
may vote in the member's absence.</p>
{_membership_table()}
<p>3.2 The Board may invite other people to attend for particular items.</p>

<h2>4. Chair and quorum</h2>
<p>4.1 The Leader of Zanderby Borough Council chairs the Board and the Place Director for
Zanderby is Vice Chair.</p>
<p>4.2 A meeting is quorate when at least eight voting members are present, including at least
one from local government, one from the NHS and one from the voluntary, community and social
enterprise sector.</p>

<h2>5. Meetings</h2>
<p>5.1 The Board meets every two months, usually on the second Tuesday, and holds a development
session each September. Meetings are held in public except when confidential matters are
discussed.</p>

<h2>6. Decision-making</h2>
<p>6.1 The Board seeks consensus. Where a vote is needed, each voting member organisation has
one vote and the Chair has a casting vote. Decisions that fall within the statutory functions of
a member organisation are recommendations to that organisation.</p>

<h2>7. Principles</h2>
<p>7.1 Members agree to work by the following principles:</p>
<ol>{principles}</ol>

<h2>8. Reporting and sub-groups</h2>
<p>8.1 The Zanderby Place Delivery Group, made up of senior officers of the member
organisations, manages the Board's programme and reports to each meeting. The Zanderby
Neighbourhood Leadership Forum brings together the leads of the four integrated neighbourhood
teams, so that the Board hears what is happening in each community.</p>

<h2>9. Review</h2>
<p>9.1 These terms of reference are reviewed every year. The next review is due in March 2025.</p>
"""


def write(path: Path) -> None:
    css = page_css(
        footer="Zanderby Place Partnership Board - Terms of Reference v1.1",
        header="OFFICIAL",
    )
    write_pdf(body=_html(), css=css, path=path)
