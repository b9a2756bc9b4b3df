"""notebooks/explore.ipynb runs from top to bottom without a cell error."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def executed(samples_build):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    _, out = samples_build
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    # the notebook reads the sample graph built for the tests, not outputs/
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_OUTPUTS", str(out))
        client.execute()  # raises CellExecutionError on any cell error
    return nb


def _text(cell):
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def test_every_code_cell_ran(executed):
    cells = [c for c in executed.cells if c.cell_type == "code"]
    assert cells and all(c.execution_count for c in cells)
    assert not [o for c in cells for o in c.outputs if o.output_type == "error"]


def test_the_questions_are_answered(executed):
    text = "\n".join(_text(c) for c in executed.cells if c.cell_type == "code")
    assert "Zulkifli Hasan" in text
    assert "did you mean" in text and "Tokopedia" in text


def test_a_dataframe_a_chart_and_the_page_are_shown(executed):
    data = [o.get("data", {}) for c in executed.cells if c.cell_type == "code"
            for o in c.outputs]
    assert any("text/html" in d and "<table" in d["text/html"] for d in data)
    assert any("image/png" in d for d in data)
    assert any("text/html" in d and "<iframe srcdoc=" in d["text/html"] for d in data)
