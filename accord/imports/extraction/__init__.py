"""Reading an agreement, terms of reference or committee report out of its text.

``extract`` takes the lines a reader produced and returns everything found, as plain
data a review page can show and a person can correct: the kind and title, the numbered
sections with their text, parties by category, values, principles, the approval route,
dated facts, the report's author and the officers who verified its implications. Every
finding carries the file lines it came from. Nothing here touches the database.
"""

from __future__ import annotations

import re

from accord.imports.extraction import (
    approvals,
    bodies,
    dates,
    events,
    facts,
    genre,
    layoutlines,
    lists,
    parties,
    signing,
    tables,
    titles,
)
from accord.imports.extraction import values as values_reader
from accord.imports.extraction.lines import (
    BLANK,
    BULLET,
    CLAUSE,
    ITEM,
    NOISE,
    TEXT,
    Line,
    Paragraph,
    clean,
    paragraphs,
)
from accord.imports.extraction.structure import Part, outline, section_lines
from accord.imports.reading import SourceText

_KINDS = (
    ("terms_of_reference", r"terms of reference"),
    ("alliance_agreement", r"alliance agreement"),
    ("data_sharing", r"data[- ]sharing (?:agreement|protocol)"),
    ("section_75", r"section 75"),
    ("mou", r"memorandum of understanding|\bmou\b"),
)
_NAMES_AGREEMENT = re.compile(
    r"memorandum|\bmou\b|terms of reference|agreement|protocol|charter|compact|concordat",
    re.IGNORECASE,
)


def agreement_kind(text: str) -> str:
    for kind, pattern in _KINDS:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return "other"


def _is_report(part: Part, lines: list[Line]) -> bool:
    """A report has recommendations, and implications, a summary or a board's cover facts."""
    titles = " | ".join(h.title.lower() for h in part.headings)
    front = part.headings[0].first if part.headings else 0
    return "recommendation" in titles and (
        "implications" in titles or "summary" in titles or genre.board_paper(lines, front)
    )


def _render(items: list[Paragraph]) -> str:
    """Section text in Accord's plain form: paragraphs apart, "- " bullets, "a) " items."""
    out: list[str] = []
    previous = ""
    for paragraph in items:
        if paragraph.kind == BULLET:
            line = f"- {paragraph.text}"
        elif paragraph.kind == ITEM:
            line = f"{paragraph.label}) {paragraph.text}"
        elif paragraph.kind == CLAUSE:
            line = f"{paragraph.label} {paragraph.text}".strip()
        else:
            line = paragraph.text
        listed = paragraph.kind in (BULLET, ITEM)
        if out and not (listed and previous in (BULLET, ITEM) and previous == paragraph.kind):
            out.append("")
        out.append(line)
        previous = paragraph.kind
    return "\n".join(out).strip()


def _sections(lines: list[Line], part: Part, role: str) -> list[dict]:
    result = []
    for position, heading in enumerate(part.headings):
        body = section_lines(lines, part, position)
        found = paragraphs(body)
        first_index = heading.last + 1
        items = lists.section_items(lines, first_index, first_index + len(body) - 1) if body else []
        result.append(
            {
                "number": heading.number if heading.kind == "numbered" else "",
                "heading": heading.title,
                "label": heading.label,
                "kind": heading.kind,
                "text": _render(found),
                "lines": [
                    lines[heading.first].number,
                    body[-1].number if body else lines[heading.last].number,
                ],
                "part": role,
                "_paragraphs": found,
                "_items": items,
            }
        )
    return result


def _listed_title(sections: list[dict]) -> str:
    """A report without its agreement attached names it among its appendices."""
    for section in sections:
        if re.search(r"appendi", section["heading"], re.IGNORECASE):
            for paragraph in section["_paragraphs"]:
                # Several appendices listed on consecutive lines make one paragraph.
                for listed in re.split(
                    r"\s(?=(?:appendix|annex)\s+\w{1,3}\s*[:.\u2013-])", paragraph.text, flags=re.I
                ):
                    text = re.sub(
                        r"^(?:appendix|annex)\s+\w{1,3}\s*[:.\u2013-]\s*", "", listed, flags=re.I
                    )
                    if _NAMES_AGREEMENT.search(text):
                        return text.strip(" .")
    return ""


_ITEM_REF = re.compile(r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?[A-Z]*[/.-]?\d[\w/.-]*[:.]?\s+", re.I)


def _decision_title(lines: list[Line], part: Part):
    """A decision's subject: its title field, the line under "Item 9", or the line that
    opens a ModernGov "Decision details" page."""
    field = genre.field_title(lines)
    if field:
        return field[0], (field[1], field[1])
    item = genre.item_title(lines)
    if item:
        return item[0], (item[1], item[2])
    for heading in part.headings:
        if _NAMES_AGREEMENT.search(heading.title):
            # Minutes of several items: the item about the agreement is the subject.
            return heading.title, (lines[heading.first].number, lines[heading.last].number)
    if part.headings:
        first = part.headings[0]
        end = part.headings[1].first if len(part.headings) > 1 else part.last + 1
        found = genre.first_line_title(lines, first.last + 1, end)
        if found:
            return found[0], (found[1], found[1])
    return None


def _whole(lines: list[Line]) -> dict:
    """A document without sections read as one (a form, a decision in a table)."""
    found = paragraphs(lines)
    return {"heading": "", "label": "", "_paragraphs": found, "_items": []}


def _runs(lines: list[Line]) -> list[str]:
    """The text in runs that may hold one name: a line that ran to the page's width goes
    on into the next; a short line (a list's item, a title page's line) ends a run."""
    runs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if line.kind in (BLANK, NOISE):
            if current:
                runs.append(current)
            current = ""
            continue
        if line.table:
            runs += [cell for cell in line.text.split("|")]
            continue
        if line.kind in (BULLET, ITEM) and current:
            runs.append(current)  # a list's item starts a run of its own
            current = ""
        current = f"{current} {line.text}".strip()
        # An item that runs to the width goes on only onto its own hanging lines.
        hanging = index + 1 < len(lines) and lines[index + 1].indent > line.indent
        if not line.full or (line.kind in (BULLET, ITEM) and not hanging):
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs


def _span(*numbers: int) -> list[int]:
    return [min(numbers), max(numbers)]


_MEETING_HINT = re.compile(r"\bmeeting\b|\bitem\b|\bagenda\b", re.IGNORECASE)
_DECIDED_BY = re.compile(
    r"^(?:report to|meeting|committee|board|decision maker|decision taker)\s*:\s*(.+)$|"
    r"\bdecisions? (?:taken|made) by (?:the )?(.+)$|^decisions? of (?:the )?(.+)$",
    re.IGNORECASE,
)


def _setting(lines: list[Line], head: int, title: str, kind: str) -> events.Setting:
    """What the title block's dates are about: the meeting (for a meeting's paper or
    decisions), the document, and its other facts."""
    content = [line.text for line in lines[:head] if line.kind == TEXT]
    plain = [t for t in content if ":" not in t and not dates.mentions(t)]
    facts_text = [t for t in content if ":" in t and not dates.mentions(t)]
    body = next(
        (next(g for g in m.groups() if g) for t in content if (m := _DECIDED_BY.search(t))),
        "",
    )
    meeting = f"{body.strip(' .')} meeting" if body else ""
    subject = f"decision notice: {title}" if kind == "decision_notice" else title
    return events.Setting(
        subject=subject,
        meeting=meeting,
        facts=", ".join(facts_text),
        plain=plain[0] if plain else "",
    )


def _dates(lines, parts, title: str, kind: str, table_lines, tabled) -> list[dates.DatedFact]:
    """Dates in document order: the title block's, then the text's; then the dates of
    table rows not already told in the text."""
    starts = [h.first for part in parts for h in part.headings]
    head = min(starts) if starts else 0
    today = events.document_date(lines, head)
    setting = _setting(lines, head, title, kind)
    collector = events.collect(lines, head, setting, today, skip=table_lines)
    for key, what, line in tabled.events:
        collector.add(key, what, line, line)
    return collector.facts


def extract(source: SourceText, known_organisations=frozenset()) -> dict:
    """Everything found in ``source``. ``known_organisations`` are names (casefolded) the
    register holds as organisations, which count as such however they look."""
    known = frozenset(known_organisations)
    lines = clean(source.lines, layoutlines.heading_lines(source))
    blocks, table_lines = layoutlines.tables(source, lines)
    parts = outline(lines, layout=source.format != "docx")
    warnings: list[str] = []
    decision = genre.is_decision(lines)
    report = not decision and _is_report(parts[0], lines)
    report_part = parts[0] if report else None
    agreement_part = (parts[1] if len(parts) > 1 else None) if report else parts[0]
    report_sections = _sections(lines, report_part, "report") if report_part else []
    agreement_sections = []
    for part in parts[1:] if report else parts:
        role = "agreement" if part is agreement_part else "appendix"
        if part.marker is not None:
            # The appendix line that begins an appended document heads it, with its title.
            agreement_sections.append(
                {
                    "number": "",
                    "heading": part.title,
                    "label": f"{part.marker.number}: {part.title}",
                    "kind": "start",
                    "text": "",
                    "lines": list(part.title_lines or (0, 0)),
                    "part": role,
                    "_paragraphs": [],
                    "_items": [],
                }
            )
        agreement_sections += _sections(lines, part, role)

    if report and agreement_part is not None:
        title, title_lines = agreement_part.title, agreement_part.title_lines
    elif report:
        title, title_lines = _listed_title(report_sections), None
        front = parts[0].headings[0].first if parts[0].headings else 0
        listed = genre.appended_in_facts(lines, front)
        title = title or (listed if _NAMES_AGREEMENT.search(listed) else "")
        warnings.append(
            "This is a committee report without the agreement attached: the draft will have "
            "the report's facts but no agreement text. Add the sections afterwards, or import "
            "the report with its appendix."
        )
    else:
        title, title_lines = parts[0].title, parts[0].title_lines
    if decision:
        title, title_lines = _decision_title(lines, parts[0]) or (title, title_lines)
        title = _ITEM_REF.sub("", title)  # "Item JWC/25/23   X": the item's number, no title
    elif report and not title:
        field = genre.field_title(lines, ("report title", "title", "title of paper"))
        title, title_lines = (field[0], (field[1], field[1])) if field else (title, title_lines)
    if not title:
        warnings.append("No title was found; type the agreement's title.")
    if not (agreement_sections or report_sections):
        warnings.append("No numbered sections were found; the whole text is one section.")

    heading_lines = {h.first for part in parts for h in part.headings}
    if parts[1:] and report:
        heading_lines |= {part.marker.first for part in parts[1:] if part.marker}

    tabled = tables.read(blocks, layoutlines.context(lines, parts), title, known)
    starts = [h.first for part in parts for h in part.headings]
    today = events.document_date(lines, min(starts) if starts else 0)
    named = [phrase for run in _runs(lines) for phrase in bodies.phrases(run)]
    if not (report_sections or agreement_sections):
        agreement_sections = [_whole(lines)]
    steps = approvals.route_of(
        lines,
        agreement_sections,
        report_sections,
        has_agreement=agreement_part is not None,
        report=report,
        tabled=tabled,
        named=named,
        today=today,
        now=approvals.document_key(lines, 0, today),
        known=known,
    )
    found_parties = parties.gather(lines, heading_lines, tabled, table_lines, known)
    steps = signing.each_party_signs(steps, lines, found_parties)
    steps = signing.names_cut_short(steps, found_parties)
    values = values_reader.read(lines, heading_lines, blocks)
    principles = lists.listed_under(lines, heading_lines, r"\bprinciples\b")
    officer = facts.author(lines)
    text = "\n".join(line.text for line in lines)
    if source.truncated:
        warnings.append("The document is very long: only its first part was read.")

    for section in report_sections + agreement_sections:
        section.pop("_paragraphs")
        section.pop("_items")
    starts = [h.first for part in parts for h in part.headings]
    head_text = " ".join(line.text for line in lines[: min(starts) if starts else 40])
    of_agreement = (
        genre.agreement_kind(title, head_text) if title else genre.agreement_kind(text[:5000])
    )
    kind = "decision_notice" if decision else "cover_report" if report else of_agreement
    return {
        "format": source.format,
        "pages": source.pages,
        "line_count": len(source.lines),
        "kind": kind,
        "agreement_kind": of_agreement,
        "title": {"value": title, "lines": list(title_lines) if title_lines else None},
        "has_agreement_text": agreement_part is not None,
        "sections": report_sections + agreement_sections,
        "parties": found_parties,
        "values": [{"text": v.text, "lines": _span(v.first, v.last)} for v in values],
        "principles": [{"text": v.text, "lines": _span(v.first, v.last)} for v in principles],
        "approval_steps": [
            {"body": s.body, "action": s.action, "lines": _span(s.first, s.last)} for s in steps
        ],
        "dates": [
            {"date": d.date, "what": d.what, "lines": _span(d.first, d.last)}
            for d in _dates(lines, parts, title, kind, table_lines, tabled)
        ],
        "author": (
            {
                "name": officer.name,
                "post": officer.post,
                "lines": _span(officer.first, officer.last),
            }
            if officer
            else None
        ),
        "verifiers": [
            {"name": o.name, "post": o.post, "area": o.area, "lines": _span(o.first, o.last)}
            for o in facts.verifiers(lines)
        ],
        "levels": facts.levels(text),
        "bodies": [
            {"name": name}
            for name in bodies.bodies(
                [*_runs(lines), *titles.running_names(lines)],
                [party["name"] for party in found_parties],
                [step.body for step in steps if step.action != "sign"],
            )
        ],
        "warnings": warnings,
    }
