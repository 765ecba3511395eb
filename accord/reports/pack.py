"""A meeting's agenda pack: the agenda, then each item's cover report with its
appendices, as one PDF whose page numbers match the agenda.

Each report is laid out first, so its length is known; the agenda is then laid out
with the page each item starts on (again, should the agenda itself grow a page); and
every page of the pack is stamped with its number in the pack.

``pack_fingerprint`` is a hash of everything the pack shows, worked out from the database
without laying anything out: the meeting, the items its reader may see (the private or
the public variant), each item's cover report (its latest version and the verified
implications it prints), the agreement text appended to it and the governance map
drawn after it. Packs are kept under it (packs.py), so a change to any of these is a new
fingerprint and a pack made before it is never served.
"""

from __future__ import annotations

import hashlib
from dataclasses import astuple, dataclass
from io import BytesIO

from django.conf import settings
from django.template.loader import render_to_string
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from accord.approvals.models import AgendaItem, Meeting
from accord.documents.content import agreement_content
from accord.documents.pdf import _refuse, _stylesheet
from accord.governance.maps import map_fingerprint
from accord.reports.documents import appendix_version, report_documents
from accord.reports.models import CoverReport
from accord.reports.selectors import ReportView, report_view

# Changes when the pack's layout does (templates, stamping), so packs made by an earlier
# release are made again.
LAYOUT = "pack-1"


@dataclass
class PackItem:
    number: int
    item: AgendaItem
    pages: list
    start: int | None = None

    @property
    def title(self) -> str:
        return self.item.title


def visible_items(
    meeting: Meeting, *, with_private: bool
) -> list[tuple[int, AgendaItem, CoverReport | None]]:
    """The items the pack shows, numbered as its agenda numbers them, each with its
    step's cover report if it has one. Private items only in the private variant."""
    items = meeting.items.select_related(
        "approval_step__agreement__owning_body__area",
        "approval_step__body",
        "approval_step__cover_report",
    ).order_by("order")
    result = []
    for number, item in enumerate((i for i in items if i.public or with_private), start=1):
        report = getattr(item.approval_step, "cover_report", None) if item.approval_step else None
        result.append((number, item, report))
    return result


def pack_items(meeting: Meeting, *, with_private: bool) -> list[PackItem]:
    result = []
    for number, item, report in visible_items(meeting, with_private=with_private):
        pages = []
        if report is not None:
            pages = [
                page
                for document in report_documents(report_view(report))
                for page in document.pages
            ]
        result.append(PackItem(number, item, pages))
    return result


def _report_facts(view: ReportView) -> tuple:
    """What a cover report and its appendices print (documents.report_documents)."""
    parts = [(part.key, part.heading, part.text, part.level) for part in view.parts]
    facts: list = [view.report.pk, view.number, view.cover, parts, view.consultation_rows]
    facts.append(view.verified_by)
    version = appendix_version(view)
    if version is not None:
        doc = agreement_content(version)
        facts.append(
            (
                version.pk,
                version.number,
                version.label,
                version.display_date,
                version.content_hash,
                version.is_published,
                version.revision,
                doc.title,
                doc.kind,
                doc.owning_body,
                doc.legally_binding,
                doc.declaration,
                [astuple(section) for section in doc.sections],
                doc.party_groups,
            )
        )
    owning_body = view.report.step.agreement.owning_body
    facts.append(map_fingerprint(owning_body.area if owning_body is not None else None))
    return tuple(facts)


def pack_fingerprint(meeting: Meeting, *, with_private: bool) -> str:
    """A hash of everything the pack of ``meeting`` shows in this variant (module note)."""
    facts: list = [
        LAYOUT,
        settings.ACCORD_SITE_NAME,
        "private" if with_private else "public",
        meeting.pk,
        meeting.title,
        meeting.body.name,
        meeting.display_date,
        str(meeting.start_time),
        meeting.location,
    ]
    for number, item, report in visible_items(meeting, with_private=with_private):
        facts.append((number, item.pk, item.title, item.public, item.approval_step_id))
        if report is not None:
            facts.append(_report_facts(report_view(report)))
    return hashlib.sha256(repr(facts).encode()).hexdigest()


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
