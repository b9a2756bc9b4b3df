"""graph.json: networkx node-link data of the MultiDiGraph, edges under ``"edges"``."""

from __future__ import annotations

import json

import networkx as nx

from kg.export._atomic import atomic_write_text


def graph_to_data(G: nx.MultiDiGraph) -> dict:
    """Node-link data of ``G`` (``nx.node_link_data(G, edges="edges")``).

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="owns", relation="owns")
    'owns'
    >>> graph_to_data(G)["edges"][0]["relation"]
    'owns'
    """
    return nx.node_link_data(G, edges="edges")


def data_to_graph(data: dict) -> nx.MultiDiGraph:
    """Inverse of :func:`graph_to_data`."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def write_json(G: nx.MultiDiGraph, path) -> None:
    """Write ``G`` to ``path`` as graph.json, atomically."""
    text = json.dumps(graph_to_data(G), ensure_ascii=False, indent=1)
    atomic_write_text(path, text + "\n")


def read_json(path) -> nx.MultiDiGraph:
    """Read a graph.json file written by :func:`write_json`.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(articles=[]); G.add_node("goto", label="GoTo")
    >>> path = os.path.join(tempfile.mkdtemp(), "graph.json")
    >>> write_json(G, path); read_json(path).nodes["goto"]["label"]
    'GoTo'
    """
    with open(path, encoding="utf-8") as fh:
        return data_to_graph(json.load(fh))
