"""The packages of kg are stages: each imports only itself and the stages before it."""

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"

#: Packages in the order the data flows; the top-level modules (errors, about) and the
#: language data come first, since every stage may use them.
STAGES = ("errors", "about", "lang", "ingest", "nlp", "kb", "extract", "graph", "export", "query",
          "pipeline", "cli")


def imported(path):
    """Every ``kg.*`` module a file imports, wherever the import stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("kg."))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "kg":
                yield from (f"kg.{a.name}" for a in node.names)
            elif node.module.startswith("kg."):
                yield node.module


def stage(module):
    part = module.split(".")[1]
    return STAGES.index(part) if part in STAGES else None


MODULES = sorted(p for p in KG.rglob("*.py") if p.parent != KG)


def test_every_package_has_a_stage():
    assert {p.relative_to(KG).parts[0] for p in MODULES} <= set(STAGES)
    top = sorted(p.name for p in KG.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "about.py", "errors.py"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(KG).as_posix())
def test_no_stage_imports_a_later_one(path):
    own = STAGES.index(path.relative_to(KG).parts[0])
    later = sorted({m for m in imported(path) if stage(m) is not None and stage(m) > own})
    assert later == [], f"{path.relative_to(KG)} imports later stages: {later}"
