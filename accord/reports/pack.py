"""A meeting's agenda pack: the agenda, then each item's cover report with its
appendices, as one PDF whose page numbers match the agenda.

Each report is laid out first, so its length is known; the agenda is then laid out
with the page each item starts on (again, should the agenda itself grow a page); and
every page of the pack is stamped with its number in the pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.template.loader import render_to_string
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from accord.approvals.models import AgendaItem, Meeting
from accord.documents.pdf import _refuse, _stylesheet
from accord.reports.documents import report_documents
from accord.reports.selectors import report_view


@dataclass
class PackItem:
    number: int
    item: AgendaItem
    pages: list
    start: int | None = None

    @property
    def title(self) -> str:
        return self.item.title


def pack_items(meeting: Meeting, *, with_private: bool) -> list[PackItem]:
    items = meeting.items.select_related(
        "approval_step__agreement__owning_body__area",
        "approval_step__body",
        "approval_step__cover_report",
    ).order_by("order")
    result = []
    for number, item in enumerate((i for i in items if i.public or with_private), start=1):
        report = getattr(item.approval_step, "cover_report", None) if item.approval_step else None
        pages = []
        if report is not None:
            pages = [
                page
                for document in report_documents(report_view(report))
                for page in document.pages
            ]
        result.append(PackItem(number, item, pages))
    return result


def _agenda(meeting: Meeting, items: list[PackItem]):
    html = render_to_string(
        "reports/pdf/agenda.html",
        {"meeting": meeting, "items": items, "site_name": settings.ACCORD_SITE_NAME},
    )
    return HTML(string=html, url_fetcher=_refuse).render(stylesheets=[_stylesheet()])


def _number_pages(items: list[PackItem], agenda_pages: int) -> None:
    page = agenda_pages + 1
    for entry in items:
        entry.start = page if entry.pages else None
        page += len(entry.pages)


def render_agenda_pack(meeting: Meeting, *, with_private: bool) -> tuple[bytes, list[PackItem]]:
    items = pack_items(meeting, with_private=with_private)
    agenda = None
    agenda_pages = 1
    for _ in range(3):  # settles at once unless the agenda's own length changes
        _number_pages(items, agenda_pages)
        agenda = _agenda(meeting, items)
        if len(agenda.pages) == agenda_pages:
            break
        agenda_pages = len(agenda.pages)
    assert agenda is not None  # the loop above runs at least once
    pages = list(agenda.pages) + [page for entry in items for page in entry.pages]
    pack = agenda.copy(pages).write_pdf()
    return _stamp(pack, len(pages)), items


def _stamp(pdf: bytes, total: int) -> bytes:
    """Write "Agenda pack page n of N" at the top of every page."""
    stamps_html = "".join(
        f'<div class="stamp">Agenda pack page {n} of {total}</div>' for n in range(1, total + 1)
    )
    css = (
        "@page { size: A4; margin: 0 } body { margin: 0 } "
        ".stamp { page-break-after: always; text-align: right; padding: 8mm 20mm 0 0; "
        'font: 8pt "Liberation Sans", "DejaVu Sans", sans-serif; color: #505a5f }'
    )
    overlay = HTML(string=f"<style>{css}</style>{stamps_html}", url_fetcher=_refuse).write_pdf()
    stamps = PdfReader(BytesIO(overlay))
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    for page, stamp in zip(writer.pages, stamps.pages, strict=False):
        page.merge_page(stamp)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
