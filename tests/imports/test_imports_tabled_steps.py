"""An agreement whose approval clause points to a table of who approved it ("approved by
each partner as recorded below"): the table's rows are steps of its route."""

from docx import Document

from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import docx_bytes, step_pairs


def test_the_bodies_in_an_agreements_approval_table_join_the_route_its_prose_gives():
    document = Document()
    document.add_paragraph("Tolworth Place Partnership Memorandum of Understanding")
    document.add_paragraph("1. Purpose")
    document.add_paragraph("1.1 The partners will plan care for Tolworth together.")
    document.add_paragraph("2. Approval")
    document.add_paragraph(
        "2.1 This Memorandum was recommended by the Tolworth Partnership Board and "
        "approved by each partner as recorded below."
    )
    rows = [
        ("Stage", "Body", "Date"),
        ("Recommended", "Tolworth Partnership Board", "3 Nov 2025"),
        ("Approved", "Cabinet of Tolworth District Council", "13 Nov 2025"),
        ("Approved", "Board of Tolworth Integrated Care Board", "18 Nov 2025"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    result = extract(read_document(docx_bytes(document), "tolworth-mou.docx"))
    steps = step_pairs(result)
    assert ("Tolworth Partnership Board", "recommend") in steps
    assert ("Cabinet of Tolworth District Council", "approve") in steps
    assert ("Board of Tolworth Integrated Care Board", "approve") in steps


def test_a_body_called_by_the_last_words_of_its_name_is_the_one_the_paper_names_in_full():
    text = (
        "Tolworth Place Partnership Memorandum of Understanding\n\n"
        "1. Governance\n\n"
        "1.1 The Tolworth Health and Care Partnership Board oversees the work and meets "
        "every two months.\n\n"
        "2. Approval\n\n"
        "2.1 This Memorandum was recommended by the Partnership Board on 4 September 2025 "
        "and approved by the Cabinet of Tolworth District Council on 2 October 2025.\n"
    )
    result = extract(read_document(text.encode(), "tolworth-place.txt"))
    steps = step_pairs(result)
    assert ("Tolworth Health and Care Partnership Board", "recommend") in steps
    assert ("Partnership Board", "recommend") not in steps


def test_that_opening_a_recommendation_is_no_part_of_the_body():
    text = (
        "Tolworth District Council\n\nReport to Cabinet\n\n"
        "Tolworth Anchor Network Charter\n\n"
        "1. Recommendations\n\n"
        "That Cabinet:\n\n"
        "\u2022 approves the Council joining the Tolworth Anchor Network; and\n"
        "\u2022 notes that the Tolworth Partnership Board endorsed the Charter.\n\n"
        "2. Background\n\nThe Charter was endorsed by the Tolworth Partnership Board.\n"
    )
    result = extract(read_document(text.encode(), "tolworth-report.txt"))
    bodies = {s["body"] for s in result["approval_steps"]}
    assert "Cabinet" in bodies
    assert not any(body.startswith("That") for body in bodies)


def test_each_organisation_in_an_execution_table_the_approval_clause_names_signs():
    document = Document()
    document.add_paragraph("Tolworth Shared Services Agreement")
    document.add_paragraph("1. Services")
    document.add_paragraph("1.1 The Host Authority provides shared ICT to the parties.")
    document.add_paragraph("2. Approval")
    document.add_paragraph(
        "2.1 The Cabinet of Tolworth District Council approved this Agreement on 23 September 2025."
    )
    document.add_paragraph(
        "2.2 This Agreement is signed for each party in the Execution table below."
    )
    document.add_paragraph("Execution")
    rows = [
        ("Signed for", "Signature (Chief Executive)", "Date"),
        ("Tolworth District Council", "", ""),
        ("Ewell Borough Council", "", ""),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    result = extract(read_document(docx_bytes(document), "tolworth-shared.docx"))
    steps = step_pairs(result)
    assert ("Tolworth District Council", "sign") in steps
    assert ("Ewell Borough Council", "sign") in steps


def test_each_organisation_listed_after_it_was_signed_for_signs():
    text = (
        "TOLWORTH ARMED FORCES COVENANT PARTNERSHIP\n\n"
        "PARTNERSHIP CHARTER\n\n"
        "        ADOPTION\n\n"
        "  9     The Partnership Board agreed this Charter on 2 Oct. 25 and\n"
        "        recommended it to each partner for signature. It was signed at the\n"
        "        Covenant Celebration on 9 Oct. 25 for:\n\n"
        "            Tolworth District Council\n"
        "            Tolworth Integrated Care Board\n"
        "            Tolworth Police\n\n"
        " 10     The Charter will be reviewed by the Board in October 2027.\n"
    )
    result = extract(read_document(text.encode(), "tolworth-charter.txt"))
    steps = step_pairs(result)
    assert ("Tolworth District Council", "sign") in steps
    assert ("Tolworth Integrated Care Board", "sign") in steps
    assert ("Tolworth Police", "sign") in steps


def test_lines_left_to_sign_for_each_organisation_are_its_signature():
    text = (
        "Tolworth Schools Compact\n\n"
        "1. Adoption\n\n"
        "The Tolworth Education Partnership Board adopted this Compact on 9 October 2025 "
        "and asked each signatory to sign it.\n\n"
        "Signatures\n\n"
        "Signed .............................. for and on behalf of Tolworth District "
        "Council Date ..............\n"
        "Signed .............................. for and on behalf of Tolworth Learning "
        "Trust Date ..............\n"
    )
    result = extract(read_document(text.encode(), "tolworth-compact.txt"))
    steps = step_pairs(result)
    assert ("Tolworth Education Partnership Board", "adopt") in steps
    assert ("Tolworth District Council", "sign") in steps
    assert ("Tolworth Learning Trust", "sign") in steps


def test_an_agreement_with_a_signature_block_is_signed_by_each_organisation_in_it():
    text = (
        "Tolworth Community Safety Memorandum of Understanding\n\n"
        "1. Approval\n\n"
        "The Tolworth Community Safety Partnership agreed this Memorandum on 2 June 2025.\n\n"
        "Signatures\n\n"
        "Signed for and on behalf of Tolworth District Council\n\n"
        "Name: ..................\n\n"
        "Signed for and on behalf of Tolworth Police\n\n"
        "Name: ..................\n"
    )
    result = extract(read_document(text.encode(), "tolworth-csp.txt"))
    steps = step_pairs(result)
    assert ("Tolworth Community Safety Partnership", "agree") in steps
    assert ("Tolworth District Council", "sign") in steps
    assert ("Tolworth Police", "sign") in steps


def test_a_deeds_execution_block_signs_for_each_organisation_sealed_or_signed_for():
    text = (
        "                                   DATED 9.10.2025\n\n"
        "                         DEED OF VARIATION\n"
        "           relating to the Tolworth Equipment Partnership Agreement\n\n"
        "1. Variation\n\n1.1 The parties vary the Agreement as set out in the Schedule.\n\n"
        "2. Approval\n\n2.1 The Cabinet of Tolworth County Council approved this Deed on "
        "2 October 2025.\n\n"
        "IN WITNESS whereof this Deed has been executed as a deed by the Parties on the date\n"
        "shown at the top of it.\n\n"
        "THE COMMON SEAL of TOLWORTH COUNTY       )\n"
        "COUNCIL was affixed to this Deed in      )\n"
        "the presence of:                         )   ..............................\n"
        "                                             Authorised Signatory\n\n"
        "SIGNED AS A DEED by TOLWORTH AND         )\n"
        "RYDAL INTEGRATED CARE BOARD acting       )\n"
        "by its Chief Executive                   )   ..............................\n"
    )
    steps = {
        (body.casefold(), action)
        for body, action in step_pairs(extract(read_document(text.encode(), "tolworth-deed.txt")))
    }
    assert ("tolworth county council", "sign") in steps
    assert ("tolworth and rydal integrated care board", "sign") in steps
    assert not any(body.startswith("parties on the date") for body, _ in steps)


def test_a_signer_cut_short_by_a_narrow_column_is_the_party_its_name_begins():
    text = (
        "Tolworth Community Mental Health Memorandum of Understanding\n\n"
        "THE PARTIES\n\n"
        "1. Tolworth Metropolitan Borough Council\n"
        "2. Rydal Vale Integrated Care Board\n"
        "3. Rydal Vale Partnership NHS Foundation Trust\n\n"
        "1. PURPOSE\n\nThe parties will run one community mental health service.\n\n"
        "2. SIGNATURES\n\nThis Memorandum is signed for each party below.\n\n"
        "Signed for Tolworth Metropolitan          Signed for Rydal Vale Integrated\n"
        "Borough Council                           Care Board\n\n"
        "..................................        ..................................\n"
        "Name: Carole White                        Name: Dr Imran Pate\n"
        "Date: 02/09/2025                          Date: 02/09/2025\n\n\n"
        "Signed for Rydal Vale Partnership NHS\n"
        "Foundation Trust\n\n"
        "..................................\n"
        "Name: Joanne Keld\n"
        "Date: 09/09/2025\n"
    )
    signers = {
        body
        for body, action in step_pairs(extract(read_document(text.encode(), "tolworth.txt")))
        if action == "sign"
    }
    assert "Tolworth Metropolitan Borough Council" in signers
    assert "Rydal Vale Partnership NHS Foundation Trust" in signers
    assert "Tolworth Metropolitan" not in signers
