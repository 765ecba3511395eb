"""The command line every blind corpus's ``make.py`` shares: write its binary documents.

A corpus keeps its TXT documents and gold answers as files written by hand; its PDF and DOCX
documents are made by one module each (beside its ``make.py``), which builds on the shared
helpers in this folder (``_pdf.py`` for WeasyPrint pages, ``_docx.py`` for python-docx
tables). ``make.py`` lists which module writes which file and calls ``main``:

    .venv/bin/python accord/imports/corpus/unseen-6/make.py [--out DIR] [NAME ...]

With names, only those files are written; with ``--out``, they are written into DIR instead
of the corpus folder (to compare a remade document with the one kept). The bytes differ
between runs (the libraries stamp creation times); the text does not.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path


def main(here: Path, documents: dict[str, str]) -> None:
    parser = argparse.ArgumentParser(description=f"Write the binary documents of {here.name}.")
    parser.add_argument("names", nargs="*", help="only these files (default: all)")
    parser.add_argument("--out", type=Path, default=here, help="folder to write into")
    options = parser.parse_args()
    unknown = set(options.names) - set(documents)
    if unknown:
        parser.error(f"not a document of {here.name}: {', '.join(sorted(unknown))}")
    options.out.mkdir(parents=True, exist_ok=True)
    for name, module_name in documents.items():
        if options.names and name not in options.names:
            continue
        path = options.out / name
        importlib.import_module(module_name).write(path)
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
