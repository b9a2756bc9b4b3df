"""``kg html GRAPH [--focus NAME]... [--max-nodes N]``: the interactive page of a graph.json."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.cli._common import read_graph, same_file, usage
from kg.errors import ExitCode, UsageError
from kg.export.html import write_html
from kg.graph.subgraph import neighbourhood, top_nodes

DEFAULT_HOPS = 2


def add_parser(sub) -> None:
    """Register the ``html`` sub-command."""
    p = sub.add_parser(
        "html", help="write the interactive page of a graph.json, or of part of it",
        description="Write the interactive HTML page of a graph.json built by 'kg build'. "
                    "--focus keeps the named entities and those near them; --max-nodes keeps "
                    "the most mentioned entities (after --focus, if both are given). "
                    "Exit codes: 0 page written; 2 usage error, unreadable graph or "
                    "unknown --focus name.")
    p.add_argument("graph", metavar="GRAPH", help="a graph.json file")
    p.add_argument("--out", metavar="FILE",
                   help="page to write (default: graph.html next to GRAPH, or graph-view.html "
                        "when --focus or --max-nodes is given)")
    p.add_argument("--focus", action="append", metavar="NAME",
                   help="keep this entity (by label or alias, any case) and the entities within "
                        "--hops of it; may be repeated")
    p.add_argument("--hops", type=whole_number, metavar="N",
                   help=f"distance kept around --focus, edges in either direction "
                        f"(default: {DEFAULT_HOPS})")
    p.add_argument("--max-nodes", type=positive_number, metavar="N",
                   help="keep at most N entities, those with most mentions")
    p.add_argument("--title", metavar="TEXT", help="page title and heading")


def run(args) -> int:
    """Run ``kg html``; returns the exit code."""
    if args.hops is not None and not args.focus:
        return usage("--hops needs --focus")
    graph_path = Path(args.graph)
    out = Path(args.out) if args.out else graph_path.parent / (
        "graph-view.html" if args.focus or args.max_nodes else "graph.html")
    if same_file(out, graph_path):
        return usage(f"--out {out} would overwrite the graph itself")
    try:
        G = read_graph(graph_path)
    except UsageError as exc:
        return usage(str(exc))
    H = G
    if args.focus:
        try:
            H = neighbourhood(H, args.focus, hops=DEFAULT_HOPS if args.hops is None else args.hops)
        except KeyError as exc:
            return usage(f"--focus: {exc.args[0]}")
    if args.max_nodes is not None:
        H = top_nodes(H, args.max_nodes)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_html(H, out, **({"title": args.title} if args.title is not None else {}))
    except OSError as exc:
        return usage(f"cannot write {out}: {exc.strerror or exc}")
    view = H.graph.get("view")
    print(f"kg: wrote {out}" + (f" ({view})" if view else
                                f" ({H.number_of_nodes():,} entities)"))
    return ExitCode.OK


def whole_number(text: str) -> int:
    """argparse type: an integer of 0 or more.

    Examples
    --------
    >>> whole_number("0"), positive_number("12")
    (0, 12)
    >>> positive_number("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be 1 or more, not 0
    """
    return _integer(text, 0)


def positive_number(text: str) -> int:
    """argparse type: an integer of 1 or more."""
    return _integer(text, 1)


def _integer(text, least):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more, not {value}")
    return value
