"""What a knowledge graph says, in a few lists: central entities, communities,
most-quoted speakers, most-regulated entities and ownership chains.

Every function takes a ``networkx.MultiDiGraph`` following the graph.json
contract (docs/graph-contract.md), or any object with such a graph in its ``nx``
attribute (a ``kg.query.api.KnowledgeGraph``). None of them modifies the graph, and
all return plain lists and dicts of strings and numbers, ready for
``json.dumps``. Results are deterministic: ties are broken by name, then by
the order of the nodes in the graph.

Which edges count:

- :func:`centrality` and :func:`communities` describe the structure of the
  news, so they use every edge, planned and negated ones included, weighted
  by its ``confidence``.
- :func:`top_speakers`, :func:`most_regulated` and :func:`ownership_chains`
  list facts, so they use asserted edges only (``modality`` ``"asserted"``;
  an edge without a modality counts as asserted). A ``planned`` ownership
  ("in talks to buy") or ``negated`` statement ("declined to comment") is
  left out.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(articles=[{"id": "a1", "lang": "en", "status": "ok"}])
>>> for key, label in [("b", "ByteDance"), ("t", "TikTok"), ("k", "Tokopedia")]:
...     G.add_node(key, label=label, type="ORG", mentions=1)
>>> _ = G.add_edge("b", "t", key="owns", relation="owns", family="ownership",
...                confidence=1.0, modality="asserted")
>>> _ = G.add_edge("t", "k", key="controls", relation="controls", family="ownership",
...                confidence=0.9, modality="asserted")
>>> [" → ".join(chain["path"]) for chain in ownership_chains(G)]
['ByteDance → TikTok → Tokopedia']
>>> summary(G)["counts"]["relations"]
2
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import networkx as nx

from kg.graph.schema import FAMILIES, number

#: Ownership-family relations that say nothing about who owns whom, so they
#: never link an ownership chain ("TikTok Shop merges with Tokopedia").
NON_CHAIN_RELATIONS = frozenset({"merges_with"})
#: Weight of a relation of confidence 0 in :func:`communities` (Louvain needs some).
MIN_WEIGHT = 0.01
#: PageRank damping factor, as in ``networkx.pagerank``.
ALPHA = 0.85
#: Topics listed per speaker.
TOPICS_SHOWN = 5
#: Paths :func:`ownership_chains` looks at before it stops (a guard against
#: dense ownership graphs, whose simple paths grow exponentially).
MAX_PATHS = 100_000
#: Ownership chains listed by :func:`summary` (longest first; all are counted).
SUMMARY_CHAINS = 50


def centrality(G, top=10):
    """The most central entities, by PageRank and degree.

    PageRank runs on a weighted ``DiGraph`` collapsed from the multigraph
    (see :func:`weighted_digraph`): the weight of ``u -> v`` is the sum of the
    confidences of all ``u -> v`` relations, so an entity gains rank from many
    and confident relations pointing at it (what is owned, regulated and talked
    about). Degree is the number of distinct neighbours, in either direction.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract.
    top : int or None, default 10
        How many entities to return; ``None`` for all.

    Returns
    -------
    list of dict
        One record per entity, highest PageRank first (then higher degree, then
        name): ``id``, ``name`` (the label), ``type``, ``mentions``, ``degree``
        (distinct neighbours), ``relations`` (edges in and out, parallel ones
        counted) and ``pagerank`` (rounded to 6 places; all of them sum to 1).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("z", label="Zulkifli Hasan", type="PERSON")
    >>> G.add_node("t", label="TikTok", type="ORG")
    >>> G.add_node("m", label="Ministry of Trade", type="ORG")
    >>> _ = G.add_edge("z", "t", relation="said", family="statement", confidence=0.9)
    >>> _ = G.add_edge("m", "t", relation="bans", family="regulation", confidence=0.8)
    >>> _ = G.add_edge("z", "m", relation="holds_role", family="role", confidence=1.0)
    >>> [(r["name"], r["degree"]) for r in centrality(G, top=2)]
    [('TikTok', 2), ('Ministry of Trade', 2)]
    """
    G = _graph(G)
    rank = _pagerank(weighted_digraph(G))
    ranked = []
    for order, (node, attrs) in enumerate(G.nodes(data=True)):
        neighbours = (set(G.predecessors(node)) | set(G.successors(node))) - {node}
        record = {"id": node, "name": _name(node, attrs), "type": _type(attrs),
                  "mentions": _mentions(attrs), "degree": len(neighbours),
                  "relations": G.in_degree(node) + G.out_degree(node),
                  "pagerank": round(rank.get(node, 0.0), 6)}
        # rank rounded, so that float noise does not order equal ranks (as on a cycle)
        key = (-round(rank.get(node, 0.0), 9), -len(neighbours), record["name"], order)
        ranked.append((key, record))
    ranked.sort(key=lambda item: item[0])
    records = [record for _, record in ranked]
    return records[:top] if top is not None else records


def communities(G, seed=42, *, resolution=1.0, min_size=2):
    """Groups of entities more tied to each other than to the rest (Louvain).

    ``networkx.community.louvain_communities`` runs with the fixed ``seed`` on
    the undirected projection of the graph, where the weight of an edge is the
    sum of the confidences of all relations between its two entities, in
    either direction (at least :data:`MIN_WEIGHT` each). The same graph always
    gives the same communities.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract.
    seed : int, default 42
        Seed of Louvain's random node order.
    resolution : float, default 1.0
        Louvain's resolution: above 1 gives more, smaller communities.
    min_size : int, default 2
        Smaller communities are left out; with the default, entities without
        any relation (each alone in its community) are not listed.

    Returns
    -------
    list of dict
        Biggest first (then most mentions, then label): ``label`` (the name of
        the member with most mentions), ``size``, ``mentions`` (sum over the
        members), ``relations`` (edges with both ends inside), ``members``
        (names, most mentioned first) and ``ids`` (node keys, same order).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for key, mentions in [("a", 5), ("b", 1), ("c", 3), ("d", 1), ("e", 2)]:
    ...     G.add_node(key, label=key.upper(), type="ORG", mentions=mentions)
    >>> for u, v in [("a", "b"), ("b", "a"), ("c", "d")]:
    ...     _ = G.add_edge(u, v, relation="owns", family="ownership", confidence=0.9)
    >>> [(c["label"], c["members"]) for c in communities(G)]
    [('A', ['A', 'B']), ('C', ['C', 'D'])]
    """
    G = _graph(G)
    nodes = list(G.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    U = nx.Graph()  # integer nodes: set iteration inside Louvain does not depend on str hashes
    U.add_nodes_from(range(len(nodes)))
    for u, v, attrs in G.edges(data=True):
        if u != v:
            i, j = index[u], index[v]
            weight = U[i][j]["weight"] if U.has_edge(i, j) else 0.0
            U.add_edge(i, j, weight=weight + max(_confidence(attrs), MIN_WEIGHT))
    parts = nx.community.louvain_communities(U, weight="weight", resolution=resolution,
                                             seed=seed) if nodes else []
    records = []
    for part in parts:
        if len(part) < min_size:
            continue
        members = sorted(part, key=lambda i: (-_mentions(G.nodes[nodes[i]]),
                                              _name(nodes[i], G.nodes[nodes[i]]), i))
        ids = [nodes[i] for i in members]
        inside = set(ids)
        names = [_name(node, G.nodes[node]) for node in ids]
        records.append({
            "label": names[0], "size": len(ids),
            "mentions": sum(_mentions(G.nodes[node]) for node in ids),
            "relations": sum(1 for node in ids for _, v in G.out_edges(node) if v in inside),
            "members": names, "ids": ids})
    records.sort(key=lambda r: (-r["size"], -r["mentions"], r["label"], index[r["ids"][0]]))
    return records


def top_speakers(G, top=10):
    """The most quoted speakers: sources of asserted statement-family edges.

    A statement is one evidence sentence of a ``said`` or ``criticized`` edge
    (or another relation of the ``statement`` family); one sentence about three
    entities is one statement with three topics.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract.
    top : int or None, default 10
        How many speakers to return; ``None`` for all.

    Returns
    -------
    list of dict
        Most statements first (then most topics, then name): ``id``, ``name``,
        ``type``, ``statements`` (distinct evidence sentences), ``topics``
        (distinct entities spoken about), ``articles`` (distinct articles),
        ``about`` (up to five topic names, most discussed first) and ``quote``
        (the quote of the speaker's most confident edge that has one, or
        ``None``).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("z", label="Zulhas", type="PERSON")
    >>> G.add_node("t", label="TikTok", type="ORG")
    >>> G.add_node("k", label="Tokopedia", type="ORG")
    >>> ev = [{"article": "a1", "sentence": "Zulhas said ...", "start": 0, "end": 15}]
    >>> for target in ("t", "k"):
    ...     _ = G.add_edge("z", target, relation="said", family="statement",
    ...                    confidence=0.9, modality="asserted", evidence=ev)
    >>> record = top_speakers(G)[0]
    >>> record["name"], record["statements"], record["topics"], record["articles"]
    ('Zulhas', 1, 2, 1)
    """
    G = _graph(G)
    sentences, articles, topics = defaultdict(set), defaultdict(set), defaultdict(Counter)
    quotes = {}
    for u, v, key, attrs in G.edges(keys=True, data=True):
        if attrs.get("family") != "statement" or not _asserted(attrs) or u == v:
            continue
        evidence = _evidence(attrs)
        for item in evidence:
            sentences[u].add(_sentence_key(item))
            if item.get("article") is not None:
                articles[u].add(str(item["article"]))
        if not evidence:
            sentences[u].add(("edge", v, key))
        topics[u][v] += max(len(evidence), 1)
        quote = attrs.get("quote")
        if isinstance(quote, str) and quote.strip():
            best = quotes.get(u)
            if best is None or _confidence(attrs) > best[0]:
                quotes[u] = (_confidence(attrs), quote.strip())
    order = {node: i for i, node in enumerate(G.nodes)}
    records = []
    for node in sentences:
        attrs = G.nodes[node]
        about = sorted(topics[node], key=lambda t: (-topics[node][t],
                                                    _name(t, G.nodes[t]), order[t]))
        records.append({
            "id": node, "name": _name(node, attrs), "type": _type(attrs),
            "statements": len(sentences[node]), "topics": len(topics[node]),
            "articles": len(articles[node]),
            "about": [_name(t, G.nodes[t]) for t in about[:TOPICS_SHOWN]],
            "quote": quotes[node][1] if node in quotes else None})
    records.sort(key=lambda r: (-r["statements"], -r["topics"], r["name"], order[r["id"]]))
    return records[:top] if top is not None else records


def most_regulated(G, top=10):
    """The entities with most asserted regulation-family edges pointing at them.

    Every relation of the ``regulation`` family counts as it is (``bans``,
    ``regulates``, ``requires``, ``approves``, ``issues``, ``assigns``, ...),
    so a law that a ministry ``issues`` is listed too; ``relations`` in each
    record says which kinds of regulation it is.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract.
    top : int or None, default 10
        How many entities to return; ``None`` for all.

    Returns
    -------
    list of dict
        Most edges first (then most regulators, then name): ``id``, ``name``,
        ``type``, ``actions`` (regulation edges in), ``by`` (names of the
        regulators, those with most edges first) and ``relations`` (the
        distinct relations, sorted).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for key, label in [("m", "Ministry of Trade"), ("i", "Indonesia"), ("s", "TikTok Shop")]:
    ...     G.add_node(key, label=label)
    >>> _ = G.add_edge("m", "s", relation="requires", family="regulation", modality="asserted")
    >>> _ = G.add_edge("i", "s", relation="bans", family="regulation", modality="asserted")
    >>> _ = G.add_edge("m", "i", relation="regulates", family="regulation", modality="planned")
    >>> [(r["name"], r["by"], r["relations"]) for r in most_regulated(G)]
    [('TikTok Shop', ['Indonesia', 'Ministry of Trade'], ['bans', 'requires'])]
    """
    G = _graph(G)
    by, relations = defaultdict(Counter), defaultdict(set)
    for u, v, attrs in G.edges(data=True):
        if attrs.get("family") == "regulation" and _asserted(attrs) and u != v:
            by[v][u] += 1
            relations[v].add(str(attrs.get("relation") or "regulates"))
    order = {node: i for i, node in enumerate(G.nodes)}
    records = []
    for node, regulators in by.items():
        names = sorted(regulators, key=lambda r: (-regulators[r], _name(r, G.nodes[r]), order[r]))
        records.append({
            "id": node, "name": _name(node, G.nodes[node]), "type": _type(G.nodes[node]),
            "actions": sum(regulators.values()),
            "by": [_name(r, G.nodes[r]) for r in names],
            "relations": sorted(relations[node])})
    records.sort(key=lambda r: (-r["actions"], -len(r["by"]), r["name"], order[r["id"]]))
    return records[:top] if top is not None else records


def ownership_chains(G, min_length=2):
    """Maximal owner → … → owned paths over asserted ownership edges.

    The chains follow the edges of the ``ownership`` family (``owns``,
    ``controls``, ``acquires_stake``, ``invests_in``, ...) whose ``modality`` is
    ``"asserted"``. **Planned and negated edges are excluded** ("TikTok is in
    talks to buy X" is no link of a chain), and so are the relations in
    :data:`NON_CHAIN_RELATIONS` (``merges_with``), which have no owner.

    A chain is a path that never visits an entity twice (so cycles of
    cross-ownership do not repeat) and that cannot be extended at either end
    without doing so. When the last entity owns one already on the chain, the
    record says so in ``loops_to``. The rotations of a closed cycle (A → B → C,
    C owning A) are listed once, starting at the most mentioned entity that
    can start it.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract.
    min_length : int, default 2
        The fewest edges a chain may have; 2 leaves out single ownership edges.

    Returns
    -------
    list of dict
        Longest first, then by names: ``path`` (names, owner first), ``ids``
        (node keys), ``relations`` (the most confident relation of each hop),
        ``length`` (edges) and ``loops_to`` (the name of the entity on the
        chain that its last entity owns, or ``None``). At most
        :data:`MAX_PATHS` candidate paths are examined.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for key in ("A", "B", "C"):
    ...     G.add_node(key, label=key, mentions=1)
    >>> for u, v in [("A", "B"), ("B", "C"), ("C", "A")]:
    ...     _ = G.add_edge(u, v, relation="owns", family="ownership", modality="asserted")
    >>> [(c["path"], c["loops_to"]) for c in ownership_chains(G)]
    [(['A', 'B', 'C'], 'A')]
    """
    G = _graph(G)
    owning = nx.DiGraph()
    best = {}
    for u, v, attrs in G.edges(data=True):
        relation = str(attrs.get("relation") or "owns")
        if (attrs.get("family") != "ownership" or not _asserted(attrs) or u == v
                or relation in NON_CHAIN_RELATIONS):
            continue
        owning.add_edge(u, v)
        if (u, v) not in best or _confidence(attrs) > best[(u, v)][0]:
            best[(u, v)] = (_confidence(attrs), relation)
    order = {node: i for i, node in enumerate(G.nodes)}
    names = {node: _name(node, G.nodes[node]) for node in owning}
    chains, closed = [], {}

    def add(path, back):
        chains.append({
            "path": [names[n] for n in path], "ids": list(path),
            "relations": [best[(a, b)][1] for a, b in zip(path, path[1:])],
            "length": len(path) - 1,
            "loops_to": names[back[0]] if back else None})

    for path in _maximal_paths(owning, sorted(owning, key=order.get)):
        if len(path) - 1 < max(min_length, 1):
            continue
        back = [n for n in path if owning.has_edge(path[-1], n)]
        if back and back[0] == path[0]:  # a closed cycle: keep one of its rotations
            i = min(range(len(path)), key=lambda k: order[path[k]])
            key = tuple(path[i:] + path[:i])
            rank = (-_mentions(G.nodes[path[0]]), order[path[0]])
            if key not in closed or rank < closed[key][0]:
                closed[key] = (rank, path)
        else:
            add(path, back)
    for _, path in closed.values():
        add(path, [path[0]])
    chains.sort(key=lambda c: (-c["length"], c["path"], [order[n] for n in c["ids"]]))
    return chains


def counts(G):
    """Sizes of the graph: entities, relations and articles, broken down.

    Returns
    -------
    dict
        ``entities``, ``relations``, ``articles`` (every input article),
        ``entity_types`` (entities per type), ``families`` (edges per relation
        family, in the contract's order, then any other), ``modalities`` (edges
        per modality), ``articles_by_status`` and ``articles_by_language``
        (``{lang: {status: n}}``, most articles first; ``"unknown"`` when an
        article has no language).

    Examples
    --------
    >>> G = nx.MultiDiGraph(articles=[{"id": "a", "lang": "id", "status": "ok"},
    ...                               {"id": "b", "lang": None, "status": "error"}])
    >>> counts(G)["articles_by_language"]
    {'id': {'ok': 1}, 'unknown': {'error': 1}}
    """
    G = _graph(G)
    articles = [a for a in G.graph.get("articles") or [] if isinstance(a, dict)]
    families = Counter(str(a.get("family") or "other") for _, _, a in G.edges(data=True))
    languages = defaultdict(Counter)
    for article in articles:
        lang = str(article.get("lang") or "unknown")
        languages[lang][str(article.get("status") or "unknown")] += 1
    return {
        "entities": G.number_of_nodes(),
        "relations": G.number_of_edges(),
        "articles": len(articles),
        "entity_types": dict(Counter(_type(a) for _, a in G.nodes(data=True)).most_common()),
        "families": {f: families[f] for f in [*FAMILIES, *sorted(set(families) - set(FAMILIES))]
                     if families[f]},
        "modalities": dict(Counter(str(a.get("modality") or "asserted")
                                   for _, _, a in G.edges(data=True)).most_common()),
        "articles_by_status": dict(Counter(str(a.get("status") or "unknown")
                                           for a in articles).most_common()),
        "articles_by_language": {
            lang: dict(languages[lang].most_common())
            for lang in sorted(languages, key=lambda k: (-sum(languages[k].values()), k))},
    }


def summary(G, top=10, seed=42):
    """All of the analyses at once, as one JSON-ready dict.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract.
    top : int, default 10
        Length of the central, speaker and regulated lists.
    seed : int, default 42
        Louvain seed of :func:`communities`.

    Returns
    -------
    dict
        ``counts`` (:func:`counts`, plus how many ``communities`` and
        ``ownership_chains`` there are), ``central``, ``communities``,
        ``speakers``, ``regulated`` and ``ownership_chains``: the results of the
        functions of this module, with at most :data:`SUMMARY_CHAINS` chains.

    Examples
    --------
    >>> sorted(summary(nx.MultiDiGraph()))
    ['central', 'communities', 'counts', 'ownership_chains', 'regulated', 'speakers']
    """
    G = _graph(G)
    groups = communities(G, seed=seed)
    chains = ownership_chains(G)
    return {
        "counts": {**counts(G), "communities": len(groups), "ownership_chains": len(chains)},
        "central": centrality(G, top=top),
        "communities": groups,
        "speakers": top_speakers(G, top=top),
        "regulated": most_regulated(G, top=top),
        "ownership_chains": chains[:SUMMARY_CHAINS],
    }


def weighted_digraph(G):
    """Collapse the multigraph into a ``DiGraph`` weighted by confidence.

    Every node is kept; ``u -> v`` gets ``weight`` = the sum of the
    ``confidence`` of all ``u -> v`` edges (a missing confidence counts as 1).
    Self-loops are dropped.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("t", "k", relation="owns", confidence=0.5)
    >>> _ = G.add_edge("t", "k", relation="controls", confidence=0.25)
    >>> weighted_digraph(G)["t"]["k"]["weight"]
    0.75
    """
    G = _graph(G)
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for u, v, attrs in G.edges(data=True):
        if u != v:
            weight = D[u][v]["weight"] if D.has_edge(u, v) else 0.0
            D.add_edge(u, v, weight=weight + _confidence(attrs))
    return D


def _pagerank(D, alpha=ALPHA, tol=1e-12, max_iter=1000):
    """PageRank of a weighted ``DiGraph`` by power iteration, in plain Python.

    The same definition as ``networkx.pagerank`` (uniform teleport, dangling
    rank spread uniformly), which needs SciPy; kg does not. A node whose out
    weights sum to 0 counts as dangling.
    """
    n = D.number_of_nodes()
    if n == 0:
        return {}
    out = {u: sum(w for _, _, w in D.out_edges(u, data="weight")) for u in D}
    links = [(u, v, w / out[u]) for u, v, w in D.edges(data="weight") if out[u] > 0 and w > 0]
    dangling = [u for u in D if out[u] <= 0]
    x = dict.fromkeys(D, 1.0 / n)
    for _ in range(max_iter):
        base = (1.0 - alpha) / n + alpha * sum(x[u] for u in dangling) / n
        new = dict.fromkeys(D, base)
        for u, v, share in links:
            new[v] += alpha * x[u] * share
        if sum(abs(new[u] - x[u]) for u in D) < n * tol:
            return new
        x = new
    return x


def _graph(G):
    """The networkx graph of ``G`` (a ``KnowledgeGraph`` or the graph itself)."""
    return getattr(G, "nx", G)


def _name(node, attrs):
    return str(attrs.get("label") or node)


def _type(attrs):
    return str(attrs.get("type") or "unknown")


def _mentions(attrs):
    return int(number(attrs.get("mentions"), 0.0))


def _confidence(attrs):
    """An edge's confidence in [0, 1]; 1 when missing, 0 when not a number."""
    value = attrs.get("confidence", 1.0)
    try:
        value = float(1.0 if value is None else value)
    except (TypeError, ValueError):
        return 0.0
    return 0.0 if math.isnan(value) else min(max(value, 0.0), 1.0)


def _asserted(attrs):
    return (attrs.get("modality") or "asserted") == "asserted"


def _evidence(attrs):
    evidence = attrs.get("evidence")
    return [e for e in evidence if isinstance(e, dict)] if isinstance(evidence, list) else []


def _sentence_key(item):
    """One statement: the article and the sentence's offsets (or text)."""
    if item.get("start") is not None:
        return ("span", str(item.get("article")), str(item.get("start")), str(item.get("end")))
    return ("text", str(item.get("article")), str(item.get("sentence")))


def _maximal_paths(owning, nodes):
    """Simple paths of ``owning`` that no edge can extend at either end, depth first."""
    seen = 0
    for start in nodes:
        stack = [[start]]
        while stack and seen < MAX_PATHS:
            path = stack.pop()
            seen += 1
            on_path = set(path)
            nexts = [v for v in owning.successors(path[-1]) if v not in on_path]
            if nexts:
                stack.extend(path + [v] for v in reversed(nexts))
            elif len(path) > 1 and all(p in on_path for p in owning.predecessors(path[0])):
                yield path
