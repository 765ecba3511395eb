"""Ulverdale Health and Wellbeing Board decision notice, as a PDF.

What it tests: key facts in a two-column table drawn without any lines (a layout table), the
decision title wrapping inside its cell; unnumbered headings; "RESOLVED: That the Board (a)
endorses ... (b) asks ... to review ..." with an office's earlier endorsement
told in the background; parties after "The alliance partners for Ulverdale are:" in a bulleted
list, one with a bracketed abbreviation; "in March next year" resolved from the meeting date;
running footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FACTS = [
    ("Decision title", "Ulverdale Healthy Weight Alliance: Partnership Agreement 2025-2028"),
    ("Decision maker", "Ulverdale Health and Wellbeing Board"),
    ("Meeting", "Thursday 18 September 2025, Ulverdale Town Hall"),
    ("Report of", "Director of Public Health"),
    ("Published", "22.09.2025"),
    ("Subject to call-in", "No (the Board is not an executive body)"),
]

PARTNERS = [
    "Ulverdale Council",
    "Fellbrook and Ulverdale Integrated Care Board (FUICB)",
    "Ulverdale Leisure Trust",
    "Ulverdale Community Health NHS Trust",
    "Ulverdale Food Partnership",
    "Fellbrook University",
]

FILLER = (
    "Almost two in three adults in Ulverdale are living with overweight or obesity, and the "
    "proportion of children above a healthy weight at age eleven has risen in each of the "
    "last five years. The gap between the most and least deprived wards is widening. "
)


def write(path: Path) -> None:
    facts = "".join(
        f"<tr><td style='border:none;width:32%;font-weight:bold'>{label}</td>"
        f"<td style='border:none'>{value}</td></tr>"
        for label, value in FACTS
    )
    partners = "".join(f"<li>{p}</li>" for p in PARTNERS)
    body = f"""
<p style="font-size:13pt;font-weight:bold">ULVERDALE COUNCIL</p>
<h1>Decision Notice</h1>
<table style="width:80%">{facts}</table>

<h2>Decision</h2>
<p>RESOLVED: That the Board</p>
<p>(a) endorses the Ulverdale Healthy Weight Alliance Partnership Agreement 2025-2028 at
Appendix A to the report; and</p>
<p>(b) asks the Healthy Weight Steering Group to review the Agreement and report back to the
Board in March next year.</p>

<h2>Background</h2>
<p>{FILLER}{FILLER}</p>
<p>The Ulverdale Healthy Weight Alliance brings together the organisations that can change the
food and activity environment in Ulverdale as a place. The alliance partners for Ulverdale
are:</p>
<ul>{partners}</ul>
<p>Work will be led in each neighbourhood by the Active Neighbourhoods Network, which links
community groups, schools and GP practices. The Cabinet Member for Health and Wellbeing
endorsed the Agreement on 4 September 2025 on behalf of the Council.</p>
<p>{FILLER}</p>

<h2>Reasons for the decision</h2>
<p>A shared agreement lets the partners pool small budgets, align campaigns and report on one
set of measures. {FILLER}</p>

<h2>Alternatives considered</h2>
<p>Continuing with separate programmes in each organisation was rejected because it has not
reduced the gap between wards.</p>

<h2>Declarations of interest</h2>
<p>Councillor Ruth Ambler declared that she is a trustee of Ulverdale Leisure Trust and took no
part in the decision.</p>
"""
    css = page_css(
        footer="Ulverdale Health and Wellbeing Board - decision notice, 18 September 2025"
    )
    write_pdf(body=body, css=css, path=path)
