"""Write the PDF and DOCX documents of the unseen-9 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-9/make.py [--out DIR] [NAME ...]
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
    "halvercombe-emergency-services-collaboration-agreement.pdf": "halvercombe_blue_light_collaboration_pdf",
    "kirtlebury-youth-justice-partnership-board-terms-of-reference.pdf": "kirtlebury_yjpb_tor_pdf",
    "pellridge-education-compact.pdf": "pellridge_education_compact_pdf",
    "quarnby-community-safety-partnership-agreement.pdf": "quarnby_csp_agreement_pdf",
    "rusholt-safeguarding-children-arrangements.pdf": "rusholt_safeguarding_arrangements_pdf",
    "scarrowby-ics-memorandum-of-understanding.pdf": "scarrowby_ics_mou_pdf",
    "thackwood-cabinet-decision-notice.pdf": "thackwood_cabinet_decision_notice_pdf",
    "vantry-lrf-community-resilience-protocol.pdf": "vantry_lrf_protocol_pdf",
    "brockwith-warm-homes-data-sharing-mou.docx": "brockwith_warm_homes_dsmou_docx",
    "cullerton-better-care-fund-plan-narrative.docx": "cullerton_bcf_plan_docx",
    "dawsmere-palliative-care-alliance-terms-of-reference.docx": "dawsmere_palliative_care_alliance_tor_docx",
    "embsworth-hwb-record-of-decision.docx": "embsworth_hwb_decision_record_docx",
    "fennick-health-protection-board-terms-of-reference.docx": "fennick_health_protection_board_tor_docx",
    "ottersby-mental-health-section-75-agreement.docx": "ottersby_s75_agreement_docx",
    "wedderby-voluntary-sector-compact.docx": "wedderby_vcs_compact_docx",
    "yarlstone-pcn-collaboration-agreement.docx": "yarlstone_pcn_collaboration_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
