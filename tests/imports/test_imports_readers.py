"""The readers issue 13 added, each on a real file built here: Word tables with merged cells,
a PDF's ruled tables, decision notices without numbered headings, approvals told in prose,
parties named inline, and dates at the precision printed."""

from __future__ import annotations

import io
from html import escape

from docx import Document
from docx.shared import Pt

from accord.imports.evaluation import FIELDS, Score, gold_pairs, load_gold, overall, score
from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import CORPUS, THURROCK

UNSEEN = CORPUS / "unseen-1"


def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _ruled_pdf(body: str) -> bytes:
    """HTML laid out by WeasyPrint with ruled tables, as a council's PDF is."""
    from weasyprint import HTML

    css = (
        "@page { size: A4; margin: 20mm } body { font: 10pt sans-serif } "
        "table { border-collapse: collapse; width: 100% } "
        "td, th { border: 1px solid black; padding: 3pt; text-align: left }"
    )
    return HTML(
        string=f"<html><head><style>{css}</style></head><body>{body}</body></html>"
    ).write_pdf()


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{cells}</tr>{body}</table>"


def _steps(result) -> list[tuple[str, str]]:
    return [(step["body"], step["action"]) for step in result["approval_steps"]]


def _parties(result) -> list[tuple[str, str]]:
    return [(party["name"], party["category"]) for party in result["parties"]]


def test_a_word_party_table_with_a_category_merged_down_gives_parties_with_categories():
    document = Document()
    document.add_heading("Penhallow Youth Partnership Memorandum of Understanding", level=1)
    document.add_heading("1. Introduction", level=2)
    document.add_paragraph("This memorandum sets out how the partners work together.")
    document.add_heading("2. Members of the Partnership", level=2)
    document.add_paragraph("The members of the Partnership are set out in the table below.")
    rows = [
        ("Statutory", "Penhallow Borough Council", "Director of Children's Services"),
        ("Statutory", "Penhallow Constabulary", "Superintendent, Local Policing"),
        ("Statutory", "NHS Penhallow Integrated Care Board", "Chief Nursing Officer"),
        ("Voluntary sector", "Penhallow Youth Trust", "Chief Executive"),
        ("Voluntary sector", "Carn Street Community Interest Company", "Director"),
    ]
    table = document.add_table(rows=1 + len(rows), cols=3)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ("Category", "Organisation", "Represented by"), strict=True
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    for index, (_, organisation, post) in enumerate(rows, start=1):
        table.cell(index, 1).text = organisation
        table.cell(index, 2).text = post
    # The category is printed once per group, in a cell merged down over the group.
    table.cell(1, 0).merge(table.cell(3, 0)).text = "Statutory"
    table.cell(4, 0).merge(table.cell(5, 0)).text = "Voluntary sector"
    document.add_heading("3. Approval", level=2)
    document.add_paragraph(
        "The Penhallow Youth Partnership Board agreed this Memorandum on 14 March 2025."
    )
    result = extract(read_document(_docx_bytes(document), "penhallow.docx"))

    assert _parties(result) == [(name, category) for category, name, _ in rows]
    names = {name for name, _ in _parties(result)}
    assert not names & {post for _, _, post in rows}  # the representatives are posts
    assert ("Penhallow Youth Partnership Board", "agree") in _steps(result)
    assert {"date": "2025-03-14"}.items() <= result["dates"][-1].items()


def test_bold_paragraphs_are_headings_in_a_word_file_without_heading_styles():
    document = Document()
    title = document.add_paragraph()
    title.add_run("Trewarren Food Partnership Memorandum of Understanding").bold = True
    headings = ("Purpose of the partnership", "How the partners will work", "Review")
    for heading in headings:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(heading)
        run.bold, run.font.size = True, Pt(12)
        document.add_paragraph("The partners will meet four times a year to plan the work.")
    # A bold phrase inside a sentence is emphasis, not a heading.
    paragraph = document.add_paragraph("Partners ")
    paragraph.add_run("must").bold = True
    paragraph.add_run(" share their plans with each other.")
    result = extract(read_document(_docx_bytes(document), "trewarren.docx"))
    assert result["title"]["value"] == "Trewarren Food Partnership Memorandum of Understanding"
    assert [section["label"] for section in result["sections"]] == list(headings)
    assert "must share their plans" in result["sections"][-1]["text"]


def test_a_pdf_document_control_table_and_signature_table_give_the_route_and_the_days():
    body = (
        "<h1>Polgrain Hospital Discharge Information Sharing Agreement</h1>"
        "<h2>Document control</h2>"
        + _table(
            ["Version", "Date", "Summary", "Agreed by"],
            [
                ["0.2", "10/01/2025", "Draft for comment", "\u2013"],
                [
                    "1.0",
                    "06/02/2025",
                    "Final text",
                    "Polgrain Discharge Board (completed 6 February 2025)",
                ],
            ],
        )
        + "<h2>1. Purpose</h2><p>This agreement lets the partners share information about"
        " patients who are ready to leave hospital.</p>"
        "<h2>2. Partners</h2><ul><li>Polgrain District Council</li>"
        "<li>Polgrain Hospitals NHS Foundation Trust</li></ul>"
        "<h2>3. Signatures</h2>"
        + _table(
            ["Partner", "Name", "Role", "Signature", "Date"],
            [
                [
                    "Polgrain District Council",
                    "A. Tremayne",
                    "Chief Executive",
                    "signed",
                    "17/02/2025",
                ],
                [
                    "Polgrain Hospitals NHS Foundation Trust",
                    "B. Nance",
                    "Chief Executive",
                    "signed",
                    "24/02/2025",
                ],
            ],
        )
    )
    result = extract(read_document(_ruled_pdf(body), "polgrain.pdf"))

    assert _steps(result) == [
        ("Polgrain Discharge Board", "agree"),
        ("Polgrain District Council", "sign"),
        ("Polgrain Hospitals NHS Foundation Trust", "sign"),
    ]
    days = [entry["date"] for entry in result["dates"]]
    assert {"2025-02-06", "2025-02-17", "2025-02-24"} <= set(days)
    assert all(len(day) == 10 for day in days)  # every date here prints its day
    assert {name for name, _ in _parties(result)} == {
        "Polgrain District Council",
        "Polgrain Hospitals NHS Foundation Trust",
    }


DECISION_NOTICE = """\
Tregony Borough Council

Record of Cabinet decision

Item 7
Tregony Carers Partnership Memorandum of Understanding

Decision maker: Cabinet
Date of decision: Wednesday 9th April 2025
Key decision: Yes

Summary

The Memorandum sets out how Tregony Borough Council, NHS Tregony Integrated Care Board
and Tregony Carers Trust will support unpaid carers. The Health and Wellbeing Board
endorsed the Memorandum on 19 March 2025.

Decision

RESOLVED, that Cabinet:
(1) approves the Tregony Carers Partnership Memorandum of Understanding;
(2) notes the action plan for 2025/26;
(3) delegates authority to the Director of Adult Services to sign the Memorandum.

Reasons for the decision

A shared agreement was asked for by carers in February this year.

Alternative options considered and rejected

To carry on without an agreement.
"""


def test_a_decision_notice_without_numbered_headings_is_read_by_its_labels():
    result = extract(read_document(DECISION_NOTICE.encode(), "tregony.txt"))

    assert result["kind"] == "decision_notice"
    assert result["title"]["value"] == "Tregony Carers Partnership Memorandum of Understanding"
    labels = [section["label"] for section in result["sections"]]
    assert labels[-4:] == [
        "Summary",
        "Decision",
        "Reasons for the decision",
        "Alternative options considered and rejected",
    ]
    assert _steps(result) == [
        ("Health and Wellbeing Board", "endorse"),
        ("Cabinet", "approve"),
        ("Cabinet", "note"),
        ("Cabinet", "delegate"),
    ]
    days = {entry["date"] for entry in result["dates"]}
    # A weekday and an ordinal, a long date, and a month placed by the decision's own year;
    # "2025/26" is a financial year, not a date.
    assert {"2025-04-09", "2025-03-19", "2025-02"} <= days
    assert not any(day.startswith("2026") for day in days)


def test_numeric_dates_are_read_day_first_at_the_precision_printed():
    text = (
        "Lanivet Community Safety Memorandum of Understanding\n\n"
        "1. Approval\n\n"
        "The Lanivet Safer Communities Board agreed this Memorandum on 05/09/2024.\n"
        "The Lanivet Police and Crime Panel noted it on 16.9.2024.\n"
        "It will be reviewed in March 2026.\n"
    )
    result = extract(read_document(text.encode(), "lanivet.txt"))
    days = [entry["date"] for entry in result["dates"]]
    assert days == ["2024-09-05", "2024-09-16", "2026-03"]
    assert _steps(result) == [
        ("Lanivet Safer Communities Board", "agree"),
        ("Lanivet Police and Crime Panel", "note"),
    ]


def test_parties_named_inline_in_a_deed_keep_their_names_as_printed():
    text = (
        "PARTNERSHIP AGREEMENT\n\n"
        "THIS AGREEMENT is dated the 28th day of March 2025 and is made BETWEEN:\n\n"
        "(1) THE COUNCIL OF THE BOROUGH OF ST KEVERNE of Town Hall, St Keverne (the "
        "\u201cCouncil\u201d); and\n"
        "(2) NHS ST KEVERNE INTEGRATED CARE BOARD of Quay House, St Keverne (the "
        "\u201cICB\u201d).\n\n"
        "1. DEFINITIONS\n\nIn this Agreement the words below have the meanings given.\n"
    )
    result = extract(read_document(text.encode(), "st-keverne.txt"))
    names = [name for name, _ in _parties(result)]
    assert names == [
        "THE COUNCIL OF THE BOROUGH OF ST KEVERNE",
        "NHS ST KEVERNE INTEGRATED CARE BOARD",
    ]
    assert "2025-03-28" in {entry["date"] for entry in result["dates"]}


def _corpus_scores(folder) -> tuple[dict[str, Score], Score]:
    """Every item of the folder's documents counted once, per field and overall."""
    totals = {name: Score() for name in FIELDS}
    everything = Score()
    for document, gold in gold_pairs(folder):
        result = extract(read_document(document.read_bytes(), document.name))
        scores = score(result, load_gold(gold))
        for name in FIELDS:
            totals[name].add(scores[name])
        everything.add(overall(scores))
    return totals, everything


def test_the_first_unseen_batch_stays_above_the_goal_of_the_issue():
    """Guards what the general rules reach on unseen-1 (every field 0.8, overall 0.9): a
    change that helps one document by breaking a rule shows here."""
    totals, everything = _corpus_scores(UNSEEN)
    assert {name: round(s.f1, 3) for name, s in totals.items() if s.f1 < 0.8} == {}
    assert everything.f1 >= 0.9


def test_thurrock_keeps_every_field_it_had_before_the_issue():
    totals, _ = _corpus_scores(THURROCK)
    assert {name: s.f1 for name, s in totals.items() if name != "bodies" and s.f1 < 1} == {}


def test_a_list_is_values_only_when_its_own_lead_in_says_so():
    text = (
        "Trelask Carers Compact\n\n"
        "1. Changes\n\n"
        "The revised Compact keeps the values of the first one. The main changes are:\n\n"
        "- a new forum for carers\n"
        "- a yearly report to the Board\n\n"
        "2. Values\n\n"
        "Our shared values are:\n\n"
        "- Honesty\n"
        "- Respect for carers\n"
    )
    result = extract(read_document(text.encode(), "trelask.txt"))
    assert [value["text"] for value in result["values"]] == ["Honesty", "Respect for carers"]


def test_each_version_in_a_document_history_table_is_a_dated_event():
    text = (
        "Terms of Reference of the Polperro Youth Forum\n\n"
        "Document history\n\n"
        "Version   Date         Summary of changes\n"
        "1.0       14/03/2019   First terms of reference\n"
        "2.0       02/06/2021   Membership widened to the voluntary sector\n\n"
        "1. Purpose\n\n"
        "1.1 The Forum gives young people a say in the services they use.\n"
    )
    result = extract(read_document(text.encode(), "polperro.txt"))
    events = {entry["date"]: entry["what"] for entry in result["dates"]}
    assert events["2019-03-14"].startswith("version 1.0, First terms of reference")
    assert "Membership widened" in events["2021-06-02"]


def test_levels_are_read_when_the_word_level_is_not_used():
    def levels(sentence: str) -> list[str]:
        text = f"Trebarwith Memorandum of Understanding\n\n1. Scope\n\n{sentence}\n"
        return extract(read_document(text.encode(), "trebarwith.txt"))["levels"]

    assert levels("The ICB sets system-wide priorities for frailty services.") == ["system"]
    assert levels(
        "Trebarwith is one of four places in the Kernow and Tamar Integrated Care System."
    ) == ["system"]
    assert levels(
        "It covers the Trebarwith place of the Kernow and Tamar Integrated Care System."
    ) == ["place"]
    assert levels("Services are planned at place with the voluntary sector.") == ["place"]
    # "system" and "place" in their everyday senses are no level.
    assert levels("A new booking system will be put in place by the partners.") == []


def test_a_delegation_to_sign_the_agreement_is_a_step_and_other_delegations_are_not():
    def steps(purpose: str) -> list[tuple[str, str]]:
        text = (
            "Record of an officer decision\n\nDecision title: Porthleven Family Hubs Partnership "
            "Agreement\nDecision taker: Director of Place\n\n1. Background\n\n"
            "1.1 On 2 May 2024 Cabinet agreed that the Council should open family hubs, and "
            f"delegated authority to the Director of Place {purpose}.\n"
        )
        return _steps(extract(read_document(text.encode(), "porthleven.txt")))

    assert ("Cabinet", "delegate") in steps("to agree and sign a partnership agreement")
    assert ("Cabinet", "delegate") not in steps("to choose the sites of the hubs")
