"""Benchmark the file exports: RDF Turtle against GraphML on synthetic graphs.

For each size the script

1. makes a synthetic graph with ``--relations`` N edges and ``--nodes``
   nodes (default 0.4 N) with :func:`pipelines.benchmark_html.make_graph`:
   it follows the ``graph.json`` contract (power-law degrees, parallel edges,
   self-loops, aliases, articles in English and Indonesian, and 1-3 evidence
   sentences per edge, about 160 characters each, in the language of their
   article), seeded, so every run sees the same graph; and pickles it;
2. runs each writer in a process of its own, ``--repeat`` times, writing into
   a temporary folder:

   - **graphml**: :func:`kg.export.graphml.write_graphml`;
   - **turtle**: :func:`kg.export.rdf.write_turtle`, which streams;
   - **turtle via rdflib**: the former path, an rdflib graph of the whole
     graph (:func:`kg.export.rdf.graph_to_rdf`) serialised by rdflib into
     one string, written with :func:`kg.export._atomic.atomic_write_text`.
     It is slow, so it runs only at ``--old-relations`` (default 5,000;
     0 skips it), a size at which the other two run as well.

   Each process imports the writers and loads the pickled graph, then times
   the write alone (``time.perf_counter``). Memory is the process's peak
   resident set (``getrusage(RUSAGE_SELF).ru_maxrss``) read twice: once the
   graph is loaded ("graph RSS"), with the peak first reset to the current
   resident set (Linux ``/proc/self/clear_refs``; where that is not possible
   the figure includes loading, and the table says so), and after the write
   ("peak RSS"); the difference ("writer RSS") is what the writer needs
   beyond the graph itself. The process is started by a small launcher
   (``python -I -S``): on Linux a child's ``ru_maxrss`` starts from its
   parent's resident set at fork time, so a process started from this one,
   which holds the graphs, would report at least this one's size;
3. prints the date, the machine, the versions, a table of seconds (median),
   file size and memory (largest of the runs), the Turtle / GraphML time
   ratios, and whether the target of the export issue is met: Turtle within
   3x the time of GraphML at N relations.

It asserts nothing and exits 0 (2 for a usage error).

Usage::

    python -m pipelines.benchmark_export [--relations 30000] [--nodes N]
        [--old-relations 5000] [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import pickle
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import rdflib

from kg.about import __version__
from kg.export._atomic import atomic_write_text
from kg.export.graphml import write_graphml
from kg.export.rdf import graph_to_rdf, write_turtle
from pipelines.benchmark_html import make_graph

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 3.0  # Turtle seconds / GraphML seconds, at most (printed, never asserted)
NODES_PER_RELATION = 0.4


def write_turtle_rdflib(G, path):
    """The former Turtle export: a whole rdflib graph, serialised into one string."""
    atomic_write_text(path, graph_to_rdf(G).serialize(format="turtle"))


#: name -> (function(G, path), file suffix)
WRITERS = {"graphml": (write_graphml, ".graphml"), "turtle": (write_turtle, ".ttl"),
           "turtle via rdflib": (write_turtle_rdflib, ".ttl")}

#: Runs ``argv[1:]`` and exits with its code: a small process to start the
#: measured one from (see the module docstring).
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def _maxrss():
    """Peak resident set of this process so far, in bytes."""
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit


def _reset_peak():
    """Make this process's peak resident set its current one; False where it cannot (not Linux)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return False
    return True


def run_worker(writer, graph_path, out, figures):
    """In the measured process: load the graph, write it with ``writer``, save the figures."""
    write = WRITERS[writer][0]
    with open(graph_path, "rb") as f:
        G = pickle.load(f)
    gc.collect()
    reset = _reset_peak()
    graph_rss = _maxrss()
    start = time.perf_counter()
    write(G, out)
    seconds = time.perf_counter() - start
    Path(figures).write_text(json.dumps({
        "seconds": seconds, "graph_rss": graph_rss, "peak_rss": _maxrss(), "reset": reset,
        "bytes": os.path.getsize(out)}), encoding="utf-8")
    return 0


def measure(writer, graph_path, folder, repeat):
    """Run ``writer`` ``repeat`` times, each in a fresh process; median seconds, largest RSS."""
    runs = []
    for i in range(repeat):
        out = folder / f"out{WRITERS[writer][1]}"
        figures = folder / "figures.json"
        figures.unlink(missing_ok=True)
        cmd = [sys.executable, "-I", "-S", "-c", _LAUNCHER, sys.executable, "-m",
               "pipelines.benchmark_export", "--worker", writer, str(graph_path), str(out),
               str(figures)]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0 or not figures.exists():
            print(f"{writer}: run {i + 1} failed (exit {done.returncode}):\n{done.stderr[-2000:]}",
                  file=sys.stderr)
            return None
        runs.append(json.loads(figures.read_text(encoding="utf-8")))
        out.unlink(missing_ok=True)
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "bytes": runs[-1]["bytes"],
            "graph_rss": max(r["graph_rss"] for r in runs),
            "peak_rss": max(r["peak_rss"] for r in runs),
            "extra_rss": max(r["peak_rss"] - r["graph_rss"] for r in runs),
            "reset": all(r["reset"] for r in runs)}


def _mb(n):
    return "-" if n is None else f"{n / 1e6:,.1f} MB"


def print_table(rows):
    header = (f"{'relations':>9} {'nodes':>7} {'evidence':>8}  {'writer':<18} {'seconds':>8} "
              f"{'file':>8} {'graph RSS':>10} {'peak RSS':>9} {'writer RSS':>10}")
    print(header)
    print("-" * len(header))
    for r in rows:
        m = r["figures"]
        sec = "failed" if m is None else f"{m['seconds']:.2f}"
        m = m or {}
        print(f"{r['relations']:>9,} {r['nodes']:>7,} {r['evidence']:>8,}  {r['writer']:<18} "
              f"{sec:>8} {_mb(m.get('bytes')):>8} {_mb(m.get('graph_rss')):>10} "
              f"{_mb(m.get('peak_rss')):>9} {_mb(m.get('extra_rss')):>10}"
              f"{'' if m.get('reset', True) else '  (peak includes loading the graph)'}")


def _seconds(rows, relations, writer):
    for r in rows:
        if r["relations"] == relations and r["writer"] == writer and r["figures"]:
            return r["figures"]["seconds"]
    return None


def print_ratios(rows, sizes, relations, old_relations):
    print()
    for n in sizes:
        turtle, graphml = _seconds(rows, n, "turtle"), _seconds(rows, n, "graphml")
        if turtle and graphml:
            print(f"Turtle / GraphML time at {n:,} relations: {turtle / graphml:.2f}x")
        old = _seconds(rows, n, "turtle via rdflib")
        if old and turtle:
            print(f"Turtle via rdflib / streamed Turtle time at {n:,} relations: "
                  f"{old / turtle:.1f}x")
    turtle, graphml = _seconds(rows, relations, "turtle"), _seconds(rows, relations, "graphml")
    if turtle and graphml:
        ratio = turtle / graphml
        verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
        print(f"target: Turtle within {TARGET_RATIO:g}x GraphML's time at {relations:,} "
              f"relations: {verdict} ({ratio:.2f}x)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relations", type=int, default=30_000,
                        help="edges of the graph (default 30000)")
    parser.add_argument("--nodes", type=int, default=None,
                        help=f"nodes of the graph (default {NODES_PER_RELATION:g} x relations)")
    parser.add_argument("--old-relations", type=int, default=5_000,
                        help="edges of the graph the former rdflib path is also measured on, "
                             "next to the others (default 5000; 0 skips it)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each writer; the median time is reported (default 1)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS,
                        metavar=("WRITER", "GRAPH", "OUT", "FIGURES"))
    args = parser.parse_args(argv)
    if args.worker:
        return run_worker(*args.worker)
    if args.relations < 1 or args.old_relations < 0 or (args.nodes is not None
                                                         and args.nodes < 1):
        parser.error("--relations and --nodes must be at least 1, --old-relations at least 0")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    print(f"date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(f"machine: {os.cpu_count()} CPUs, {platform.platform()}, {platform.machine()}; "
          f"Python {platform.python_version()}")
    print(f"kg {__version__}, rdflib {rdflib.__version__}, networkx {nx.__version__}; "
          "memory: ru_maxrss of each writer's own process (graph RSS: once the graph is "
          "loaded, the peak reset to it; writer RSS: peak minus graph RSS)\n")
    sizes = sorted({args.relations, args.old_relations} - {0})
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as tmp:
        folder = Path(tmp)
        for n in sizes:
            nodes = args.nodes if args.nodes is not None and n == args.relations else \
                max(1, round(n * NODES_PER_RELATION))
            G = make_graph(nodes, n, seed=args.seed)
            evidence = sum(len(d.get("evidence") or ()) for *_, d in G.edges(data=True))
            graph_path = folder / f"graph-{n}.pickle"
            with open(graph_path, "wb") as f:
                pickle.dump(G, f, protocol=pickle.HIGHEST_PROTOCOL)
            del G
            writers = ["graphml", "turtle"] + (["turtle via rdflib"] if n == args.old_relations
                                               else [])
            for writer in writers:
                rows.append({"relations": n, "nodes": nodes, "evidence": evidence,
                             "writer": writer,
                             "figures": measure(writer, graph_path, folder, args.repeat)})
            graph_path.unlink()
    print_table(rows)
    print_ratios(rows, sizes, args.relations, args.old_relations)
    return 0


if __name__ == "__main__":
    sys.exit(main())
