"""nodes.csv and edges.csv: flat tables for spreadsheets and dataframes.

List cells are joined with ``"|"``; ``edges.csv`` has one row per edge with
its first evidence sentence and the number of pieces of evidence.

The tables are meant to be opened in spreadsheets, and their text comes from
articles and alias files that anyone may write, so no cell may start a
formula: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return (or with ``'``) is written with a ``'`` in front
(:func:`kg.export._text.defuse`); :func:`read_csv` takes it off again. Rows
end with CRLF, as RFC 4180 has it, so that a carriage return inside a cell
is quoted too.
"""

from __future__ import annotations

import csv
import io

import networkx as nx

from kg.export._atomic import atomic_write_text
from kg.export._text import defuse, restore
from kg.graph.schema import EDGE_FIELDS, NODE_FIELDS

#: A column per node field of the contract, after the node's id.
NODE_COLUMNS = ("id", *NODE_FIELDS)
#: A column per edge field of the contract, after its ends; evidence as a count, the ids
#: of its articles and its first sentence.
EDGE_COLUMNS = ("source", "target", "source_label", "target_label", *EDGE_FIELDS,
                "evidence_count", "articles", "sentence")


def _join(value):
    return "|".join(str(v) for v in value) if isinstance(value, (list, tuple)) else value


def _cell(value):
    """A number stays a number; anything else is text that starts no formula."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return defuse("" if value is None else str(value))


def _table(columns, rows) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return buf.getvalue()


def nodes_table(G: nx.MultiDiGraph) -> str:
    """CSV text of the node table.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("goto", id="goto", label="GoTo", aliases=["GoTo", "GOTO.JK"])
    >>> nodes_table(G).splitlines()[1]
    'goto,GoTo,,GoTo|GOTO.JK,,,,,,'
    """
    rows = [{c: _join(attrs.get(c, n if c == "id" else "")) for c in NODE_COLUMNS}
            for n, attrs in G.nodes(data=True)]
    return _table(NODE_COLUMNS, rows)


def edges_table(G: nx.MultiDiGraph) -> str:
    """CSV text of the edge table."""
    rows = []
    for u, v, attrs in G.edges(data=True):
        evidence = attrs.get("evidence", [])
        rows.append({
            **{c: attrs.get(c, "") for c in EDGE_COLUMNS},
            "source": u, "target": v,
            "source_label": G.nodes[u].get("label", u), "target_label": G.nodes[v].get("label", v),
            "evidence_count": len(evidence),
            "articles": _join(list(dict.fromkeys(e["article"] for e in evidence))),
            "sentence": evidence[0]["sentence"] if evidence else "",
        })
    return _table(EDGE_COLUMNS, rows)


def write_csv(G: nx.MultiDiGraph, nodes_path, edges_path) -> None:
    """Write ``nodes.csv`` and ``edges.csv``, each atomically."""
    atomic_write_text(nodes_path, nodes_table(G))
    atomic_write_text(edges_path, edges_table(G))


def read_csv(nodes_path, edges_path) -> tuple[list[dict], list[dict]]:
    """Read the two tables back as lists of dicts (all values strings, as they were
    before :func:`write_csv` neutralised them)."""
    tables = []
    for path in (nodes_path, edges_path):
        with open(path, encoding="utf-8", newline="") as fh:
            tables.append([{k: restore(v) for k, v in row.items()} for row in csv.DictReader(fh)])
    return tables[0], tables[1]
