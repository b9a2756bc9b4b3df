"""The language packages: en and id do not import each other; what both use is in xx."""

import ast
from pathlib import Path

import pytest

import kg.lang

LANG_DIR = Path(kg.lang.__file__).parent


def _imports(path):
    """Every module a file imports ("from kg.lang import en" imports kg.lang.en)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                yield f"<relative {node.module}>"
            elif node.module == "kg.lang":
                yield from (f"kg.lang.{a.name}" for a in node.names)
            else:
                yield node.module


@pytest.mark.parametrize("lang,others", [("en", ("id",)), ("id", ("en",)), ("xx", ("en", "id"))])
def test_languages_do_not_import_each_other(lang, others):
    files = sorted((LANG_DIR / lang).glob("*.py"))
    assert files
    for path in files:
        found = set(_imports(path))
        assert not any(m.startswith("<relative") for m in found), path
        bad = sorted(m for m in found for o in others
                     if m == f"kg.lang.{o}" or m.startswith(f"kg.lang.{o}."))
        assert bad == [], f"{path.relative_to(LANG_DIR)} imports {bad}"
