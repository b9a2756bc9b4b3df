"""Score a built graph's entities against a hand-annotated gold file.

Gold: a JSON list of ``{"name", "type", "aliases"}``, one per real-world
entity, listing every surface form it has in the corpus. A node *matches* a
gold entity when one of its aliases, normalised as kg normalises names, is
one of the gold entity's aliases.

- precision: nodes that match a gold entity / all nodes
- recall: gold entities matched by at least one node / all gold entities
- type accuracy: matched nodes whose type equals the gold type
- fragmented: gold entities matched by more than one node
- over-merged: nodes matching more than one gold entity

Usage::

    python -m pipelines.score_entities outputs/graph.json data/gold/samples_entities.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from kg.nlp.names import normalize_name


def score(nodes: list[dict], gold: list[dict]) -> dict:
    """Entity scores of ``nodes`` (graph.json node records) against ``gold``.

    Examples
    --------
    >>> nodes = [{"id": "a", "label": "GoTo", "type": "ORG", "aliases": ["GoTo", "GOTO.JK"]},
    ...          {"id": "b", "label": "Goto", "type": "PERSON", "aliases": ["Goto"]},
    ...          {"id": "c", "label": "Spokesperson", "type": "PERSON",
    ...           "aliases": ["Spokesperson"]}]
    >>> gold = [{"name": "GoTo", "type": "ORG", "aliases": ["GoTo", "GOTO.JK"]},
    ...         {"name": "Teten Masduki", "type": "PERSON", "aliases": ["Teten"]}]
    >>> s = score(nodes, gold)
    >>> s["precision"], s["recall"], s["fragmented"], s["type_accuracy"]
    (0.667, 0.5, ['GoTo'], 0.5)
    """
    index = defaultdict(set)
    for i, g in enumerate(gold):
        for alias in [g["name"], *g.get("aliases", [])]:
            index[normalize_name(alias)].add(i)
    node_gold = {}
    for node in nodes:
        hits = set()
        for alias in [node.get("label", ""), *node.get("aliases", [])]:
            hits |= index.get(normalize_name(alias), set())
        node_gold[node["id"]] = hits
    matched_nodes = [n for n in nodes if node_gold[n["id"]]]
    gold_nodes = defaultdict(list)
    for n in matched_nodes:
        for i in node_gold[n["id"]]:
            gold_nodes[i].append(n)
    typed = [n for n in matched_nodes
             if any(gold[i]["type"] == n.get("type") for i in node_gold[n["id"]])]
    return {
        "nodes": len(nodes),
        "gold": len(gold),
        "precision": round(len(matched_nodes) / len(nodes), 3) if nodes else 0.0,
        "recall": round(len(gold_nodes) / len(gold), 3) if gold else 0.0,
        "f1": _f1(len(matched_nodes) / len(nodes) if nodes else 0,
                  len(gold_nodes) / len(gold) if gold else 0),
        "type_accuracy": round(len(typed) / len(matched_nodes), 3) if matched_nodes else 0.0,
        "fragmented": sorted(gold[i]["name"] for i, ns in gold_nodes.items() if len(ns) > 1),
        "over_merged": sorted(n["label"] for n in matched_nodes if len(node_gold[n["id"]]) > 1),
        "missed": sorted(g["name"] for i, g in enumerate(gold) if i not in gold_nodes),
        "unmatched_nodes": sorted(n["label"] for n in nodes if not node_gold[n["id"]]),
        "wrong_type": sorted(f'{n["label"]} ({n.get("type")})' for n in matched_nodes
                             if n not in typed),
    }


def _f1(p, r):
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", help="graph.json written by kg build")
    parser.add_argument("gold", help="gold entities JSON file")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    with open(args.graph, encoding="utf-8") as fh:
        nodes = json.load(fh)["nodes"]
    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    result = score(nodes, gold)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"nodes {result['nodes']}, gold entities {result['gold']}")
    for key in ("precision", "recall", "f1", "type_accuracy"):
        print(f"{key:14} {result[key]:.3f}")
    for key in ("fragmented", "over_merged", "missed", "unmatched_nodes", "wrong_type"):
        print(f"{key:14} {len(result[key]):3d}  {'; '.join(result[key])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
