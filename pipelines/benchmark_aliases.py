"""Time reading user alias files (``kg build --aliases FILE``) near the size limit.

It writes, in a temporary folder, a CSV and a YAML alias table of ``--entries``
entries (each a canonical name and three aliases; the YAML one with half as
many, since a YAML entry takes twice the bytes), and a YAML file whose anchors
repeat one long list of aliases in many entries (refused, since the names it
expands to pass the size limit). For each it prints the file size and the
best of ``--repeat`` times of :func:`kg.graph.aliases.read_alias_file`, or what it
was refused for. It asserts nothing.

Usage::

    python -m pipelines.benchmark_aliases [--entries 150000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.errors import AliasFileError
from kg.graph import aliases
from kg.graph.aliases import read_alias_file
from kg.ingest.bounded import size_text


def write_tables(folder: Path, entries: int) -> list[Path]:
    """The CSV, YAML and anchor fan-out files, written into ``folder``."""
    csv_file = folder / "aliases.csv"
    csv_file.write_text("canonical,type,aliases\n" + "".join(
        f"Company {i},ORG,Co {i}|Company {i} Holdings|C{i}\n" for i in range(entries)),
        encoding="utf-8")
    yaml_file = folder / "aliases.yaml"
    yaml_file.write_text("".join(
        f"- {{canonical: Company {i}, type: ORG, aliases: [Co {i}, Company {i} Holdings, C{i}]}}\n"
        for i in range(entries // 2)), encoding="utf-8")
    fan_out = folder / "fan_out.yaml"
    limit = aliases.MAX_ALIAS_BYTES  # read now: a test makes it small
    fan_out.write_text("- {canonical: Acme, type: ORG, aliases: &a ["
                       + ", ".join(["x"] * (limit // 8)) + "]}\n"
                       + "- {canonical: Acme, type: ORG, aliases: *a}\n" * (limit // 100),
                       encoding="utf-8")
    return [csv_file, yaml_file, fan_out]


def time_read(path: Path, repeat: int) -> str:
    """The best time of reading ``path`` and what came of it, as one line."""
    best, outcome = None, ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            outcome = f"{len(read_alias_file(path)):,} entries"
        except AliasFileError as exc:
            outcome = f"refused: {str(exc)[len(str(path)) + 2:]}"
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return f"{path.name:14} {size_text(path.stat().st_size):>12} {best:8.2f} s  {outcome}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=150_000,
                        help="entries of the CSV table (default: 150000, some 9 MB)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per file (default: 1)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for path in write_tables(Path(folder), args.entries):
            print(time_read(path, args.repeat), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
