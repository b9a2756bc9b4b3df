"""What the ``kg`` commands that read a graph.json share: reading it, and usage errors."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import networkx as nx

from kg.errors import ExitCode, GraphFileError, UsageError
from kg.export.json import read_json


def usage(message: str) -> int:
    """Print ``kg: error: message`` on stderr; returns the usage exit code (2)."""
    print(f"kg: error: {message}", file=sys.stderr)
    return ExitCode.USAGE


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same existing file.

    Examples
    --------
    >>> same_file(Path(__file__), Path(__file__)), same_file(Path(__file__), Path("nowhere"))
    (True, False)
    """
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def read_graph(path: Path) -> nx.MultiDiGraph:
    """Read a graph.json, or raise :class:`UsageError` saying why it cannot be read.

    Examples
    --------
    >>> read_graph(Path("no-such-graph.json"))
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: cannot read no-such-graph.json: No such file or directory
    """
    try:
        return read_json(path)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except GraphFileError as exc:
        raise UsageError(f"cannot read {path}: {exc.reason}") from None
