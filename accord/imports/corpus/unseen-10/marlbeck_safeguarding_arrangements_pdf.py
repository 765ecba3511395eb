"""Marlbeck safeguarding children arrangements, as a PDF.

What it tests: published multi-agency safeguarding arrangements with headings "Chapter N –
..." (en dash); "The safeguarding partners for Marlbeck are:" followed by a bulleted list (the
lead-in is the category); the relevant agencies in a long ruled table (Agency / Named contact, a post) whose
sector bands span the table and which breaks over the page with its header repeated; a
delegated safeguarding partner named as a post (not a party); an executive, a scrutiny
arrangement and two sub-groups; approval by the three lead safeguarding partners (a class of
offices) after the executive's agreement (print order reversed) and publication on another; "by the end of next March" (2026-03 from the
publication date, printed later); localities; running header from page 2.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

AGENCIES = [
    (
        "Education",
        [
            "Marlbeck Primary Headteachers' Association",
            "Marlbeck Secondary Heads Forum",
            "Marlbeck College",
            "Harrowgate Multi-Academy Trust",
            "Beckside Learning Trust",
        ],
    ),
    (
        "Health",
        [
            "Marlbeck Teaching Hospitals NHS Foundation Trust",
            "Marlbeck Community Health NHS Trust",
            "North Marlbeck Ambulance Service NHS Trust",
        ],
    ),
    (
        "Other agencies",
        [
            "Probation Service",
            "Marlbeck Fire and Rescue Service",
            "Marlbeck Homes",
            "Marlbeck Council for Voluntary Service",
            "Children and Family Court Advisory and Support Service",
        ],
    ),
]

FILL = (
    "Practitioners told us that they want fewer meetings and clearer routes to escalate "
    "concerns, and that they value being able to ring a named person in each agency. "
)


def write(path: Path) -> None:
    rows = []
    for band, names in AGENCIES:
        rows.append(f'<tr><td class="group" colspan="2">{band}</td></tr>')
        rows.extend(f"<tr><td>{n}</td><td>Safeguarding lead</td></tr>" for n in names)
    body = f"""
<h1>Marlbeck Safeguarding Children Partnership</h1>
<p><b>Multi-agency safeguarding arrangements</b></p>
<h2>Chapter 1 – Who we are</h2>
<p>The safeguarding partners for Marlbeck are:</p>
<ul>
<li>Marlbeck Borough Council</li>
<li>Marlbeck and Dales Integrated Care Board</li>
<li>Marlbeck Police</li>
</ul>
<p>The lead safeguarding partners are the Chief Executive of the Council, the Chief Executive
of the ICB and the Chief Constable. The Council's Director of Children's Services is the
delegated safeguarding partner who chairs the Marlbeck Safeguarding Children Executive.
{FILL}</p>
<h2>Chapter 2 – How we work</h2>
<p>The Executive meets monthly. It has two sub-groups, the Learning and Practice Review
Group and the Child Exploitation Group. Three locality safeguarding meetings link the
partnership to schools and early help in each part of the borough. {FILL}</p>
<p>{FILL}{FILL}</p>
<p>{FILL}{FILL}</p>
<h2>Chapter 3 – Relevant agencies</h2>
<p>The safeguarding partners have named these relevant agencies:</p>
<table><thead><tr><th style="width:65%">Agency</th><th>Named contact</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<h2>Chapter 4 – Independent scrutiny</h2>
<p>Professor Anne Coles is the independent scrutineer. She will report on the arrangements
by the end of next March. {FILL}</p>
<h2>Chapter 5 – Agreement</h2>
<p>The three lead safeguarding partners approved these arrangements on 19 November 2025,
after the Marlbeck Safeguarding Children Executive had agreed them on 5 November 2025. They
were published on 2 December 2025.</p>
"""
    css = page_css(
        footer="Marlbeck Safeguarding Children Partnership", header="Published arrangements"
    )
    write_pdf(body=body, css=css, path=path)
