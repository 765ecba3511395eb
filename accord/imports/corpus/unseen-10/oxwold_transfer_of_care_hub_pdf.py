"""Oxwold transfer of care hub agreement, as a PDF set as a form on every page.

What it tests: the whole text is inside ruled two-column tables (heading cell on the left,
text on the right), one table per page, as many NHS templates lay out short agreements; the
title sits in the first table's top row; the partners listed in a cell after "The partners to
this agreement are:" with their sector as a bracketed note to drop; agreement by an urgent
and emergency care board and approvals by two directors (offices) in the "Agreed" row; dates written
"6th day of October 2025" and day-first numeric; "from next month" (resolved from the
agreement date); running header "OFFICIAL" and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CSS_EXTRA = """
table.form td.label { width: 28%; font-weight: bold; background: #eef2f7; }
table.form td.title { font-size: 15pt; font-weight: bold; text-align: center; padding: 4mm; }
"""

PAGE1 = [
    (
        "1. Purpose",
        "<p>This agreement sets out how the partners will run the Oxwold Transfer of Care Hub, a "
        "single team that plans the discharge of every adult from Oxwold General Hospital and "
        "Norrington Community Hospital who needs support after leaving hospital.</p>"
        "<p>The Hub brings together discharge nurses, social workers, therapists and housing "
        "officers in one office, with one list of patients and one daily meeting.</p>",
    ),
    (
        "2. Partners",
        "<p>The partners to this agreement are:</p><ul>"
        "<li>Oxwold County Council (adult social care)</li>"
        "<li>Norrington and Oxwold Integrated Care Board</li>"
        "<li>Oxwold Hospitals NHS Foundation Trust</li>"
        "<li>Oxwold Community Healthcare NHS Trust</li>"
        "<li>Norrington District Council (housing)</li>"
        "<li>Age Concern Oxwold (home from hospital service)</li></ul>",
    ),
    (
        "3. Scope",
        "<p>Pathways 1 to 3 of the national discharge guidance. Pathway 0 discharges stay with "
        "the ward teams. The Hub serves the Oxwold place of the Norrington and Oxwold integrated "
        "care system.</p>",
    ),
]
PAGE2 = [
    (
        "4. Governance",
        "<p>The Hub Operational Group meets weekly and reports to the Oxwold Urgent and "
        "Emergency Care Board, which monitors delays and length of stay. The Hub manager is "
        "employed by the Foundation Trust and managed jointly with the Council.</p>",
    ),
    (
        "5. Money",
        "<p>Staff stay employed by their own organisations. The ICB and the Council fund the "
        "Hub manager and the data analyst from the Better Care Fund.</p>",
    ),
    (
        "6. Start and review",
        "<p>The Hub opens from next month. The partners will review this agreement after "
        "twelve months.</p>",
    ),
    (
        "7. Agreed",
        "<p>Agreed by the Oxwold Urgent and Emergency Care Board on the 6th day of October 2025."
        "</p><p>Approved for the ICB by the Director of Place on 9/10/2025, and for the "
        "Council by the Director of Adult Social Care on 10/10/2025.</p>",
    ),
]


def _table(rows: list[tuple[str, str]], title: str = "") -> str:
    head = f'<tr><td class="title" colspan="2">{title}</td></tr>' if title else ""
    body = "".join(f'<tr><td class="label">{a}</td><td>{b}</td></tr>' for a, b in rows)
    return f'<table class="form">{head}{body}</table>'


def write(path: Path) -> None:
    body = (
        _table(PAGE1, "Oxwold Transfer of Care Hub Partnership Agreement")
        + '<div class="new-page"></div>'
        + _table(PAGE2)
    )
    css = (
        page_css(footer="Oxwold Transfer of Care Hub", header="OFFICIAL", plain_first_page=False)
        + CSS_EXTRA
    )
    write_pdf(body=body, css=css, path=path)
