"""Nethercott Cabinet decision sheet on a joint transport partnership agreement, as a PDF.

What it tests: a "Cabinet decision sheet" with a facts table drawn without lines (label |
value: "Decision title", "Meeting", "Call-in deadline"); labelled bold headings without
numbers ("Decision", "Reasons for the decision", ...); "RESOLVED that Cabinet:" with items
"(i)" to "(iii)"; the partners in a ruled table inside the decision whose "Role" column
("Lead authority", "Partner authority", "Operator partner") is the category; a scrutiny
committee's earlier consideration; a future step ("will be asked to agree") by another
council's cabinet (a different decision maker: a step); dates with weekdays and ordinals.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf


def write(path: Path) -> None:
    body = """
<p style="font-weight:bold; font-size:11pt">NETHERCOTT COUNTY COUNCIL</p>
<h1 style="font-size:17pt">Cabinet decision sheet</h1>
<table style="border:none; width:100%">
<tr><td style="border:none; width:30%"><b>Decision title</b></td><td style="border:none">Nethercott and Vale Joint Transport Partnership Agreement</td></tr>
<tr><td style="border:none"><b>Meeting</b></td><td style="border:none">Cabinet, Wednesday 15th October 2025</td></tr>
<tr><td style="border:none"><b>Key decision</b></td><td style="border:none">Yes (Forward Plan ref. KD/2025/31)</td></tr>
<tr><td style="border:none"><b>Published</b></td><td style="border:none">Friday 17th October 2025</td></tr>
<tr><td style="border:none"><b>Call-in deadline</b></td><td style="border:none">5.00pm, Friday 24th October 2025</td></tr>
</table>

<h2>Decision</h2>
<p>RESOLVED that Cabinet:</p>
<p>(i) approves the Nethercott and Vale Joint Transport Partnership Agreement between the
organisations below, to take effect from 1st January 2026;</p>
<table style="width:85%"><thead><tr><th>Partner</th><th>Role</th></tr></thead><tbody>
<tr><td>Nethercott County Council</td><td>Lead authority</td></tr>
<tr><td>Vale of Aske Borough Council</td><td>Partner authority</td></tr>
<tr><td>Nethercott City Council</td><td>Partner authority</td></tr>
<tr><td>Aske Valley Buses Ltd</td><td>Operator partner</td></tr>
<tr><td>Nethercott Community Transport Association</td><td>Operator partner</td></tr>
</tbody></table>
<p>(ii) notes that the Cabinet of Vale of Aske Borough Council will be asked to agree the
Agreement on Tuesday 4th November 2025; and</p>
<p>(iii) delegates authority to the Executive Director of Environment, in consultation with the
Cabinet Member for Highways and Transport, to make minor changes to the Agreement before it
is signed.</p>

<h2>Reasons for the decision</h2>
<p>The Agreement sets up the Nethercott and Vale Joint Transport Board to plan bus services
across both council areas and to bid jointly for Bus Service Improvement Plan funding. The
Enhanced Partnership Forum of operators will advise the Board. The Economy and Environment
Scrutiny Committee considered the draft Agreement on Monday 29th September 2025 and
supported it.</p>

<h2>Alternative options considered and rejected</h2>
<p>Each council continuing to plan services alone (rejected: routes cross the boundary and
funding bids are stronger together).</p>

<h2>Declarations of interest</h2>
<p>None.</p>

<h2>Dispensations</h2>
<p>None.</p>
"""
    css = page_css(
        footer="Nethercott County Council - Cabinet decision sheet, 15 October 2025",
        header="",
    )
    write_pdf(body=body, css=css, path=path)
