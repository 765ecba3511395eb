"""A partnership board's record of decision as a DOCX typed without heading styles: the
headings are bold Normal paragraphs, the facts are "Label: value" lines, and the decision is
written in the third person present ("The ... Board agrees ..., notes ..., delegates ...")."""

from __future__ import annotations

from pathlib import Path

from docx_common import bold_heading, bullets, new_document, paras


def write_ravensholme(path: Path) -> None:
    document = new_document(
        title="Record of Decision RHCPB/2021/14",
        author="Ravensholme Health and Care Partnership",
        footer="Ravensholme Health and Care Partnership Board – Record of Decision RHCPB/2021/14",
    )
    bold_heading(document, "Ravensholme Health and Care Partnership Board", size=14)
    bold_heading(document, "Record of Decision", size=13)
    paras(
        document,
        "Subject: Ravensholme Integrated Neighbourhood Teams Partnership Agreement",
        "Meeting: 22 October 2021, held in public at Ravensholme Town Hall and online",
        "Decision reference: RHCPB/2021/14",
        "Report of: Director of Integrated Care",
    )

    bold_heading(document, "Background")
    paras(
        document,
        "Since April 2021 a pilot integrated neighbourhood team in Kirkgate has brought district "
        "nurses, social workers, therapists, a mental health practitioner and a voluntary sector "
        "link worker together in one team, based in the Kirkgate Health Centre and working with "
        "the four GP practices there. The evaluation of the pilot, published in September this "
        "year, found fewer emergency admissions among the people the team supported and much "
        "better feedback from patients and carers.",
        "The Ravensholme Integrated Neighbourhood Teams Partnership Agreement sets out how the "
        "partners will extend this model to every neighbourhood in the borough. The Agreement is "
        "between Ravensholme Metropolitan Borough Council, NHS Ravensholme Clinical Commissioning "
        "Group, Ravensholme and Brayford Hospitals NHS Trust, Brayford Community and Mental Health "
        "NHS Foundation Trust, Ravensholme Primary Care Alliance and Voluntary Action Ravensholme.",
        "Integrated neighbourhood teams work at community level, in neighbourhoods of 30,000 to "
        "50,000 people. The Partnership Board works at place level, for Ravensholme as a whole, "
        "and oversees the teams through the neighbourhood leads.",
    )

    bold_heading(document, "Decision of the Partnership Board")
    paras(document, "The Ravensholme Health and Care Partnership Board:")
    bullets(
        document,
        [
            "agrees the Ravensholme Integrated Neighbourhood Teams Partnership Agreement at "
            "Appendix A;",
            "notes the results of the evaluation of the Kirkgate pilot;",
            "endorses the plan to extend integrated neighbourhood teams to all six neighbourhoods "
            "by 31 March 2023;",
            "recommends the Agreement to the governing bodies of the NHS Ravensholme Clinical "
            "Commissioning Group and of the Council for approval;",
            "delegates authority to the Director of Integrated Care to agree the final wording of "
            "the schedules to the Agreement with the partners and to arrange its signature.",
        ],
    )

    bold_heading(document, "Reasons for the decision")
    paras(
        document,
        "The pilot has shown that integrated teams improve care and reduce pressure on the "
        "hospital. A written agreement is needed before staff from different employers can be "
        "managed as one team in each neighbourhood, and before budgets for community services "
        "can be aligned.",
    )

    bold_heading(document, "Options considered and rejected")
    paras(
        document,
        "To continue the pilot in Kirkgate only for a further year. Rejected: the evidence is "
        "strong enough to extend the model, and the other neighbourhoods have asked for it.",
        "To transfer all community staff to a single employer. Rejected: this would take at "
        "least two years and the partners do not think it necessary to achieve the benefits.",
    )

    bold_heading(document, "Conflicts of interest")
    paras(
        document,
        "Dr Helen Marsh-Oduya, Clinical Director of Ravensholme Primary Care Alliance, declared "
        "an interest as a GP partner in Kirkgate. The Chair ruled that she could take part, as "
        "the decision brings no financial benefit to any practice.",
    )

    bold_heading(document, "Implementation")
    paras(
        document,
        "The Agreement will be presented to the Governing Body of NHS Ravensholme Clinical "
        "Commissioning Group on 16.11.2021 and to the Council's Cabinet on 23.11.2021 for "
        "approval. Subject to those approvals, it will be signed by the partners at the "
        "Partnership Board's next meeting on 17 December 2021 and will take effect on 1 January "
        "2022.",
        "The Ravensholme Health and Wellbeing Board will receive a progress report on the "
        "roll-out of the teams every six months.",
    )
    paras(document, "", "Signed: Chair, Ravensholme Health and Care Partnership Board")
    document.save(path)
