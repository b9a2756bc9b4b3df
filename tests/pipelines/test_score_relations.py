from pipelines.score_relations import gold_items, node_names, predicted_items, score

GOLD_ENTITIES = [{"name": "GoTo", "type": "ORG", "aliases": ["GoTo", "GOTO.JK"]},
                 {"name": "Tokopedia", "type": "ORG", "aliases": ["Tokopedia"]}]


def test_edges_expand_per_article_and_direction_matters():
    graph = {"nodes": [{"id": "g", "label": "GOTO.JK", "aliases": ["GOTO.JK"]},
                       {"id": "t", "label": "Tokopedia", "aliases": ["Tokopedia"]}],
             "edges": [{"source": "g", "target": "t", "relation": "owns", "family": "ownership",
                        "evidence": [{"article": "a"}, {"article": "b"}]},
                       {"source": "t", "target": "g", "relation": "said", "family": "statement",
                        "evidence": [{"article": "a"}]}]}
    names = node_names(graph["nodes"], GOLD_ENTITIES)
    assert names == {"g": "GoTo", "t": "Tokopedia"}
    gold = [{"article": "a", "source": "GoTo", "relation": "owns", "family": "ownership",
             "target": "Tokopedia"},
            {"article": "a", "source": "GoTo", "relation": "said", "family": "statement",
             "target": "Tokopedia"}]
    s = score(predicted_items(graph, names), gold_items(gold))
    assert s["ownership"] == {"p": 0.5, "r": 1.0, "f1": 0.667, "tp": 1, "pred": 2, "gold": 1}
    assert s["statement"]["tp"] == 0  # reversed direction is wrong
    fine = score(predicted_items(graph, names, fine=True), gold_items(gold, fine=True))
    assert fine["all"]["tp"] == 1
