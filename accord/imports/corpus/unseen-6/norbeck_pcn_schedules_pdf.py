"""Norbeck North primary care network agreement schedules, as a PDF.

What it tests: the schedules of a PCN network agreement (kind `other`); a key-facts table drawn
without lines ("Nominated payee", "Start date"); the members only in a ruled table with two
full-width band rows ("Core Network Practices", "Other members"), an ODS code column, a
"Signed for the member by" column of posts and a "Date signed" column with numeric dates
without leading zeros (`31/3/2025`), the non-signatory members marked as such; a practice that
joined later and signed on a later day; the Network Board's agreement in prose; running header
and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CORE = [
    ("Castle Street Surgery", "N81011", "Senior Partner", "31/3/2025"),
    ("Norbeck Health Centre", "N81024", "Senior Partner", "31/3/2025"),
    ("The Willows Medical Practice", "N81037", "Practice Manager", "3/4/2025"),
    ("Oakfield Medical Practice", "N81052", "Senior Partner", "1/10/2025"),
]
OTHER = [
    ("Sile Community Health NHS Trust", "RQ3", "not a signatory", ""),
    ("Norbeck Social Prescribing CIC", "-", "not a signatory", ""),
]

FILLER = (
    "Each member will keep its own contract with the commissioner and its own registered list; "
    "nothing in these schedules transfers patients or staff between members. "
)


def _rows(rows) -> str:
    return "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows
    )


def write(path: Path) -> None:
    facts = "".join(
        f"<tr><td style='border:none;width:35%'><b>{k}</b></td><td style='border:none'>{v}</td></tr>"
        for k, v in [
            ("Network name", "Norbeck North Primary Care Network"),
            ("Commissioner", "Norbeck and Sile Integrated Care Board"),
            ("Clinical Director", "Dr Anjali Mistry"),
            ("Nominated payee", "Castle Street Surgery"),
            ("Start date", "1 April 2025"),
        ]
    )
    body = f"""
<h1>Norbeck North Primary Care Network Agreement: Schedules</h1>
<p class="small">Made under the Network Contract Directed Enhanced Service</p>

<h2>Schedule 1: Network details</h2>
<table style="border:none">{facts}</table>
<p>{FILLER}</p>

<h2>Schedule 2: Members of the Network</h2>
<table>
<thead><tr><th>Member</th><th style="width:14%">ODS code</th><th style="width:26%">Signed for the member by</th>
<th style="width:16%">Date signed</th></tr></thead>
<tbody>
<tr><td class="group" colspan="4">Core Network Practices</td></tr>
{_rows(CORE)}
<tr><td class="group" colspan="4">Other members</td></tr>
{_rows(OTHER)}
</tbody></table>
<p>Oakfield Medical Practice joined the Network when its branch surgery moved into the Norbeck
North area.</p>

<h2>Schedule 3: Governance and decision-making</h2>
<p>The Network Board is made up of one GP partner from each core network practice and meets
monthly. The Clinical Director represents the Network on the Norbeck Place Partnership Board.
The other members attend the Network Board for items that concern them but do not vote.
{FILLER}</p>
<p>The core network practices agreed this Network Agreement at a meeting of the Network Board on
20 March 2025, and it was then signed as shown in Schedule 2.</p>

<h2>Schedule 4: Finance</h2>
<p>Payments under the Network Contract are made to the nominated payee, which passes them to the
members in the shares agreed by the Network Board each year. {FILLER}{FILLER}</p>
"""
    css = page_css(
        footer="Norbeck North PCN - Network Agreement Schedules",
        header="Norbeck North Primary Care Network",
    )
    write_pdf(body=body, css=css, path=path)
