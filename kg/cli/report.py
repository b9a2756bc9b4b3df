"""``kg report GRAPH [--out FILE | --json]``: what a graph.json says, as a page or as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.cli._common import read_graph, same_file, usage
from kg.cli.html import positive_number
from kg.errors import ExitCode, UsageError

DEFAULT_NAME = "summary.html"


def add_parser(sub) -> None:
    """Register the ``report`` sub-command."""
    p = sub.add_parser(
        "report", help="write summary.html: central entities, communities, speakers, "
                       "regulation and ownership chains of a graph.json",
        description="Analyse a graph.json built by 'kg build': the most central entities "
                    "(degree, PageRank), communities (Louvain, fixed seed), the most quoted "
                    "speakers, the most regulated entities and ownership chains. Writes a "
                    "self-contained page with charts, or prints the figures as JSON. "
                    "Exit codes: 0 done; 2 usage error or unreadable graph.")
    p.add_argument("graph", metavar="GRAPH", help="a graph.json file")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--out", metavar="FILE",
                     help=f"page to write (default: {DEFAULT_NAME} next to GRAPH)")
    out.add_argument("--json", action="store_true",
                     help="print the figures as JSON on stdout instead of writing a page")
    p.add_argument("--top", type=positive_number, default=10, metavar="N",
                   help="length of the central, speaker and regulated lists (default: 10)")
    p.add_argument("--title", metavar="TEXT",
                   help="page title and heading (default: 'kg knowledge graph summary')")


def run(args) -> int:
    """Run ``kg report``; returns the exit code."""
    # imported here: matplotlib need not load for the other commands
    from kg.export.summary import write_summary
    from kg.graph.analytics import summary

    graph_path = Path(args.graph)
    out = Path(args.out) if args.out else graph_path.parent / DEFAULT_NAME
    if not args.json and same_file(out, graph_path):
        return usage(f"--out {out} would overwrite the graph itself")
    try:
        G = read_graph(graph_path)
    except UsageError as exc:
        return usage(str(exc))
    if args.json:
        json.dump(summary(G, top=args.top), sys.stdout, ensure_ascii=False, indent=1,
                  default=str)
        sys.stdout.write("\n")
        return ExitCode.OK
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_summary(G, out, top=args.top,
                      **({"title": args.title} if args.title is not None else {}))
    except OSError as exc:
        return usage(f"cannot write {out}: {exc.strerror or exc}")
    print(f"kg: wrote {out}")
    return ExitCode.OK
