"""Saltmere education compact between a council, academy trusts and dioceses, as a PDF.

What it tests: a title with a descriptive subtitle naming the kinds of party but not the
parties; "Part N - ..." headings with an en dash; values in a bulleted list; approval in
prose (a schools forum endorses, a headteachers' board agrees, then "each signatory signed");
the parties only in an annex at the back, in a ruled signature table (Organisation | Type |
Signed by | Date) whose "Type" column is the category, with people's names and posts beside
them and dates in four forms; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

SIGNATORIES = [
    (
        "Saltmere Borough Council",
        "Local authority",
        "Cllr Dawn Hewitt, Cabinet Member for Education",
        "4 Sep 2025",
    ),
    ("Estuary Learning Trust", "Multi-academy trust", "Mark Ellery, Chief Executive", "4 Sep 2025"),
    (
        "Saltmere Primary Academies Trust",
        "Multi-academy trust",
        "Joanne Price, Chief Executive",
        "08/09/2025",
    ),
    (
        "Northgate Schools Partnership",
        "Multi-academy trust",
        "Kwame Boateng, Chief Executive",
        "08/09/2025",
    ),
    (
        "Diocese of Saltmere and Fenn Board of Education",
        "Diocese",
        "Revd Alison Marsh, Director of Education",
        "Sept 12th 2025",
    ),
    (
        "Catholic Diocese of Wrayford Schools Service",
        "Diocese",
        "Peter Doyle, Director of Schools",
        "19.09.2025",
    ),
]

VALUES = [
    "Every Saltmere child belongs in a Saltmere school",
    "Collective responsibility for the most vulnerable pupils",
    "Transparency about admissions, exclusions and funding",
]


def _signatories() -> str:
    rows = "".join(
        f"<tr><td>{org}</td><td>{kind}</td><td>{person}</td><td>{date}</td></tr>"
        for org, kind, person, date in SIGNATORIES
    )
    return (
        "<table><thead><tr><th>Organisation</th><th style='width:18%'>Type</th>"
        "<th style='width:32%'>Signed by</th><th style='width:14%'>Date</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def write(path: Path) -> None:
    values = "".join(f"<li>{v}</li>" for v in VALUES)
    body = f"""
<h1>The Saltmere Education Compact</h1>
<p style="font-size:12pt"><i>A compact between the local authority, the academy trusts and
the dioceses that serve Saltmere's children</i></p>

<h2>Part 1 &#8211; Why we have a compact</h2>
<p>Most of Saltmere's 58 schools are now academies, in nine different trusts. The local
authority keeps its duties for school places, special educational needs, fair access and
children missing education, but no longer runs most schools. This Compact sets out how we
will work together for every child in Saltmere as a place, whoever runs their school.</p>

<h2>Part 2 &#8211; What we will do together</h2>
<p>We will plan school places together through the Saltmere School Place Planning Group. We
will take a fair share of pupils placed through the Fair Access Panel. We will share
attendance and exclusion data every half term. Headteachers will meet in the four local school
clusters each half term to solve problems together.</p>

<h2>Part 3 &#8211; Shared values</h2>
<ul>{values}</ul>

<h2>Part 4 &#8211; Inclusion</h2>
<p>The Saltmere Inclusion Partnership, chaired by a headteacher, will lead work to reduce
suspensions and permanent exclusions and will report each year to the Saltmere Schools Forum
and the Saltmere Children's Partnership.</p>

<h2>Part 5 &#8211; When we disagree</h2>
<p>Disagreements are raised first between the Director of Children's Services and the trust's
chief executive, and then, if they cannot be settled, at the Saltmere Headteachers' Board.</p>

<h2>Part 6 &#8211; Agreeing the Compact</h2>
<p>The Saltmere Schools Forum endorsed the Compact at its meeting on 10 July 2025, and the
Saltmere Headteachers' Board agreed it on 15 July 2025. Each signatory then signed the Compact;
the signatures are recorded in the Annex.</p>

<h2 class="new-page">Annex &#8211; Signatories</h2>
{_signatories()}
"""
    css = page_css(
        footer="The Saltmere Education Compact 2025", header="Saltmere Education Compact"
    )
    write_pdf(body=body, css=css, path=path)
