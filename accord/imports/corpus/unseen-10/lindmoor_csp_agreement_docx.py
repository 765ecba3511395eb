"""Lindmoor community safety partnership agreement, as a DOCX without heading styles.

What it tests: the parties only in the title, as a comma list ("Community Safety Partnership
Agreement between A, B, C, D and the E"), in a bold paragraph that Word wraps; bold
headings numbered "Part 1" to "Part 5" with a colon and a name; the body uses "the
responsible authorities"; the partnership's resolution in the minutes style "RESOLVED: (1)
to agree ... (2) to recommend ... (3) to note ..." on a numeric date "6/10/25"; a future
adoption by "the governing board of each responsible authority" (a class actor) by a month
("by the end of December 2025"); a strategy group, three neighbourhood tasking groups and a
scrutiny committee; "in the new year" (not a date).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, new_document


def write(path: Path) -> None:
    d = new_document()
    bold_heading(
        d,
        "Community Safety Partnership Agreement between Lindmoor City Council, Lindmoor "
        "Police, Fellgarth Fire and Rescue Authority, Fellgarth and Drummock Integrated Care "
        "Board and the Probation Service",
        size=16,
    )
    bold_heading(d, "Part 1: Why this agreement")
    d.add_paragraph(
        "The Crime and Disorder Act 1998 requires the responsible authorities to work "
        "together to reduce crime and disorder, substance misuse and reoffending in Lindmoor. "
        "This agreement sets out how they will do so through the Lindmoor Community Safety "
        "Partnership."
    )
    bold_heading(d, "Part 2: Priorities")
    d.add_paragraph(
        "For 2025-2028 the priorities are violence against women and girls, serious "
        "violence, anti-social behaviour and retail crime in the city centre."
    )
    bold_heading(d, "Part 3: Structure")
    d.add_paragraph(
        "The Partnership is led by the Lindmoor Community Safety Strategy Group of senior "
        "officers. Three Neighbourhood Tasking Groups, one for each policing area, deal with "
        "local problems. The Partnership reports to the Council's Safer Communities Scrutiny "
        "Committee once a year."
    )
    bold_heading(d, "Part 4: Information sharing")
    d.add_paragraph(
        "The responsible authorities will share information under section 115 of the Act, "
        "following the Lindmoor information sharing protocol."
    )
    bold_heading(d, "Part 5: Agreement")
    d.add_paragraph("At its meeting on 6/10/25 the Lindmoor Community Safety Partnership RESOLVED:")
    for item in [
        "(1) to agree this Partnership Agreement;",
        "(2) to recommend it to the governing board of each responsible authority for "
        "adoption by the end of December 2025; and",
        "(3) to note that the agreement will be reviewed when the new police and crime plan "
        "is published in the new year.",
    ]:
        d.add_paragraph(item)
    d.save(path)
