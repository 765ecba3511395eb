"""Ravensmere early help partnership agreement, as a PDF.

What it tests: a title page with a year range (not a date) and an "Agreed by ... on Tuesday
30th September 2025" line; unnumbered headings with paragraphs numbered 1 to 12 straight
through them; the parties only in a schedule at the back on landscape pages, a ruled table
whose "Sector" column is printed only on the first row of each group (not merged), with an
"Early help lead" column of posts and a "Date signed" column, running over a page break with
its header row repeated; a future report "for information in November"; running header and
footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

PARTIES = [
    ("Local authority", "Ravensmere City Council", "Head of Early Help", "1 October 2025"),
    (
        "Health",
        "Ravensmere and Coldwater Integrated Care Board",
        "Designated Nurse",
        "1 October 2025",
    ),
    ("", "Ravensmere Children's Hospital NHS Foundation Trust", "Named Nurse", "3 October 2025"),
    ("", "Coldwater Community Health NHS Trust", "Head of 0-19 Services", "3 October 2025"),
    ("Police and justice", "Coldwater Police", "Superintendent, Ravensmere", "1 October 2025"),
    ("", "Probation Service", "Head of Ravensmere Probation Delivery Unit", "8 October 2025"),
    ("Education", "Ravensmere Schools Alliance", "Chair", "8 October 2025"),
    ("", "Ravensmere College", "Vice Principal", "8 October 2025"),
    ("Housing", "Ravensmere Homes", "Director of Tenancy Services", "10 October 2025"),
    ("", "Coldwater Housing Group", "Head of Communities", "10 October 2025"),
    ("Voluntary sector", "Ravensmere Family Action", "Chief Executive", "10 October 2025"),
    ("", "Barnabas Youth Ravensmere", "Director", "14 October 2025"),
]

FILLER = (
    "Partners will use the shared Early Help Assessment and will not ask a family to tell its "
    "story twice. "
)


def write(path: Path) -> None:
    rows = "".join(
        f"<tr><td>{s}</td><td>{o}</td><td>{p}</td><td>{d}</td></tr>" for s, o, p, d in PARTIES
    )
    paras = [
        (
            "Introduction",
            [
                "This Agreement sets out how the parties in the Schedule will give children and "
                "families help as soon as problems emerge. " + FILLER,
                "It applies across Ravensmere as a place and in each of the city's four family "
                "hub localities. " + FILLER,
            ],
        ),
        (
            "What early help means in Ravensmere",
            [
                "Early help is support for a family from any partner before a statutory service "
                "is needed. " + FILLER + FILLER,
                FILLER + FILLER,
            ],
        ),
        (
            "The Early Help Assessment",
            [
                "Any practitioner may start an Early Help Assessment with a family's consent. "
                + FILLER,
                "A lead practitioner is agreed with the family for each assessment. " + FILLER,
            ],
        ),
        (
            "Governance",
            [
                "The Ravensmere Children and Young People's Partnership Board owns this Agreement. "
                "The Early Help Strategic Group reports to it quarterly, and the four Family Hub "
                "Locality Panels allocate lead practitioners.",
                "The Ravensmere Safeguarding Children Partnership is told of any case that moves "
                "from early help to statutory services. " + FILLER,
            ],
        ),
        (
            "Approval",
            [
                "The Ravensmere Children and Young People's Partnership Board agreed this Agreement "
                "on Tuesday 30th September 2025. Each party then signed the Schedule.",
                "The Agreement will be reported to the Ravensmere Health and Wellbeing Board for "
                "information in November.",
                "It will be reviewed after three years.",
                "Any party may leave on three months' notice to the Board.",
            ],
        ),
    ]
    body_parts = []
    number = 1
    for heading, texts in paras:
        body_parts.append(f"<h2>{heading}</h2>")
        for text in texts:
            body_parts.append(f"<p>{number}. {text}</p>")
            number += 1
    body = f"""
<div style="text-align:center; padding-top: 60mm">
<h1>Ravensmere Early Help Partnership Agreement</h1>
<p style="font-size:14pt">2025 – 2028</p>
<p>Agreed by the Ravensmere Children and Young People's Partnership Board on Tuesday 30th
September 2025</p>
</div>
<div class="new-page">{"".join(body_parts)}</div>
<div class="wide">
<h2>Schedule: Parties to the Agreement</h2>
<table>
<thead><tr><th style="width:18%">Sector</th><th>Organisation</th><th style="width:28%">Early help lead</th>
<th style="width:16%">Date signed</th></tr></thead>
<tbody>{rows}</tbody></table>
</div>
"""
    css = page_css(
        footer="Ravensmere Early Help Partnership Agreement 2025-2028",
        header="Ravensmere Children and Young People's Partnership",
    ) + ("@page wide { size: A4 landscape; }\n.wide { page: wide; }\ntd { padding: 4mm 2mm; }\n")
    write_pdf(body=body, css=css, path=path)
