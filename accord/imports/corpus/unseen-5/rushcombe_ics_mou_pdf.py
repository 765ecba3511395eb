"""Rushcombe and Saltings integrated care system memorandum of understanding, as a PDF.

What it tests: a system-level MOU whose body never lists the partners ("the organisations in
the Schedule"); the partners only in a schedule at the back, in a ruled table whose groups are
full-width band rows (colspan) and which runs over a page break with its header row repeated;
an identifier column and a lead-contact column of posts (not parties); values in a bulleted
list beside numbered principles; approval in prose (agreed by the Integrated Care Partnership,
then approval by "the governing body of each partner" by a month, then signature by each
partner's chief executive); "Section N:" headings; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

PARTNERS = [
    (
        "NHS commissioner",
        [("Rushcombe and Saltings Integrated Care Board", "QR7", "Chief Executive")],
    ),
    (
        "NHS trusts",
        [
            ("Rushcombe University Hospitals NHS Foundation Trust", "RX4", "Chief Executive"),
            ("Saltings General Hospital NHS Trust", "RY2", "Chief Executive"),
            ("Brenmarsh Community Health NHS Trust", "RZ9", "Director of Strategy"),
            ("Rushcombe and Saltings Mental Health NHS Foundation Trust", "RW1", "Chief Executive"),
            ("Coastal Counties Ambulance Service NHS Trust", "RV8", "Director of Operations"),
        ],
    ),
    (
        "Local authorities",
        [
            ("Rushcombe City Council", "E06000901", "Chief Executive"),
            ("Saltings County Council", "E10000902", "Chief Executive"),
            ("Brenmarsh District Council", "E07000903", "Chief Executive"),
            ("Saltings Coast District Council", "E07000904", "Director of Communities"),
        ],
    ),
    (
        "Voluntary, community and social enterprise sector",
        [
            ("Rushcombe Voluntary Action", "Charity 1098765", "Chief Officer"),
            ("Saltings Community Foundation", "Charity 1123456", "Chief Executive"),
            ("Brenmarsh Hospice", "Charity 1034567", "Chief Executive"),
            ("Coastal Care Providers Association", "Company 08765432", "Chair"),
        ],
    ),
    (
        "Other partners",
        [
            ("Healthwatch Rushcombe", "Company 08912345", "Manager"),
            ("Healthwatch Saltings", "Company 08923456", "Manager"),
            ("University of the Saltings", "Exempt charity", "Pro Vice-Chancellor (Health)"),
        ],
    ),
]

VALUES = [
    "We put people before organisations",
    "We are open with each other, including about money",
    "We keep our promises",
]

PRINCIPLES = [
    "Decisions are taken at the lowest level that makes sense: place first, system only where "
    "scale is needed.",
    "Partners do not move cost or risk onto each other without agreement.",
    "Data is shared by default, within the law.",
]

FILLER = (
    "Partners will bring problems to the table early, and will treat each other's staff with "
    "the same respect they expect for their own. "
)


def _schedule() -> str:
    rows = []
    for group, members in PARTNERS:
        rows.append(f'<tr><td class="group" colspan="3">{group}</td></tr>')
        for name, ident, post in members:
            rows.append(f"<tr><td>{name}</td><td>{ident}</td><td>{post}</td></tr>")
    return (
        "<table><thead><tr><th>Partner organisation</th><th style='width:20%'>Identifier</th>"
        "<th style='width:28%'>Lead contact</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def write(path: Path) -> None:
    values = "".join(f"<li>{v}</li>" for v in VALUES)
    principles = "".join(f"<li>{p}</li>" for p in PRINCIPLES)
    body = f"""
<h1>Rushcombe and Saltings Integrated Care System</h1>
<p style="font-size:15pt">Memorandum of Understanding</p>
<p class="small">Version 1.2 (agreed version)</p>

<h2>Section 1: Introduction</h2>
<p>This Memorandum is between the organisations listed in the Schedule. It describes how they
will work together as the Rushcombe and Saltings integrated care system, which serves 1.1
million people across three places: Rushcombe, Saltings and Brenmarsh. It does not change
any partner's statutory duties and is not legally binding.</p>
<p>{FILLER}{FILLER}</p>

<h2>Section 2: What we want to achieve</h2>
<p>Longer healthy lives, fairer outcomes between the most and least deprived communities, and
services that are sustainable within the money available. {FILLER}</p>

<h2>Section 3: Our shared values</h2>
<ul>{values}</ul>

<h2>Section 4: Principles</h2>
<ol>{principles}</ol>

<h2>Section 5: How the system is governed</h2>
<p>The Rushcombe and Saltings Integrated Care Partnership sets the integrated care strategy.
The Board of Rushcombe and Saltings Integrated Care Board holds the NHS budget and delegates
decisions about each place to a Place Committee. Each place has a Place Partnership Board
that brings the NHS, councils and voluntary sector together. The System Finance Group and the
System Quality Group advise the partners. {FILLER}</p>

<h2>Section 6: Resolving disagreements</h2>
<p>Disagreements are first discussed between chief executives, then taken to the System
Leadership Group, which meets monthly. {FILLER}{FILLER}</p>

<h2>Section 7: Approval</h2>
<p>The Rushcombe and Saltings Integrated Care Partnership agreed this Memorandum at its meeting
on 19 November 2024. It is now to be approved by the governing body of each partner by the end
of January 2025, after which the chief executive of each partner will sign it.</p>

<h2>Schedule: Partner organisations</h2>
<p>The partners to this Memorandum are:</p>
{_schedule()}
"""
    css = page_css(
        footer="Rushcombe and Saltings ICS - Memorandum of Understanding v1.2",
        header="Rushcombe and Saltings Integrated Care System",
    )
    write_pdf(body=body, css=css, path=path)
