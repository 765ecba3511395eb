"""The app-level import graph of accord/: which apps import which, the pairs that import each
other both ways, and cross-app imports placed inside functions. `lint-imports` enforces the
direction; this prints the figures.

    .venv/bin/python scripts/app-graph.py . [-v] [-e]
"""

import ast
import collections
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
pkg = root / "accord"
edges = collections.Counter()
infunc = 0
infunc_list = []


def app_of(mod):
    parts = mod.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "accord" else None


for f in pkg.rglob("*.py"):
    rel = f.relative_to(root).with_suffix("")
    if "migrations" in rel.parts:
        continue
    mod = ".".join(rel.parts)
    src_app = app_of(mod)
    if src_app in (None,):
        continue
    tree = ast.parse(f.read_text())
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for n in names:
            dst = app_of(n)
            if dst and dst != src_app and not src_app.endswith(".py"):
                if src_app in ("settings", "urls", "wsgi", "cli", "env", "__init__"):
                    continue
                edges[(src_app, dst)] += 1
                p = parents.get(node)
                while p is not None and not isinstance(p, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    p = parents.get(p)
                if p is not None:
                    infunc += 1
                    infunc_list.append(f"{rel}: {n}")
pairs = sorted({tuple(sorted(e)) for e in edges if (e[1], e[0]) in edges})
print("two-way pairs:", len(pairs))
[print("  ", a, "<->", b) for a, b in pairs]
print("imports inside functions (cross-app):", infunc)
if "-v" in sys.argv:
    [print("   ", x) for x in infunc_list]
if "-e" in sys.argv:
    for (a, b), n in sorted(edges.items()):
        print(f"  {a} -> {b} ({n})")
