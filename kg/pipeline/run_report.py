"""report.json: what happened to every input, and what the graph holds."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx

from kg.about import __version__
from kg.errors import ExitCode
from kg.export._atomic import atomic_write_text
from kg.ingest import article as A


def exit_code(articles) -> ExitCode:
    """Exit code of a build over ``articles``.

    ``OK`` (0): every input was built (duplicates count as built); ``FAILED``
    (1): at least one input failed (status ``error``); ``SKIPPED`` (3): none
    failed but some were skipped (``unsupported`` or ``too_short``).

    Examples
    --------
    >>> exit_code([A.Article("a"), A.Article("b", status=A.TOO_SHORT)])
    <ExitCode.SKIPPED: 3>
    """
    statuses = {a.status for a in articles}
    if A.ERROR in statuses:
        return ExitCode.FAILED
    if statuses & {A.UNSUPPORTED, A.TOO_SHORT}:
        return ExitCode.SKIPPED
    return ExitCode.OK


def make_report(articles, graph: nx.MultiDiGraph, *, inputs=(), seconds=None,
                segments=None, cleaning=None) -> dict:
    """Summarise a build.

    Every article appears in ``articles.by_status``; those not built (any
    status but ``ok``) are listed one by one under ``problems`` with the
    reason.

    Examples
    --------
    >>> r = make_report([A.Article("a", lang="en")], nx.MultiDiGraph())
    >>> r["articles"]["total"], r["articles"]["by_status"]["ok"], r["exit_code"]
    (1, 1, 0)
    """
    by_status = Counter({s: 0 for s in A.STATUSES})
    by_status.update(a.status for a in articles)
    return {
        "kg_version": __version__,
        "created": graph.graph.get("created"),
        "inputs": list(inputs),
        "articles": {
            "total": len(articles),
            "by_status": dict(by_status),
            "by_language": dict(Counter(a.lang or "unknown" for a in articles
                                        if a.status in (A.OK, A.UNSUPPORTED))),
            "paragraphs_by_pipeline": dict(segments or {}),
        },
        "cleaning": {"lines_removed_or_edited": {k: v for k, v in (cleaning or {}).items() if v}},
        "problems": [
            {k: v for k, v in a.record().items() if k in ("id", "path", "status", "error",
                                                          "duplicate_of", "lang")}
            for a in articles if a.status != A.OK
        ],
        "entities": {
            "total": graph.number_of_nodes(),
            "by_type": dict(Counter(t for _, t in graph.nodes(data="type"))),
        },
        "edges": {
            "total": graph.number_of_edges(),
            "by_family": dict(Counter(f for *_, f in graph.edges(data="family"))),
            "by_relation": dict(Counter(r for *_, r in graph.edges(data="relation"))),
        },
        "seconds": dict(seconds or {}),
        "exit_code": int(exit_code(articles)),
    }


def write_report(report: dict, path) -> None:
    """Write ``report`` as JSON, atomically."""
    atomic_write_text(path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
