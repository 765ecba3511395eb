"""Form rendering: fields drawn by crispy-forms-gds beside the hand-written GOV.UK field
template it replaced (kept here, as it was, as the baseline of the same run).

    .venv/bin/python bench/forms.py [--repeat 20]

The form is the largest Accord draws: the review of an imported document (the Thurrock
Children's MOU: every section, party, step, value and date as fields). Both ways draw the
same fields (text boxes, textareas, selects, checkboxes; the GOV.UK date inputs, which the
old template could not draw, are left out of both), from the same bound form, in one
process with Django's cached template loader, and the best of five runs is kept.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("ACCORD_DATA_DIR", tempfile.mkdtemp(prefix="accord-bench-forms-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    import django

    django.setup()
    from django import forms
    from django.core.management import call_command
    from django.template import Context, Engine

    from accord.core.templatetags.govuk import field
    from accord.demo.loader import demo_load
    from accord.governance.models import Body
    from accord.imports.forms import ReviewForm
    from accord.imports.services import import_create

    call_command("migrate", verbosity=0)
    demo_load()
    document = ROOT / "accord/imports/corpus/thurrock/thurrock-childrens-partnership-mou.txt"
    record = import_create(actor=None, content=document.read_bytes(), filename=document.name)
    form = ReviewForm(findings=record.findings, bodies=Body.objects.all())
    names = [n for n, f in form.fields.items() if not isinstance(f, forms.MultiValueField)]
    bound = [form[name] for name in names]
    engine = Engine(
        dirs=[str(ROOT / "bench")],
        loaders=[
            ("django.template.loaders.cached.Loader", ["django.template.loaders.filesystem.Loader"])
        ],
    )
    baseline = engine.get_template("baseline_field.html")

    def old():
        return "".join(baseline.render(Context({"field": b})) for b in bound)

    def new():
        return "".join(str(field(b)) for b in bound)

    rows = []
    for label, draw in (("hand-written template (baseline)", old), ("crispy-forms-gds", new)):
        draw()  # warm the template caches
        best = min(_time(draw, args.repeat) for _ in range(5))
        rows.append((label, best))
    base = rows[0][1]
    print(f"{len(bound)} fields, best of 5 runs of {args.repeat}")
    print(f"| {'way':<34} | {'ms per form':>11} | {'ratio':>6} |")
    print(f"|{'-' * 36}|{'-' * 13}|{'-' * 8}|")
    for label, seconds in rows:
        print(f"| {label:<34} | {seconds * 1000:>11.1f} | {seconds / base:>5.1f}x |")


def _time(draw, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        draw()
    return (time.perf_counter() - start) / repeat


if __name__ == "__main__":
    main()
