"""Count public functions in accord/*/services* and accord/*/selectors* and how many are fully typed.

Fully typed = every parameter (except self/cls) annotated, *args/**kwargs annotated, and a return
annotation. Public = module-level def/async def whose name does not start with "_".
Usage: .venv/bin/python scripts/typed-share.py . [--list]
"""

import ast
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
show = "--list" in sys.argv
files = []
for app in sorted((root / "accord").iterdir()):
    for name in ("services", "selectors"):
        p = app / f"{name}.py"
        if p.is_file():
            files.append(p)
        d = app / name
        if d.is_dir():
            files.extend(sorted(d.rglob("*.py")))

total = typed = 0
untyped = []
for f in files:
    tree = ast.parse(f.read_text())
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name.startswith(
            "_"
        ):
            continue
        a = node.args
        params = a.posonlyargs + a.args + a.kwonlyargs
        ok = node.returns is not None and all(p.annotation is not None for p in params)
        for extra in (a.vararg, a.kwarg):
            if extra is not None and extra.annotation is None:
                ok = False
        total += 1
        typed += ok
        if not ok:
            untyped.append(f"{f.relative_to(root)}:{node.lineno} {node.name}")
print(
    f"public service/selector functions: {total}; fully typed: {typed} ({100 * typed // max(total, 1)}%)"
)
if show:
    print("\n".join(untyped))
