"""Kingsmarsh joint commissioning board terms of reference, as a PDF with a cover letter.

What it tests: a covering letter on page 1 (letterhead, date, "Dear ...", "Yours sincerely")
before the document itself, which starts on page 2 with a two-line title; the letter repeats
the approvals that section 5 gives (same events); numbered headings; a ruled membership
table whose category column ("Membership": Voting / Advisory) is on the right of a
"Represented by" column of posts; running header and footer from page 2.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    (
        "Kingsmarsh City Council",
        "Director of Adult Social Care; Director of Children's Services",
        "Voting",
    ),
    (
        "Vale of Kings Integrated Care Board",
        "Director of Integrated Commissioning; Head of Commissioning",
        "Voting",
    ),
    ("Kingsmarsh Community Healthcare NHS Trust", "Director of Operations", "Advisory"),
    ("Kingsmarsh Council for Voluntary Service", "Chief Executive", "Advisory"),
    ("Healthwatch Kingsmarsh", "Manager", "Advisory"),
]


def write(path: Path) -> None:
    rows = "".join(f"<tr><td>{o}</td><td>{r}</td><td>{m}</td></tr>" for o, r, m in MEMBERS)
    body = f"""
<div style="text-align:right; font-size:9pt">
<p><b>Kingsmarsh City Council</b><br>Adults and Communities Directorate<br>Guildhall, Kingsmarsh KM1 2AB</p>
</div>
<p>20 October 2025</p>
<p>To: members of the Kingsmarsh Joint Commissioning Board</p>
<p>Dear colleague,</p>
<p>I enclose the terms of reference of the Kingsmarsh Joint Commissioning Board in their final
form. Since the Board agreed them at its first meeting, they have been approved by the
Cabinet of Kingsmarsh City Council and by the Kingsmarsh Place Committee of Vale of Kings
Integrated Care Board. No changes were made at either meeting.</p>
<p>Please keep this copy with your Board papers.</p>
<p>Yours sincerely,</p>
<p>Harriet Olumide<br>Director of Adult Social Care, Kingsmarsh City Council<br>Chair of the Board</p>

<div class="new-page">
<h1>Kingsmarsh Joint Commissioning Board<br>Terms of Reference</h1>
<h2>1. Purpose</h2>
<p>1.1 The Board commissions community health, social care and voluntary sector services for
adults and children in Kingsmarsh, using the budgets the council and the integrated care board
delegate to it. It is how the two organisations commission together for Kingsmarsh as a place.</p>
<h2>2. Membership</h2>
<p>2.1 The member organisations, and the posts that represent them, are:</p>
<table>
<thead><tr><th style="width:40%">Organisation</th><th>Represented by</th><th style="width:16%">Membership</th></tr></thead>
<tbody>{rows}</tbody></table>
<p>2.2 Advisory members take part in discussion but do not vote.</p>
<h2>3. Quorum and voting</h2>
<p>3.1 The Board is quorate when one voting representative of each voting member is present.
Decisions are made by consensus of the voting members; if they cannot agree, the matter goes
back to each organisation.</p>
<h2>4. Reporting</h2>
<p>4.1 The Board reports twice a year to the Kingsmarsh Health and Wellbeing Board.</p>
<h2>5. Approval and review</h2>
<p>5.1 These terms of reference were agreed by the Board at its first meeting on 2 October
2025. They were then approved by the Cabinet of Kingsmarsh City Council on 8 October 2025 and
by the Kingsmarsh Place Committee of Vale of Kings Integrated Care Board on 16 October
2025.</p>
<p>5.2 They will be reviewed in October 2026.</p>
</div>
"""
    css = (
        page_css(
            footer="Kingsmarsh Joint Commissioning Board - Terms of Reference",
            header="Kingsmarsh Joint Commissioning Board",
        )
        + "@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }\n"
    )
    write_pdf(body=body, css=css, path=path)
