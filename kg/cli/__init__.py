"""The ``kg`` command line. One module per command.

The command modules (and spaCy, networkx and the rest behind them) are
imported by :func:`main` itself, so that Ctrl-C while they load is handled
like Ctrl-C at any other time: one line, exit code 130.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from kg.about import __version__
from kg.errors import ExitCode

#: Command name -> its module (a module name until it is imported).
COMMANDS = {name: f"kg.cli.{name}" for name in ("build", "html", "query", "stats", "export",
                                                 "report", "kb")}


def command(name: str):
    """The module of command ``name``, imported on first use."""
    module = COMMANDS[name]
    return importlib.import_module(module) if isinstance(module, str) else module


def make_parser() -> argparse.ArgumentParser:
    """The ``kg`` argument parser with one sub-command per module."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build entity-and-relation knowledge graphs from English and "
                    "Indonesian news articles.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        command(name).add_parser(sub)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``kg`` console script; returns the exit code."""
    try:
        parser = make_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return ExitCode.USAGE
        return command(args.command).run(args)
    except KeyboardInterrupt as exc:
        # outputs are written as a set, so they are the old ones; unless Ctrl-C came
        # while the new ones were being moved into place (kg.export._atomic)
        done = "the outputs were written" if getattr(exc, "outputs_replaced", False) \
            else "outputs unchanged"
        print(f"\nkg: interrupted; {done}" if sys.stderr.isatty() else
              f"kg: interrupted; {done}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # "kg query ... --json | head": the reader left; say nothing more (as the
        # Python documentation advises, stdout goes to devnull so the exit flush is quiet)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.FAILED
