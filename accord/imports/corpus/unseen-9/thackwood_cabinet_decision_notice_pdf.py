"""Thackwood cabinet decision notice, as a PDF.

What it tests: a ruled form table at the top (label / value rows: "Title of decision" is the
title; "Decision taken by: Cabinet"; "Date of decision"; "Call-in expires"; "Decision comes
into force"), numeric day-first dates with dots ("12.11.2025"); labelled headings without
numbers in small capitals style ("DECISION", "REASONS", ...); the parties inline in the
decision after "Partnership Agreement between" (the council named in full, as in the
letterhead); a place partnership consulted "in October" (not a step); "RESOLVED, that Cabinet: (1) approves ... (2) notes ... (3) delegates
authority to the Director of Place ... to sign"; a call-in note; ward level.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf


def write(path: Path) -> None:
    form = [
        ("Reference", "CAB/2025/041"),
        (
            "Title of decision",
            "Thackwood Town Centre Health and Regeneration Partnership Agreement",
        ),
        ("Decision taken by", "Cabinet"),
        ("Date of decision", "12.11.2025"),
        ("Date published", "14.11.2025"),
        ("Call-in expires", "5pm, 21.11.2025"),
        ("Decision comes into force", "24.11.2025 (if not called in)"),
        ("Wards affected", "Abbey; Castlegate"),
    ]
    rows = "".join(f'<tr><td style="width:32%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in form)
    body = f"""
<p style="font-size:9pt">THACKWOOD METROPOLITAN BOROUGH COUNCIL</p>
<h1 style="font-size:17pt">Notice of Executive Decision</h1>
<table>{rows}</table>
<h2>DECISION</h2>
<p>RESOLVED, that Cabinet:</p>
<p>(1) approves the Thackwood Town Centre Health and Regeneration Partnership Agreement
between Thackwood Metropolitan Borough Council, Thackwood and Calder Integrated Care Board, Thackwood Teaching
Hospitals NHS Foundation Trust and Thackwood College;</p>
<p>(2) notes the governance arrangements in Schedule 2 of the Agreement, under which the Town
Centre Partnership Board, chaired by the Leader, will oversee the health and learning hub in
the former market hall; and</p>
<p>(3) delegates authority to the Director of Place, in consultation with the Cabinet Member
for Regeneration, to sign the Agreement on the Council's behalf.</p>
<h2>REASONS</h2>
<p>The Agreement lets the four partners pool capital for the health and learning hub and
share the running costs. The Thackwood Place Partnership was consulted on the proposal at
its meeting in October.</p>
<h2>ALTERNATIVES CONSIDERED</h2>
<p>To build a health hub without the College (rejected: it would not make use of the whole
building).</p>
<h2>CONFLICTS OF INTEREST</h2>
<p>None declared.</p>
<h2>CALL-IN</h2>
<p>This decision may be called in by five non-executive members by the time shown above.
The Overview and Scrutiny Management Board would then consider it.</p>
"""
    css = page_css(footer="Notice of Executive Decision CAB/2025/041")
    write_pdf(body=body, css=css, path=path)
