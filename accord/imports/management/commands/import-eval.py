"""``accord import-eval DIR``: how well imports match hand-made answers.

Every ``NAME.gold.json`` in DIR is compared with the import of the document beside it
(``NAME.txt``, ``.pdf`` or ``.docx``): precision, recall and F1 for each field, and an
overall F1, per document and over all of them. A field empty in both the answer and the
import is shown as "-" and left out of every figure. ``--min-f1`` makes the command fail
when any counted field of any document scores less, so it can guard a build.

``accord import-eval --confirmed`` scores instead against the gold files officers made by
confirming imports (``accord.imports.gold``): each stored file is read again by the reader
as it is now. ``--save-to FOLDER`` also writes them out, so they can join a corpus.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError
from rich.console import Console
from rich.table import Table

from accord.core.commands import AccordCommand
from accord.imports.confirmed import confirmed_cases
from accord.imports.evaluation import (
    FIELDS,
    Score,
    gold_pairs,
    label,
    load_gold,
    overall,
    score,
)
from accord.imports.extraction import extract
from accord.imports.reading import UnreadableDocument, read_document

# Short column headings, so the per-document table fits a terminal.
_SHORT = {
    "parties": "parties (name)",
    "parties_with_category": "parties + cat.",
    "approval_steps": "steps",
}


class Command(AccordCommand):
    help = "Score imports against the *.gold.json answer files in a folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", nargs="?")
        parser.add_argument(
            "--confirmed",
            action="store_true",
            help="Score against the gold files officers made by confirming imports, "
            "each with the file they confirmed, instead of a folder.",
        )
        parser.add_argument(
            "--save-to",
            metavar="FOLDER",
            default=None,
            help="With --confirmed: also write each confirmed file and its gold file "
            "into FOLDER, to add them to a corpus.",
        )
        parser.add_argument("--min-f1", type=float, default=None, metavar="F1")
        parser.add_argument(
            "--details", action="store_true", help="List what was missed and what was extra."
        )
        parser.add_argument(
            "--markdown",
            action="store_true",
            help="Print the tables as Markdown, for a decision record or docs/performance.md.",
        )

    def handle(
        self,
        *args,
        directory=None,
        confirmed=False,
        save_to=None,
        min_f1=None,
        details=False,
        markdown=False,
        **options,
    ):
        if confirmed == bool(directory):
            raise CommandError("Give a folder of gold files, or --confirmed, but not both.")
        if save_to and not confirmed:
            raise CommandError("--save-to writes the confirmed imports: give --confirmed.")
        if confirmed:
            cases = confirmed_cases(Path(save_to) if save_to else None)
            if not cases:
                raise CommandError("No confirmed import has a gold file yet.")
            self.report(
                cases,
                title="Import scores against officers' confirmed imports",
                min_f1=min_f1,
                details=details,
                markdown=markdown,
            )
            return
        folder = Path(directory)
        pairs = gold_pairs(folder) if folder.is_dir() else []
        if not pairs:
            raise CommandError(f"No *.gold.json files with a document beside them in {folder}.")
        cases = []
        for document, gold_file in pairs:
            try:
                result = extract(read_document(document.read_bytes(), document.name))
            except UnreadableDocument as problem:
                raise CommandError(f"{document.name}: {problem}") from None
            cases.append((document.name, result, load_gold(gold_file)))
        self.report(
            cases,
            title=f"Import scores for {folder}",
            min_f1=min_f1,
            details=details,
            markdown=markdown,
        )

    def report(
        self, cases, *, title: str, min_f1: float | None, details: bool, markdown: bool = False
    ) -> None:
        """Print the per-document and overall tables; fail below ``min_f1``."""
        # Django's OutputWrapper is a text stream in all but name.
        console = Console(file=self.stdout, highlight=False, width=200)  # type: ignore[arg-type]
        show = (lambda table: _markdown(self.stdout, table)) if markdown else console.print
        totals = {name: Score() for name in FIELDS}
        below: list[str] = []
        table = Table(title=title)
        table.add_column("document")
        for name in FIELDS:
            table.add_column(_SHORT.get(name, label(name)), justify="right")
        table.add_column("overall", justify="right")
        for name, result, gold in cases:
            scores = score(result, gold)
            cells = [f"{scores[n].f1:.2f}" if scores[n].counted else "-" for n in FIELDS]
            table.add_row(name, *cells, f"{overall(scores).f1:.2f}")
            for field_name, value in scores.items():
                totals[field_name].add(value)
                if min_f1 is not None and value.counted and value.f1 < min_f1:
                    below.append(f"{name} {label(field_name)} F1 {value.f1:.2f}")
                if details:
                    for item in value.missing:
                        console.print(f"{name} {label(field_name)} missing: {item}")
                    for item in value.extra:
                        console.print(f"{name} {label(field_name)} extra: {item}")
        show(table)
        summary = Table(title="All documents (every item counted once)")
        for column in ("field", "precision", "recall", "F1", "expected", "found"):
            summary.add_column(column, justify="left" if column == "field" else "right")
        for name in (*FIELDS, "overall"):
            value = overall(totals) if name == "overall" else totals[name]
            summary.add_row(
                label(name),
                f"{value.precision:.3f}",
                f"{value.recall:.3f}",
                f"{value.f1:.3f}",
                str(value.expected),
                str(value.found),
            )
        show(summary)
        if below:
            raise CommandError(f"Below F1 {min_f1}: " + "; ".join(below))


def _markdown(out, table: Table) -> None:
    """A rich table as a Markdown table (its title as a bold line above it)."""
    columns = [str(column.header) for column in table.columns]
    rows = list(zip(*(list(column.cells) for column in table.columns), strict=True))
    right = ["---:" if column.justify == "right" else "---" for column in table.columns]
    out.write(f"\n**{table.title}**\n\n")
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join(right) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(str(cell) for cell in row) + " |\n")
