"""``accord import FILE...``: read documents into imports waiting for review.

Each file (TXT, PDF or DOCX) is read and kept with what was found; nothing becomes a
draft agreement until an officer reviews it on the page the command prints. A file that
cannot be read is reported and the others still go ahead.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.urls import reverse
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from accord.accounts.models import User
from accord.core.commands import AccordCommand
from accord.imports.reading import UnreadableDocument, max_bytes
from accord.imports.services import import_create, read

KIND_NAMES = {"mou": "memorandum of understanding", "cover_report": "committee cover report"}


def _summary(findings: dict) -> str:
    parties = findings["parties"]
    matched = sum(1 for party in parties if party.get("match"))
    kind = KIND_NAMES.get(findings["kind"], findings["kind"].replace("_", " "))
    return (
        f"{kind}, {len(findings['sections'])} sections, {len(parties)} parties "
        f"({matched} matched), {len(findings['approval_steps'])} approval steps, "
        f"{len(findings['dates'])} dates"
    )


class Command(AccordCommand):
    help = "Read TXT, PDF or DOCX documents into imports that wait for an officer's review."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--by",
            metavar="EMAIL",
            help="The officer who reviews the imports (default: administrators only).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and report what was found; keep nothing.",
        )

    def handle(self, *args, files, by=None, dry_run=False, **options):
        actor = None
        if by:
            actor = User.objects.filter(email__iexact=by, is_active=True).first()
            if actor is None:
                raise CommandError(f"No active account has the e-mail address {by}.")
        console = Console(file=self.stdout, highlight=False, soft_wrap=True)
        failed = 0
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as progress:
            overall = progress.add_task("Files", total=len(files))
            for name in files:
                path = Path(name)
                pages = progress.add_task(f"Reading {path.name}", total=None)

                def advance(done: int, total: int, task=pages) -> None:
                    progress.update(task, completed=done, total=total)

                try:
                    outcome = self._one(path, actor, dry_run, advance)
                except (UnreadableDocument, OSError) as problem:
                    console.print(f"[red]{path.name}: {problem}[/red]")
                    failed += 1
                else:
                    console.print(outcome)
                progress.remove_task(pages)
                progress.advance(overall)
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be imported.")

    def _one(self, path: Path, actor, dry_run: bool, advance) -> str:
        size = path.stat().st_size
        if size > max_bytes():
            raise UnreadableDocument(
                f"The file is {size / 1_048_576:.1f} MB; the limit is "
                f"{max_bytes() / 1_048_576:.0f} MB (ACCORD_IMPORT_MAX_BYTES)."
            )
        content = path.read_bytes()
        if dry_run:
            _, findings = read(content, path.name, advance)
            title = findings["title"]["value"] or "(no title found)"
            return f"{path.name}: “{title}”, {_summary(findings)}. Nothing was kept (dry run)."
        record = import_create(actor=actor, content=content, filename=path.name, progress=advance)
        url = f"{settings.ACCORD_BASE_URL}{reverse('imports:review', args=[record.pk])}"
        return f"{path.name}: “{record.title}”, {_summary(record.findings)}.\n  Review it at {url}"
