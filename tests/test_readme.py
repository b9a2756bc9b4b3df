"""The README's Python examples run as doctests against the sample graph."""

import doctest
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_doctests():
    """The ```python blocks of the README written as doctests (with ``>>>``)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    return [b for b in blocks if b.lstrip().startswith(">>>")]


def test_readme_has_doctests():
    assert readme_doctests()


def test_readme_examples_run_on_the_sample_graph(samples_build, tmp_path, monkeypatch):
    _, out = samples_build
    (tmp_path / "outputs").mkdir()
    shutil.copy(out / "graph.json", tmp_path / "outputs" / "graph.json")
    monkeypatch.chdir(tmp_path)  # the examples read outputs/graph.json
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for number, block in enumerate(readme_doctests()):
        test = parser.get_doctest(block, {}, f"README block {number}", "README.md", 0)
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 5 and result.failed == 0
