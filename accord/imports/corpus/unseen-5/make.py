"""Write the PDF and DOCX documents of the unseen-5 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-5/make.py [--out DIR] [NAME ...]
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
    "oakhollow-section-75-agreement-extract.pdf": "oakhollow_s75_agreement_pdf",
    "rushcombe-ics-memorandum-of-understanding.pdf": "rushcombe_ics_mou_pdf",
    "saltmere-education-compact.pdf": "saltmere_education_compact_pdf",
    "ulverdale-health-and-wellbeing-board-decision-notice.pdf": "ulverdale_hwb_decision_pdf",
    "vennick-trust-board-paper-frailty-alliance-mou.pdf": "vennick_trust_board_paper_pdf",
    "wyckham-serious-violence-information-sharing-mou.pdf": "wyckham_serious_violence_mou_pdf",
    "yarnwick-place-board-terms-of-reference.pdf": "yarnwick_place_board_tor_pdf",
    "kettlemoor-ageing-well-alliance-agreement.pdf": "kettlemoor_alliance_agreement_pdf",
    "brindlecote-officer-decision-record.docx": "brindlecote_officer_decision_docx",
    "cotterleigh-health-and-wellbeing-board-terms-of-reference.docx": "cotterleigh_hwb_tor_docx",
    "fernhallow-safe-accommodation-partnership-agreement.docx": "fernhallow_safe_accommodation_agreement_docx",
    "hollowdene-intermediate-care-section-75-summary.docx": "hollowdene_s75_summary_docx",
    "lowmarsh-place-partnership-mou.docx": "lowmarsh_place_partnership_mou_docx",
    "quaysmere-cabinet-report-combating-drugs-partnership.docx": "quaysmere_cabinet_report_docx",
    "sedgecombe-safeguarding-children-arrangements.docx": "sedgecombe_safeguarding_arrangements_docx",
    "tarnbeck-voluntary-sector-compact.docx": "tarnbeck_voluntary_sector_compact_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
