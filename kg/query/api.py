"""Ask a built graph questions: ``kg.load("outputs/graph.json").owners("Tokopedia")``.

:class:`KnowledgeGraph` wraps the ``MultiDiGraph`` of the graph.json contract
(``g.nx``) and answers with the small frozen records of :mod:`kg.query.records`.
Entities can be named by any alias, in any case ("Zulhas", "GOTO.JK",
"kemendag"): first those seen in the articles (the nodes' ``aliases``), then
those of kg's bundled alias table, so "Kemendag" finds the Ministry of Trade
even if no article wrote it. An entity linked to the knowledge base can also
be named by its entry's ID ("idx:GOTO") or Wikidata Q-ID ("Q806626"). An
unknown name raises ``KeyError`` suggesting close names.

Planned and negated relations are kept in the graph but are not facts. The
questions about facts (:meth:`~KnowledgeGraph.owners`,
:meth:`~KnowledgeGraph.subsidiaries`, :meth:`~KnowledgeGraph.regulators`,
:meth:`~KnowledgeGraph.statements`, :meth:`~KnowledgeGraph.roles`) answer
with asserted relations unless ``asserted_only=False``; the exploring ones
(:meth:`~KnowledgeGraph.relations`, :meth:`~KnowledgeGraph.neighbors`,
:meth:`~KnowledgeGraph.path`) use every relation unless ``asserted_only=True``.
Each record has a ``modality``.

Examples
--------
>>> from kg.query.records import example_graph
>>> g = KnowledgeGraph(example_graph())
>>> g.entity("zulhas").name
'Zulkifli Hasan'
>>> g.owners("Tokopedia", transitive=True)
[Ownership(GoTo > Tokopedia), Ownership(TikTok > Tokopedia),
 Ownership(ByteDance > TikTok > Tokopedia)]
"""

from __future__ import annotations

import functools
from collections import Counter

import networkx as nx

from kg.export.json import read_json
from kg.graph.aliases import bundled_aliases
from kg.graph.schema import FAMILIES, number
from kg.graph.subgraph import find_node, name_key, neighbourhood
from kg.kb.base import is_entry_id, is_wikidata_id
from kg.query.records import (
    NOT_OWNING,
    Entity,
    Neighbor,
    Ownership,
    Relation,
    Statement,
    Step,
    entity_record,
    label,
    ownership_walk,
    relation_record,
    shortest_path,
    statement_record,
)

#: Columns of :meth:`KnowledgeGraph.to_pandas`.
NODE_COLUMNS = ("id", "name", "type", "aliases", "languages", "articles", "mentions", "roles")
EDGE_COLUMNS = ("source", "target", "relation", "family", "confidence", "modality", "quote",
                "stake", "amount", "title", "source_id", "target_id")
EVIDENCE_COLUMNS = ("article", "article_title", "lang", "sentence", "start", "end",
                    "evidence_modality", "evidence_confidence", "evidence_quote")


def load(path) -> KnowledgeGraph:
    """Read a graph.json written by ``kg build``.

    Raises
    ------
    OSError
        If the file cannot be read.
    kg.errors.GraphFileError
        (a ``ValueError``) If it is not valid UTF-8 JSON, or not node-link data of a graph.

    Examples
    --------
    >>> import os, tempfile
    >>> from kg.export.json import write_json
    >>> from kg.query.records import example_graph
    >>> path = os.path.join(tempfile.mkdtemp(), "graph.json")
    >>> write_json(example_graph(), path)
    >>> load(path)
    <KnowledgeGraph: 7 entities, 7 relations, 2 articles>
    >>> with open(path, "w") as fh:
    ...     _ = fh.write("[]")
    >>> load(path)
    Traceback (most recent call last):
    ...
    kg.errors.GraphFileError: .../graph.json is not a kg graph.json: no 'nodes' and 'edges' lists
    """
    return KnowledgeGraph(read_json(path))


class KnowledgeGraph:
    """A built graph and the questions it answers.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the graph.json contract, available as ``.nx``.
        Article titles are read from ``G.graph["articles"]`` once; change
        ``G`` through ``.nx`` only before asking questions.

    Examples
    --------
    >>> from kg.query.records import example_graph
    >>> g = KnowledgeGraph(example_graph())
    >>> len(g), "GOTO.JK" in g, "Gojek" in g
    (7, True, False)
    >>> g
    <KnowledgeGraph: 7 entities, 7 relations, 2 articles>
    """

    def __init__(self, G: nx.MultiDiGraph):
        if not isinstance(G, nx.MultiDiGraph):
            raise TypeError("KnowledgeGraph needs a networkx.MultiDiGraph, "
                            f"not {type(G).__name__}")
        self.nx = G
        articles = G.graph.get("articles")
        articles = articles if isinstance(articles, list) else []
        self._articles = [a for a in articles if isinstance(a, dict)]
        self._titles = {a.get("id"): a.get("title") for a in self._articles}

    def __len__(self) -> int:
        return self.nx.number_of_nodes()

    def __contains__(self, name) -> bool:
        try:
            self._node(name)
        except KeyError:
            return False
        return True

    def __repr__(self) -> str:
        view = self.nx.graph.get("view")
        counts = ", ".join(f"{n:,} {one if n == 1 else many}" for n, one, many in [
            (len(self), "entity", "entities"),
            (self.nx.number_of_edges(), "relation", "relations"),
            (len(self._articles), "article", "articles")])
        return f"<KnowledgeGraph: {counts}{f' ({view})' if view else ''}>"

    # -- entities ---------------------------------------------------------------------------

    def entity(self, name: str) -> Entity:
        """The entity called ``name`` (a label or alias, any case), or with that ID.

        ``name`` may also be the ID of the knowledge-base entry an entity is
        linked to (its ``kb_id``, "idx:GOTO", as written) or its Wikidata
        Q-ID ("Q806626"); if several entities carry it, the most mentioned.

        Raises
        ------
        KeyError
            If no entity has that name; the message suggests close names.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> e = g.entity("KEMENDAG")
        >>> e.name, e.type, e.aliases
        ('Ministry of Trade', 'ORG', ('Kemendag', 'Kementerian Perdagangan'))
        >>> g.nx.nodes["goto"].update(kb_id="idx:GOTO", wikidata="Q806626")
        >>> g.entity("idx:GOTO").name, g.entity("Q806626").wikidata
        ('GoTo', 'Q806626')
        >>> g.entity("Tokopdia")
        Traceback (most recent call last):
        ...
        KeyError: "no entity named 'Tokopdia'; did you mean: Tokopedia?"
        """
        return entity_record(self.nx, self._node(name))

    def entities(self, type: str | None = None) -> list[Entity]:
        """Every entity, or those of one ``type`` (``PERSON``, ``ORG``, ``GPE``, ``LAW``).

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> KnowledgeGraph(example_graph()).entities("PERSON")
        [Entity('Zulkifli Hasan', PERSON), Entity('Teten Masduki', PERSON)]
        """
        return [entity_record(self.nx, n) for n, t in self.nx.nodes(data="type")
                if type is None or t == type]

    # -- relations --------------------------------------------------------------------------

    def relations(self, source: str | None = None, target: str | None = None,
                  family: str | None = None, relation: str | None = None,
                  lang: str | None = None, min_confidence: float = 0.0, *,
                  asserted_only: bool = False) -> list[Relation]:
        """Relations matching every filter given, in the graph's order.

        Parameters
        ----------
        source, target : str, optional
            Entity names (any alias or case).
        family : str, optional
            One of ``ownership``, ``regulation``, ``statement``, ``role``,
            ``partnership``, ``competition``.
        relation : str, optional
            A fine predicate, such as ``owns`` or ``said``.
        lang : str, optional
            Keep relations with at least one sentence in this language; their
            ``evidence`` still holds every sentence.
        min_confidence : float, default 0
        asserted_only : bool, default False
            By default planned and negated relations are returned too (they
            are not facts: check ``modality``).

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> g.relations(target="tokped", family="ownership")
        [Relation('TikTok' -controls-> 'Tokopedia', asserted, 0.70),
         Relation('GoTo' -owns-> 'Tokopedia', asserted, 0.70)]
        >>> [(r.source, r.evidence[0].article_title) for r in g.relations(lang="id")]
        [('Teten Masduki', 'Teten: TikTok harus patuh aturan')]
        """
        _check_family(family)
        u = None if source is None else self._node(source)
        v = None if target is None else self._node(target)
        found = []
        for a, b, key, attrs in self._edges(u, v):
            if family is not None and attrs.get("family") != family:
                continue
            rel = relation_record(self.nx, a, b, key, attrs, self._titles)
            if ((relation is None or rel.relation == relation)
                    and (lang is None or lang in rel.languages)
                    and rel.confidence >= min_confidence
                    and (not asserted_only or rel.modality == "asserted")):
                found.append(rel)
        return found

    def owners(self, name: str, transitive: bool = False, *,
               asserted_only: bool = True) -> list[Ownership]:
        """Who owns ``name``: directly, or through a chain with ``transitive=True``.

        Ownership edges count except ``merges_with``: ``owns``, ``controls``,
        ``acquires_stake``, ``invests_in``. Each owner is given once, by its
        shortest chain, so cycles end. Only asserted edges are followed
        unless ``asserted_only=False``.

        Returns
        -------
        list of Ownership
            By depth, then name; ``chain`` runs from the owner down to ``name``.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> top = g.owners("Tokopedia", transitive=True)[-1]
        >>> top.entity, top.chain, [r.relation for r in top.relations]
        ('ByteDance', ('ByteDance', 'TikTok', 'Tokopedia'), ['owns', 'controls'])
        """
        return self._ownership(name, True, transitive, asserted_only)

    def subsidiaries(self, name: str, transitive: bool = False, *,
                     asserted_only: bool = True) -> list[Ownership]:
        """What ``name`` owns, directly or (``transitive=True``) through a chain.

        The same rules as :meth:`owners`; ``chain`` runs from ``name`` down.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> KnowledgeGraph(example_graph()).subsidiaries("ByteDance", transitive=True)
        [Ownership(ByteDance > TikTok), Ownership(ByteDance > TikTok > Tokopedia)]
        """
        return self._ownership(name, False, transitive, asserted_only)

    def regulators(self, name: str, *, asserted_only: bool = True) -> list[Relation]:
        """Regulation relations pointing at ``name`` (who bans, regulates, requires ...).

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> KnowledgeGraph(example_graph()).regulators("tiktok")
        [Relation('Ministry of Trade' -regulates-> 'TikTok', asserted, 0.70)]
        """
        return self.relations(target=name, family="regulation", asserted_only=asserted_only)

    def statements(self, by: str | None = None, about: str | None = None, *,
                   asserted_only: bool = True) -> list[Statement]:
        """Statements (``said``, ``criticized``) by a speaker and/or about an entity.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> s = g.statements(by="Teten")[0]
        >>> s.about, s.quote, s.evidence[0].lang, s.evidence[0].article_title
        ('TikTok', 'TikTok harus patuh,', 'id', 'Teten: TikTok harus patuh aturan')
        """
        return [statement_record(r) for r in
                self.relations(source=by, target=about, family="statement",
                               asserted_only=asserted_only)]

    def roles(self, name: str, *, asserted_only: bool = True) -> list[Relation]:
        """Role relations of a person (``source``), or of the people holding roles at
        an organisation (``target``); the role is in ``title``.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> [(r.source, r.title, r.target) for r in g.roles("Kemendag")]
        [('Zulkifli Hasan', 'Minister of Trade', 'Ministry of Trade')]
        """
        node = self._node(name)
        return [r for r in self.relations(family="role", asserted_only=asserted_only)
                if node in (r.source_id, r.target_id)]

    def neighbors(self, name: str, family: str | None = None, *,
                  asserted_only: bool = False) -> list[Neighbor]:
        """Entities linked to ``name`` in either direction, with the relations between them.

        Returns
        -------
        list of Neighbor
            Most relations first, then by name.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> [n.name for n in g.neighbors("TikTok")]
        ['ByteDance', 'Ministry of Trade', 'Teten Masduki', 'Tokopedia']
        >>> g.neighbors("TikTok", family="ownership")[1].relations
        (Relation('TikTok' -controls-> 'Tokopedia', asserted, 0.70),)
        """
        _check_family(family)
        node = self._node(name)
        found = {}
        for rel in self._incident(node, family, asserted_only):
            other = rel.target_id if rel.source_id == node else rel.source_id
            found.setdefault(other, []).append(rel)
        records = [Neighbor(id=other, name=label(self.nx, other),
                            type=self.nx.nodes[other].get("type"), relations=tuple(rels))
                   for other, rels in found.items() if other != node]
        return sorted(records, key=lambda n: (-len(n.relations), n.name.casefold()))

    def path(self, a: str, b: str, family: str | None = None, *,
             asserted_only: bool = False) -> list[Step] | None:
        """The shortest chain of relations from ``a`` to ``b``, ignoring their direction.

        Returns
        -------
        list of Step or None
            One step per edge, each with its relation and ``direction``
            (``"forward"`` if the edge points along the path). ``[]`` if ``a``
            and ``b`` are the same entity, ``None`` if they are not connected.
            Unknown names raise ``KeyError``.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> g = KnowledgeGraph(example_graph())
        >>> g.path("ByteDance", "GoTo")
        [Step(ByteDance -owns-> TikTok), Step(TikTok -controls-> Tokopedia),
         Step(Tokopedia <-owns- GoTo)]
        >>> g.path("ByteDance", "GoTo", family="regulation") is None
        True
        """
        _check_family(family)
        start, end = self._node(a), self._node(b)
        links = {}
        for rel in self._incident(None, family, asserted_only):
            links.setdefault(rel.source_id, []).append((rel.target_id, rel, "forward"))
            links.setdefault(rel.target_id, []).append((rel.source_id, rel, "backward"))
        return shortest_path(links, start, end, self._names())

    def subgraph(self, names, hops: int = 1) -> KnowledgeGraph:
        """The named entities and those within ``hops`` edges, as a new graph.

        See :func:`kg.graph.subgraph.neighbourhood`; this graph is not changed.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> KnowledgeGraph(example_graph()).subgraph("GoTo")
        <KnowledgeGraph: 2 entities, 1 relation, 2 articles
         (GoTo and entities within 1 hop: 2 of 7 entities)>
        """
        names = [names] if isinstance(names, str) else list(names)
        return KnowledgeGraph(neighbourhood(self.nx, [self._node(n) for n in names], hops=hops))

    # -- tables and counts ------------------------------------------------------------------

    def to_pandas(self, per_evidence: bool = False):
        """The graph as two pandas DataFrames, ``(nodes, edges)``.

        ``nodes`` has one row per entity (:data:`NODE_COLUMNS`; list cells stay
        lists). ``edges`` has one row per relation (:data:`EDGE_COLUMNS` plus
        ``evidence_count``, ``articles`` and ``languages``), or with
        ``per_evidence=True`` one row per evidence sentence (:data:`EDGE_COLUMNS`
        plus :data:`EVIDENCE_COLUMNS`, ``article_title`` included).

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> nodes, edges = KnowledgeGraph(example_graph()).to_pandas()
        >>> nodes.shape, edges.shape, edges.loc[0, ["source", "relation", "target"]].tolist()
        ((7, 8), (7, 15), ['ByteDance', 'owns', 'TikTok'])
        >>> _, rows = KnowledgeGraph(example_graph()).to_pandas(per_evidence=True)
        >>> rows.loc[6, ["source", "lang", "article_title"]].tolist()
        ['Teten Masduki', 'id', 'Teten: TikTok harus patuh aturan']
        """
        import pandas as pd

        nodes = pd.DataFrame(
            [[getattr(e, c) if not isinstance(getattr(e, c), tuple) else list(getattr(e, c))
              for c in NODE_COLUMNS] for e in self.entities()], columns=list(NODE_COLUMNS))
        rows = []
        for rel in self.relations():
            edge = [getattr(rel, c) for c in EDGE_COLUMNS]
            if not per_evidence:
                rows.append(edge + [len(rel.evidence), list(rel.articles), list(rel.languages)])
                continue
            for ev in rel.evidence or [None]:
                rows.append(edge + ([None] * len(EVIDENCE_COLUMNS) if ev is None else [
                    ev.article, ev.article_title, ev.lang, ev.sentence, ev.start, ev.end,
                    ev.modality, ev.confidence, ev.quote]))
        extra = EVIDENCE_COLUMNS if per_evidence else ("evidence_count", "articles", "languages")
        return nodes, pd.DataFrame(rows, columns=[*EDGE_COLUMNS, *extra])

    def stats(self) -> dict:
        """Counts of entities, relations and articles, as used by ``kg stats``.

        Each ``by_*`` dict is ordered by count (largest first), then name.

        Examples
        --------
        >>> from kg.query.records import example_graph
        >>> s = KnowledgeGraph(example_graph()).stats()
        >>> s["entities"]
        {'total': 7, 'by_type': {'ORG': 5, 'PERSON': 2}}
        >>> s["relations"]["by_family"], s["relations"]["by_modality"]
        ({'ownership': 3, 'statement': 2, 'regulation': 1, 'role': 1}, {'asserted': 7})
        >>> s["articles"]
        {'total': 2, 'by_status': {'ok': 2}, 'by_language': {'en': 1, 'id': 1}}
        """
        edges = [attrs for _, _, attrs in self.nx.edges(data=True)]
        return {
            "entities": {"total": len(self),
                         "by_type": _counts(t for _, t in self.nx.nodes(data="type"))},
            "relations": {"total": len(edges),
                          "by_family": _counts(a.get("family") for a in edges),
                          "by_modality": _counts(a.get("modality") or "asserted" for a in edges),
                          "by_relation": _counts(a.get("relation") for a in edges)},
            "articles": {"total": len(self._articles),
                         "by_status": _counts(a.get("status") for a in self._articles),
                         "by_language": _counts(a.get("lang") for a in self._articles)},
        }

    # -- helpers ----------------------------------------------------------------------------

    def _node(self, name):
        """The node key of ``name``: a node's knowledge-base or Wikidata ID, key, label or
        alias, else a bundled alias."""
        node = self._node_by_id(name)
        if node is not None:
            return node
        try:
            return find_node(self.nx, name)
        except KeyError:
            for other in _bundled_names(name):
                try:
                    return find_node(self.nx, other)
                except KeyError:
                    pass
            raise

    def _node_by_id(self, name):
        """The node whose ``kb_id`` or ``wikidata`` is ``name``, or None.

        Only a text shaped like a knowledge-base ID or a Q-ID is looked for;
        among several nodes, the one with most ``mentions``, then the smallest key.
        """
        wanted = name.strip() if isinstance(name, str) else ""
        if is_wikidata_id(wanted.upper()):
            attr, wanted = "wikidata", wanted.upper()
        elif is_entry_id(wanted):
            attr = "kb_id"
        else:
            return None
        found = [(-number(attrs.get("mentions"), 0.0), str(node), node)
                 for node, attrs in self.nx.nodes(data=True) if attrs.get(attr) == wanted]
        return min(found)[2] if found else None

    def _edges(self, u=None, v=None):
        """``(u, v, key, attrs)`` of the edges from ``u`` and/or to ``v`` (any if None)."""
        if u is not None:
            return ((a, b, k, d) for a, b, k, d in self.nx.out_edges(u, keys=True, data=True)
                    if v is None or b == v)
        if v is not None:
            return self.nx.in_edges(v, keys=True, data=True)
        return self.nx.edges(keys=True, data=True)

    def _incident(self, node, family, asserted_only):
        """Relations touching ``node`` (every relation if None), self-loops left out."""
        edges = self.nx.edges(keys=True, data=True) if node is None else [
            *self.nx.out_edges(node, keys=True, data=True),
            *self.nx.in_edges(node, keys=True, data=True)]
        for a, b, key, attrs in edges:
            if a == b or (family is not None and attrs.get("family") != family):
                continue
            rel = relation_record(self.nx, a, b, key, attrs, self._titles)
            if not asserted_only or rel.modality == "asserted":
                yield rel

    def _ownership(self, name, upward, transitive, asserted_only) -> list[Ownership]:
        start = self._node(name)
        links = {}
        for rel in self._incident(None, "ownership", asserted_only):
            if rel.relation not in NOT_OWNING:
                here, there = ((rel.target_id, rel.source_id) if upward
                               else (rel.source_id, rel.target_id))
                links.setdefault(here, []).append((there, rel))
        return ownership_walk(links, start, self._names(), upward, transitive)

    def _names(self) -> dict:
        return {node: label(self.nx, node) for node in self.nx.nodes}


def _check_family(family) -> None:
    if family is not None and family not in FAMILIES:
        raise ValueError(f"unknown relation family {family!r}; one of: {', '.join(FAMILIES)}")


@functools.lru_cache(maxsize=1)
def _alias_table() -> dict:
    """Normalised alias -> every name of its entry, from the bundled alias table."""
    table = {}
    for entry in bundled_aliases():
        names = [entry.canonical, *(a for a in entry.aliases if a != entry.canonical)]
        for name in names:
            table.setdefault(name_key(name), names)
    return table


def _bundled_names(name) -> list:
    """The canonical name and aliases of ``name`` in the bundled alias table, if it is there.

    Examples
    --------
    >>> _bundled_names("  kemendag ")[0], _bundled_names("Nobody")
    ('Ministry of Trade', [])
    """
    return _alias_table().get(name_key(name), [])


def _counts(values) -> dict:
    """Occurrences of each value (missing ones as ``"unknown"``), most first, then by name."""
    counts = Counter("unknown" if v is None else str(v) for v in values)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
