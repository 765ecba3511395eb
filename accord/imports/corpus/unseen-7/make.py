"""Write the PDF and DOCX documents of the unseen-7 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-7/make.py [--out DIR] [NAME ...]
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
    "inchbury-icp-terms-of-reference.pdf": "inchbury_icp_tor_pdf",
    "jessington-specialised-services-joint-committee-agreement.pdf": "jessington_joint_committee_agreement_pdf",
    "kelderby-shared-services-agreement.pdf": "kelderby_shared_service_agreement_pdf",
    "lunsford-blue-light-collaboration-agreement.pdf": "lunsford_blue_light_collaboration_pdf",
    "marrowfield-public-health-grant-partnership-agreement.pdf": "marrowfield_ph_grant_agreement_pdf",
    "nethercott-cabinet-decision-sheet.pdf": "nethercott_cabinet_decision_pdf",
    "ormscliffe-safeguarding-children-arrangements.pdf": "ormscliffe_safeguarding_arrangements_pdf",
    "pelborough-voluntary-sector-compact.pdf": "pelborough_vcs_compact_pdf",
    "quendle-population-health-data-sharing-mou.docx": "quendle_data_sharing_mou_docx",
    "rookhurst-place-partnership-mou.docx": "rookhurst_place_partnership_mou_docx",
    "sallowmead-schools-compact.docx": "sallowmead_schools_compact_docx",
    "tennerby-community-safety-partnership-agreement.docx": "tennerby_csp_agreement_docx",
    "upwater-cabinet-report-anchor-network.docx": "upwater_cabinet_report_docx",
    "vardon-icb-urgent-decision-record.docx": "vardon_icb_urgent_decision_docx",
    "wistowe-scheme-of-delegation-extract.docx": "wistowe_scheme_of_delegation_docx",
    "yoxley-mental-health-section-75-summary.docx": "yoxley_s75_summary_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
