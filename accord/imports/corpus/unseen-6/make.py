"""Write the PDF and DOCX documents of the unseen-6 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-6/make.py [--out DIR] [NAME ...]
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
    "ivelby-joint-hosc-terms-of-reference.pdf": "ivelby_jhosc_tor_pdf",
    "jarrowfield-better-care-fund-plan-governance.pdf": "jarrowfield_bcf_governance_pdf",
    "kestermoor-section-75-schedules.pdf": "kestermoor_s75_schedules_pdf",
    "lanwick-provider-collaborative-agreement.pdf": "lanwick_provider_collaborative_pdf",
    "mallowby-safeguarding-adults-board-governance-statement.pdf": "mallowby_sab_governance_statement_pdf",
    "norbeck-pcn-network-agreement-schedules.pdf": "norbeck_pcn_schedules_pdf",
    "otterwell-neighbourhood-teams-mou.pdf": "otterwell_int_mou_pdf",
    "ravensmere-early-help-partnership-agreement.pdf": "ravensmere_early_help_agreement_pdf",
    "sandrigg-cabinet-member-decision-compact.docx": "sandrigg_compact_decision_docx",
    "thornleigh-safeguarding-children-arrangements.docx": "thornleigh_safeguarding_arrangements_docx",
    "ulvington-mash-information-sharing-mou.docx": "ulvington_mash_mou_docx",
    "varnsley-hwb-report-healthy-places-mou.docx": "varnsley_hwb_report_docx",
    "whitmarsh-reducing-reoffending-board-tor.docx": "whitmarsh_reoffending_board_tor_docx",
    "yarrowby-inclusion-compact.docx": "yarrowby_inclusion_compact_docx",
    "abbotsfold-place-partnership-mou.docx": "abbotsfold_place_mou_docx",
    "zelworth-community-safety-partnership-agreement.docx": "zelworth_csp_agreement_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
