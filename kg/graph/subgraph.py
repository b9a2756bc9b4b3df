"""Parts of a large graph: the most mentioned entities, or the neighbourhood of some.

Both :func:`top_nodes` and :func:`neighbourhood` return a new
``MultiDiGraph`` (node, edge and graph attributes deep-copied, in the input's
order) and never modify their input. They describe what they kept in
``H.graph["view"]``, a plain-text sentence for the page header, such as
"Top 500 of 2,000 entities by mentions".
"""

from __future__ import annotations

import copy
import difflib

import networkx as nx

from kg.graph.schema import number

#: Suggestions given when a name is unknown.
_SUGGESTIONS = 3
#: Focus names spelled out in a view sentence; more are counted.
_NAMES_SHOWN = 3


def find_node(G: nx.MultiDiGraph, name: str):
    """The node key of the entity called ``name``.

    ``name`` is compared with each node's key, ``label`` and ``aliases``,
    ignoring case and runs of whitespace. A key match wins over a label match,
    which wins over an alias match; among several nodes matching the same way,
    the one with most ``mentions`` (then the smallest key) wins.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract.
    name : str
        A node key, canonical label or alias.

    Returns
    -------
    hashable
        The node key.

    Raises
    ------
    KeyError
        If no node has that name. The message suggests up to three close
        labels or aliases, one per entity.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("goto", label="GoTo", aliases=["GOTO.JK", "GoTo Gojek Tokopedia"])
    >>> G.add_node("tokopedia", label="Tokopedia", aliases=["Tokped"])
    >>> find_node(G, "  goto  gojek TOKOPEDIA"), find_node(G, "tokped")
    ('goto', 'tokopedia')
    >>> find_node(G, "Tokopdia")
    Traceback (most recent call last):
    ...
    KeyError: "no entity named 'Tokopdia'; did you mean: Tokopedia?"
    """
    wanted = name_key(name)
    found = {0: [], 1: [], 2: []}
    for node, attrs in G.nodes(data=True):
        if name_key(node) == wanted:
            found[0].append(node)
        elif name_key(attrs.get("label") or "") == wanted:
            found[1].append(node)
        elif any(name_key(a) == wanted for a in _aliases(attrs)):
            found[2].append(node)
    for rank in sorted(found):
        if found[rank]:
            return min(found[rank], key=lambda n: (-_mentions(G, n), str(n)))
    raise KeyError(_unknown_message(G, name))


def top_nodes(G: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    """The ``n`` most mentioned entities of ``G`` and every edge among them.

    Nodes are ranked by ``mentions`` (most first), then degree (parallel edges
    counted), then label and key, so the choice is the same on every run.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract. It is not modified.
    n : int
        How many nodes to keep (0 or more). All are kept if ``G`` has no more.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph with ``G``'s graph attributes and ``graph["view"]`` set.
        If ``G`` already had a view (it is a part of a bigger graph), the new
        view extends it.

    Examples
    --------
    >>> G = nx.MultiDiGraph(kg_version="0")
    >>> for key, label, mentions in [("a", "A", 5), ("b", "B", 9), ("c", "C", 1)]:
    ...     G.add_node(key, label=label, mentions=mentions)
    >>> _ = G.add_edge("a", "b", relation="owns"); _ = G.add_edge("b", "c", relation="owns")
    >>> H = top_nodes(G, 2)
    >>> list(H.nodes), list(H.edges()), H.graph["view"], G.number_of_nodes()
    (['a', 'b'], [('a', 'b')], 'Top 2 of 3 entities by mentions', 3)
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"n must be a whole number of 0 or more, not {n!r}")
    total = G.number_of_nodes()
    if n >= total:
        keep = set(G.nodes)
    else:
        ranked = sorted(G.nodes, key=lambda node: (-_mentions(G, node), -G.degree(node),
                                                   _label(G, node).casefold(), str(node)))
        keep = set(ranked[:n])
    previous = G.graph.get("view")
    if len(keep) == total:
        view = previous or f"All {total:,} entities"
    elif previous:
        view = f"{previous}; top {len(keep):,} of these by mentions"
    else:
        view = f"Top {len(keep):,} of {total:,} entities by mentions"
    return _restricted(G, keep, view)


def neighbourhood(G: nx.MultiDiGraph, names, hops: int = 1) -> nx.MultiDiGraph:
    """The named entities, the entities within ``hops`` of them, and every edge among these.

    Distance counts edges in either direction, so an owner and what it owns
    are one hop apart both ways.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract. It is not modified.
    names : str or list of str
        Entities, by key, label or alias (see :func:`find_node`).
    hops : int, default 1
        Largest distance kept (0 keeps the named entities alone).

    Returns
    -------
    networkx.MultiDiGraph
        A new graph with ``G``'s graph attributes and ``graph["view"]`` set.

    Raises
    ------
    KeyError
        If a name is unknown (see :func:`find_node`).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for key in "abcd":
    ...     G.add_node(key, label=key.upper(), mentions=1)
    >>> _ = G.add_edge("b", "a", relation="owns"); _ = G.add_edge("b", "c", relation="owns")
    >>> _ = G.add_edge("c", "d", relation="owns")
    >>> H = neighbourhood(G, "a", hops=2)
    >>> sorted(H.nodes), H.graph["view"]
    (['a', 'b', 'c'], 'A and entities within 2 hops: 3 of 4 entities')
    """
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise ValueError(f"hops must be a whole number of 0 or more, not {hops!r}")
    names = [names] if isinstance(names, str) else list(names)
    if not names:
        raise ValueError("neighbourhood needs at least one entity name")
    centres = list(dict.fromkeys(find_node(G, name) for name in names))
    keep = set(centres)
    frontier = list(centres)
    for _ in range(hops):
        reached = []
        for node in frontier:
            for other in (*G.successors(node), *G.predecessors(node)):
                if other not in keep:
                    keep.add(other)
                    reached.append(other)
        if not reached:
            break
        frontier = reached
    labels = [_label(G, node) for node in centres]
    if len(labels) > _NAMES_SHOWN:
        shown = ", ".join(labels[:_NAMES_SHOWN]) + f" and {len(labels) - _NAMES_SHOWN} more"
    else:
        shown = ", ".join(labels)
    if hops:
        shown += f" and entities within {hops} hop{'s' if hops != 1 else ''}"
    previous = G.graph.get("view")
    if previous:
        view = f"{previous}; {shown}: {len(keep):,} of these"
    else:
        view = f"{shown}: {len(keep):,} of {G.number_of_nodes():,} entities"
    return _restricted(G, keep, view)


def _restricted(G, keep, view):
    """A deep copy of ``G`` with only the nodes in ``keep``, in ``G``'s order."""
    H = nx.MultiDiGraph()
    H.graph.update(copy.deepcopy(G.graph))
    H.graph["view"] = view
    H.add_nodes_from((node, copy.deepcopy(attrs)) for node, attrs in G.nodes(data=True)
                     if node in keep)
    H.add_edges_from((u, v, key, copy.deepcopy(attrs))
                     for u, v, key, attrs in G.edges(keys=True, data=True)
                     if u in keep and v in keep)
    return H


def name_key(text) -> str:
    """How :func:`find_node` compares names: case-folded, runs of whitespace made one space.

    Examples
    --------
    >>> name_key("  Ministry   of TRADE ")
    'ministry of trade'
    """
    return " ".join(str(text).split()).casefold()


def _aliases(attrs):
    aliases = attrs.get("aliases")
    return [a for a in aliases if isinstance(a, str)] if isinstance(aliases, (list, tuple)) else []


def _label(G, node) -> str:
    return " ".join(str(G.nodes[node].get("label") or node).split())


def _mentions(G, node) -> float:
    """A node's ``mentions`` as a number; missing or malformed counts as 0."""
    return number(G.nodes[node].get("mentions"), 0.0)


def _unknown_message(G, name) -> str:
    """'no entity named ...', with up to three close names, one per entity."""
    names = {}
    for node, attrs in G.nodes(data=True):
        for text in (_label(G, node), *_aliases(attrs)):
            names.setdefault(name_key(text), (" ".join(text.split()), node))
    close = difflib.get_close_matches(name_key(name), list(names), n=len(names) or 1)
    shown, nodes = [], set()
    for match in close:
        text, node = names[match]
        if node not in nodes and len(shown) < _SUGGESTIONS:
            nodes.add(node)
            shown.append(text)
    message = f"no entity named {name!r}"
    if shown:
        message += f"; did you mean: {', '.join(shown)}?"
    return message
