import json

from pipelines.score_entities import main, score

GOLD = [{"name": "GoTo", "type": "ORG", "aliases": ["GoTo", "GOTO.JK"]},
        {"name": "Tokopedia", "type": "ORG", "aliases": ["Tokopedia"]},
        {"name": "Teten Masduki", "type": "PERSON", "aliases": ["Teten Masduki", "Teten"]}]


def node(id_, type_, *aliases):
    return {"id": id_, "label": aliases[0], "type": type_, "aliases": list(aliases)}


def test_perfect():
    nodes = [node("g", "ORG", "GoTo", "GOTO.JK"), node("t", "ORG", "Tokopedia"),
             node("m", "PERSON", "Teten Masduki")]
    s = score(nodes, GOLD)
    assert (s["precision"], s["recall"], s["type_accuracy"]) == (1.0, 1.0, 1.0)
    assert s["fragmented"] == s["over_merged"] == s["missed"] == []


def test_fragmented_over_merged_junk_and_type():
    nodes = [node("g", "ORG", "GoTo"), node("g2", "ORG", "GOTO.JK"),
             node("x", "GPE", "Tokopedia", "Teten"), node("j", "PERSON", "Spokesperson")]
    s = score(nodes, GOLD)
    assert s["fragmented"] == ["GoTo"]
    assert s["over_merged"] == ["Tokopedia"]
    assert s["unmatched_nodes"] == ["Spokesperson"]
    assert s["precision"] == 0.75 and s["recall"] == 1.0
    assert s["type_accuracy"] == round(2 / 3, 3)


def test_cli(tmp_path, capsys):
    (tmp_path / "g.json").write_text(json.dumps({"nodes": [node("g", "ORG", "GoTo")]}))
    (tmp_path / "gold.json").write_text(json.dumps(GOLD))
    assert main([str(tmp_path / "g.json"), str(tmp_path / "gold.json"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recall"] == round(1 / 3, 3)
