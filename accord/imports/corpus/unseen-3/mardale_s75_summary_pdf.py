"""Mardale Better Care Fund section 75 agreement summary, as a PDF.

What it tests: a summary sheet of a section 75 agreement; the parties inline as "(1) ...
and (2) ..." in a ruled key-facts table; a ruled table of pooled-fund schemes whose rows are
not parties; financial years ("2025/26") that are not dates; an endorsement by the Health and
Wellbeing Board (with the plan's sign-off) and approval by the two parties' decision makers, with dates
written "3rd Jul 2025", "30 June 2025" and `15/07/2025`; a signature table at the end (two
organisations, an officer each); the page break falls inside the committee's name; numbered headings in capitals; system and place.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

SCHEMES = [
    ("1", "Home from hospital and reablement", "Council", "6.2"),
    ("2", "Community equipment and adaptations", "Council", "3.1"),
    ("3", "Carers' breaks and support", "Council", "1.4"),
    ("4", "Urgent community response", "ICB", "4.8"),
    ("5", "Falls prevention and frailty support", "ICB", "1.9"),
    ("6", "Disabled Facilities Grant", "Council", "3.6"),
]

SIGNATURES = [
    ("Mardale County Council", "Corporate Director, Adults and Health", "21/07/2025"),
    ("Mardale and Pennock Integrated Care Board", "Chief Finance Officer", "24/07/2025"),
]


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def write(path: Path) -> None:
    facts = (
        "<table>"
        "<tr><th>Agreement</th><td>Partnership agreement under section 75 of the National "
        "Health Service Act 2006 for the Mardale Better Care Fund</td></tr>"
        "<tr><th>Parties</th><td>(1) Mardale County Council and (2) Mardale and Pennock "
        "Integrated Care Board</td></tr>"
        "<tr><th>Term</th><td>1st April 2025 to 31st March 2027 (financial years 2025/26 and "
        "2026/27)</td></tr>"
        "<tr><th>Pooled fund host</th><td>Mardale County Council</td></tr>"
        "</table>"
    )
    body = f"""
<h1>Mardale Better Care Fund Section 75 Agreement 2025&ndash;2027</h1>
<p>Summary of the agreement for publication</p>
{facts}
<h2>1. WHAT THE AGREEMENT DOES</h2>
<p>The agreement creates a pooled fund of &pound;21.0 million for each year, hosted by the
Council, from which the schemes of the Mardale Better Care Fund plan are paid. It sets out the
partners' contributions, how overspends and underspends are shared and how the fund is
governed. It applies to Mardale as a place within the Mardale and Pennock integrated care
system.</p>
<h2>2. SCHEMES FUNDED FROM THE POOL</h2>
{_table(["No.", "Scheme", "Lead commissioner", "2025/26 (&pound;m)"], SCHEMES)}
<h2>3. GOVERNANCE</h2>
<p>The Better Care Fund Joint Commissioning Board, with three members from each party, manages
the pooled fund and meets every month. It reports each quarter to the Mardale Health and
Wellbeing Board, which owns the Better Care Fund plan.</p>
<h2>4. HOW THE AGREEMENT WAS APPROVED</h2>
<p>The Mardale Health and Wellbeing Board endorsed the agreement on 30 June 2025, when it
signed off the Better Care Fund plan. The Cabinet of Mardale County Council approved the agreement on 3rd Jul 2025, and the
Finance and Performance Committee of Mardale and Pennock Integrated Care Board approved it on
15/07/2025. The agreement was then signed for each party as shown below, with effect from the
start of the term.</p>
{_table(["Party", "Signed by", "Date"], SIGNATURES)}
"""
    css = page_css(
        footer="Mardale BCF section 75 agreement: published summary", header="Published summary"
    )
    write_pdf(body=body, css=css, path=path)
