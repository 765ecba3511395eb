"""Rathmoor children and young people's partnership agreement, as a PDF.

What it tests: the members only in a schedule at the back (after a page break), as three HTML
numbered lists under three h3 group headings (the categories), each item an
organisation followed by its role after a dash ("Rathmoor Borough Council – lead partner for
children's services"); a predecessor board that "last met in June 2025"; agreement and
recommendation by the partnership board with a minute number in brackets, then approval by
a council Cabinet; localities; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

GROUPS = [
    (
        "Statutory partners",
        [
            ("Rathmoor Borough Council", "lead partner for children's services"),
            ("Rathmoor and Skelton Integrated Care Board", "lead health commissioner"),
            ("Skelton Police", "safeguarding partner"),
        ],
    ),
    (
        "Schools and colleges",
        [
            ("Rathmoor Primary Schools Forum", "representing maintained primary schools"),
            ("Moorland Academies Trust", "multi-academy trust"),
            ("Rathmoor Sixth Form College", "further education"),
        ],
    ),
    (
        "Voluntary and community sector",
        [
            ("Rathmoor Youth Network", "youth work providers"),
            ("Skelton Family Support", "family support charity"),
        ],
    ),
]

FILL = (
    "Members will put the needs of children and young people first and will tell the Board early "
    "when they cannot meet a commitment. "
)


def write(path: Path) -> None:
    sched = []
    for label, items in GROUPS:
        sched.append(f"<h3>{label}</h3><ol>")
        for org, role in items:
            sched.append(f"<li>{org} – {role}</li>")
        sched.append("</ol>")
    body = f"""
<h1>Rathmoor Children and Young People's Partnership Agreement</h1>
<h2>1. Why we have a partnership</h2>
<p>1.1 This Agreement sets out how the members listed in the Schedule work together as
Rathmoor's place-based partnership for children and young people. {FILL}</p>
<p>1.2 The Partnership replaces the Rathmoor Children's Trust Board, which last met in June
2025. {FILL}</p>
<h2>2. Our shared outcomes</h2>
<p>2.1 Children are safe, healthy, learning and ready for adult life. {FILL}{FILL}</p>
<p>2.2 {FILL}{FILL}{FILL}</p>
<h2>3. How the partnership works</h2>
<p>3.1 The Rathmoor Children and Young People's Partnership Board meets every two months. The
three Locality Early Help Boards report to it. {FILL}</p>
<p>3.2 {FILL}{FILL}{FILL}{FILL}</p>
<h2>4. Commitments of members</h2>
<p>4.1 {FILL}{FILL}{FILL}</p>
<p>4.2 {FILL}{FILL}{FILL}{FILL}</p>
<h2>5. Agreement</h2>
<p>5.1 The Rathmoor Children and Young People's Partnership Board agreed this Agreement on
1st December 2025 (minute 4/25) and recommended it to Rathmoor Borough Council. The Cabinet
of Rathmoor Borough Council approved it on 9 December 2025.</p>
<div class="new-page">
<h2>Schedule: Members of the Partnership</h2>
{"".join(sched)}
</div>
"""
    css = page_css(
        footer="Rathmoor Children and Young People's Partnership Agreement",
        header="Rathmoor CYP Partnership",
    )
    write_pdf(body=body, css=css, path=path)
