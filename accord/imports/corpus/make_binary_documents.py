"""Generate the binary documents of the import evaluation corpus.

Writes, into the folder that holds this script:

- northmarsh-alliance-agreement.pdf: an alliance agreement rendered by WeasyPrint from HTML, with
  real page breaks, a running header and footer on every page, and real bulleted lists;
- riverside-mou.docx: an MOU written with python-docx, using the Word styles "Title",
  "Heading 1", "Heading 2", "List Bullet" and "List Number".

The gold answers beside them (*.gold.json) are written by hand; if you change the text here,
update the gold files. Run with the project's interpreter:

    .venv/bin/python accord/imports/corpus/make_binary_documents.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the two documents' modules sit beside this script

from northmarsh_pdf import write_alliance_pdf  # noqa: E402
from riverside_docx import write_riverside_docx  # noqa: E402

PDF_NAME = "northmarsh-alliance-agreement.pdf"
DOCX_NAME = "riverside-mou.docx"


def main() -> None:
    pdf_path = HERE / PDF_NAME
    docx_path = HERE / DOCX_NAME
    write_alliance_pdf(pdf_path)
    write_riverside_docx(docx_path)
    for path in (pdf_path, docx_path):
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
