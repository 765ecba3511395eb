"""Write the PDF and DOCX documents of the unseen-3 import corpus.

Each document has its own module beside this script; the gold answers (``*.gold.json``) are
written by hand, so if you change a document's text here, update its gold file. The command
line and the page and table helpers are shared by every blind corpus (``../_makers/``). Run
with the project's interpreter from the repository root:

    .venv/bin/python accord/imports/corpus/unseen-3/make.py [--out DIR] [NAME ...]
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
    "garrowfield-joint-commissioning-mou.docx": "garrowfield_mou_docx",
    "hollinbrook-schools-partnership-compact.docx": "hollinbrook_compact_docx",
    "iverley-cabinet-report-hoarding-mou.docx": "iverley_cabinet_report_docx",
    "jessamy-high-intensity-use-data-sharing-agreement.docx": "jessamy_dsa_docx",
    "kilbury-icb-board-paper-place-partnership.pdf": "kilbury_board_paper_pdf",
    "lathwell-police-and-crime-panel-arrangements.pdf": "lathwell_panel_arrangements_pdf",
    "mardale-better-care-fund-section-75-summary.pdf": "mardale_s75_summary_pdf",
    "sallowfield-neighbourhood-health-mou.pdf": "sallowfield_mou_pdf",
}


if __name__ == "__main__":
    main(HERE, DOCUMENTS)
