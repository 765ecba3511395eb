"""Kettlemoor ageing well alliance agreement, as a PDF.

What it tests: a cover page whose parties sit in a ruled two-column table whose column headers
are the categories ("Commissioners" | "Providers"), the columns of unequal length; numbered
headings with lettered sub-clauses; "Alliance Participants" defined by reference to the cover;
values as a numbered list; a month without a year resolved from the agreement's date; a
ruled execution table (Participant | Signed by | Position | Date) on its own page, signed on
two days, whose order differs from the cover's; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

COMMISSIONERS = [
    "Kettlemoor Metropolitan Borough Council",
    "Lowfallow and Kettlemoor Integrated Care Board",
]
PROVIDERS = [
    "Kettlemoor Community Healthcare NHS Trust",
    "Kettlemoor General Hospital NHS Foundation Trust",
    "Kettlemoor Primary Care Alliance",
    "Brightlea Home Care Limited",
    "Kettlemoor Age Well",
]

EXECUTION = [
    (
        "Kettlemoor Metropolitan Borough Council",
        "Anil Sharma",
        "Executive Director, Adults and Health",
        "22/09/2025",
    ),
    (
        "Lowfallow and Kettlemoor Integrated Care Board",
        "Claire Duggan",
        "Place Director",
        "22/09/2025",
    ),
    (
        "Kettlemoor Community Healthcare NHS Trust",
        "Tom Barraclough",
        "Chief Executive",
        "22/09/2025",
    ),
    ("Kettlemoor Primary Care Alliance", "Dr Nisha Rao", "Chair", "22/09/2025"),
    (
        "Kettlemoor General Hospital NHS Foundation Trust",
        "Jane Haworth",
        "Chief Executive",
        "29/09/2025",
    ),
    ("Kettlemoor Age Well", "Bernard Oduya", "Chief Executive", "29/09/2025"),
    ("Brightlea Home Care Limited", "Sue Lister", "Managing Director", "29/09/2025"),
]

VALUES = [
    "What matters to the person comes first",
    "We succeed or fail together",
    "Trust, not contract, governs how we behave",
]

FILLER = (
    "Each Alliance Participant will act in good faith, share information openly and take "
    "decisions in the best interests of the Service rather than of its own organisation. "
)


def write(path: Path) -> None:
    longest = max(len(COMMISSIONERS), len(PROVIDERS))
    pad = lambda items: items + [""] * (longest - len(items))  # noqa: E731
    cover_rows = "".join(
        f"<tr><td>{c}</td><td>{p}</td></tr>"
        for c, p in zip(pad(COMMISSIONERS), pad(PROVIDERS), strict=True)
    )
    execution = "".join(
        f"<tr><td>{o}</td><td>{n}</td><td>{p}</td><td>{d}</td></tr>" for o, n, p, d in EXECUTION
    )
    values = "".join(f"<li>{v}</li>" for v in VALUES)
    body = f"""
<h1 style="margin-top:30mm">Kettlemoor Ageing Well Alliance Agreement</h1>
<p>Dated 29 September 2025</p>
<p style="margin-top:10mm">This Agreement is made between the following organisations (the
"Alliance Participants"):</p>
<table><thead><tr><th>Commissioners</th><th>Providers</th></tr></thead>
<tbody>{cover_rows}</tbody></table>

<h2 class="new-page">1. Purpose</h2>
<p>1.1 The Alliance Participants will together plan and deliver community services for people
over 65 in Kettlemoor (the "Service"), with one shared outcomes framework and a single
budget, to help older people stay well at home. {FILLER}</p>

<h2>2. Term</h2>
<p>2.1 This Agreement starts on 1 October 2025 and runs for five years. The Alliance Board has
met in shadow form since April.</p>

<h2>3. Values</h2>
<ol>{values}</ol>

<h2>4. Governance</h2>
<p>4.1 The Alliance Board is made up of one member from each Alliance Participant and takes
decisions unanimously.</p>
<p>4.2 The Alliance Leadership Team manages the Service day to day and reports to the Alliance
Board.</p>
<p>4.3 Six Neighbourhood Ageing Well Teams, one for each primary care network, deliver the
Service. The Alliance Board reports twice a year to the Kettlemoor Health and Care Partnership,
which oversees health and care in Kettlemoor as a place.</p>

<h2>5. Risk and reward</h2>
<p>5.1 {FILLER}{FILLER}</p>

<h2>6. Leaving the Alliance</h2>
<p>6.1 An Alliance Participant may leave on twelve months' notice. {FILLER}</p>

<h2 class="new-page">Execution</h2>
<p>Signed for and on behalf of each Alliance Participant by its authorised signatory:</p>
<table><thead><tr><th>Alliance Participant</th><th>Signed by</th><th>Position</th>
<th style="width:14%">Date</th></tr></thead><tbody>{execution}</tbody></table>
"""
    css = page_css(
        footer="Kettlemoor Ageing Well Alliance Agreement - executed version",
        header="Kettlemoor Ageing Well Alliance",
    )
    write_pdf(body=body, css=css, path=path)
