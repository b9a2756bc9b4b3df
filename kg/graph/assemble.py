"""Assemble the knowledge graph: a networkx ``MultiDiGraph``.

Nodes are canonical entities; edges are relations keyed by their fine
predicate, so the same ``(source, relation, target)`` found in several
sentences or articles is one edge carrying all its evidence. The layout of
node, edge and graph attributes is the graph.json contract: its fields are
declared in :mod:`kg.graph.schema` and described in docs/graph-contract.md.
"""

from __future__ import annotations

import datetime as _dt

import networkx as nx

from kg.about import __version__
from kg.graph.schema import EDGE_EXTRAS


def build_graph(entities: dict, relations: list, assignment: dict, articles: list,
                *, created: str | None = None) -> nx.MultiDiGraph:
    """Build the graph from resolved entities and extracted relations.

    Parameters
    ----------
    entities : dict
        Entity id -> :class:`kg.graph.resolve.CanonicalEntity`.
    relations : list of kg.extract.RelationMention
    assignment : dict
        ``mention.key`` -> entity id (from :func:`kg.graph.resolve.resolve`).
    articles : list of kg.ingest.article.Article
        Every input article, whatever its status.
    created : str, optional
        ISO timestamp; defaults to now (UTC).

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> from kg.graph.resolve import CanonicalEntity
    >>> G = build_graph({"goto": CanonicalEntity("goto", "GoTo", "ORG")}, [], {}, [])
    >>> G.nodes["goto"]["label"], G.graph["kg_version"] == __version__
    ('GoTo', True)
    """
    G = nx.MultiDiGraph()
    G.graph["articles"] = [a.record() for a in articles]
    G.graph["created"] = created or _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    G.graph["kg_version"] = __version__
    for eid, ent in sorted(entities.items()):
        G.add_node(eid, label=ent.label, type=ent.type,
                   aliases=sorted(ent.aliases, key=lambda a: (-ent.aliases[a], a)),
                   languages=sorted(ent.languages), articles=list(ent.articles),
                   mentions=ent.mentions,
                   roles=sorted(ent.roles, key=lambda r: (-ent.roles[r], r)))
        if ent.kb_id:  # linked to the knowledge base (kg.kb)
            G.nodes[eid]["kb_id"] = ent.kb_id
        if ent.wikidata:
            G.nodes[eid]["wikidata"] = ent.wikidata
    evidence_keys = {}  # edge -> {(article, sentence start)}, so merging stays linear
    for rel in relations:
        source = assignment.get(rel.source.key)
        target = assignment.get(rel.target.key)
        if source is None or target is None or source == target:
            continue
        evidence = {"article": rel.article, "lang": rel.lang, "sentence": rel.sentence,
                    "start": rel.sent_start, "end": rel.sent_end, "modality": rel.modality,
                    "confidence": rel.confidence}
        if rel.quote:
            evidence["quote"] = rel.quote
        edge, sentence = (source, target, rel.relation), (rel.article, rel.sent_start)
        if edge in evidence_keys:  # the edge exists
            if sentence not in evidence_keys[edge]:
                evidence_keys[edge].add(sentence)
                _merge_evidence(G.edges[edge], evidence, rel)
            continue
        evidence_keys[edge] = {sentence}
        attrs = {"relation": rel.relation, "family": rel.family,
                 "confidence": rel.confidence, "modality": rel.modality,
                 "evidence": [evidence]}
        for name in EDGE_EXTRAS:
            if getattr(rel, name, None):
                attrs[name] = getattr(rel, name)
        G.add_edge(source, target, key=rel.relation, **attrs)
    return G


def _merge_evidence(attrs: dict, evidence: dict, rel) -> None:
    """Add one more piece of evidence (from a sentence the edge has none from) to an edge."""
    attrs["evidence"].append(evidence)
    # support raises confidence: 1 - prod(1 - c_i)
    attrs["confidence"] = round(1 - (1 - attrs["confidence"]) * (1 - rel.confidence), 3)
    if rel.modality == "asserted":
        attrs["modality"] = "asserted"
    for name in EDGE_EXTRAS:
        if getattr(rel, name, None) and name not in attrs:
            attrs[name] = getattr(rel, name)
