"""Wyckham Serious Violence Duty information sharing MOU, as a PDF.

What it tests: a data-sharing document that calls itself a memorandum of understanding; a
two-line title; a ruled document-control table (Version | Date | Status | Approved by) with
dates as `14-Jan-2025` and a first row with no approver; the parties only in "Schedule 1" at
the back, under two sub-headings taken from the Serious Violence Duty ("Specified
authorities", "Relevant authorities"); a Police and Crime Commissioner (an office) who is not
a party; "last November" resolved from the document's date; "each January" (skipped);
running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CONTROL = [
    ("0.3", "14-Jan-2025", "Draft for consultation with partners", ""),
    ("0.9", "06-Feb-2025", "Reviewed", "Wyckham Serious Violence Duty Steering Group"),
    ("1.0", "27-Feb-2025", "Final", "Wyckham Community Safety Partnership Board"),
]

SPECIFIED = [
    "Wyckham Borough Council",
    "Astwold Vale County Council",
    "Astwold Vale Police",
    "Astwold Vale Fire and Rescue Service",
    "Probation Service",
    "Wyckham Youth Justice Service",
    "Astwold Vale Integrated Care Board",
]

RELEVANT = ["Wyckham College", "Astwold Vale Education Partnership Trust"]

FILLER = (
    "Information shared under this Memorandum must be the minimum needed for the purpose, "
    "must be sent by secure means and must not be passed on to anyone else without the "
    "agreement of the partner that provided it. "
)


def write(path: Path) -> None:
    control = "".join(
        f"<tr><td>{v}</td><td>{d}</td><td>{s}</td><td>{a}</td></tr>" for v, d, s, a in CONTROL
    )
    specified = "".join(f"<li>{p}</li>" for p in SPECIFIED)
    relevant = "".join(f"<li>{p}</li>" for p in RELEVANT)
    body = f"""
<h1>Wyckham Serious Violence Duty</h1>
<p style="font-size:15pt">Information Sharing Memorandum of Understanding</p>
<table>
<caption>Document control</caption>
<thead><tr><th style="width:10%">Version</th><th style="width:16%">Date</th><th>Status</th>
<th>Approved by</th></tr></thead>
<tbody>{control}</tbody></table>

<h2>1. Purpose</h2>
<p>The Serious Violence Duty in the Police, Crime, Sentencing and Courts Act 2022 requires the
partners listed in Schedule 1 to work together to prevent and reduce serious violence in
Wyckham, and allows them to share information for that purpose. This Memorandum sets out what
they will share, how and why. It builds on the strategic needs assessment published last
November.</p>

<h2>2. Information to be shared</h2>
<p>Partners will share anonymised data on violent incidents, hospital attendances for assault,
school exclusions and youth justice outcomes every month, and personal information about
individuals only through the Ward Problem Solving Groups, where a named officer decides case
by case. {FILLER}</p>

<h2>3. Lawful basis</h2>
<p>Each partner relies on its public task under the UK GDPR and, for special category and
criminal offence data, on the conditions in the Data Protection Act 2018. {FILLER}</p>

<h2>4. Governance</h2>
<p>The Wyckham Community Safety Partnership Board owns this Memorandum. The Wyckham Serious
Violence Duty Steering Group oversees its use at place level and reviews it each January. The
Astwold Vale Police and Crime Commissioner, who funds the analyst post, receives the annual
strategic needs assessment but is not a party. {FILLER}</p>

<h2>5. Security and breaches</h2>
<p>{FILLER}{FILLER}A partner that suffers a breach involving shared information will tell the
other partners within 24 hours.</p>

<h2 class="new-page">Schedule 1: Parties to this Memorandum</h2>
<h3>Specified authorities</h3>
<ul>{specified}</ul>
<h3>Relevant authorities</h3>
<ul>{relevant}</ul>
"""
    css = page_css(
        footer="Wyckham SVD information sharing MOU - version 1.0 - OFFICIAL",
        header="OFFICIAL",
    )
    write_pdf(body=body, css=css, path=path)
