"""``kg build PATH... [--out DIR]``: articles in, graph and exports out."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.cli.html import positive_number
from kg.cli.kb import load_kb_files
from kg.errors import (
    AliasFileError,
    CacheError,
    EngineError,
    ExitCode,
    NoInputError,
    OutputError,
    OutputFolderError,
)
from kg.graph.aliases import read_alias_file
from kg.pipeline.driver import CACHE_NAME, OUTPUT_FILES, build
from kg.pipeline.engines import ENGINES

DEFAULT_OUT = "outputs"


def add_parser(sub) -> None:
    """Register the ``build`` sub-command."""
    p = sub.add_parser(
        "build", help="build a knowledge graph from article files and folders",
        description="Read articles (.txt, .md, .html, .jsonl, .csv; folders are walked), "
                    "clean them, detect their language, extract entities and relations, and "
                    f"write {', '.join(OUTPUT_FILES)} into the output folder. "
                    "Exit codes: 0 all inputs built; 1 some input failed (see report.json), "
                    "or the outputs, the cache or a worker failed (the earlier outputs "
                    "stay); 2 usage error, no input article at all, an unusable output "
                    "folder, --aliases or --kb file (nothing written); 3 some articles skipped as "
                    "unsupported language or too short; 130 interrupted (Ctrl-C).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR",
                   help=f"output folder, created if missing (default: {DEFAULT_OUT})")
    p.add_argument("--max-bytes", type=int, default=10_000_000, metavar="N",
                   help="largest input file (or .jsonl/.csv row) to read, in bytes "
                        "(default: 10000000)")
    p.add_argument("--aliases", metavar="FILE",
                   help="extra alias table, CSV (canonical,type,aliases with aliases separated "
                        "by |) or YAML (list of canonical/type/aliases); added to the bundled one")
    p.add_argument("--kb", action="append", default=[], metavar="FILE",
                   help="extra knowledge-base entries, JSON Lines (see docs/knowledge-base.md); "
                        "added to the bundled ones, an entry with a bundled ID replaces it "
                        "(repeatable; a later file overrides an earlier one)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--html-max-nodes", type=positive_number, metavar="N",
                   help="graph.html shows at most N entities, those with most mentions "
                        "(default: all); the other outputs hold the whole graph")
    p.add_argument("--workers", type=positive_number, default=1, metavar="N",
                   help="processes for the per-article work (default: 1; with --engine dask "
                        "and no --scheduler, the workers of the local cluster)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="where the per-article work runs: local processes (default) or a "
                        "Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="address of a running Dask scheduler (tcp://host:8786) for "
                        "--engine dask; without it a local cluster is started")
    p.add_argument("--cache", metavar="FILE",
                   help=f"cache of per-article results, reused by the next build, which then "
                        f"processes only new or changed articles (default: "
                        f"OUT/{CACHE_NAME})")
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor keep a cache (a clean build)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print nothing but errors that stop the build")


def run(args) -> int:
    """Run ``kg build``; returns the exit code."""
    aliases = None
    if args.aliases:
        try:  # before any article is read: a bad file costs nothing
            aliases = read_alias_file(args.aliases)
        except AliasFileError as exc:  # "PATH: reason", the path as given
            print(f"kg: cannot use --aliases {exc}", file=sys.stderr)
            return ExitCode.USAGE
    kb = None
    if args.kb:
        kb = load_kb_files(args.kb)
        if kb is None:
            return ExitCode.USAGE
    if args.scheduler and args.engine != "dask":
        print("kg: --scheduler needs --engine dask", file=sys.stderr)
        return ExitCode.USAGE
    if args.cache and args.no_cache:
        print("kg: choose --cache FILE or --no-cache, not both", file=sys.stderr)
        return ExitCode.USAGE
    try:
        result = build(args.paths, args.out, max_bytes=args.max_bytes, html=not args.no_html,
                       html_max_nodes=args.html_max_nodes, quiet=args.quiet, aliases=aliases,
                       kb=kb, workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                       cache=False if args.no_cache else args.cache)
    except (NoInputError, OutputFolderError) as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except (EngineError, CacheError, OutputError) as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return ExitCode.FAILED
    report = result.report
    if not args.quiet:
        print(f"kg: {summary_line(report)}; wrote {Path(args.out)}/")
        view = report.get("html", {}).get("view")
        if view:
            print(f"kg: graph.html shows part of the graph ({view}); "
                  f"graph.json and the other files hold all of it")
    return result.exit_code


def summary_line(report: dict) -> str:
    """What ``kg build`` says of a finished build, from its report.

    Examples
    --------
    >>> report = {"articles": {"total": 3, "by_status": {"ok": 2, "error": 1},
    ...           "by_language": {"id": 1, "en": 1}}, "cache": {"reused": 0},
    ...           "entities": {"total": 5}, "edges": {"total": 4}, "seconds": {"total": 1.0}}
    >>> summary_line(report)
    '3 articles (2 ok, 1 error; en 1, id 1) -> 5 entities, 4 edges in 1.0 s'
    >>> report["articles"] = {"total": 1, "by_status": {"error": 1}, "by_language": {}}
    >>> summary_line(report)
    '1 article (1 error) -> 5 entities, 4 edges in 1.0 s'
    >>> report["entities"]["total"], report["edges"]["total"] = 1, 0
    >>> summary_line(report)
    '1 article (1 error) -> 1 entity, 0 edges in 1.0 s'
    """
    arts = report["articles"]
    parts = [", ".join(f"{v} {k}" for k, v in arts["by_status"].items() if v),
             ", ".join(f"{k} {v}" for k, v in sorted(arts["by_language"].items()))]
    reused = report.get("cache", {}).get("reused")
    if reused:
        parts.append(f"{reused} from the cache")
    return (f"{_count(arts['total'], 'article')} ({'; '.join(p for p in parts if p)}) -> "
            f"{_count(report['entities']['total'], 'entity', 'entities')}, "
            f"{_count(report['edges']['total'], 'edge')} in "
            f"{report['seconds']['total']:.1f} s")


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
