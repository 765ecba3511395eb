"""An officer decision record as a DOCX in which everything after the title block sits in a
two-column form table (label | content): no headings at all, the parties named inline in
the decision, and the approval told in the "Consultation" row."""

from __future__ import annotations

from pathlib import Path

from docx_common import bold_heading, form_table, new_document, paras

ROWS = [
    ("Decision title", "Oxendale Suicide Prevention Partnership Memorandum of Understanding"),
    ("Decision reference", "OX/DPH/2024/09"),
    ("Decision maker", "Director of Public Health"),
    (
        "Delegated authority",
        "Constitution, Part 3, Scheme of Delegation to Officers, paragraph 14: the Director of "
        "Public Health may agree and sign non-binding agreements with partners on public health "
        "matters.",
    ),
    ("Date of decision", "16 September 2024"),
    (
        "Decision",
        "To agree the Oxendale Suicide Prevention Partnership Memorandum of Understanding and "
        "to sign it on behalf of Oxendale Council.\n\n"
        "The other signatories to the Memorandum are Oxendale and Fellgate Integrated Care "
        "Board, Fellgate Partnership NHS Foundation Trust, Fellgate Constabulary, Oxendale "
        "Listening Line and Oxendale Men's Sheds Network.",
    ),
    (
        "Reasons for the decision",
        "Oxendale's suicide rate has been above the England average for six of the last seven "
        "years. The Oxendale Suicide Prevention Strategy, adopted by the Oxendale Health and "
        "Wellbeing Board in January 2024, asks partners to commit to shared actions, including "
        "a real-time surveillance system for suspected suicides and support for people "
        "bereaved by suicide. The Memorandum sets out those commitments and how partners will "
        "share information for the surveillance system.\n\n"
        "The Memorandum is not legally binding and has no financial implications beyond "
        "existing budgets.",
    ),
    (
        "Alternative options considered",
        "To continue without a written agreement. Rejected, because the police and the NHS "
        "need an agreed basis for sharing information about suspected suicides quickly.",
    ),
    (
        "Consultation",
        "The Oxendale Suicide Prevention Partnership agreed the text of the Memorandum on 3 "
        "September 2024. The Cabinet Member for Health and Wellbeing was consulted on 10 "
        "September 2024 and supports the decision.",
    ),
    ("Financial implications", "None beyond existing budgets."),
    ("Legal implications", "None. The Memorandum is a statement of intent."),
    ("Declarations of interest", "None."),
    (
        "Review",
        "The partners will review the Memorandum in September 2025, or sooner if national "
        "guidance changes.",
    ),
    (
        "Publication",
        "This record will be published on the Council's website by 20 September 2024.",
    ),
    ("Signed", "Director of Public Health (signed)\n\nDate: 16 September 2024"),
]


def write_oxendale(path: Path) -> None:
    document = new_document(
        title="Officer Decision Record OX/DPH/2024/09",
        author="Oxendale Council",
        footer="Oxendale Council – Officer Decision Record",
    )
    bold_heading(document, "Oxendale Council", size=14)
    bold_heading(document, "Officer Decision Record", size=13)
    paras(document, "Record of an executive decision taken by an officer under delegated powers.")
    form_table(document, ROWS)
    document.save(path)
