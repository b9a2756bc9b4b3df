"""``kg build PATH... [--out DIR]``: articles in, graph and exports out."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.cli.html import positive_number
from kg.errors import KGError
from kg.pipeline import EXIT_USAGE, OUTPUT_FILES, build
from kg.resolve import read_alias_file

DEFAULT_OUT = "outputs"


def add_parser(sub) -> None:
    """Register the ``build`` sub-command."""
    p = sub.add_parser(
        "build", help="build a knowledge graph from article files and folders",
        description="Read articles (.txt, .md, .html, .jsonl, .csv; folders are walked), "
                    "clean them, detect their language, extract entities and relations, and "
                    f"write {', '.join(OUTPUT_FILES)} into the output folder. "
                    "Exit codes: 0 all inputs built; 1 some input failed (see report.json); "
                    "2 usage error or no input; 3 some articles skipped as unsupported "
                    "language or too short.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR",
                   help=f"output folder, created if missing (default: {DEFAULT_OUT})")
    p.add_argument("--max-bytes", type=int, default=10_000_000, metavar="N",
                   help="largest input file (or .jsonl/.csv row) to read, in bytes "
                        "(default: 10000000)")
    p.add_argument("--aliases", metavar="FILE",
                   help="extra alias table, CSV (canonical,type,aliases with aliases separated "
                        "by |) or YAML (list of canonical/type/aliases); added to the bundled one")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--html-max-nodes", type=positive_number, metavar="N",
                   help="graph.html shows at most N entities, those with most mentions "
                        "(default: all); the other outputs hold the whole graph")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print nothing but errors that stop the build")


def run(args) -> int:
    """Run ``kg build``; returns the exit code."""
    aliases = None
    if args.aliases:
        try:
            aliases = read_alias_file(args.aliases)
        except (OSError, KGError) as exc:
            print(f"kg: cannot use --aliases {args.aliases}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    result = build(args.paths, args.out, max_bytes=args.max_bytes, html=not args.no_html,
                   html_max_nodes=args.html_max_nodes, quiet=args.quiet, aliases=aliases)
    report = result.report
    if report["articles"]["total"] == 0:
        print("kg: no input articles found", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        arts = report["articles"]
        langs = ", ".join(f"{k} {v}" for k, v in sorted(arts["by_language"].items()))
        status = ", ".join(f"{v} {k}" for k, v in arts["by_status"].items() if v)
        print(f"kg: {arts['total']} articles ({status}; {langs}) -> "
              f"{report['entities']['total']} entities, {report['edges']['total']} edges "
              f"in {report['seconds']['total']:.1f} s; wrote {Path(args.out)}/")
        view = report.get("html", {}).get("view")
        if view:
            print(f"kg: graph.html shows part of the graph ({view}); "
                  f"graph.json and the other files hold all of it")
    return result.exit_code
