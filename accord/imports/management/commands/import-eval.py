"""``accord import-eval DIR``: how well imports match hand-made answers.

Every ``NAME.gold.json`` in DIR is compared with the import of the document beside it
(``NAME.txt``, ``.pdf`` or ``.docx``): precision, recall and F1 for each field, per
document and over all of them. ``--min-f1`` makes the command fail when any field of any
document scores less, so it can guard a build.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError
from rich.console import Console
from rich.table import Table

from accord.core.commands import AccordCommand
from accord.imports.evaluation import FIELDS, Score, gold_pairs, load_gold, score
from accord.imports.extraction import extract
from accord.imports.reading import UnreadableDocument, read_document


class Command(AccordCommand):
    help = "Score imports against the *.gold.json answer files in a folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument("--min-f1", type=float, default=None, metavar="F1")
        parser.add_argument(
            "--details", action="store_true", help="List what was missed and what was extra."
        )

    def handle(self, *args, directory, min_f1=None, details=False, **options):
        folder = Path(directory)
        pairs = gold_pairs(folder) if folder.is_dir() else []
        if not pairs:
            raise CommandError(f"No *.gold.json files with a document beside them in {folder}.")
        console = Console(file=self.stdout, highlight=False, width=120)
        totals = {name: Score() for name in FIELDS}
        below: list[str] = []
        table = Table(title=f"Import scores for {folder}")
        table.add_column("document")
        for name in FIELDS:
            table.add_column(name.replace("_", " "), justify="right")
        for document, gold_file in pairs:
            try:
                result = extract(read_document(document.read_bytes(), document.name))
            except UnreadableDocument as problem:
                raise CommandError(f"{document.name}: {problem}") from None
            scores = score(result, load_gold(gold_file))
            table.add_row(document.name, *(f"{scores[n].f1:.2f}" for n in FIELDS))
            for name, value in scores.items():
                totals[name].add(value)
                if min_f1 is not None and value.f1 < min_f1:
                    below.append(f"{document.name} {name} F1 {value.f1:.2f}")
                if details and (value.missing or value.extra):
                    for item in value.missing:
                        console.print(f"{document.name} {name} missing: {item}")
                    for item in value.extra:
                        console.print(f"{document.name} {name} extra: {item}")
        console.print(table)
        summary = Table(title="All documents (every item counted once)")
        for column in ("field", "precision", "recall", "F1", "expected", "found"):
            summary.add_column(column, justify="left" if column == "field" else "right")
        overall = Score()
        for name in FIELDS:
            value = totals[name]
            overall.add(value)
            summary.add_row(
                name.replace("_", " "),
                f"{value.precision:.3f}",
                f"{value.recall:.3f}",
                f"{value.f1:.3f}",
                str(value.expected),
                str(value.found),
            )
        summary.add_row(
            "overall",
            f"{overall.precision:.3f}",
            f"{overall.recall:.3f}",
            f"{overall.f1:.3f}",
            str(overall.expected),
            str(overall.found),
        )
        console.print(summary)
        if below:
            raise CommandError(f"Below F1 {min_f1}: " + "; ".join(below))
