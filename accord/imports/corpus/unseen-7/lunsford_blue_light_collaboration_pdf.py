"""Lunsford blue light collaboration agreement (Policing and Crime Act 2017 duty), as a PDF.

What it tests: decimal headings "1.0 Introduction"; the parties in a ruled table on the first
page whose left column ("Service": Fire and rescue, Police, Ambulance) is the category; the
Police and Crime Commissioner as an office that approves (not a party); a collaboration board
and a programme group; a ruled "Approval record" table (Stage | Body | Date) with dates
written "Mon 3 Nov 2025" and one month-only row ("Nov 2025"); a future review "in the autumn"
(skipped); running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "The parties will share estates, training and control room data where doing so improves "
    "the service to the public or saves money, and will record the benefits each year. "
)


def write(path: Path) -> None:
    body = f"""
<h1>Lunsford and Greave Blue Light Collaboration Agreement</h1>
<p>Made under the duty to collaborate in Part 1 of the Policing and Crime Act 2017</p>

<table style="width:75%"><thead><tr><th>Service</th><th>Organisation</th></tr></thead><tbody>
<tr><td>Fire and rescue</td><td>Lunsford and Greave Fire and Rescue Authority</td></tr>
<tr><td>Police</td><td>Lunsford Police</td></tr>
<tr><td>Ambulance</td><td>Greave Coast Ambulance Service NHS Trust</td></tr>
</tbody></table>

<h2>1.0 Introduction</h2>
<p>1.1 The Policing and Crime Act 2017 requires emergency services to keep collaboration
opportunities under review and to collaborate where it would be in the interests of their
efficiency or effectiveness. This Agreement records how the three organisations in the table
above will meet that duty in Lunsford and Greave. {FILL}</p>

<h2>2.0 Scope</h2>
<p>2.1 The Agreement covers shared stations, a joint control room, co-responding to cardiac
arrests and a joint approach to people who are missing. {FILL}</p>
<p>2.2 It does not cover the operational command of any service. {FILL}</p>

<h2>3.0 Governance</h2>
<p>3.1 The Lunsford and Greave Emergency Services Collaboration Board, made up of the chief
officers of the three services and the Police and Crime Commissioner for Lunsford and Greave,
directs the work. The Collaboration Programme Group manages the projects and reports to the
Board each month.</p>
<p>3.2 The Board reports once a year to the Lunsford and Greave Police and Crime Panel and to
the Fire and Rescue Authority. {FILL}</p>

<h2>4.0 Finance</h2>
<p>4.1 Each party meets its own costs unless the Board agrees a different split for a project.
{FILL}{FILL}</p>

<h2>5.0 Approval</h2>
<p>5.1 The Agreement was recommended by the Collaboration Board and approved by each
organisation as recorded below. It will be reviewed by the Board in the autumn.</p>
<table><thead><tr><th style="width:30%">Stage</th><th>Body</th><th style="width:22%">Date</th></tr></thead><tbody>
<tr><td>Recommended</td><td>Lunsford and Greave Emergency Services Collaboration Board</td><td>Mon 3 Nov 2025</td></tr>
<tr><td>Approved</td><td>Lunsford and Greave Fire and Rescue Authority</td><td>Thu 13 Nov 2025</td></tr>
<tr><td>Approved (decision PCC/2025/088)</td><td>Police and Crime Commissioner for Lunsford and Greave</td><td>Tue 18 Nov 2025</td></tr>
<tr><td>Approved</td><td>Trust Board of Greave Coast Ambulance Service NHS Trust</td><td>Nov 2025</td></tr>
</tbody></table>
"""
    css = page_css(
        footer="Lunsford and Greave Blue Light Collaboration Agreement",
        header="Lunsford and Greave Emergency Services Collaboration Board",
    )
    write_pdf(body=body, css=css, path=path)
