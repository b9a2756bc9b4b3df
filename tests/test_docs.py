"""The examples of README.md and docs/*.md run, and what the pages point at exists.

- ```python blocks written as doctests (``>>>``) run page by page, each page in a
  folder of its own where the sample graph is ``outputs/graph.json`` (what ``make demo``
  leaves); the blocks of a page share their names, as in a notebook.
- Other ```python blocks are sketches that are not run (they need a folder of articles
  or a Dask cluster); what they import and the ``kg.*`` names they use must exist.
- ```console blocks are ``kg`` commands (``$ .venv/bin/kg ...``) with their output,
  run on the same sample graph.
- Relative links (and their ``#anchors``) and the repository paths and ``kg.*`` names
  written in backticks exist.
"""

import ast
import doctest
import importlib
import re
import shlex
import shutil
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", flags=re.DOTALL | re.MULTILINE)


def name(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def blocks(page: Path, lang: str) -> list[str]:
    """The fenced blocks of ``page`` marked ``lang``."""
    return [body for kind, body in FENCE.findall(page.read_text(encoding="utf-8")) if kind == lang]


def doctests(page: Path) -> list[str]:
    return [b for b in blocks(page, "python") if b.lstrip().startswith(">>>")]


def sketches(page: Path) -> list[str]:
    return [b for b in blocks(page, "python") if not b.lstrip().startswith(">>>")]


def in_sample_folder(samples_build, folder: Path, monkeypatch) -> None:
    """Make ``folder`` the working folder, with the sample graph as outputs/graph.json."""
    _, out = samples_build
    (folder / "outputs").mkdir(parents=True)
    shutil.copy(out / "graph.json", folder / "outputs" / "graph.json")
    monkeypatch.chdir(folder)


def test_the_pages_have_doctests():
    assert doctests(ROOT / "README.md") and doctests(ROOT / "docs" / "python-api.md")
    assert blocks(ROOT / "README.md", "console")


@pytest.mark.parametrize("page", [p for p in PAGES if doctests(p)], ids=name)
def test_python_examples_run_on_the_sample_graph(page, samples_build, tmp_path, monkeypatch):
    in_sample_folder(samples_build, tmp_path, monkeypatch)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report, globs = [], {}
    for number, block in enumerate(doctests(page)):
        test = parser.get_doctest(block, globs, f"{name(page)} block {number + 1}", name(page), 0)
        runner.run(test, out=report.append, clear_globs=False)
        globs = test.globs  # the DocTest ran on a copy
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0, "".join(report)


def kg_names(tree: ast.AST):
    """Every dotted name rooted at ``kg`` in ``tree``: ``kg.build``, ``kg.export.rdf``..."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parts = []
            while isinstance(node, ast.Attribute):
                parts.insert(0, node.attr)
                node = node.value
            if isinstance(node, ast.Name) and node.id == "kg":
                yield "kg." + ".".join(parts)


def resolve(dotted: str):
    """The object ``dotted`` names (a module, or an attribute of one); raises if none."""
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], start=1):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            obj = importlib.import_module(".".join(parts[: i + 1]))
    return obj


@pytest.mark.parametrize("page", [p for p in PAGES if sketches(p)], ids=name)
def test_python_sketches_name_what_exists(page):
    for block in sketches(page):
        tree = ast.parse(block)
        imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        exec(compile(ast.Module(body=imports, type_ignores=[]), name(page), "exec"), {})
        for dotted in kg_names(tree):
            resolve(dotted)


def console_examples(page: Path):
    """``(command line, expected output)`` of every ``$ kg`` line of ``page``'s console blocks."""
    for block in blocks(page, "console"):
        for example in re.split(r"^(?=\$ )", block, flags=re.MULTILINE):
            if example.strip():
                command, _, output = example.partition("\n")
                yield command[2:], output


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p, "console")], ids=name)
def test_console_examples_print_what_they_show(page, samples_build, tmp_path, monkeypatch,
                                               capsys):
    in_sample_folder(samples_build, tmp_path, monkeypatch)
    for command, output in console_examples(page):
        program, *args = shlex.split(command)
        assert program in ("kg", ".venv/bin/kg"), command
        capsys.readouterr()
        assert main(args) == 0, command
        shown = [line.rstrip() for line in capsys.readouterr().out.strip("\n").splitlines()]
        assert shown == [line.rstrip() for line in output.strip("\n").splitlines()], command


def anchors(page: Path) -> set[str]:
    """The ``#anchors`` GitHub gives the headings of ``page`` (outside code blocks)."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    headings = re.findall(r"^#+\s+(.*?)\s*$", text, flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_relative_links_and_anchors_exist(page):
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{name(page)}: {target}"
        if anchor:
            assert anchor in anchors(linked), f"{name(page)}: {target}"


#: Backticked repository paths (``{a,b}`` alternatives allowed) and ``kg.*`` names.
PATH = re.compile(r"`((?:kg|pipelines|tests|data|docs|notebooks)/[\w./{},-]*)`")
DOTTED = re.compile(r"`(kg(?:\.\w+)+)[`(]")


def expand(path: str) -> list[str]:
    match = re.search(r"\{([^}]*)\}", path)
    if not match:
        return [path]
    return [p for alt in match.group(1).split(",")
            for p in expand(path[: match.start()] + alt + path[match.end():])]


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_paths_and_names_in_backticks_exist(page):
    text = page.read_text(encoding="utf-8")
    for written in PATH.findall(text):
        for path in expand(written):
            assert (ROOT / path).exists(), f"{name(page)}: {written}"
    for dotted in DOTTED.findall(text):
        resolve(dotted)
