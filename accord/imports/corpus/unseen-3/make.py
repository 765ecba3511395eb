"""Write the PDF and DOCX documents of the unseen-3 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. Run with the
project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-3/make.py

The bytes differ between runs (the libraries stamp creation times); the text does not.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the document modules sit beside this script
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

DOCUMENTS = {
    "garrowfield-joint-commissioning-mou.docx": "garrowfield_mou_docx",
    "hollinbrook-schools-partnership-compact.docx": "hollinbrook_compact_docx",
    "iverley-cabinet-report-hoarding-mou.docx": "iverley_cabinet_report_docx",
    "jessamy-high-intensity-use-data-sharing-agreement.docx": "jessamy_dsa_docx",
    "kilbury-icb-board-paper-place-partnership.pdf": "kilbury_board_paper_pdf",
    "lathwell-police-and-crime-panel-arrangements.pdf": "lathwell_panel_arrangements_pdf",
    "mardale-better-care-fund-section-75-summary.pdf": "mardale_s75_summary_pdf",
    "sallowfield-neighbourhood-health-mou.pdf": "sallowfield_mou_pdf",
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, module_name in DOCUMENTS.items():
        if only and name not in only:
            continue
        path = HERE / name
        importlib.import_module(module_name).write(path)
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
