"""One error hierarchy under KGError, defined in one module; one exit-code table."""

import ast
import inspect
from pathlib import Path

import kg.errors
from kg.errors import ExitCode, KGError

KG = Path(__file__).resolve().parents[1] / "kg"


def test_every_exception_of_kg_is_a_kgerror():
    classes = [c for _, c in inspect.getmembers(kg.errors, inspect.isclass)
               if issubclass(c, BaseException)]
    assert len(classes) > 10
    assert all(issubclass(c, KGError) for c in classes)


def test_exceptions_are_defined_in_kg_errors_only():
    found = []
    for path in KG.rglob("*.py"):
        if path.name == "errors.py" and path.parent == KG:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", getattr(b, "attr", "")).endswith(("Error", "Exception"))
                    for b in node.bases):
                found.append(f"{path.relative_to(KG)}:{node.name}")
    assert found == []


def test_exit_codes_are_one_table():
    assert [(c.name, int(c)) for c in ExitCode] == [
        ("OK", 0), ("FAILED", 1), ("USAGE", 2), ("SKIPPED", 3), ("INTERRUPTED", 130)]
    for path in KG.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "EXIT_" not in text, path  # no second table of exit codes anywhere
