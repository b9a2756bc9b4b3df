"""Scripts that write kg's knowledge base (``kg/kb/data``) from checkable sources."""

from __future__ import annotations

import json
from pathlib import Path


def write_rows(path: Path, rows: list[dict], comment: str) -> None:
    """Write knowledge-base rows as JSON Lines after a ``//`` comment line.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "sub" / "x.jsonl"
    >>> write_rows(p, [{"id": "org:x", "name": "X", "type": "ORG"}], "written by hand")
    >>> p.read_text(encoding="utf-8").splitlines()[0]
    '// written by hand'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"// {comment}\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
