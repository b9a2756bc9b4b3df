"""graph.json: networkx node-link data of the MultiDiGraph, edges under ``"edges"``."""

from __future__ import annotations

import json

import networkx as nx

from kg.about import __version__
from kg.errors import ContractError, GraphFileError, ReadError, VersionError
from kg.export._atomic import atomic_write_text
from kg.graph.schema import check_graph_data
from kg.ingest.bounded import read_bounded

#: Largest graph.json read (1 GB); ``json`` needs several times that in memory.
MAX_GRAPH_BYTES = 1_000_000_000


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


def read_json(path, *, max_bytes: int = MAX_GRAPH_BYTES) -> nx.MultiDiGraph:
    """Read a graph.json file written by :func:`write_json`.

    The file must be a regular file of at most ``max_bytes``, written by kg of
    the same major version, and its values must have the contract's types
    (:func:`kg.graph.schema.check_graph_data`). Fields the contract does not name
    are kept.

    Raises
    ------
    OSError
        If the file cannot be opened.
    GraphFileError
        (a ``ValueError``) If it is not a regular file (a FIFO, a device), is
        too large, is not UTF-8 JSON, is not node-link data of a graph, comes
        from another major version of kg, or breaks the contract.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(articles=[]); G.add_node("goto", label="GoTo")
    >>> path = os.path.join(tempfile.mkdtemp(), "graph.json")
    >>> write_json(G, path); read_json(path).nodes["goto"]["label"]
    'GoTo'
    >>> with open(path, "w") as fh:
    ...     _ = fh.write("[]")
    >>> read_json(path)
    Traceback (most recent call last):
    ...
    kg.errors.GraphFileError: .../graph.json is not a kg graph.json: no 'nodes' and 'edges' lists
    >>> G.graph["kg_version"] = "99.0.0"; write_json(G, path); read_json(path)
    Traceback (most recent call last):
    ...
    kg.errors.GraphFileError: .../graph.json is not a graph this kg can read: written by ...
    """
    try:
        raw = read_bounded(path, max_bytes)
    except ReadError as exc:
        raise GraphFileError(path, str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise GraphFileError(path, f"not valid JSON ({exc})") from None
    if not (isinstance(data, dict) and isinstance(data.get("nodes"), list)
            and isinstance(data.get("edges"), list)):
        raise GraphFileError(path, "not a kg graph.json: no 'nodes' and 'edges' lists")
    try:
        check_graph_data(data, version=__version__)
    except VersionError as exc:
        raise GraphFileError(path, f"not a graph this kg can read: {exc}") from None
    except ContractError as exc:
        raise GraphFileError(path, f"not a kg graph.json: {exc}") from None
    try:
        return data_to_graph(data)
    except (KeyError, TypeError, AttributeError, ValueError, nx.NetworkXError) as exc:
        raise GraphFileError(path, f"not a kg graph.json ({exc!r})") from None
