"""graph.graphml for Gephi, yEd and Cytoscape.

GraphML holds scalar attributes only, so lists and dicts (aliases, evidence,
the article records) are written as JSON strings; :func:`read_graphml`
turns them back.
"""

from __future__ import annotations

import json

import networkx as nx

from kg.export._atomic import atomic_write_text

_JSON_PREFIX = ("[", "{")


def _flat(value):
    if isinstance(value, (list, dict, tuple, set)):
        return json.dumps(list(value) if isinstance(value, (set, tuple)) else value,
                          ensure_ascii=False)
    return value


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with every list/dict attribute as a JSON string and no ``None``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("a", aliases=["A", "a"])
    >>> flatten(G).nodes["a"]["aliases"]
    '["A", "a"]'
    """
    H = nx.MultiDiGraph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if v is not None})
    for n, attrs in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in attrs.items() if v is not None})
    for u, v, k, attrs in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _flat(x) for a, x in attrs.items() if x is not None})
    return H


def _unflat(attrs: dict) -> None:
    for k, v in list(attrs.items()):
        if isinstance(v, str) and v[:1] in _JSON_PREFIX:
            try:
                attrs[k] = json.loads(v)
            except ValueError:
                pass


def write_graphml(G: nx.MultiDiGraph, path) -> None:
    """Write ``G`` as GraphML, atomically."""
    text = "\n".join(nx.generate_graphml(flatten(G), named_key_ids=True))
    atomic_write_text(path, text + "\n")


def read_graphml(path) -> nx.MultiDiGraph:
    """Read a file written by :func:`write_graphml`, restoring lists and dicts.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="owns", evidence=[{"article": "x"}])
    'owns'
    >>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> write_graphml(G, path)
    >>> read_graphml(path).edges["a", "b", "owns"]["evidence"]
    [{'article': 'x'}]
    """
    G = nx.read_graphml(path, force_multigraph=True)
    H = nx.MultiDiGraph(G)
    _unflat(H.graph)
    for _, attrs in H.nodes(data=True):
        _unflat(attrs)
    for *_, attrs in H.edges(keys=True, data=True):
        _unflat(attrs)
    return H
