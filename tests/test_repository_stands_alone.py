"""The repository stands alone: nothing in it reads a file outside it.

A clone with nothing beside it must pass ``make test``. These checks read every file the
product, tests, benchmarks and scripts are made of and fail on any path that climbs out
of the repository: a relative path with more ``..`` than the file is deep, a
``Path(__file__)`` walked above the root, or an absolute path into somebody's home or
work folder.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("accord", "tests", "bench", "scripts", ".ci", "Makefile", "frontend")
TEXT_SUFFIXES = {".py", ".sh", ".html", ".txt", ".md", ".yaml", ".yml", ".toml", ".cfg", ""}
# Absolute paths into the places where people keep their checkouts. (An absolute path is
# otherwise hard to tell from a URL path such as "/agreements/new", which is fine.)
PERSONAL_ROOTS = {"home", "root", "Users", "work", "workspace", "mnt", "media", "srv", "shared"}
RELATIVE_UP = re.compile(r"(?<![\w.])((?:\.\./)+)([\w.-]*)")
ABSOLUTE = re.compile(r"""["'\s=(](/[A-Za-z][\w.-]*)(?:/[\w.-]+)*""")


def repository_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *CHECKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / name for name in listed if Path(name).suffix in TEXT_SUFFIXES]


def climbs_out(file: Path, ups: int) -> bool:
    """Whether going ``ups`` folders up from ``file``'s folder leaves the repository."""
    depth = len(file.parent.relative_to(ROOT).parts)
    return ups > depth


def relative_escapes(file: Path, text: str) -> list[str]:
    found = []
    for match in RELATIVE_UP.finditer(text):
        ups = match.group(1).count("../")
        if climbs_out(file, ups):
            found.append(match.group(0))
    return found


def absolute_escapes(text: str) -> list[str]:
    found = []
    for match in ABSOLUTE.finditer(text):
        path = match.group(0)[1:]
        first = PurePosixPath(path).parts[1] if len(PurePosixPath(path).parts) > 1 else ""
        if first in PERSONAL_ROOTS:
            found.append(path)
    return found


class _PathWalk(ast.NodeVisitor):
    """Follows ``Path(__file__)`` through ``.resolve()``, ``.parent``, ``.parents[n]`` and
    names bound to such paths, and records each path that ends above the repository."""

    def __init__(self, file: Path):
        self.file = file
        self.names: dict[str, int] = {}  # name -> levels above the file's folder
        self.escapes: list[str] = []

    def levels(self, node: ast.AST) -> int | None:
        """How many folders above the file's own folder ``node`` points, or None."""
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "Path" and node.args:
                argument = node.args[0]
                if isinstance(argument, ast.Name) and argument.id == "__file__":
                    return -1  # the file itself, one below its folder
            if isinstance(func, ast.Attribute) and func.attr in {"resolve", "absolute"}:
                return self.levels(func.value)
            return None
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute) and node.attr == "parent":
            inner = self.levels(node.value)
            return None if inner is None else inner + 1
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            if node.value.attr == "parents" and isinstance(node.slice, ast.Constant):
                inner = self.levels(node.value.value)
                return None if inner is None else inner + 1 + int(node.slice.value)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            inner = self.levels(node.left)
            if inner is not None and isinstance(node.right, ast.Constant):
                # "/ 'accord'" goes one folder down again ("/ '..'" up).
                for part in PurePosixPath(str(node.right.value)).parts:
                    inner += 1 if part == ".." else -1
            return inner
        return None

    def check(self, node: ast.AST) -> None:
        levels = self.levels(node)
        if levels is not None and climbs_out(self.file, levels):
            self.escapes.append(ast.unparse(node))

    def visit_Assign(self, node: ast.Assign) -> None:
        levels = self.levels(node.value)
        for target in node.targets:
            if isinstance(target, ast.Name) and levels is not None:
                self.names[target.id] = levels
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.check(node)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.check(node)
        self.generic_visit(node)


def python_escapes(file: Path, text: str) -> list[str]:
    walk = _PathWalk(file)
    walk.visit(ast.parse(text))
    return walk.escapes


def escapes_of(file: Path) -> list[str]:
    text = file.read_text(encoding="utf-8", errors="replace")
    found = relative_escapes(file, text) + absolute_escapes(text)
    if file.suffix == ".py":
        found += python_escapes(file, text)
    return found


def test_no_file_names_a_path_outside_the_repository():
    files = repository_files()
    assert len(files) > 100, "git ls-files found too few files to be this repository"
    offenders = {
        str(file.relative_to(ROOT)): found
        for file in files
        if file != Path(__file__).resolve() and (found := escapes_of(file))
    }
    assert offenders == {}


@pytest.mark.parametrize(
    ("relative", "source"),
    [
        ("tests/example.py", 'DOCS = Path(__file__).resolve().parents[2] / "shared" / "documents"'),
        (
            "tests/example.py",
            'ROOT = Path(__file__).resolve().parents[1]\nX = ROOT.parent / "shared"',
        ),
        ("tests/deeper/example.py", 'X = Path(__file__).parent.parent.parent.parent / "standards"'),
        ("scripts/example.sh", "cp ../../shared/documents/*.txt data/"),
        ("bench/example.py", 'OPEN = "/work/shared/standards/popolo"'),
    ],
)
def test_the_check_catches_each_way_out(relative, source, tmp_path):
    file = ROOT / relative
    found = relative_escapes(file, source) + absolute_escapes(source)
    if file.suffix == ".py":
        found += python_escapes(file, source)
    assert found, f"{source!r} in {relative} climbs out of the repository but was not caught"


@pytest.mark.parametrize(
    ("relative", "source"),
    [
        ("tests/example.py", 'ROOT = Path(__file__).resolve().parents[1]\nX = ROOT / "accord"'),
        ("tests/permissions/example.py", "ROOT = Path(__file__).resolve().parents[2]"),
        ("tests/example.py", 'A = Path(__file__).resolve().parents[1] / "accord"\nB = A.parent'),
        ("scripts/test.sh", 'cd "$(dirname "$0")/.."'),
        ("bench/example.py", 'CHROMIUM = "/usr/bin/chromium"'),
        ("tests/example.py", 'client.get("/agreements/childrens-mou/versions/1")'),
    ],
)
def test_the_check_lets_paths_inside_the_repository_pass(relative, source):
    file = ROOT / relative
    found = relative_escapes(file, source) + absolute_escapes(source)
    if file.suffix == ".py":
        found += python_escapes(file, source)
    assert found == []
