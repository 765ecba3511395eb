"""Write the PDF and DOCX documents of the unseen-8 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-8/make.py [--out DIR] [NAME ...]
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
    "kingsmarsh-joint-commissioning-board-terms-of-reference.pdf": "kingsmarsh_jcb_tor_pdf",
    "lowerby-community-mental-health-alliance-mou.pdf": "lowerby_cmh_alliance_mou_pdf",
    "mirefield-community-food-grant-agreement.pdf": "mirefield_grant_agreement_pdf",
    "orbury-health-and-wellbeing-strategy-governance-chapter.pdf": "orbury_jhwbs_governance_pdf",
    "pennowick-icb-board-paper-neighbourhood-health-alliance.pdf": "pennowick_icb_board_paper_pdf",
    "quarrowby-safeguarding-information-sharing-protocol.pdf": "quarrowby_isp_pdf",
    "rathmoor-children-and-young-peoples-partnership-agreement.pdf": "rathmoor_cyp_partnership_agreement_pdf",
    "stourmere-schools-compact-decision-details.pdf": "stourmere_moderngov_decision_pdf",
    "cragmere-cabinet-report-domestic-abuse-partnership-agreement.docx": "cragmere_cabinet_report_da_agreement_docx",
    "emberwick-local-nature-partnership-mou.docx": "emberwick_lnp_mou_docx",
    "larkhollow-safeguarding-children-arrangements.docx": "larkhollow_safeguarding_arrangements_docx",
    "thistleby-place-partnership-mou.docx": "thistleby_place_mou_docx",
    "upperthwaite-learning-disability-section-75-summary.docx": "upperthwaite_ld_s75_summary_docx",
    "vexley-household-support-data-sharing-mou.docx": "vexley_household_support_dsmou_docx",
    "wendmoor-carer-friendly-community-charter.docx": "wendmoor_carers_charter_docx",
    "yelvercombe-joint-public-health-committee-constitution.docx": "yelvercombe_jphc_constitution_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
