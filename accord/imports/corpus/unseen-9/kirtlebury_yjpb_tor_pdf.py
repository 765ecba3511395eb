"""Kirtlebury youth justice partnership board terms of reference, as a PDF.

What it tests: a title printed only in the running header of every page (the body starts
with "1. Purpose" and has no title line of its own); headings numbered "1." with "1.1"
clauses; a ruled membership table (Category / Organisation / Represented by) whose category
cells span their group's rows (rowspan), with the table's header row repeated after a page
break inside it; posts in the "Represented by" column; a sub-group and a youth panel; a
version table ("Version | Date | Approved by") at the end (the predecessor board approved
version 1.0); "each April" (not a date).
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Members attend in person or send a deputy of enough seniority to commit their "
    "organisation's resources. "
)

MEMBERS = [
    (
        "Statutory partners",
        [
            ("Kirtlebury City Council", "Director of Children's Services (Chair)"),
            ("Kirtlebury Police", "Superintendent, Neighbourhood Policing"),
            ("Probation Service", "Head of Kirtlebury Probation Delivery Unit"),
            ("Vale and Kirtlebury Integrated Care Board", "Designated Nurse for Safeguarding"),
        ],
    ),
    (
        "Other members",
        [
            ("Kirtlebury Courts and Tribunals Service", "Youth Court Delivery Manager"),
            ("Kirtlebury Secondary Heads Association", "Nominated head teacher"),
            ("Youth Matters Kirtlebury", "Chief Executive"),
        ],
    ),
]


def write(path: Path) -> None:
    rows = []
    for category, members in MEMBERS:
        for i, (org, post) in enumerate(members):
            cat = f'<td rowspan="{len(members)}">{category}</td>' if i == 0 else ""
            rows.append(f"<tr>{cat}<td>{org}</td><td>{post}</td></tr>")
    body = f"""
<h2>1. Purpose</h2>
<p>1.1 The Board oversees youth justice services in Kirtlebury under section 39 of the
Crime and Disorder Act 1998. It aims to prevent offending by children and to reduce the
number of children entering the justice system for the first time.</p>
<p>1.2 {FILL}{FILL}{FILL}</p>
<h2>2. Responsibilities</h2>
<p>2.1 The Board agrees the youth justice plan each April, monitors performance and holds
partners to account for their contribution. {FILL}{FILL}</p>
<p>2.2 {FILL}{FILL}{FILL}{FILL}</p>
<p>2.3 {FILL}{FILL}{FILL}{FILL}</p>
<h2>3. Membership</h2>
<p>3.1 The members of the Board are set out below. {FILL}{FILL}{FILL}</p>
<p>3.2 {FILL}{FILL}{FILL}{FILL}{FILL}</p>
<table>
<thead><tr><th style="width:22%">Category</th><th style="width:43%">Organisation</th><th>Represented by</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<h2>4. Sub-groups</h2>
<p>4.1 The Performance and Quality Sub-group reports to each meeting. The Kirtlebury Youth
Voice Panel advises the Board and meets before each meeting.</p>
<h2>5. Meetings and quorum</h2>
<p>5.1 The Board meets every two months. A meeting is quorate when the Chair or Vice-Chair
and three statutory partners are present.</p>
<h2>6. Version control</h2>
<table>
<thead><tr><th style="width:14%">Version</th><th style="width:22%">Date</th><th>Approved by</th></tr></thead>
<tbody>
<tr><td>1.0</td><td>04/06/2024</td><td>Kirtlebury Youth Offending Management Board</td></tr>
<tr><td>2.0</td><td>02/09/2025</td><td>Kirtlebury Youth Justice Partnership Board</td></tr>
<tr><td>2.0</td><td>18/09/2025</td><td>Kirtlebury Community Safety Partnership (noted)</td></tr>
</tbody></table>
"""
    header = "Kirtlebury Youth Justice Partnership Board - Terms of Reference"
    css = page_css(footer="Version 2.0", header=header, plain_first_page=False)
    write_pdf(body=body, css=css, path=path)
