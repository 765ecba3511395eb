"""Quenwick anti-social behaviour data-sharing memorandum of understanding, as a PDF.

What it tests: a data-sharing document that calls itself a memorandum of understanding
(kind mou); a ruled document-control table (Version | Date | Author | Status and approval)
that is the approval route, with a month-only date ("June 2025") and numeric dates in two
forms (`03/07/2025`, `17.07.2025`); numbered headings in capitals; parties in a ruled table
with ICO numbers and data protection posts, no category; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CONTROL = [
    (
        "0.1",
        "June 2025",
        "Information Governance Lead, Quenwick Borough Council",
        "Draft for comment",
    ),
    (
        "0.3",
        "03/07/2025",
        "Information Governance Lead, Quenwick Borough Council",
        "Reviewed by Quenwick Information Governance Board",
    ),
    (
        "1.0",
        "17.07.2025",
        "Community Safety Manager",
        "Approved by Quenwick Community Safety Partnership Executive",
    ),
]

PARTIES = [
    ("Quenwick Borough Council", "Z5839201", "Data Protection Officer"),
    ("Tarnholme Police", "Z4471093", "Force Data Protection Officer"),
    ("Tarnholme Fire and Rescue Service", "Z9012284", "Information Governance Manager"),
    ("Quenwick Homes Limited", "ZA203948", "Head of Governance"),
    ("Quenmoor Housing Association", "Z1188475", "Data Protection Officer"),
]


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def write(path: Path) -> None:
    body = f"""
<h1>Quenwick Anti-social Behaviour Data Sharing Memorandum of Understanding</h1>
<p class="small">Document control</p>
{_table(["Version", "Date", "Author", "Status and approval"], CONTROL)}

<h2>1. PURPOSE</h2>
<p>This memorandum sets out how the partners share personal information about people who
cause, or suffer from, persistent anti-social behaviour in Quenwick, so that cases can be
managed jointly and victims protected.</p>

<h2>2. THE PARTNERS</h2>
<p>The partners to this memorandum are:</p>
{_table(["Partner", "ICO registration", "Data protection contact"], PARTIES)}

<h2>3. LEGAL BASIS</h2>
<p>Sharing is necessary for tasks carried out in the public interest under section 17 of the
Crime and Disorder Act 1998 and the Anti-social Behaviour, Crime and Policing Act 2014. Special
category and criminal offence data are processed under Schedule 1 to the Data Protection Act
2018.</p>

<h2>4. HOW CASES ARE DISCUSSED</h2>
<p>High-risk cases are discussed at borough level at the monthly ASB Risk Assessment
Conference. Other cases are discussed at the Neighbourhood Problem Solving Groups, which meet
in each of the five neighbourhoods of Quenwick.</p>

<h2>5. SECURITY AND RETENTION</h2>
<p>Information is shared only through the partnership's secure case management system and is
kept for no longer than six years after a case is closed.</p>

<h2>6. REVIEW</h2>
<p>The Quenwick Information Governance Board will review this memorandum each July; the first
review is due in July 2026.</p>
"""
    css = page_css(footer="Quenwick ASB data sharing MOU v1.0", header="OFFICIAL")
    write_pdf(body=body, css=css, path=path)
