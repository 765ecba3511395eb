"""Write the PDF and DOCX documents of the unseen-10 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-10/make.py [--out DIR] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The document modules sit beside this script; the helpers they share, one folder up.
sys.path[:0] = [str(HERE), str(HERE.parent / "_makers")]
sys.dont_write_bytecode = True  # keep the corpus folders free of __pycache__

from corpus_make import main  # noqa: E402

DOCUMENTS = {
    "oxwold-transfer-of-care-hub-agreement.pdf": "oxwold_transfer_of_care_hub_pdf",
    "norrington-two-tier-planning-and-infrastructure-mou.pdf": "norrington_two_tier_planning_mou_pdf",
    "loxmere-museums-and-libraries-consortium-agreement.pdf": "loxmere_heritage_consortium_agreement_pdf",
    "cawdrey-pcc-decision-record.pdf": "cawdrey_pcc_decision_record_pdf",
    "gathersby-lmns-board-terms-of-reference.pdf": "gathersby_lmns_board_tor_pdf",
    "ilsworth-academy-commercial-transfer-summary.pdf": "ilsworth_academy_transfer_summary_pdf",
    "marlbeck-safeguarding-children-arrangements.pdf": "marlbeck_safeguarding_arrangements_pdf",
    "ravensgill-homelessness-reduction-board-terms-of-reference.pdf": "ravensgill_homelessness_board_tor_pdf",
    "brackenholt-falls-data-sharing-mou-tracked-changes.docx": "brackenholt_dsmou_tracked_docx",
    "crowsbeck-voluntary-sector-compact.docx": "crowsbeck_vcs_compact_docx",
    "drummock-place-partnership-mou.docx": "drummock_place_partnership_mou_docx",
    "fellgarth-joint-archives-committee-constitution.docx": "fellgarth_joint_committee_constitution_docx",
    "kellingmoor-executive-decision-record-school-ready-compact.docx": "kellingmoor_executive_decision_record_docx",
    "lindmoor-community-safety-partnership-agreement.docx": "lindmoor_csp_agreement_docx",
    "tarrowby-family-hubs-partnership-board-terms-of-reference.docx": "tarrowby_family_hubs_board_tor_docx",
    "wythenbeck-icb-board-paper-community-diagnostics.docx": "wythenbeck_icb_board_paper_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
