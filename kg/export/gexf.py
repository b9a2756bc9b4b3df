"""graph.gexf for Gephi.

GEXF, like GraphML, holds scalar attributes only, so lists and dicts
(aliases, evidence, ...) are written as JSON strings by
:func:`kg.export.graphml.flatten`; :func:`read_gexf` turns the contract's
ones back. What Gephi shows:

- a node's ``label`` is its Gephi label, its colour follows the entity
  ``type`` (the colours of the graph page) and its size grows with
  ``mentions``;
- an edge's label is its ``relation`` and its weight its ``confidence``; both
  also stay attributes. Every edge has its own GEXF id, so parallel edges
  between the same two entities (``owns`` and ``said``) are all kept, and the
  networkx edge key is kept as the ``networkx_key`` attribute.

GEXF's reserved names (an edge's ``type``, ``weight``, ``start``...) are
written as ``kg_<name>`` attributes when a graph happens to use them. Text
that XML 1.0 cannot hold (control characters, lone surrogates) becomes
U+FFFD. The graph's own attributes (the article records) have no place in
GEXF and are not written.
"""

from __future__ import annotations

import io
import json
import math
import re

import networkx as nx
from networkx.readwrite.gexf import GEXFReader

from kg.export._atomic import atomic_write_bytes
from kg.export.graphml import flatten
from kg.export.html import EDGE_COLORS, NODE_STYLES
from kg.graph.schema import number

#: Attributes of the contract that hold lists or dicts; :func:`read_gexf` decodes them.
NODE_LISTS = ("aliases", "languages", "articles", "roles")
EDGE_LISTS = ("evidence",)
#: Names GEXF or networkx's writer give a meaning of their own; renamed ``kg_<name>``.
_NODE_RESERVED = {"id", "pid", "start", "end", "viz", "parents", "spells", "slices", "key",
                  "networkx_key"}
_EDGE_RESERVED = {"id", "label", "weight", "type", "start", "end", "viz", "spells", "slices",
                  "key", "networkx_key"}
_PREFIX = "kg_"
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def graph_to_gexf_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph that :func:`write_gexf` hands to networkx; ``G`` is not changed.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("goto", label="GoTo", type="ORG", aliases=["GoTo", "GOTO.JK"], mentions=4)
    >>> _ = G.add_edge("goto", "goto", key="owns", relation="owns", confidence=0.9)
    >>> H = graph_to_gexf_graph(G)
    >>> H.nodes["goto"]["aliases"], H.nodes["goto"]["viz"]["color"]["b"]
    ('["GoTo", "GOTO.JK"]', 3)
    >>> edge = H.edges["goto", "goto", "owns"]
    >>> edge["label"], edge["weight"], edge["relation"]
    ('owns', 0.9, 'owns')
    """
    F = flatten(G)
    H = nx.MultiDiGraph()
    for node, attrs in F.nodes(data=True):
        data = _rename(attrs, _NODE_RESERVED)
        data["label"] = data.get("label", _xml_text(node))
        data["viz"] = _node_viz(attrs)
        H.add_node(_xml_text(node), **data)
    for u, v, key, attrs in F.edges(keys=True, data=True):
        data = _rename(attrs, _EDGE_RESERVED)
        data["label"] = data.get("relation", key)
        weight = _finite(attrs.get("confidence"))
        if weight is not None:
            data["weight"] = weight
        color = EDGE_COLORS.get(str(attrs.get("family")), EDGE_COLORS["other"])
        data["viz"] = {"color": _rgb(color)}
        H.add_edge(_xml_text(u), _xml_text(v), key=_xml_text(key), **data)
    _same_types([d for _, d in H.nodes(data=True)])
    _same_types([d for *_, d in H.edges(data=True)])
    return H


def write_gexf(G: nx.MultiDiGraph, path) -> None:
    """Write ``G`` as GEXF 1.2 for Gephi, atomically.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract; it is not modified.
    path : str or os.PathLike
        The file to write; its folder must exist.

    Examples
    --------
    >>> import os, tempfile
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", aliases=["A", "a"])
    >>> for rel in ("owns", "said"):
    ...     _ = G.add_edge("a", "b", key=rel, relation=rel, confidence=0.5)
    >>> path = os.path.join(tempfile.mkdtemp(), "graph.gexf")
    >>> write_gexf(G, path)
    >>> nx.read_gexf(path).number_of_edges()
    2
    """
    buf = io.BytesIO()
    nx.write_gexf(graph_to_gexf_graph(G), buf)
    atomic_write_bytes(path, buf.getvalue())


def read_gexf(path) -> nx.MultiDiGraph:
    """Read a file written by :func:`write_gexf` back into a MultiDiGraph.

    Edge keys come back from ``networkx_key``, the contract's list attributes
    (``aliases``, ``languages``, ``articles``, ``roles``, ``evidence``) are
    decoded from JSON, ``kg_<name>`` attributes get their names back, and what
    only GEXF needs (node ``viz``, edge ``id``, ``label`` and ``weight``) is
    dropped.

    Examples
    --------
    >>> import os, tempfile
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", aliases=["A", "a"])
    >>> _ = G.add_edge("a", "b", key="owns", relation="owns", confidence=0.5)
    >>> path = os.path.join(tempfile.mkdtemp(), "graph.gexf")
    >>> write_gexf(G, path)
    >>> H = read_gexf(path)
    >>> H.nodes["a"]["aliases"], H.edges["a", "b", "owns"]
    (['A', 'a'], {'relation': 'owns', 'confidence': 0.5})
    """
    with open(path, "rb") as fh:
        G = _MultiReader(version="1.2draft")(fh)
    if not G.is_multigraph():  # a networkx that no longer honours _MultiReader
        G = nx.MultiDiGraph(G)
    H = nx.MultiDiGraph()
    for node, attrs in G.nodes(data=True):
        attrs.pop("viz", None)
        H.add_node(node, **_restore(attrs, NODE_LISTS))
    for u, v, key, attrs in G.edges(keys=True, data=True):
        for name in ("id", "label", "weight", "viz"):
            attrs.pop(name, None)
        H.add_edge(u, v, key=key, **_restore(attrs, EDGE_LISTS))
    return H


class _MultiReader(GEXFReader):
    """networkx's GEXF reader, always returning a multigraph.

    The stock reader turns a file without parallel edges into a ``DiGraph``,
    which drops the edge keys.
    """

    @property
    def simple_graph(self):
        return False

    @simple_graph.setter
    def simple_graph(self, value):
        pass


def _rename(attrs, reserved):
    """A copy of ``attrs`` with text made XML-safe and reserved names prefixed ``kg_``.

    A name that already starts with ``kg_`` gets a second prefix, so that
    :func:`_restore` gives every name back unchanged.
    """
    return {(_PREFIX + k if k in reserved or k.startswith(_PREFIX) else k): _xml_text(v)
            for k, v in attrs.items()}


def _restore(attrs, lists):
    """Undo :func:`_rename` and decode the JSON of the ``lists`` attributes."""
    out = {}
    for k, v in attrs.items():
        if k.startswith(_PREFIX):
            k = k[len(_PREFIX):]
        if k in lists and isinstance(v, str):
            try:
                v = json.loads(v)
            except ValueError:
                pass
        out[k] = v
    return out


def _xml_text(value):
    """``value`` with characters XML 1.0 cannot hold replaced by U+FFFD (non-strings as they are).

    Examples
    --------
    >>> _xml_text("a\\x00b\\ud800"), _xml_text(3)
    ('a\\ufffdb\\ufffd', 3)
    """
    if not isinstance(value, str):
        return value
    return _NOT_XML.sub("\ufffd", value)


def _finite(value):
    """``value`` as a finite float, or None."""
    return number(value)


def _same_types(items):
    """Give each attribute one type across ``items``, as GEXF declares one per attribute.

    Integers mixed with floats become floats; any other mix becomes strings.

    Examples
    --------
    >>> items = [{"confidence": 1, "x": 2}, {"confidence": 0.5, "x": "two"}]
    >>> _same_types(items); items
    [{'confidence': 1.0, 'x': '2'}, {'confidence': 0.5, 'x': 'two'}]
    """
    types = {}
    for attrs in items:
        for k, v in attrs.items():
            if k != "viz":
                types.setdefault(k, set()).add(type(v))
    for k, seen in types.items():
        if len(seen) < 2:
            continue
        convert = float if seen <= {int, float} else str
        for attrs in items:
            if k in attrs:
                attrs[k] = convert(attrs[k])


def _node_viz(attrs):
    """Gephi colour by entity type and size by mentions."""
    color = NODE_STYLES.get(str(attrs.get("type", "")).upper(), NODE_STYLES["other"])[0]
    mentions = _finite(attrs.get("mentions")) or 0.0
    return {"color": _rgb(color), "size": round(10.0 + 4.0 * math.sqrt(max(mentions, 0.0)), 2)}


def _rgb(hex_color):
    """``"#8ecae6"`` -> networkx's GEXF viz colour dict."""
    value = hex_color.lstrip("#")
    return {"r": int(value[0:2], 16), "g": int(value[2:4], 16), "b": int(value[4:6], 16),
            "a": 1.0}
