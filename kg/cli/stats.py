"""``kg stats GRAPH [--json]``: counts of entities, relations and articles in a graph.json."""

from __future__ import annotations

import json

from kg.cli.query import open_graph
from kg.errors import ExitCode


def add_parser(sub) -> None:
    """Register the ``stats`` sub-command."""
    p = sub.add_parser(
        "stats", help="count the entities, relations and articles of a graph.json",
        description="Count the entities of a graph.json by type, its relations by family, "
                    "modality and relation, and its articles by status and language. "
                    "Exit codes: 0 counted; 2 usage error or unreadable graph.")
    p.add_argument("graph", metavar="GRAPH", help="a graph.json file")
    p.add_argument("--json", action="store_true",
                   help="print the counts as JSON (the dict of KnowledgeGraph.stats())")


def run(args) -> int:
    """Run ``kg stats``; returns the exit code."""
    g = open_graph(args.graph)
    if g is None:
        return ExitCode.USAGE
    stats = g.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    else:
        print(format_stats(stats, g.nx.graph.get("view")))
    return ExitCode.OK


def format_stats(stats: dict, view: str | None = None) -> str:
    """The counts of :meth:`kg.query.api.KnowledgeGraph.stats` as aligned lines.

    Examples
    --------
    >>> from kg.query.api import KnowledgeGraph
    >>> from kg.query.records import example_graph
    >>> print(format_stats(KnowledgeGraph(example_graph()).stats()))
    entities   7  by type: ORG 5, PERSON 2
    relations  7  by family: ownership 3, statement 2, regulation 1, role 1
                  by modality: asserted 7
                  by relation: owns 2, said 2, controls 1, holds_role 1, regulates 1
    articles   2  by status: ok 2
                  by language: en 1, id 1
    """
    width = max(len(f"{part['total']:,}") for part in stats.values())
    lines = [f"view: {view}"] if view else []
    for part, counts in stats.items():
        first = True
        for key, value in counts.items():
            if key == "total":
                continue
            head = f"{part:<9}  {counts['total']:>{width},}" if first else " " * (11 + width)
            shown = ", ".join(f"{k} {v:,}" for k, v in value.items()) or "none"
            lines.append(f"{head}  {key.replace('_', ' ')}: {shown}")
            first = False
    return "\n".join(lines)
