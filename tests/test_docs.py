"""The Python examples of README.md and docs/*.md run as doctests against the sample graph.

The ```python blocks written as doctests (``>>>``) run page by page, each page in a
folder of its own where the sample graph is ``outputs/graph.json`` (what ``make demo``
leaves); the blocks of a page share their names, as in a notebook.
"""

import doctest
import re
import shutil
from pathlib import Path

import pytest

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


def in_sample_folder(samples_build, folder: Path, monkeypatch) -> None:
    """Make ``folder`` the working folder, with the sample graph as outputs/graph.json."""
    _, out = samples_build
    (folder / "outputs").mkdir(parents=True)
    shutil.copy(out / "graph.json", folder / "outputs" / "graph.json")
    monkeypatch.chdir(folder)


def test_the_pages_have_doctests():
    assert doctests(ROOT / "README.md") and doctests(ROOT / "docs" / "python-api.md")


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

