"""Brisworth Domestic Abuse Local Partnership Board terms of reference, as a PDF.

What it tests: a statutory board's terms of reference whose members are not in the body text
but in "Appendix A: Membership" at the back, in a ruled table with full-width group rows
(colspan) and a "Represented by" column of posts; a victim-survivor representative (a person,
not a party); an approval route in a ruled "Document history" table at the end (Version | Date
| Change | Approved by), with "Sept 2024" and `11/10/2024`; a footer on each page and a forced
page break before the appendix.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    (
        "Statutory members",
        [
            ("Brisworth County Council", "Director of Communities (Chair)"),
            ("Brisworth and Tallowmere Integrated Care Board", "Designated Nurse, Adults"),
            ("Brisworth Constabulary", "Detective Superintendent, Public Protection"),
            ("Probation Service", "Head of Brisworth Probation Delivery Unit"),
        ],
    ),
    (
        "District councils",
        [
            ("Tallowmere Borough Council", "Head of Housing"),
            ("East Brisworth District Council", "Community Safety Manager"),
        ],
    ),
    (
        "Specialist services",
        [
            ("Brisworth Women's Aid", "Chief Executive"),
            ("SafeSpace Brisworth", "Service Director"),
        ],
    ),
    (
        "Lived experience",
        [("Victim-survivor representative", "Appointed by the Board for two years")],
    ),
]

HISTORY = [
    (
        "0.2",
        "Sept 2024",
        "Draft for consultation",
        "Reviewed by Brisworth Domestic Abuse Operational Group",
    ),
    ("1.0", "11/10/2024", "Final", "Approved by Brisworth Domestic Abuse Local Partnership Board"),
    ("1.0", "05/11/2024", "Final", "Noted by Brisworth Safer Communities Partnership"),
]


def _members() -> str:
    body = []
    for group, rows in MEMBERS:
        body.append(f'<tr><td class="group" colspan="2">{group}</td></tr>')
        body.extend(f"<tr><td>{o}</td><td>{r}</td></tr>" for o, r in rows)
    return (
        "<table><thead><tr><th>Organisation</th><th>Represented by</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _history() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in HISTORY)
    return (
        "<table><thead><tr><th>Version</th><th>Date</th><th>Change</th><th>Approved by</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def write(path: Path) -> None:
    body = f"""
<h1>Brisworth Domestic Abuse Local Partnership Board &ndash; Terms of Reference</h1>

<h2>1. Background</h2>
<p>Part 4 of the Domestic Abuse Act 2021 requires Brisworth County Council to appoint a
Domestic Abuse Local Partnership Board to advise it on support for victims of domestic abuse
and their children in safe accommodation.</p>

<h2>2. Role of the Board</h2>
<p>The Board assesses the need for support in safe accommodation across the county, advises
the Council on its strategy and monitors how the strategy is delivered. It works alongside
the district councils' housing teams and the Brisworth Safer Communities Partnership.</p>

<h2>3. Membership</h2>
<p>The members are listed in Appendix A. The Board must include at least one person who
represents victims of domestic abuse.</p>

<h2>4. Meetings and quorum</h2>
<p>The Board meets every quarter. It is quorate when the Chair and three other members,
including one from a specialist service, are present.</p>

<h2>5. Reporting</h2>
<p>The Board reports each year to the Secretary of State through the Council, and to the
Brisworth Safer Communities Partnership. The Brisworth Domestic Abuse Operational Group
reports to the Board.</p>

<h2>6. Document history</h2>
{_history()}

<h2 class="new-page">Appendix A: Membership</h2>
{_members()}
"""
    css = page_css(footer="Brisworth DALPB - Terms of Reference v1.0")
    write_pdf(body=body, css=css, path=path)
