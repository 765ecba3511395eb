"""Write the PDF and DOCX documents of the unseen-1 corpus into this folder.

The TXT documents and every gold answer (*.gold.json) are kept as files and written by
hand; this script only remakes the binary documents from their generator modules (the
output is not byte-for-byte the same each time, but the text is). If you change a
document's text, update its gold file. Run with the project's interpreter:

    .venv/bin/python accord/imports/corpus/unseen-1/make.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the generator modules sit beside this script

from alderwick_alliance_docx import write_alderwick  # noqa: E402
from crannock_board_pdf import write_crannock  # noqa: E402
from decisions_pdf import write_carrowmere, write_farrowdale  # noqa: E402
from dunmarsh_tor_pdf import write_dunmarsh  # noqa: E402
from lowden_tor_docx import write_lowden  # noqa: E402
from merriton_mou_docx import write_merriton  # noqa: E402
from oxendale_decision_docx import write_oxendale  # noqa: E402
from pendlecombe_report_docx import write_pendlecombe  # noqa: E402
from ravensholme_decision_docx import write_ravensholme  # noqa: E402
from sallowfield_alliance_pdf import write_sallowfield  # noqa: E402
from stavenby_mou_pdf import write_stavenby  # noqa: E402
from thornby_safeguarding_docx import write_thornby  # noqa: E402
from wexcombe_isa_pdf import write_wexcombe  # noqa: E402
from wrexley_compact_docx import write_wrexley  # noqa: E402

DOCUMENTS = {
    "carrowmere-city-mayor-decision.pdf": write_carrowmere,
    "farrowdale-hwb-decision-notice.pdf": write_farrowdale,
    "dunmarsh-icp-terms-of-reference.pdf": write_dunmarsh,
    "sallowfield-mental-health-alliance-agreement.pdf": write_sallowfield,
    "wexcombe-homelessness-information-sharing.pdf": write_wexcombe,
    "crannock-icb-board-paper.pdf": write_crannock,
    "stavenby-active-mou.pdf": write_stavenby,
    "lowden-cross-cyp-partnership-tor.docx": write_lowden,
    "merriton-population-health-data-mou.docx": write_merriton,
    "ravensholme-partnership-board-decision.docx": write_ravensholme,
    "thornby-wells-safeguarding-arrangements.docx": write_thornby,
    "alderwick-urgent-care-alliance-agreement.docx": write_alderwick,
    "pendlecombe-committee-report.docx": write_pendlecombe,
    "oxendale-officer-decision-form.docx": write_oxendale,
    "wrexley-compact-mou.docx": write_wrexley,
}


def main() -> None:
    for name, write in DOCUMENTS.items():
        path = HERE / name
        write(path)
        print(f"wrote {path.name} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
