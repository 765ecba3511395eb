"""Mallowby Safeguarding Adults Board annual governance statement, as a PDF.

What it tests: a partnership board's annual governance statement (kind `other`), a title with a
financial year; CIPFA-style unnumbered headings; members in a ruled table whose "Status" column
(on the right) gives the category; a ruled table of governance issues whose "Due" column holds
month-only dates ("Dec 2025", "Mar 2026") and whose owners are sub-groups; review by a
sub-group, approval by the Board, a signature block of three partners' post-holders laid out
as a table without lines, then a future noting "in September"; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    ("Mallowby County Council", "Statutory partner"),
    ("Mallowby and Fenn Integrated Care Board", "Statutory partner"),
    ("Mallowby Constabulary", "Statutory partner"),
    ("Mallowby Fire and Rescue Service", "Member"),
    ("Fenn Valley Hospitals NHS Foundation Trust", "Member"),
    ("Mallowby Community and Mental Health NHS Trust", "Member"),
    ("Probation Service", "Member"),
    ("Mallowby Care Providers' Forum", "Member"),
    ("Healthwatch Mallowby", "Member"),
]

FILLER = (
    "Each partner keeps its own governance arrangements and remains accountable for its own "
    "safeguarding practice; the Board's role is to seek assurance and to challenge. "
)


def write(path: Path) -> None:
    members = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in MEMBERS)
    body = f"""
<h1>Mallowby Safeguarding Adults Board Annual Governance Statement 2024/25</h1>

<h2>Scope of responsibility</h2>
<p>The Mallowby Safeguarding Adults Board is the safeguarding adults board for the county under
section 43 of the Care Act 2014. This statement explains how the Board governed its work in
2024/25 and what it will improve. {FILLER}</p>

<h2>Membership</h2>
<table>
<thead><tr><th>Organisation</th><th style="width:30%">Status</th></tr></thead>
<tbody>{members}</tbody></table>
<p>Two lay members and the Principal Social Worker attend as advisers.</p>

<h2>The governance framework</h2>
<p>The Board meets four times a year. The Audit and Assurance Sub-group and the Safeguarding
Adults Review Sub-group report to it, and three Locality Safeguarding Groups bring practitioners
together in the north, central and south localities. {FILLER}{FILLER}</p>

<h2>Review of effectiveness</h2>
<p>The Board's independent chair appraised the Board's effectiveness with each statutory
partner, and partners completed a self-assessment against the national framework. {FILLER}</p>

<h2>Significant governance issues</h2>
<table>
<thead><tr><th>Issue</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead>
<tbody>
<tr><td>Two safeguarding adults reviews completed late</td><td>Agree a tracker and monthly
reporting</td><td>Safeguarding Adults Review Sub-group</td><td>Dec 2025</td></tr>
<tr><td>Attendance of housing providers</td><td>Invite the three largest providers to join the
Board</td><td>Audit and Assurance Sub-group</td><td>Mar 2026</td></tr>
</tbody></table>

<h2>Approval of this statement</h2>
<p>The Audit and Assurance Sub-group reviewed this statement on 3 June 2025. The Mallowby
Safeguarding Adults Board approved it on 10 July 2025, and it is signed below for the three
statutory partners. It will be presented to the Mallowby Health and Wellbeing Board for noting
in September.</p>
<table style="border: none">
<tr><td style="border: none">Director of Adult Social Services<br>Mallowby County Council</td>
<td style="border: none">Chief Nurse<br>Mallowby and Fenn Integrated Care Board</td>
<td style="border: none">Assistant Chief Constable<br>Mallowby Constabulary</td></tr>
<tr><td style="border: none">Date: 14 July 2025</td><td style="border: none">Date: 14 July 2025</td>
<td style="border: none">Date: 17 July 2025</td></tr>
</table>
"""
    css = page_css(
        footer="Mallowby SAB - Annual Governance Statement 2024/25",
        header="Mallowby Safeguarding Adults Board",
    )
    write_pdf(body=body, css=css, path=path)
