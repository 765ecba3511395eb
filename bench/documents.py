"""Agreement documents: WeasyPrint beside LibreOffice, and the cost of one seal.

    .venv/bin/python bench/documents.py [--runs 7]

Loads the Thurrock demo into a database of its own under a temporary folder, then, in
the same run:

- renders the Children's MOU (version 1) to PDF with WeasyPrint, as Accord issues it;
- converts Accord's own Word export of the same agreement to PDF with LibreOffice
  (`libreoffice --headless --convert-to pdf`, a new process each time, as a script
  would call it; its profile is made by one untimed run first);
- seals the rendered PDF with the instance's seal (PAdES B-B, an incremental update).

Each is timed over several runs and the median printed. Targets: our render at most
half LibreOffice's time, and one seal under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RENDER_RATIO_TARGET = 0.5
SEAL_TARGET_MS = 200


def median_ms(function, runs: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    options = parser.parse_args()
    libreoffice = shutil.which("libreoffice")
    if libreoffice is None:
        sys.exit("LibreOffice is not installed: run `bash scripts/system-packages.sh` as root.")

    workspace = Path(tempfile.mkdtemp(prefix="accord-bench-documents-"))
    # A data folder of its own: its database, and a local seal made for this run.
    os.environ["ACCORD_DATA_DIR"] = str(workspace / "data")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    sys.path.insert(0, str(ROOT))
    try:
        run(options.runs, libreoffice, workspace)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def run(runs: int, libreoffice: str, workspace: Path) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from pypdf import PdfReader

    from accord.agreements.models import AgreementVersion
    from accord.demo.loader import demo_load
    from accord.documents.pdf import render_agreement_pdf
    from accord.documents.seals import seal_pdf
    from accord.documents.word import render_agreement_docx

    call_command("migrate", verbosity=0)
    demo_load()
    version = AgreementVersion.objects.select_related("agreement__owning_body").get(
        agreement__slug="childrens-mou", number=1
    )

    render_agreement_pdf(version)  # the first render loads fonts and parses the stylesheet
    render_ms, pdf = median_ms(lambda: render_agreement_pdf(version), runs)

    source = workspace / "childrens-mou.docx"
    source.write_bytes(render_agreement_docx(version))
    command = [
        libreoffice,
        f"-env:UserInstallation=file://{workspace / 'libreoffice-profile'}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(workspace),
        str(source),
    ]

    def convert() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=300)

    convert()  # makes LibreOffice's profile, which a server would keep between calls
    libreoffice_ms, _ = median_ms(convert, runs)
    libreoffice_pages = len(PdfReader(workspace / "childrens-mou.pdf").pages)

    seal_pdf(pdf, reason="warm-up", name="Accord")  # makes the local seal on first use
    seal_ms, sealed = median_ms(lambda: seal_pdf(pdf, reason="Issued", name="Accord"), runs)
    second_ms, _ = median_ms(lambda: seal_pdf(sealed, reason="Signed", name="Signatory"), runs)

    pages = len(PdfReader(BytesIO(pdf)).pages)
    ratio = render_ms / libreoffice_ms
    print(f"Children's MOU, version 1; median of {runs} runs each\n")
    print(f"{'step':<52}{'median ms':>10}")
    print(f"{'WeasyPrint: render to PDF (' + str(pages) + ' pages)':<52}{render_ms:>10.0f}")
    label = f"LibreOffice: Accord's DOCX to PDF ({libreoffice_pages} pages)"
    print(f"{label:<52}{libreoffice_ms:>10.0f}")
    print(f"{'pyHanko: seal the rendered PDF':<52}{seal_ms:>10.0f}")
    print(f"{'pyHanko: add a second seal (incremental)':<52}{second_ms:>10.0f}")
    print()
    verdict = "met" if ratio <= RENDER_RATIO_TARGET else "NOT met"
    print(f"render / LibreOffice = {ratio:.2f} (target at most {RENDER_RATIO_TARGET}): {verdict}")
    verdict = "met" if max(seal_ms, second_ms) < SEAL_TARGET_MS else "NOT met"
    print(
        f"one seal: {max(seal_ms, second_ms):.0f} ms (target under {SEAL_TARGET_MS} ms): {verdict}"
    )


if __name__ == "__main__":
    main()
