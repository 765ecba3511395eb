"""Write the PDF and DOCX documents of the unseen-2 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-2/make.py [--out DIR] [NAME ...]
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
    "zanderby-place-partnership-board-tor.pdf": "zanderby_tor_pdf",
    "ockenfold-warm-homes-mou.pdf": "ockenfold_mou_pdf",
    "brennithorpe-place-alliance-agreement.pdf": "brennithorpe_alliance_pdf",
    "gilliscombe-hwb-decision-notice.pdf": "gilliscombe_decision_pdf",
    "ixendale-board-paper-mental-health-mou.pdf": "ixendale_board_paper_pdf",
    "pellowmere-officer-decision-record.docx": "pellowmere_officer_decision_docx",
    "tramlingford-cyp-partnership-board-tor.docx": "tramlingford_tor_docx",
    "lorrimoor-early-help-information-sharing-agreement.docx": "lorrimoor_dsa_docx",
    "casselwick-compact.docx": "casselwick_compact_docx",
    "essendry-neighbourhood-partnership-mou.docx": "essendry_mou_docx",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
