"""Ravensgill homelessness reduction board terms of reference, as a PDF.

What it tests: the title inside a shaded banner table on the first page (a one-cell table, as
some templates print it), with "Terms of Reference" in a second row; unnumbered headings in
colour with a rule under them; the members in a ruled table
(Organisation / Represented by / Membership type) whose last column is the category ("Core
member", "Advisory member"), interleaved; a duty-to-refer partner group named as a body; an
approval sentence with the Board's agreement and the health and wellbeing board's noting,
dates "Tue 4 Nov 2025" and "Thu 20 Nov 2025"; "next spring" (not a month: skipped); wards.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CSS_EXTRA = """
table.banner td { background: #1f4e79; color: white; border: none; font-size: 18pt;
                  font-weight: bold; padding: 5mm; }
table.banner td.sub { font-size: 12pt; font-weight: normal; padding-top: 0; }
h2 { color: #1f4e79; border-bottom: 1px solid #1f4e79; }
"""

MEMBERS = [
    ("Ravensgill Borough Council", "Head of Housing Options", "Core member"),
    ("Ravensgill Police", "Neighbourhood Inspector", "Core member"),
    ("Ravensgill Citizens Advice", "Chief Officer", "Advisory member"),
    ("Greywater Integrated Care Board", "Head of Primary Care", "Core member"),
    ("Ravensgill Housing Association", "Director of Tenancy Services", "Core member"),
    ("Shelter Ravensgill Hub", "Hub Manager", "Advisory member"),
    ("Department for Work and Pensions", "Partnership Manager", "Core member"),
    ("Ravensgill Nightstop", "Coordinator", "Advisory member"),
]

FILL = (
    "Members will bring data on evictions, hospital discharges to no fixed abode and prison "
    "releases to each meeting, so that the Board can see where people become homeless. "
)


def write(path: Path) -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in MEMBERS)
    body = f"""
<table class="banner"><tr><td>Ravensgill Homelessness Reduction Board</td></tr>
<tr><td class="sub">Terms of Reference</td></tr></table>
<h2>Purpose</h2>
<p>The Board brings together the organisations that can prevent homelessness in Ravensgill,
oversees the borough's homelessness and rough sleeping strategy, and holds partners to the
duty to refer. {FILL}</p>
<h2>Membership</h2>
<table><thead><tr><th>Organisation</th><th>Represented by</th><th>Membership type</th></tr></thead>
<tbody>{rows}</tbody></table>
<p>Core members vote; advisory members take part in discussion. {FILL}</p>
<h2>How the Board works</h2>
<p>The Board meets every two months. Its Duty to Refer Partners Group meets monthly and the
Rough Sleeping Operational Group weekly. Ward councillors are invited when the Board looks at
their wards. {FILL}</p>
<p>{FILL}{FILL}</p>
<h2>Accountability</h2>
<p>The Board reports to the Ravensgill Health and Wellbeing Board. {FILL}</p>
<h2>Agreement</h2>
<p>These terms were agreed by the Board on Tue 4 Nov 2025 and noted by the Ravensgill
Health and Wellbeing Board on Thu 20 Nov 2025. They will be reviewed next spring.</p>
"""
    css = page_css(footer="Ravensgill Homelessness Reduction Board - ToR") + CSS_EXTRA
    write_pdf(body=body, css=css, path=path)
