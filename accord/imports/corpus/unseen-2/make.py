"""Write the PDF and DOCX documents of the unseen-2 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. Run with the
project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-2/make.py

The output is not byte-for-byte the same on each run (the PDF and DOCX libraries stamp
creation times), but the text is.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the document modules sit beside this script
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

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


def main() -> None:
    for name, module_name in DOCUMENTS.items():
        path = HERE / name
        importlib.import_module(module_name).write(path)
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
