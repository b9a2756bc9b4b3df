"""Fixtures of the tests of the ``kg`` commands: graph.json files to run them on.

A test module that uses ``graph_json`` defines a ``graph`` fixture: the graph to write."""

import networkx as nx
import pytest

from kg.export.json import write_json


@pytest.fixture
def graph_json(tmp_path, graph):
    """The module's ``graph`` written to ``tmp_path/out/graph.json``, alone in its folder."""
    path = tmp_path / "out" / "graph.json"
    path.parent.mkdir()
    write_json(graph, path)
    return path


@pytest.fixture
def empty_graph_json(tmp_path):
    """A graph.json without entities or articles, in ``tmp_path``."""
    path = tmp_path / "graph.json"
    write_json(nx.MultiDiGraph(articles=[]), path)
    return path
