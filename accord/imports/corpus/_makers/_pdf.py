"""Shared page styles and rendering for the PDF documents of the blind import corpora.

Each PDF module builds its own HTML body; this module gives it an A4 page with a running
header and footer, and writes it with WeasyPrint, so the PDFs have real page breaks, real
tables (header rows repeated on a new page) and real lists.
"""

from __future__ import annotations

from pathlib import Path

BASE_CSS = """
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt;
       line-height: 1.4; color: #111; }
h1 { font-size: 20pt; margin: 0 0 4mm 0; }
h2 { font-size: 13pt; margin: 7mm 0 2mm 0; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm 0; }
p { margin: 0 0 2.5mm 0; }
.new-page { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; }
th, td { border: 1px solid #666; padding: 1.5mm 2mm; text-align: left; vertical-align: top;
         font-size: 9pt; }
th { background: #e4e4e4; }
td.group { background: #f1f1f1; font-weight: bold; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
.small { font-size: 8.5pt; color: #333; }
"""


def page_css(*, footer: str, header: str = "", plain_first_page: bool = True) -> str:
    """An A4 page whose footer prints ``footer`` and the page number, and an optional header.

    ``footer`` and ``header`` are CSS string contents, so they must not hold double quotes.
    """
    rules = [
        "@page { size: A4; margin: 22mm 20mm 24mm 20mm;",
        f'  @bottom-left {{ content: "{footer}"; font-size: 8pt; color: #444; }}',
        '  @bottom-right { content: "Page " counter(page) " of " counter(pages);'
        " font-size: 8pt; color: #444; }",
    ]
    if header:
        rules.append(f'  @top-right {{ content: "{header}"; font-size: 8pt; color: #444; }}')
    rules.append("}")
    if plain_first_page:
        rules.append("@page :first { @top-right { content: none; } }")
    return "\n".join(rules) + BASE_CSS


def write_pdf(*, body: str, css: str, path: Path) -> None:
    """Render ``body`` (HTML inside <body>) with ``css`` to a PDF at ``path``."""
    from weasyprint import HTML

    html = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )
    HTML(string=html).write_pdf(path)
