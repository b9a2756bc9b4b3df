"""The ``kg`` command line. One module per command."""

from __future__ import annotations

import argparse
import os
import sys

from kg.about import __version__
from kg.cli import build as _build
from kg.cli import export as _export
from kg.cli import html as _html
from kg.cli import query as _query
from kg.cli import report as _report
from kg.cli import stats as _stats

COMMANDS = {"build": _build, "html": _html, "query": _query, "stats": _stats,
            "export": _export, "report": _report}


def make_parser() -> argparse.ArgumentParser:
    """The ``kg`` argument parser with one sub-command per module."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build entity-and-relation knowledge graphs from English and "
                    "Indonesian news articles.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(sub)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``kg`` console script; returns the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command].run(args)
    except BrokenPipeError:
        # "kg query ... --json | head": the reader left; say nothing more (as the
        # Python documentation advises, stdout goes to devnull so the exit flush is quiet)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
