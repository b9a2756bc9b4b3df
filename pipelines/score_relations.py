"""Score a built graph's relations against hand-annotated gold relations.

Each graph edge is expanded to one item per article of its evidence:
``(article, source, family, target)``, with nodes named by the gold entity
they match (see :mod:`pipelines.score_entities`). Gold items come from a
relations file (``data/gold/*_relations.json``). Precision, recall and F1 are
given per family and over all families; a second table requires the fine
predicate to match too.

- Partnership and competition are symmetric: their items are compared
  without direction.
- Evidence whose modality is ``negated`` states that a relation does *not*
  hold, and the gold files list only relations that hold, so it is left out.

Usage::

    python -m pipelines.score_relations GRAPH.json GOLD_RELATIONS.json GOLD_ENTITIES.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from kg.nlp.names import normalize_name

FAMILIES = ("ownership", "regulation", "statement", "role", "partnership", "competition")


def node_names(nodes: list[dict], gold_entities: list[dict]) -> dict:
    """Node id -> canonical gold name (nodes matching no gold entity are left out)."""
    index = {}
    for g in gold_entities:
        for alias in [g["name"], *g.get("aliases", [])]:
            index.setdefault(normalize_name(alias), g["name"])
    out = {}
    for node in nodes:
        for alias in [node.get("label", ""), *node.get("aliases", [])]:
            if normalize_name(alias) in index:
                out[node["id"]] = index[normalize_name(alias)]
                break
    return out


#: Families whose relations have no direction.
SYMMETRIC = ("partnership", "competition")


def _item(article, source, family, kind, target):
    if family in SYMMETRIC and target < source:
        source, target = target, source
    return (article, source, kind, target)


def predicted_items(graph: dict, names: dict, *, fine: bool = False) -> set:
    """``(article, source, family or relation, target)`` items of the graph's edges.

    Examples
    --------
    >>> graph = {"edges": [{"source": "b", "target": "a", "family": "partnership",
    ...     "relation": "partners_with", "evidence": [{"article": "x", "modality": "planned"},
    ...                                              {"article": "y", "modality": "negated"}]}]}
    >>> predicted_items(graph, {"a": "A", "b": "B"})
    {('x', 'A', 'partnership', 'B')}
    """
    items = set()
    for edge in graph["edges"]:
        source = names.get(edge["source"], "?" + edge["source"])
        target = names.get(edge["target"], "?" + edge["target"])
        kind = (edge["family"], edge["relation"]) if fine else edge["family"]
        for ev in edge.get("evidence", []):
            if ev.get("modality") != "negated":
                items.add(_item(ev["article"], source, edge["family"], kind, target))
    return items


def gold_items(gold: list[dict], *, fine: bool = False) -> set:
    return {_item(g["article"], g["source"], g["family"],
                  (g["family"], g["relation"]) if fine else g["family"], g["target"])
            for g in gold}


def score(pred: set, gold: set) -> dict:
    """P/R/F1 per family and over all.

    Examples
    --------
    >>> s = score({("a", "X", "ownership", "Y"), ("a", "X", "statement", "Z")},
    ...           {("a", "X", "ownership", "Y"), ("a", "Y", "ownership", "X")})
    >>> s["ownership"]["p"], s["ownership"]["r"], s["all"]["f1"]
    (1.0, 0.5, 0.5)
    """
    def family(item):
        return item[2] if isinstance(item[2], str) else item[2][0]

    out = {}
    by_family = defaultdict(lambda: (set(), set()))
    for item in pred:
        by_family[family(item)][0].add(item)
    for item in gold:
        by_family[family(item)][1].add(item)
    for name, (p, g) in [*sorted(by_family.items()), ("all", (pred, gold))]:
        tp = len(p & g)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
        out[name] = {"p": round(prec, 3), "r": round(rec, 3), "f1": round(f1, 3),
                     "tp": tp, "pred": len(p), "gold": len(g)}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", help="graph.json written by kg build")
    parser.add_argument("gold_relations", help="gold relations JSON file")
    parser.add_argument("gold_entities", help="gold entities JSON file (to name nodes)")
    args = parser.parse_args(argv)
    with open(args.graph, encoding="utf-8") as fh:
        graph = json.load(fh)
    with open(args.gold_relations, encoding="utf-8") as fh:
        gold = json.load(fh)
    with open(args.gold_entities, encoding="utf-8") as fh:
        names = node_names(graph["nodes"], json.load(fh))
    for fine in (False, True):
        print("\nfamily and fine relation must match" if fine else "family must match")
        print(f"{'family':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}")
        result = score(predicted_items(graph, names, fine=fine), gold_items(gold, fine=fine))
        for name, s in result.items():
            print(f"{name:<12} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['tp']:4d} "
                  f"{s['pred']:5d} {s['gold']:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
