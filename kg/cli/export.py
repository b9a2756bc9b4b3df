"""``kg export GRAPH --format FORMAT [--out PATH]``: a graph.json in another format."""

from __future__ import annotations

import os
from pathlib import Path

from kg.cli._common import read_graph, same_file, usage
from kg.errors import ExitCode, UsageError
from kg.export.formats import FORMATS, default_out, export
from kg.export.rdf import DEFAULT_BASE, check_base


def add_parser(sub) -> None:
    """Register the ``export`` sub-command."""
    formats = "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values())
    p = sub.add_parser(
        "export", help="write a graph.json as GraphML, GEXF, CSV, Neo4j import files or RDF",
        description=f"Write a graph.json built by 'kg build' in another format. {formats}. "
                    "Exit codes: 0 written; 2 usage error, unreadable graph or unwritable "
                    "output.")
    p.add_argument("graph", metavar="GRAPH", help="a graph.json file")
    p.add_argument("--format", required=True, choices=list(FORMATS), dest="format",
                   help="output format")
    p.add_argument("--out", metavar="PATH",
                   help="file to write (graphml, gexf, turtle) or folder to write into "
                        "(csv, neo4j), created if missing; default: next to GRAPH, named "
                        "after it (graph.gexf, graph.ttl, graph-csv/, graph-neo4j/ ...)")
    p.add_argument("--base", metavar="IRI",
                   help=f"turtle only: start of the data IRIs, ending with ':', '/' or '#' "
                        f"(default: {DEFAULT_BASE})")


def run(args) -> int:
    """Run ``kg export``; returns the exit code."""
    fmt = FORMATS[args.format]
    if args.base is not None:
        if "base" not in fmt.options:
            return usage(f"--base applies to --format turtle only, not {fmt.name}")
        try:
            check_base(args.base)
        except ValueError as exc:
            return usage(f"--base: {exc}")
    graph_path = Path(args.graph)
    out = Path(args.out) if args.out else default_out(fmt.name, graph_path)
    if same_file(out, graph_path):
        return usage(f"--out {out} would overwrite the graph itself")
    if fmt.folder and out.exists() and not out.is_dir():
        return usage(f"--out {out} is a file; --format {fmt.name} writes a folder")
    if not fmt.folder and out.is_dir():
        return usage(f"--out {out} is a folder; --format {fmt.name} writes one file")
    try:
        G = read_graph(graph_path)
    except UsageError as exc:
        return usage(str(exc))
    try:
        written = export(G, fmt.name, out, base=args.base)
    except OSError as exc:
        return usage(f"cannot write {out}: {exc.strerror or exc}")
    counts = f"{G.number_of_nodes():,} entities, {G.number_of_edges():,} relations"
    if fmt.folder:
        names = ", ".join(p.name for p in written)
        print(f"kg: wrote {out}{os.sep} ({counts}): {names}")
    else:
        print(f"kg: wrote {out} ({counts})")
    return ExitCode.OK
