"""Write the PDF and DOCX documents of the unseen-4 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-4/make.py [--out DIR] [NAME ...]
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
    "marrowby-place-partnership-mou.pdf": "marrowby_mou_pdf",
    "quenwick-asb-data-sharing-mou.pdf": "quenwick_dsa_mou_pdf",
    "stellbury-community-safety-partnership-agreement.pdf": "stellbury_csp_agreement_pdf",
    "tollbury-leader-key-decision-notice.pdf": "tollbury_leader_decision_pdf",
    "umbermere-icp-terms-of-reference.pdf": "umbermere_icp_tor_pdf",
    "yelverby-schools-compact.pdf": "yelverby_schools_compact_pdf",
    "kestrow-committee-report-section-75.pdf": "kestrow_committee_report_s75_pdf",
    "brisworth-domestic-abuse-partnership-board-tor.pdf": "brisworth_dalpb_tor_pdf",
    "hexworth-children-and-families-partnership-tor.docx": "hexworth_tor_docx",
    "quillbeck-cabinet-member-decision-record.docx": "quillbeck_cabinet_member_decision_docx",
    "nethermarrow-community-services-alliance-agreement.docx": "nethermarrow_alliance_docx",
    "orrinsby-safeguarding-adults-board-mou.docx": "orrinsby_sab_mou_docx",
    "sowerthwaite-shared-care-record-information-sharing-protocol.docx": "sowerthwaite_isp_docx",
    "trevally-cabinet-report-joint-committee.docx": "trevally_cabinet_report_docx",
    "caldmoor-health-and-care-partnership-mou.docx": "caldmoor_place_mou_docx",
    "amberlow-voluntary-sector-compact.docx": "amberlow_compact_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
