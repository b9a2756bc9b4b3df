"""``kg kb lookup NAME`` and ``kg kb stats``: ask the knowledge base (:mod:`kg.kb`).

Both read the bundled entries and those of ``--kb FILE`` (repeatable), as ``kg build
--kb`` does, so a user can see what a name of theirs will link to before building.
"""

from __future__ import annotations

import sys
from collections import Counter

from kg.errors import ExitCode, KBError
from kg.kb import Entry, KnowledgeBase, load
from kg.kb.base import TYPES


def add_parser(sub) -> None:
    """Register the ``kb`` sub-command and its actions."""
    p = sub.add_parser(
        "kb", help="look names up in the knowledge base, or count its entries",
        description="Ask the knowledge base that 'kg build' links mentions to: the bundled "
                    "entries and those of --kb files. Exit codes: 0 found (lookup) or "
                    "counted (stats); 1 no entry found (lookup); 2 usage error or an "
                    "unusable --kb file.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("lookup", help="the entry a name stands for",
                           description="Print the entry NAME stands for (id, name, type, "
                                       "wikidata, parent, aliases), or say that none was "
                                       "found and list the candidates if several fit.")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--type", choices=TYPES, help="only entries of this type")
    s = actions.add_parser("stats", help="count the entries",
                           description="Count the entries by type and by ID prefix, and "
                                       "those with a Wikidata ID, a parent or dates.")
    for action in (q, s):
        action.add_argument("--kb", action="append", default=[], metavar="FILE",
                            help="extra entries, JSON Lines (repeatable), as for kg build")


def load_kb_files(files) -> KnowledgeBase | None:
    """The bundled base with the entries of ``--kb`` ``files``; ``None`` after printing
    the one-line error if a file is unusable (``kg kb`` and ``kg build`` exit 2)."""
    try:
        return load(*files)
    except KBError as exc:  # "FILE:LINE: reason" or "FILE: cannot read: ..."
        print(f"kg: cannot use --kb {exc}", file=sys.stderr)
        return None


def run(args) -> int:
    """Run ``kg kb``; returns the exit code."""
    kb = load_kb_files(args.kb)
    if kb is None:
        return ExitCode.USAGE
    if args.action == "stats":
        print(format_kb_stats(kb_stats(kb)))
        return ExitCode.OK
    entry = kb.lookup(args.name, args.type)
    if entry is not None:
        print(format_entry(entry))
        return ExitCode.OK
    found = kb.candidates(args.name, args.type)
    of_type = f" of type {args.type}" if args.type else ""
    if not found:
        print(f"no entry{of_type} found for {args.name!r}")
    else:
        print(f"no entry found for {args.name!r}: it fits {len(found)} entries{of_type}")
        width = max(len(e.id) for e in found)
        for e in found:
            print(f"  {e.id:<{width}}  {e.type:<6}  {e.name}")
    return ExitCode.FAILED


def format_entry(entry: Entry) -> str:
    """An entry as aligned ``field value`` lines (``-`` for a field not set).

    Examples
    --------
    >>> print(format_entry(Entry("idx:GOTO", "GoTo Gojek Tokopedia", "ORG",
    ...                          aliases=("GOTO", "GoTo"))))
    id        idx:GOTO
    name      GoTo Gojek Tokopedia
    type      ORG
    wikidata  -
    parent    -
    aliases   GOTO, GoTo
    """
    rows = [("id", entry.id), ("name", entry.name), ("type", entry.type),
            ("wikidata", entry.wikidata or "-"), ("parent", entry.parent or "-"),
            ("aliases", ", ".join(entry.aliases) or "-")]
    if entry.valid_from or entry.valid_to:
        rows.append(("valid", f"{entry.valid_from or '...'} to {entry.valid_to or '...'}"))
    return "\n".join(f"{key:<8}  {value}" for key, value in rows)


def kb_stats(kb: KnowledgeBase) -> dict:
    """Counts of a knowledge base's entries.

    Examples
    --------
    >>> kb_stats(KnowledgeBase([Entry("idx:AAA", "A", "ORG", wikidata="Q1")]))
    {'total': 1, 'by_type': {'ORG': 1}, 'by_prefix': {'idx': 1}, 'with_wikidata': 1, \
'with_parent': 0, 'dated': 0}
    """
    entries = list(kb)
    return {"total": len(entries),
            "by_type": dict(Counter(e.type for e in entries).most_common()),
            "by_prefix": dict(sorted(Counter(e.id.split(":", 1)[0] for e in entries).items())),
            "with_wikidata": sum(e.wikidata is not None for e in entries),
            "with_parent": sum(e.parent is not None for e in entries),
            "dated": sum(bool(e.valid_from or e.valid_to) for e in entries)}


def format_kb_stats(stats: dict) -> str:
    """The counts of :func:`kb_stats` as lines.

    Examples
    --------
    >>> print(format_kb_stats({"total": 2, "by_type": {"ORG": 2}, "by_prefix": {"idx": 2},
    ...                        "with_wikidata": 1, "with_parent": 0, "dated": 0}))
    entries  2  by type: ORG 2
                by prefix: idx 2
                with a Wikidata ID 1, with a parent 0, dated 0
    """
    head = f"entries  {stats['total']:,}"
    pad = " " * len(head)

    def shown(counts):
        return ", ".join(f"{k} {v:,}" for k, v in counts.items()) or "none"

    return "\n".join([
        f"{head}  by type: {shown(stats['by_type'])}",
        f"{pad}  by prefix: {shown(stats['by_prefix'])}",
        f"{pad}  with a Wikidata ID {stats['with_wikidata']:,}, with a parent "
        f"{stats['with_parent']:,}, dated {stats['dated']:,}"])
