"""Tollbury notice of a key decision taken by the Leader of the Council, as a PDF.

What it tests: an executive decision taken by one office (the Leader), not by Cabinet; the
decision title and maker in a ruled facts table; headings that are labels without numbers;
"The Leader of the Council: 1. approved ... 2. delegated authority ..."; a Cabinet Member who
was consulted (not a step); parties inline in one sentence after "between"; "next month"
resolved from the decision date; a call-in deadline; a footer on each page.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

TITLE = "Tollbury Health Determinants Research Collaboration Memorandum of Understanding"

FACTS = [
    ("Decision title", TITLE),
    ("Decision maker", "Leader of the Council"),
    ("Date of decision", "Thursday 2 October 2025"),
    ("Forward Plan reference", "KD 2025/118"),
    ("Date published", "06/10/2025"),
    ("Call-in deadline", "5pm, Monday 13 October 2025"),
]


def _facts() -> str:
    rows = "".join(f'<tr><th style="width:30%">{k}</th><td>{v}</td></tr>' for k, v in FACTS)
    return f"<table><tbody>{rows}</tbody></table>"


def write(path: Path) -> None:
    body = f"""
<p style="font-size:12pt; font-weight:bold">Tollbury City Council</p>
<h1>Notice of Key Decision</h1>
<p>Executive decision taken by an individual member</p>
{_facts()}

<h2>Details of the decision</h2>
<p>The Leader of the Council:</p>
<ol>
<li>approved the {TITLE} attached to the report; and</li>
<li>delegated authority to the Director of Public Health to agree minor amendments to the
memorandum and to sign it on behalf of the Council.</li>
</ol>

<h2>Background</h2>
<p>The memorandum is between Tollbury City Council, Tollbury University, Varnley and Tollbury
Integrated Care Board and Tollbury Voluntary Sector Alliance. It sets up a research
collaboration, hosted by the Council, that will study what shapes health in Tollbury as a
place: housing, work, transport and income. The collaboration will start next month and is
funded by the National Institute for Health and Care Research for five years.</p>
<p>The Tollbury Research Collaboration Steering Group will oversee the work and report once a
year to the Tollbury Health and Wellbeing Board.</p>

<h2>Reasons for the decision</h2>
<p>The funding award requires a written agreement between the partners before the
collaboration starts.</p>

<h2>Alternative options considered</h2>
<p>Not to take up the award. Rejected because the research will help the Council and its
partners target their spending.</p>

<h2>Consultation</h2>
<p>The Cabinet Member for Health and Adult Care was consulted on 25 September 2025 and supports
the decision.</p>

<h2>Declarations of interest</h2>
<p>None.</p>
"""
    css = page_css(footer="Tollbury City Council - Notice of Key Decision KD 2025/118")
    write_pdf(body=body, css=css, path=path)
