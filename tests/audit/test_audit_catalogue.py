"""Audit actions and history keys are declared once (accord/audit/actions.py) and every
entry Accord writes uses them: a free string cannot slip into the trail."""

from __future__ import annotations

import ast
from pathlib import Path

from accord.audit.actions import AuditAction

ACCORD = Path(__file__).resolve().parents[2] / "accord"


def _audit_calls():
    for path in ACCORD.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
                continue
            signature = getattr(function, "args", None)
            parameters = signature.args + signature.kwonlyargs if signature else []
            declared = {
                parameter.arg
                for parameter in parameters
                if parameter.annotation is not None
                and ast.unparse(parameter.annotation) == "AuditAction"
            }
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "audit_record":
                    yield path, node, declared


def _names_an_action(node: ast.AST, declared: set[str]) -> bool:
    """An AuditAction member, a choice between two, or a parameter typed AuditAction."""
    if isinstance(node, ast.IfExp):
        return _names_an_action(node.body, declared) and _names_an_action(node.orelse, declared)
    if isinstance(node, ast.Name):
        return node.id in declared
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "AuditAction"
    )


def _used_actions() -> set[str]:
    used = set()
    for path in ACCORD.rglob("*.py"):
        if path.name == "actions.py" and path.parent.name == "audit":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "AuditAction":
                used.add(node.attr)
    return used


def test_every_audit_entry_names_a_declared_action_and_a_declared_history():
    calls = {(path, call.lineno): (path, call, declared) for path, call, declared in _audit_calls()}
    assert len(calls) > 50
    problems = []
    for path, call, declared in calls.values():
        arguments = {keyword.arg: keyword.value for keyword in call.keywords}
        where = f"{path.relative_to(ACCORD.parent)}:{call.lineno}"
        if not _names_an_action(arguments.get("action"), declared):
            problems.append(f"{where}: action is not an AuditAction")
        subject = arguments.get("subject")
        if isinstance(subject, ast.JoinedStr | ast.Constant):
            problems.append(f"{where}: subject is a written-out string, not a History key")
    assert problems == []


def test_every_declared_action_is_written_somewhere():
    unused = {member.name for member in AuditAction} - _used_actions()
    assert unused == set()


def test_action_values_are_dotted_lower_case_names():
    for member in AuditAction:
        assert member.value == member.name.lower().replace("_", ".", member.value.count("."))
        assert all(part for part in member.value.split("."))
