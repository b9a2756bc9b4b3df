"""The export formats of ``kg export``: name -> writer, and where its output goes.

A format writes either one file (``graphml``, ``gexf``, ``turtle``) or a folder
of files (``csv``, ``neo4j``). Without ``--out``, the output goes next to the
graph.json, named after it: ``graph.json`` gives ``graph.graphml``,
``graph.gexf``, ``graph.ttl``, and the folders ``graph-csv/`` and
``graph-neo4j/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.export.csv import write_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.neo4j import write_neo4j
from kg.export.rdf import write_turtle


@dataclass(frozen=True)
class ExportFormat:
    """One export format.

    Attributes
    ----------
    name : str
        The ``--format`` value.
    help : str
        One line for ``kg export --help``.
    folder : bool
        Whether the output is a folder of files rather than one file.
    default : str
        Default output name next to GRAPH; ``{stem}`` is GRAPH's name without
        its suffix.
    write : callable
        ``write(G, out, **options) -> list[Path]``: writes and returns the files.
    options : tuple of str
        Keyword options ``write`` accepts (``base`` for Turtle).
    """

    name: str
    help: str
    folder: bool
    default: str
    write: Callable[..., list]
    options: tuple = ()


def _graphml(G, out):
    write_graphml(G, out)
    return [Path(out)]


def _gexf(G, out):
    write_gexf(G, out)
    return [Path(out)]


def _csv(G, out):
    nodes, edges = Path(out) / "nodes.csv", Path(out) / "edges.csv"
    write_csv(G, nodes, edges)
    return [nodes, edges]


def _turtle(G, out, base=None):
    write_turtle(G, out, **({"base": base} if base is not None else {}))
    return [Path(out)]


FORMATS = {f.name: f for f in (
    ExportFormat("graphml", "GraphML file for Gephi, yEd and Cytoscape (lists as JSON strings)",
                 False, "{stem}.graphml", _graphml),
    ExportFormat("gexf", "GEXF file for Gephi (labels, colours, weights = confidence)",
                 False, "{stem}.gexf", _gexf),
    ExportFormat("csv", "folder with nodes.csv and edges.csv", True, "{stem}-csv", _csv),
    ExportFormat("neo4j", "folder with CSV files for neo4j-admin import and import.cypher "
                          "(LOAD CSV)", True, "{stem}-neo4j", write_neo4j),
    ExportFormat("turtle", "RDF Turtle file (vocabulary in docs/rdf-vocabulary.md)",
                 False, "{stem}.ttl", _turtle, ("base",)),
)}


def default_out(name: str, graph_path) -> Path:
    """Where format ``name`` writes when no ``--out`` is given: next to ``graph_path``.

    Examples
    --------
    >>> default_out("gexf", "outputs/graph.json").as_posix()
    'outputs/graph.gexf'
    >>> default_out("neo4j", "outputs/graph.json").as_posix()
    'outputs/graph-neo4j'
    """
    graph_path = Path(graph_path)
    stem = graph_path.stem or graph_path.name
    return graph_path.parent / FORMATS[name].default.format(stem=stem)


def export(G: nx.MultiDiGraph, name: str, out, **options) -> list[Path]:
    """Write ``G`` in format ``name`` to ``out`` (a file or a folder, created if missing).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract; it is not modified.
    name : str
        A key of :data:`FORMATS`.
    out : str or os.PathLike
        The file (or, for a folder format, the folder) to write. Missing
        parent folders are created.
    **options
        Options of the format (see ``ExportFormat.options``); None values are
        ignored.

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    KeyError
        If ``name`` is not a known format.
    TypeError
        If an option does not apply to the format.
    OSError
        If a file cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph(); G.add_node("goto", label="GoTo", type="ORG")
    >>> folder = Path(tempfile.mkdtemp()) / "neo4j"
    >>> [p.name for p in export(G, "neo4j", folder)]
    ['nodes.csv', 'import.cypher']
    """
    fmt = FORMATS[name]
    options = {k: v for k, v in options.items() if v is not None}
    unknown = sorted(set(options) - set(fmt.options))
    if unknown:
        raise TypeError(f"format {name!r} takes no option {', '.join(unknown)}")
    out = Path(out)
    (out if fmt.folder else out.parent).mkdir(parents=True, exist_ok=True)
    return fmt.write(G, out, **options)
