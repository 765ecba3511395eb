"""Importing documents: how long a PDF takes to become findings ready for review.

    .venv/bin/python bench/imports.py [--runs 5]

Loads the Thurrock demo into a database of its own under a temporary folder (so names
are matched against a real register), renders the documents below to PDF with real page
breaks and a running footer, then times, for each, in the same run:

- the baseline: pypdf reading the PDF's text, page by page, and nothing else;
- the import: `import_create` as the upload page and `accord import` call it (reading,
  cleaning, outline, findings, matching, storing the file and its findings, audit).

Documents: the two Thurrock papers as PDFs; an agreement of 20 pages and one of 300
(parties by category, numbered sections of wrapped clauses). Targets: a 20-page PDF
imports in under 2 s; the 300-page document gives its result well within 10 s.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TWENTY_PAGES_TARGET_S = 2.0
LONG_TARGET_S = 10.0


def median_s(function, runs: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def long_agreement(sections: int = 120, clauses: int = 18) -> str:
    """A long agreement in the shape of the real ones: parties by category, numbered
    sections, clauses wrapped at 88 characters."""
    import textwrap

    out = ["North Estuary Partnership Agreement", "", "Version 3.0, June 2025", ""]
    out += ["1. Parties to this Agreement", "", "1.1 The parties to this Agreement are:", ""]
    for category in ("Local Authorities", "NHS Commissioners", "NHS Providers", "Other Partners"):
        out += [f"{category}:"] + [f"\u2022 {category[:-1]} member {n}" for n in range(1, 9)] + [""]
    sentence = (
        "The parties will plan and deliver services together, share what they learn, and "
        "report on progress to the Partnership Board every quarter, as agreed in March 2025. "
    )
    for number in range(2, sections + 1):
        out += [f"{number}. Arrangements for workstream {number}", ""]
        for clause in range(1, clauses + 1):
            lines = textwrap.wrap(f"{number}.{clause} {sentence * 3}", 88)
            out += lines + [""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    options = parser.parse_args()
    workspace = Path(tempfile.mkdtemp(prefix="accord-bench-imports-"))
    os.environ["ACCORD_DATA_DIR"] = str(workspace / "data")
    os.environ["ACCORD_MEDIA_ROOT"] = str(workspace / "files")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    sys.path.insert(0, str(ROOT))
    try:
        run(options.runs)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def run(runs: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from pypdf import PdfReader

    from accord.demo.loader import demo_load
    from accord.imports.services import import_create
    from tests.importing import THURROCK, text_pdf

    call_command("migrate", verbosity=0)
    demo_load()
    alliance = (THURROCK / "thurrock-alliance-mou.txt").read_text(encoding="utf-8")
    childrens = (THURROCK / "thurrock-childrens-partnership-mou.txt").read_text(encoding="utf-8")
    documents = {
        "Thurrock Alliance report": text_pdf(alliance),
        "Thurrock Children's MOU and report": text_pdf(childrens),
        "20-page agreement": text_pdf(long_agreement(sections=9), lines_per_page=51),
        "300-page agreement": text_pdf(long_agreement(), lines_per_page=51),
    }

    def baseline(pdf: bytes) -> int:
        reader = PdfReader(io.BytesIO(pdf))
        return sum(len(page.extract_text() or "") for page in reader.pages)

    print(f"{'document':<36} {'pages':>5} {'pypdf text':>11} {'import':>9} {'ratio':>6}")
    results = {}
    for name, pdf in documents.items():
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        base_s, _ = median_s(lambda pdf=pdf: baseline(pdf), runs)
        import_s, record = median_s(
            lambda pdf=pdf: import_create(actor=None, content=pdf, filename="bench.pdf"), runs
        )
        results[name] = (pages, import_s)
        print(
            f"{name:<36} {pages:>5} {base_s * 1000:>8.0f} ms {import_s * 1000:>6.0f} ms "
            f"{import_s / base_s:>6.2f}"
        )
        sections = len(record.findings["sections"])
        print(f"{'':<36} {sections} sections, {len(record.findings['parties'])} parties found")
    pages, twenty = results["20-page agreement"]
    long_pages, long_s = results["300-page agreement"]
    print()
    print(
        f"{pages}-page PDF: {twenty:.2f} s (target under {TWENTY_PAGES_TARGET_S:.0f} s): "
        f"{'met' if twenty < TWENTY_PAGES_TARGET_S else 'MISSED'}"
    )
    print(
        f"{long_pages}-page PDF: {long_s:.2f} s (target well within {LONG_TARGET_S:.0f} s): "
        f"{'met' if long_s < LONG_TARGET_S else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
