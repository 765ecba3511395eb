"""Shared page setup for the PDF documents of the unseen-1 corpus: A4 pages rendered by
WeasyPrint, with a running footer (and optionally a header) as councils print them."""

from __future__ import annotations

from html import escape
from pathlib import Path

BASE_CSS = """
@page {
  size: A4;
  margin: 24mm 20mm 24mm 20mm;
  @top-right { content: "%(header)s"; font-size: 8pt; color: #555; }
  @bottom-left { content: "%(footer)s"; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt;
                  color: #555; }
}
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt;
       line-height: 1.4; color: #111; }
h1 { font-size: 17pt; margin: 0 0 4mm 0; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm 0; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm 0; }
p { margin: 0 0 2.5mm 0; }
ul, ol { margin: 1mm 0 3mm 0; }
li { margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%%; margin: 2mm 0 4mm 0; }
th, td { border: 1px solid #666; padding: 1.6mm 2mm; text-align: left; vertical-align: top;
         font-size: 9pt; }
th { background: #e4e4e4; }
.new-page { page-break-before: always; }
.small { font-size: 8.5pt; color: #333; }
.cover { margin-top: 50mm; }
.cover h1 { font-size: 22pt; }
"""


def css(*, footer: str, header: str = "", extra: str = "") -> str:
    """The page CSS with the running footer and header text filled in."""
    quote = {'"': '\\"'}
    return (
        BASE_CSS
        % {
            "footer": footer.translate(str.maketrans(quote)),
            "header": header.translate(str.maketrans(quote)),
        }
        + extra
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def numbered(items: list[str], style: str = "decimal") -> str:
    return (
        f'<ol style="list-style-type: {style}">'
        + "".join(f"<li>{escape(item)}</li>" for item in items)
        + "</ol>"
    )


def table(head: list[str], rows: list[list[str]]) -> str:
    """A bordered table with a header row (repeated by WeasyPrint on every page)."""
    header = "".join(f"<th>{escape(cell)}</th>" for cell in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def write_pdf(path: Path, *, title: str, style: str, body: str) -> None:
    from weasyprint import HTML

    html = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{style}</style></head><body>{body}</body></html>"
    )
    HTML(string=html).write_pdf(path)
