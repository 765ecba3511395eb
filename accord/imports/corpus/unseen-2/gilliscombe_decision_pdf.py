"""Gilliscombe Health and Wellbeing Board decision notice, as a PDF.

What it tests: the decision's title and maker in a two-column facts table (labels in the
first column, not headings); unnumbered labelled headings; a resolution written in the third
person ("endorses", "recommends ... for approval to"), so the route runs on to two later
meetings on different days of one month; a table of partners with no category; a month named
with "last" that the document's own date resolves.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

TITLE = "Gilliscombe Joint Carers Partnership Agreement 2025&ndash;2028"

FACTS = [
    ("Decision title", TITLE),
    ("Decision maker", "Gilliscombe Health and Wellbeing Board"),
    ("Date of meeting", "Thursday 14 November 2024"),
    ("Agenda item", "7"),
    ("Report of", "Joint Director of Commissioning"),
    ("Call-in", "Not subject to call-in: the Board is not an executive decision maker"),
    ("Date of publication", "18 November 2024"),
]

PARTNERS = [
    ("Gilliscombe City Council", "Head of Adult Commissioning"),
    ("Tallisford and Gilliscombe Integrated Care Board", "Head of Place Commissioning"),
    ("Gilliscombe and Tallisford Hospitals NHS Foundation Trust", "Lead Nurse for Carers"),
    ("Gilliscombe Carers Centre", "Chief Officer"),
    ("Young Carers Gilliscombe", "Service Manager"),
]


def _facts_table() -> str:
    rows = "".join(
        f'<tr><th style="width:30%">{label}</th><td>{value}</td></tr>' for label, value in FACTS
    )
    return f"<table><tbody>{rows}</tbody></table>"


def _partners_table() -> str:
    rows = "".join(f"<tr><td>{name}</td><td>{lead}</td></tr>" for name, lead in PARTNERS)
    return (
        "<table><thead><tr><th>Partner</th><th>Lead officer</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _html() -> str:
    return f"""
<p style="font-size:12pt; font-weight:bold">Gilliscombe City Council</p>
<h1>Decision Notice</h1>
<p style="font-size:12pt">Health and Wellbeing Board</p>
{_facts_table()}

<h2>Decision</h2>
<p>RESOLVED that the Health and Wellbeing Board:</p>
<ol>
<li>endorses the {TITLE} set out at Appendix A to the report;</li>
<li>recommends the Agreement for approval to the Cabinet of Gilliscombe City Council, which
meets on 3 December 2024, and to the Board of Tallisford and Gilliscombe Integrated Care Board,
which meets on 12 December 2024; and</li>
<li>asks the Gilliscombe Carers Partnership Group to report progress against the Agreement to
the Board every six months.</li>
</ol>

<h2>Reasons for the decision</h2>
<p>Around 27,000 people in Gilliscombe look after a relative, friend or neighbour without pay.
The previous carers strategy ended last March, and carers told the Board that support had
become harder to find since then. The Agreement commits the partners to a single carers
assessment, a shared carers register and a carers hub in each of the city's three localities,
with the Gilliscombe Carers Partnership Group overseeing the work at place level. It will run
from 1 April 2025.</p>

<h2>Alternative options considered</h2>
<p>The Board considered leaving each partner to publish its own carers plan. It rejected this
because carers have said that the biggest problem is having to tell their story to every
organisation separately.</p>

<h2>Partners to the Agreement</h2>
{_partners_table()}

<h2>Declarations of interest</h2>
<p>Councillor Ines Barrowcliffe declared an interest as a paid employee of Gilliscombe Carers
Centre and did not take part in the discussion or the decision.</p>

<h2>Further information</h2>
<p>The report and Appendix A are published with the agenda for the meeting. Contact the
Democratic Services Team, Gilliscombe City Council, Civic Offices, Gilliscombe.</p>
"""


def write(path: Path) -> None:
    css = page_css(footer="Gilliscombe Health and Wellbeing Board - Decision Notice")
    write_pdf(body=_html(), css=css, path=path)
