"""The graph.json contract in code: its fields, the values they may take, and a check.

docs/graph-contract.md describes the layout (a test keeps its tables equal to
the fields here). This module declares the fields of the graph, its nodes,
edges, evidence and article records with their types, the closed value sets
(entity types, relation families and names, modalities, article statuses), and
:func:`check_graph_data`, which :func:`kg.export.json.read_json` runs on every
file it reads, so that a graph from another major version of kg, or with a
value of the wrong type, is refused with the reason instead of giving empty
answers. The builder (:mod:`kg.graph.assemble`) and the table exports take
their fields from here, and :func:`number` is how readers take a number.

Every field is optional (a missing one, or ``null``, is "not known"), and
fields the contract does not name are kept as they are.

Examples
--------
>>> "ORG" in ENTITY_TYPES, "ownership" in FAMILIES, MODALITIES[0]
(True, True, 'asserted')
"""

from __future__ import annotations

import math
import re

from kg.errors import ContractError, VersionError
from kg.ingest.article import STATUSES

#: Entity types (node ``type``).
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LAW")

#: Relation families (edge ``family``), in the order the contract lists them.
FAMILIES = ("ownership", "regulation", "statement", "role", "partnership", "competition")

#: Modalities of an edge or a piece of evidence, strongest first.
MODALITIES = ("asserted", "planned", "negated")

#: The relations kg extracts (edge ``relation``), with their family. A graph may hold
#: others (a newer kg); they are read and exported as they are.
RELATIONS = {
    "owns": "ownership", "controls": "ownership", "acquires_stake": "ownership",
    "invests_in": "ownership", "merges_with": "ownership",
    "bans": "regulation", "regulates": "regulation", "issues": "regulation",
    "approves": "regulation", "requires": "regulation", "assigns": "regulation",
    "said": "statement", "criticized": "statement",
    "holds_role": "role",
    "partners_with": "partnership",
    "competes_with": "competition",
}



def _text(value):
    return isinstance(value, str)


def _texts(value):
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _count(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _share(value):
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value) and 0 <= value <= 1)


def _one_of(choices):
    def check(value):
        return value in choices
    check.choices = choices
    return check


#: Field -> check, for nodes, edges, evidence items and article records.
NODE_FIELDS = {"label": _text, "type": _one_of(ENTITY_TYPES), "aliases": _texts,
               "languages": _texts, "articles": _texts, "mentions": _count, "roles": _texts,
               "kb_id": _text, "wikidata": _text}
EDGE_FIELDS = {"relation": _text, "family": _one_of(FAMILIES), "confidence": _share,
               "modality": _one_of(MODALITIES), "quote": _text, "stake": _text,
               "amount": _text, "title": _text}
#: Edge fields copied from the first piece of evidence that has them.
EDGE_EXTRAS = ("quote", "stake", "amount", "title")
#: Graph attributes (beyond ``articles``, a list of article records).
GRAPH_FIELDS = {"created": _text, "kg_version": _text}
EVIDENCE_FIELDS = {"article": _text, "lang": _text, "sentence": _text, "start": _count,
                   "end": _count, "modality": _one_of(MODALITIES), "confidence": _share,
                   "quote": _text}
ARTICLE_FIELDS = {"id": _text, "title": _text, "path": _text, "url": _text,
                  "published": _text, "lang": _text, "lang_confidence": _share,
                  "status": _one_of(STATUSES), "error": _text, "duplicate_of": _text,
                  "encoding": _text}

_WHAT = {_text: "a string", _texts: "a list of strings", _count: "a whole number of 0 or more",
         _share: "a number from 0 to 1"}
_VERSION = re.compile(r"(\d+)\.(\d+)(?:\.\d+)?\S*")


def number(value, default=None):
    """``value`` as a finite float if it is a number (not a bool) or numeric text, else
    ``default``: how readers take a number of a graph that may not follow the contract.

    Examples
    --------
    >>> number(3), number("0.5"), number(True), number(float("nan"), 0.0), number(None, 0.0)
    (3.0, 0.5, None, 0.0, 0.0)
    """
    if value is None or isinstance(value, bool):
        return default
    try:
        result = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return result if math.isfinite(result) else default


def compatible(version, ours: str) -> bool:
    """Whether a graph.json written by kg ``version`` can be read by kg ``ours``.

    The contract changes only with kg's major version: files of the same major
    version are read (a newer minor version may add fields, which are kept).

    Examples
    --------
    >>> compatible("0.1.0", "0.1.0"), compatible("0.4.2", "0.1.0"), compatible("99.0.0", "0.1.0")
    (True, True, False)
    >>> compatible("high", "0.1.0"), compatible(1, "0.1.0")
    (False, False)
    """
    theirs, mine = _VERSION.fullmatch(str(version)), _VERSION.fullmatch(ours)
    return (isinstance(version, str) and theirs is not None and mine is not None
            and theirs.group(1) == mine.group(1))


def check_graph_data(data: dict, *, version: str) -> None:
    """Check node-link data against the contract; raise :class:`ContractError` if it breaks it.

    Parameters
    ----------
    data : dict
        Node-link data, as in a graph.json (edges under ``"edges"``).
    version : str
        The reading kg's version (:func:`compatible` decides).

    Raises
    ------
    ContractError
        With the first problem found, in one line: where (the node, the
        edge, the article) and what (the field, its value, what it should be).
        :class:`VersionError` if the file's ``kg_version`` is not compatible.

    Examples
    --------
    >>> data = {"graph": {"kg_version": "0.1.0"}, "nodes": [{"id": "goto", "type": "ORG"}],
    ...         "edges": [{"source": "goto", "target": "goto", "confidence": 0.5}]}
    >>> check_graph_data(data, version="0.1.0")
    >>> data["nodes"][0]["type"] = "SPACESHIP"
    >>> check_graph_data(data, version="0.1.0")
    Traceback (most recent call last):
    ...
    kg.errors.ContractError: node 'goto': type is 'SPACESHIP', not one of PERSON, ORG, GPE, LAW
    """
    graph = data.get("graph")
    if graph is None:
        graph = {}
    if not isinstance(graph, dict):
        raise ContractError("the 'graph' attributes are not a mapping")
    written_by = graph.get("kg_version")
    if written_by is not None and not compatible(written_by, version):
        raise VersionError(f"written by kg {written_by!r}, and this kg {version} reads only "
                            f"files of kg {version.split('.')[0]}.x")
    _fields(graph, GRAPH_FIELDS, "the graph")
    articles = graph.get("articles")
    if articles is not None:
        if not isinstance(articles, list):
            raise ContractError("the graph's 'articles' are not a list")
        for i, record in enumerate(articles):
            _fields(record, ARTICLE_FIELDS, f"article record {i + 1}")
    for node in data["nodes"]:
        _fields(node, NODE_FIELDS, f"node {_name(node, 'id')}")
    for edge in data["edges"]:
        where = f"edge {_name(edge, 'source')} -> {_name(edge, 'target')}"
        _fields(edge, EDGE_FIELDS, where)
        evidence = edge.get("evidence")
        if evidence is None:
            continue
        if not isinstance(evidence, list):
            raise ContractError(f"{where}: evidence is not a list")
        for i, item in enumerate(evidence):
            _fields(item, EVIDENCE_FIELDS, f"{where}, evidence {i + 1}")


def _fields(record, checks: dict, where: str) -> None:
    if not isinstance(record, dict):
        raise ContractError(f"{where} is not a mapping")
    for name, check in checks.items():
        value = record.get(name)
        if value is None or check(value):
            continue
        wanted = (f"not one of {', '.join(check.choices)}" if hasattr(check, "choices")
                  else f"not {_WHAT[check]}")
        raise ContractError(f"{where}: {name} is {_show(value)}, {wanted}")


def _name(record, key) -> str:
    value = record.get(key) if isinstance(record, dict) else None
    return _show(value)


def _show(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
