"""End to end through kg.build: samples, seeds, and a folder of bad input."""

import io
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.export.json import read_json
from kg.ingest.langid import route_paragraphs
from kg.ingest.readers import iter_articles
from kg.pipeline.driver import OUTPUT_FILES, build, prepare


@pytest.fixture(scope="module")
def seeds_build(seeds_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    return build([seeds_dir], out), out


def cleaned(paths):
    """Article id -> cleaned text, as the build saw it (a build keeps no text)."""
    articles = list(iter_articles(paths))
    prepare(articles)
    return {a.id: a.clean_text for a in articles}


def check_evidence_offsets(result, paths):
    texts = cleaned(paths)
    n = 0
    for *_, attrs in result.graph.edges(data=True):
        assert attrs["evidence"], attrs
        for ev in attrs["evidence"]:
            assert texts[ev["article"]][ev["start"]:ev["end"]] == ev["sentence"]
            n += 1
    return n


def test_samples_every_output_written(samples_build):
    result, out = samples_build
    for name in OUTPUT_FILES:
        assert (out / name).stat().st_size > 0, name
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))
    assert result.exit_code == 0


def test_samples_languages_and_counts(samples_build):
    result, out = samples_build
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    arts = report["articles"]
    assert arts["by_status"]["ok"] == arts["total"] >= 12
    assert arts["by_language"]["en"] >= 6 and arts["by_language"]["id"] >= 6
    assert report["problems"] == []
    assert isinstance(report["likely_duplicates"], list)
    assert report["entities"]["total"] == result.graph.number_of_nodes()
    assert set(report["seconds"]) >= {"read", "nlp_extract", "resolve", "write", "total"}
    for fam in ("ownership", "regulation", "statement"):
        assert report["edges"]["by_family"].get(fam, 0) > 0, fam


def test_samples_mixed_article_routed_per_paragraph(samples_build, samples_dir):
    result, _ = samples_build
    assert result.report["articles"]["paragraphs_by_pipeline"]["en"] > 0
    texts = cleaned([samples_dir])
    mixed = [a for a in result.articles if a.lang == "id"
             and {s.lang for s in route_paragraphs(texts[a.id], a.lang)} == {"id", "en"}]
    assert len(mixed) == 1, "one Indonesian sample quotes a whole English paragraph"


def test_samples_aliases_merge_across_languages(samples_build):
    G = samples_build[0].graph
    labels = {d["label"]: n for n, d in G.nodes(data=True)}
    for name in ("Zulkifli Hasan", "GoTo", "Ministry of Trade", "Shou Zi Chew"):
        assert name in labels, name
    assert G.nodes[labels["GoTo"]]["type"] == "ORG"
    assert {"en", "id"} <= set(G.nodes[labels["Ministry of Trade"]]["languages"])
    assert {"Zulhas", "Zulkifli Hasan"} <= set(G.nodes[labels["Zulkifli Hasan"]]["aliases"])


def test_samples_evidence_offsets_slice_cleaned_text(samples_build, samples_dir):
    assert check_evidence_offsets(samples_build[0], [samples_dir]) > 0


#: The direction rules of the graph.json contract, as (source types, target types).
DIRECTION = {
    "ownership": ({"ORG", "PERSON"}, {"ORG"}),
    "regulation": ({"ORG", "GPE", "PERSON", "LAW"}, {"ORG", "PERSON", "LAW"}),
    "statement": ({"PERSON", "ORG", "GPE"}, {"PERSON", "ORG", "LAW"}),
    "role": ({"PERSON"}, {"ORG"}),
    "partnership": ({"ORG"}, {"ORG"}),
    "competition": ({"ORG"}, {"ORG"}),
}


def check_direction_rules(G):
    families = set()
    for u, v, attrs in G.edges(data=True):
        family = attrs["family"]
        families.add(family)
        sources, targets = DIRECTION[family]
        assert u != v
        assert G.nodes[u]["type"] in sources and G.nodes[v]["type"] in targets, (u, v, attrs)
        assert attrs["modality"] in ("asserted", "planned", "negated")
        assert 0 < attrs["confidence"] <= 1
        if attrs["relation"] == "issues":
            assert G.nodes[v]["type"] == "LAW"
        if family == "role":
            assert attrs["title"]
    return families


def test_samples_direction_rules(samples_build):
    assert len(check_direction_rules(samples_build[0].graph)) >= 5


def test_samples_graph_json_round_trips(samples_build):
    result, out = samples_build
    H = read_json(out / "graph.json")
    assert nx.utils.graphs_equal(result.graph, H)
    assert len(H.graph["articles"]) == result.report["articles"]["total"]


def test_seeds_languages(seeds_build):
    result, out = seeds_build
    langs = {a.id[:3]: a.lang for a in result.articles}
    assert langs == {"000": "en", "001": "en", "002": "en", "003": "en", "004": "id"}
    assert all(a.status == "ok" for a in result.articles)
    for name in OUTPUT_FILES:
        assert (out / name).is_file(), name


def test_seeds_evidence_and_cleaning(seeds_build, seeds_dir):
    result, _ = seeds_build
    assert check_evidence_offsets(result, [seeds_dir]) > 0
    for text in cleaned([seeds_dir]).values():
        assert "Leave a Reply" not in text
        assert "automatically generated" not in text
        assert "**" not in text
    assert all(a.clean_text == a.text == "" for a in result.articles)  # no text kept


def test_seeds_direction_rules_and_all_families(seeds_build):
    assert check_direction_rules(seeds_build[0].graph) == set(DIRECTION)


def test_seeds_relation_targets(seeds_build):
    """The relation issue's targets on the seeds, scored against data/gold."""
    from pipelines.score_relations import gold_items, node_names, predicted_items, score

    gold_dir = Path(__file__).resolve().parents[2] / "data" / "gold"
    graph = json.loads((seeds_build[1] / "graph.json").read_text(encoding="utf-8"))
    gold = json.loads((gold_dir / "seeds_relations.json").read_text(encoding="utf-8"))
    entities = json.loads((gold_dir / "seeds_entities.json").read_text(encoding="utf-8"))
    s = score(predicted_items(graph, node_names(graph["nodes"], entities)), gold_items(gold))
    for family in ("ownership", "regulation", "statement"):
        assert s[family]["f1"] >= 0.80, (family, s[family])
    assert s["all"]["f1"] >= 0.70, s["all"]


def test_seeds_cross_language_merge(seeds_build):
    G = seeds_build[0].graph
    by_label = {d["label"]: d for _, d in G.nodes(data=True)}
    assert {"en", "id"} <= set(by_label["Teten Masduki"]["languages"])
    assert {"en", "id"} <= set(by_label["TikTok"]["languages"])


def test_build_without_out_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "Judul\nKementerian Perdagangan melarang TikTok Shop berjualan di Indonesia, "
        "kata Menteri Perdagangan Zulkifli Hasan di Jakarta pada hari Senin.", encoding="utf-8")
    result = build([tmp_path / "a.txt"])
    assert result.report["articles"]["by_status"]["ok"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_not_quiet(samples_dir, tmp_path, monkeypatch):
    import kg.pipeline.driver as pipeline

    monkeypatch.setattr(pipeline, "PROGRESS_DELAY", 0)
    arts = sorted(samples_dir.glob("*"))[:2]
    for quiet, terminal, shown in [(False, True, True), (True, True, False),
                                   (False, False, False)]:
        err = _Terminal() if terminal else io.StringIO()
        monkeypatch.setattr(sys, "stderr", err)
        build(arts, quiet=quiet)
        text = err.getvalue()
        assert ("kg build:" in text and "/2 [" in text and "article" in text) == shown, text


def test_kb_of_user_files_links_mentions_and_a_changed_file_changes_the_graph(tmp_path):
    from kg.kb import load

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Deal\nPT Acme Nusantara Tbk bought a 20% stake in Tokopedia last week, according "
        "to a filing with the stock exchange in Jakarta.\n", encoding="utf-8")
    mine = tmp_path / "mine.jsonl"

    def kb_ids(name):
        mine.write_text(json.dumps({"id": "org:acme", "name": name, "type": "ORG",
                                    "aliases": ["Acme Nusantara"]}) + "\n", encoding="utf-8")
        result = build([tmp_path / "in"], tmp_path / "out", html=False, kb=load(mine))
        return {d["label"]: d.get("kb_id") for _, d in result.graph.nodes(data=True)}, result

    labels, _ = kb_ids("Acme Nusantara Group")
    assert labels["Acme Nusantara Group"] == "org:acme"
    labels, again = kb_ids("Acme Group")  # the article comes from the cache
    assert again.report["cache"]["reused"] == 1
    assert labels["Acme Group"] == "org:acme" and "Acme Nusantara Group" not in labels
