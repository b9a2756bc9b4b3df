"""The records :class:`kg.query.api.KnowledgeGraph` answers with, and the walks behind them.

Every record is a small frozen dataclass holding plain values (names, numbers,
tuples), so it can be compared, hashed, put in a set or turned into JSON with
``dataclasses.asdict``. Entities are named by their canonical ``label``; the
node keys are kept as ``id``, ``source_id`` and ``target_id``.

Modality matters: an edge is ``asserted`` if any of its sentences asserts it,
otherwise ``planned`` ("plans to", "will") or ``negated`` ("did not"). Planned
and negated relations are kept in the graph so that a query can show them,
but they are not facts.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.about import __version__
from kg.graph.schema import MODALITIES, number

#: Ownership-family relations that do not make their source an owner of their target.
NOT_OWNING = ("merges_with",)


@dataclass(frozen=True)
class Entity:
    """A canonical entity: a node of the graph.

    ``aliases`` are the surface forms seen, most frequent first; ``roles`` the
    titles seen before a person's name ("Menteri Perdagangan"). ``kb_id`` is the
    ID of the knowledge-base entry it is linked to ("idx:GOTO") and
    ``wikidata`` that entry's Q-ID, None when there is none.
    """

    id: str
    name: str
    type: str | None
    aliases: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    mentions: int = 0
    roles: tuple[str, ...] = ()
    kb_id: str | None = None
    wikidata: str | None = None

    def __repr__(self):
        return f"Entity({self.name!r}, {self.type})"


@dataclass(frozen=True)
class Evidence:
    """One sentence supporting a relation, with the title of its article.

    ``start`` and ``end`` are the sentence's offsets in the article's cleaned
    text; ``modality``, ``confidence`` and ``quote`` are this sentence's own.
    """

    article: str
    article_title: str | None
    lang: str | None
    sentence: str
    start: int | None = None
    end: int | None = None
    modality: str | None = None
    confidence: float | None = None
    quote: str | None = None

    def __repr__(self):
        return f"Evidence({self.article!r}, {self.lang}, {_shorten(self.sentence, 40)!r})"


@dataclass(frozen=True)
class Relation:
    """An edge: ``source`` and ``target`` are entity names, in the edge's direction.

    ``quote``, ``stake``, ``amount`` and ``title`` (of a role) are ``None``
    where unknown. Only ``asserted`` relations are facts (see the module notes).
    """

    source: str
    target: str
    relation: str
    family: str | None
    confidence: float
    modality: str
    evidence: tuple[Evidence, ...] = ()
    quote: str | None = None
    stake: str | None = None
    amount: str | None = None
    title: str | None = None
    source_id: str | None = None
    target_id: str | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles in ``evidence``, each once, in order."""
        return tuple(dict.fromkeys(e.article for e in self.evidence))

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages of the ``evidence``, each once, in order."""
        return tuple(dict.fromkeys(e.lang for e in self.evidence if e.lang))

    def __repr__(self):
        return (f"Relation({self.source!r} -{self.relation}-> {self.target!r}, "
                f"{self.modality}, {self.confidence:.2f})")


@dataclass(frozen=True)
class Statement:
    """What ``speaker`` said (``relation`` ``said``) or criticised about ``about``."""

    speaker: str
    about: str
    relation: str
    quote: str | None
    confidence: float
    modality: str
    evidence: tuple[Evidence, ...] = ()

    def __repr__(self):
        quote = f", {_shorten(self.quote, 50)!r}" if self.quote else ""
        return f"Statement({self.speaker!r} -{self.relation}-> {self.about!r}{quote})"


@dataclass(frozen=True)
class Ownership:
    """An owner or subsidiary ``entity`` and how it is reached.

    ``chain`` always runs from the top owner down, and ``relations[i]`` links
    ``chain[i]`` to ``chain[i + 1]`` (the strongest edge of that step; see
    :meth:`kg.query.api.KnowledgeGraph.relations` for all of them).
    """

    entity: str
    chain: tuple[str, ...]
    relations: tuple[Relation, ...]

    @property
    def depth(self) -> int:
        """Ownership steps between the two ends: 1 for a direct owner."""
        return len(self.relations)

    @property
    def modality(self) -> str:
        """The weakest modality along the chain: ``asserted`` only if every step is."""
        return max((r.modality for r in self.relations), key=_modality_rank, default="asserted")

    def __repr__(self):
        return f"Ownership({' > '.join(self.chain)})"


@dataclass(frozen=True)
class Neighbor:
    """An entity linked to the asked one, with every relation between the two."""

    id: str
    name: str
    type: str | None
    relations: tuple[Relation, ...]

    def __repr__(self):
        return f"Neighbor({self.name!r}, {len(self.relations)} relation(s))"


@dataclass(frozen=True)
class Step:
    """One edge of a path, walked from ``start`` to ``end``.

    ``direction`` is ``"forward"`` when the edge points from ``start`` to
    ``end`` and ``"backward"`` when it points the other way.
    """

    start: str
    end: str
    relation: Relation
    direction: str

    def __repr__(self):
        if self.direction == "forward":
            return f"Step({self.start} -{self.relation.relation}-> {self.end})"
        return f"Step({self.start} <-{self.relation.relation}- {self.end})"


def entity_record(G: nx.MultiDiGraph, node) -> Entity:
    """The :class:`Entity` of ``node``; missing attributes get empty values."""
    attrs = G.nodes[node]
    return Entity(id=node, name=label(G, node), type=attrs.get("type"),
                  aliases=_strings(attrs.get("aliases")),
                  languages=_strings(attrs.get("languages")),
                  articles=_strings(attrs.get("articles")),
                  mentions=int(_number(attrs.get("mentions"))),
                  roles=_strings(attrs.get("roles")),
                  kb_id=attrs.get("kb_id") or None, wikidata=attrs.get("wikidata") or None)


def relation_record(G: nx.MultiDiGraph, u, v, key, attrs: dict, titles: dict) -> Relation:
    """The :class:`Relation` of edge ``(u, v, key)``; ``titles`` maps article ids to titles.

    An edge without ``modality`` counts as asserted.
    """
    evidence = tuple(
        Evidence(article=e.get("article"), article_title=titles.get(e.get("article")),
                 lang=e.get("lang"), sentence=e.get("sentence") or "", start=e.get("start"),
                 end=e.get("end"), modality=e.get("modality"),
                 confidence=e.get("confidence"), quote=e.get("quote"))
        for e in attrs.get("evidence") or () if isinstance(e, dict))
    return Relation(source=label(G, u), target=label(G, v),
                    relation=str(attrs.get("relation") or key), family=attrs.get("family"),
                    confidence=_number(attrs.get("confidence")),
                    modality=attrs.get("modality") or "asserted", evidence=evidence,
                    quote=attrs.get("quote"), stake=attrs.get("stake"),
                    amount=attrs.get("amount"), title=attrs.get("title"),
                    source_id=u, target_id=v)


def statement_record(rel: Relation) -> Statement:
    """A statement-family :class:`Relation` as a :class:`Statement`."""
    return Statement(speaker=rel.source, about=rel.target, relation=rel.relation,
                     quote=rel.quote, confidence=rel.confidence, modality=rel.modality,
                     evidence=rel.evidence)


def strongest(relations):
    """The relation most worth showing: asserted first, then most confident, then first.

    Examples
    --------
    >>> a = Relation("A", "B", "owns", "ownership", 0.5, "asserted")
    >>> b = Relation("A", "B", "controls", "ownership", 0.9, "planned")
    >>> strongest([b, a]).relation
    'owns'
    """
    return min(relations, key=lambda r: (_modality_rank(r.modality), -r.confidence))


def ownership_walk(links: dict, start, names: dict, upward: bool,
                   transitive: bool) -> list[Ownership]:
    """Owners (``upward``) or subsidiaries of ``start``, breadth first.

    Parameters
    ----------
    links : dict
        Node -> list of ``(next node, Relation)``, moving away from ``start``
        (to owners when ``upward``, else to what is owned).
    start : hashable
        The node asked about.
    names : dict
        Node -> entity name.
    upward : bool
        Whether ``links`` lead to owners; the chains are then reversed, so
        that they run from the top owner down.
    transitive : bool
        Follow the links beyond the first step. Each entity is reached once,
        by its shortest chain, so cycles end.

    Returns
    -------
    list of Ownership
        By depth, then name.

    Examples
    --------
    >>> own = lambda a, b: Relation(a, b, "owns", "ownership", 1.0, "asserted")
    >>> links = {"c": [("b", own("B", "C"))], "b": [("a", own("A", "B"))],
    ...          "a": [("c", own("C", "A"))]}
    >>> ownership_walk(links, "c", {"a": "A", "b": "B", "c": "C"}, True, True)
    [Ownership(B > C), Ownership(A > B > C)]
    """
    seen = {start}
    frontier = [(start, (start,), ())]
    found = []
    while frontier:
        reached = []
        for node, nodes, rels in frontier:
            steps = {}
            for other, rel in links.get(node, ()):
                steps.setdefault(other, []).append(rel)
            for other, options in steps.items():
                if other in seen:
                    continue
                seen.add(other)
                item = (other, nodes + (other,), rels + (strongest(options),))
                found.append(item)
                reached.append(item)
        if not transitive:
            break
        frontier = reached
    records = []
    for other, nodes, rels in found:
        chain = tuple(names[n] for n in nodes)
        records.append(Ownership(entity=names[other], chain=chain[::-1] if upward else chain,
                                 relations=rels[::-1] if upward else rels))
    return sorted(records, key=lambda r: (r.depth, r.entity.casefold()))


def shortest_path(links: dict, a, b, names: dict) -> list[Step] | None:
    """The shortest path from ``a`` to ``b``, breadth first, or ``None`` if there is none.

    ``links`` maps a node to its ``(other node, Relation, direction)`` in
    either direction; between two nodes the :func:`strongest` edge is taken.

    Examples
    --------
    >>> r = Relation("A", "B", "owns", "ownership", 1.0, "asserted")
    >>> shortest_path({"a": [("b", r, "forward")], "b": [("a", r, "backward")]},
    ...               "b", "a", {"a": "A", "b": "B"})
    [Step(B <-owns- A)]
    """
    parents = {a: None}
    frontier = [a]
    while frontier and b not in parents:
        reached = []
        for node in frontier:
            steps = {}
            for other, rel, direction in links.get(node, ()):
                steps.setdefault(other, []).append((rel, direction))
            for other, options in steps.items():
                if other not in parents:
                    rel = strongest([r for r, _ in options])
                    direction = next(d for r, d in options if r is rel)
                    parents[other] = (node, rel, direction)
                    reached.append(other)
        frontier = reached
    if b not in parents:
        return None
    steps, node = [], b
    while parents[node] is not None:
        previous, rel, direction = parents[node]
        steps.append(Step(start=names[previous], end=names[node], relation=rel,
                          direction=direction))
        node = previous
    return steps[::-1]


def label(G: nx.MultiDiGraph, node) -> str:
    """The entity name of ``node``: its ``label``, else its key."""
    return " ".join(str(G.nodes[node].get("label") or node).split())


def example_graph() -> nx.MultiDiGraph:
    """A tiny graph following the graph.json contract, for examples and experiments.

    ByteDance owns TikTok, which controls Tokopedia; GoTo owns Tokopedia; the
    Ministry of Trade (Kemendag) regulates TikTok; Zulkifli Hasan (Zulhas) is
    Minister of Trade and speaks about Tokopedia (in English); Teten Masduki
    speaks about TikTok (in Indonesian).

    Examples
    --------
    >>> G = example_graph()
    >>> G.number_of_nodes(), G.number_of_edges(), G.nodes["zulhas"]["label"]
    (7, 7, 'Zulkifli Hasan')
    """
    G = nx.MultiDiGraph(created="2024-01-01T00:00:00+00:00", kg_version=__version__)
    G.graph["articles"] = [
        {"id": "en1", "title": "TikTok takes control of Tokopedia", "lang": "en",
         "status": "ok"},
        {"id": "id1", "title": "Teten: TikTok harus patuh aturan", "lang": "id",
         "status": "ok"},
    ]
    nodes = [("bytedance", "ByteDance", "ORG", ["ByteDance", "Bytedance"]),
             ("tiktok", "TikTok", "ORG", ["TikTok"]),
             ("tokopedia", "Tokopedia", "ORG", ["Tokopedia", "Tokped"]),
             ("goto", "GoTo", "ORG", ["GoTo", "GOTO.JK"]),
             ("kemendag", "Ministry of Trade", "ORG", ["Kemendag", "Kementerian Perdagangan"]),
             ("zulhas", "Zulkifli Hasan", "PERSON", ["Zulkifli Hasan", "Zulhas"]),
             ("teten", "Teten Masduki", "PERSON", ["Teten Masduki", "Teten"])]
    for key, name, type_, aliases in nodes:
        G.add_node(key, label=name, type=type_, aliases=aliases,
                   languages=["id"] if key == "teten" else ["en"],
                   articles=["id1"] if key == "teten" else ["en1"], mentions=2, roles=[])
    sentences = {
        "en1": ["ByteDance owns TikTok.", "TikTok controls 75% of Tokopedia, which GoTo owns.",
                "The Ministry of Trade regulates TikTok.",
                "Minister of Trade Zulkifli Hasan said: \"Tokopedia does the selling.\""],
        "id1": ["\"TikTok harus patuh,\" kata Teten Masduki."],
    }

    def evidence(article, index, **extra):
        start = sum(len(s) + 1 for s in sentences[article][:index])
        text = sentences[article][index]
        lang = "id" if article == "id1" else "en"
        return [{"article": article, "lang": lang, "sentence": text, "start": start,
                 "end": start + len(text), "modality": "asserted", "confidence": 0.7, **extra}]

    def edge(u, v, relation, family, ev, **extra):
        G.add_edge(u, v, key=relation, relation=relation, family=family, confidence=0.7,
                   modality="asserted", evidence=ev, **extra)

    edge("bytedance", "tiktok", "owns", "ownership", evidence("en1", 0))
    edge("tiktok", "tokopedia", "controls", "ownership", evidence("en1", 1), stake="75%")
    edge("goto", "tokopedia", "owns", "ownership", evidence("en1", 1))
    edge("kemendag", "tiktok", "regulates", "regulation", evidence("en1", 2))
    edge("zulhas", "kemendag", "holds_role", "role", evidence("en1", 3),
         title="Minister of Trade")
    edge("zulhas", "tokopedia", "said", "statement",
         evidence("en1", 3, quote="Tokopedia does the selling."),
         quote="Tokopedia does the selling.")
    edge("teten", "tiktok", "said", "statement",
         evidence("id1", 0, quote="TikTok harus patuh,"), quote="TikTok harus patuh,")
    return G


def _modality_rank(modality) -> int:
    return MODALITIES.index(modality) if modality in MODALITIES else len(MODALITIES)


def _strings(value) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()


def _number(value) -> float:
    """``value`` as a finite float; missing or malformed gives 0."""
    return number(value, 0.0)


def _shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with ``...``.

    Examples
    --------
    >>> _shorten("a  long\\nsentence", 10)
    'a long...'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 3].rstrip() + "..."
