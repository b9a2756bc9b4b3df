"""Tests of kg.query.api: loading a graph.json and asking it questions (the answer records
are in kg.query.records)."""

import dataclasses
import json

import networkx as nx
import pytest

import kg.query.api
from kg.export.json import write_json
from kg.query.api import EDGE_COLUMNS, EVIDENCE_COLUMNS, NODE_COLUMNS, KnowledgeGraph, load
from kg.query.records import Entity, Evidence, Ownership, Relation, Statement, Step

TITLES = {"en1": "TikTok buys into Tokopedia", "id1": "Teten soal TikTok dan UMKM",
          "en2": "Holding companies in a circle"}


def make_graph():
    """A small graph following the graph.json contract.

    Ownership: ByteDance -owns-> TikTok -controls-> Tokopedia <-owns- GoTo -owns-> Gojek;
    Alibaba -acquires_stake-> Tokopedia is planned, Lazada -owns-> Tokopedia negated and
    TikTok Shop -merges_with-> Tokopedia is no ownership; Alpha -> Beta -> Gamma -> Alpha
    is a cycle. Statements by Zulkifli Hasan (en) and Teten Masduki (en + id), one negated
    statement by Tokopedia; a role at the Ministry of Trade; a ban (asserted) and a
    planned regulation. Joko Widodo is known only by his full name; Lonely Law has no edge.
    """
    G = nx.MultiDiGraph(created="2025-01-01T00:00:00+00:00", kg_version="0.1.0")
    G.graph["articles"] = [
        {"id": "en1", "title": TITLES["en1"], "lang": "en", "status": "ok"},
        {"id": "id1", "title": TITLES["id1"], "lang": "id", "status": "ok"},
        {"id": "en2", "title": TITLES["en2"], "lang": "en", "status": "ok"},
        {"id": "zh1", "title": "抖音", "lang": "zh", "status": "unsupported"},
    ]
    nodes = [
        ("bytedance", "ByteDance", "ORG", ["ByteDance", "Bytedance"]),
        ("tiktok", "TikTok", "ORG", ["TikTok", "Tiktok"]),
        ("tiktok-shop", "TikTok Shop", "ORG", ["TikTok Shop"]),
        ("tokopedia", "Tokopedia", "ORG", ["Tokopedia", "PT Tokopedia"]),
        ("goto", "GoTo", "ORG", ["GoTo", "GOTO.JK"]),
        ("gojek", "Gojek", "ORG", ["Gojek"]),
        ("alibaba", "Alibaba", "ORG", ["Alibaba"]),
        ("lazada", "Lazada", "ORG", ["Lazada"]),
        ("alpha", "Alpha Holdings", "ORG", ["Alpha Holdings"]),
        ("beta", "Beta Capital", "ORG", ["Beta Capital"]),
        ("gamma", "Gamma Ventures", "ORG", ["Gamma Ventures"]),
        ("ministry-of-trade", "Ministry of Trade", "ORG", ["Kemendag", "Ministry of Trade"]),
        ("zulkifli-hasan", "Zulkifli Hasan", "PERSON", ["Zulkifli Hasan", "Zulhas"]),
        ("teten-masduki", "Teten Masduki", "PERSON", ["Teten Masduki", "Teten"]),
        ("joko-widodo", "Joko Widodo", "PERSON", ["Joko Widodo"]),
        ("lonely-law", "Lonely Law", "LAW", ["Lonely Law"]),
    ]
    for key, label, type_, aliases in nodes:
        G.add_node(key, label=label, type=type_, aliases=aliases, languages=["en"],
                   articles=["en1"], mentions=3, roles=[])
    G.nodes["teten-masduki"].update(languages=["en", "id"], articles=["en1", "id1"],
                                    roles=["Menteri Koperasi dan UKM"])

    def ev(article, sentence, modality="asserted", **extra):
        lang = "id" if article == "id1" else "en"
        return {"article": article, "lang": lang, "sentence": sentence, "start": 0,
                "end": len(sentence), "modality": modality, "confidence": 0.7, **extra}

    def edge(u, v, relation, family, evidence, confidence=0.8, modality="asserted", **extra):
        G.add_edge(u, v, key=relation, relation=relation, family=family, confidence=confidence,
                   modality=modality, evidence=evidence, **extra)

    edge("bytedance", "tiktok", "owns", "ownership", [ev("en1", "ByteDance owns TikTok.")])
    edge("tiktok", "tokopedia", "controls", "ownership",
         [ev("en1", "TikTok controls 75% of Tokopedia.")], confidence=0.9, stake="75%")
    edge("tiktok", "tokopedia", "invests_in", "ownership",
         [ev("en1", "TikTok invests $1.5 billion in Tokopedia.")], confidence=0.6,
         amount="$1.5 billion")
    edge("goto", "tokopedia", "owns", "ownership", [ev("en1", "GoTo owns Tokopedia.")])
    edge("goto", "gojek", "owns", "ownership", [ev("en1", "GoTo owns Gojek.")])
    edge("alibaba", "tokopedia", "acquires_stake", "ownership",
         [ev("en1", "Alibaba plans to buy 10% of Tokopedia.", "planned")], modality="planned",
         stake="10%")
    edge("lazada", "tokopedia", "owns", "ownership",
         [ev("en1", "Lazada does not own Tokopedia.", "negated")], modality="negated")
    edge("tiktok-shop", "tokopedia", "merges_with", "ownership",
         [ev("en1", "TikTok Shop merges with Tokopedia.")])
    edge("tiktok", "tiktok-shop", "owns", "ownership", [ev("en1", "TikTok runs TikTok Shop.")])
    for u, v in [("alpha", "beta"), ("beta", "gamma"), ("gamma", "alpha")]:
        edge(u, v, "owns", "ownership", [ev("en2", "They own each other in a circle.")])
    edge("zulkifli-hasan", "tokopedia", "said", "statement",
         [ev("en1", '"Tokopedia does the selling," Zulhas said.',
             quote="Tokopedia does the selling,")], confidence=0.95,
         quote="Tokopedia does the selling,")
    edge("teten-masduki", "tiktok", "said", "statement",
         [ev("en1", '"TikTok must follow the rules," Teten said.',
             quote="TikTok must follow the rules,"),
          ev("id1", '"TikTok harus patuh aturan," kata Teten.',
             quote="TikTok harus patuh aturan,")],
         confidence=0.97, quote="TikTok must follow the rules,")
    edge("teten-masduki", "tiktok-shop", "criticized", "statement",
         [ev("id1", "Teten mengkritik TikTok Shop.")], confidence=0.6)
    edge("tokopedia", "tiktok", "said", "statement",
         [ev("en1", "Tokopedia declined to comment on TikTok.", "negated")], confidence=0.5,
         modality="negated")
    edge("zulkifli-hasan", "ministry-of-trade", "holds_role", "role",
         [ev("en1", "Minister of Trade Zulkifli Hasan spoke.")], confidence=0.9,
         title="Minister of Trade")
    edge("ministry-of-trade", "tiktok-shop", "bans", "regulation",
         [ev("id1", "Kemendag melarang TikTok Shop.")], confidence=0.7)
    edge("ministry-of-trade", "tiktok", "regulates", "regulation",
         [ev("en1", "The ministry will regulate TikTok.", "planned")], confidence=0.5,
         modality="planned")
    edge("joko-widodo", "teten-masduki", "assigns", "regulation",
         [ev("id1", "Jokowi menugaskan Teten.")], confidence=0.6)
    return G


@pytest.fixture
def g():
    return KnowledgeGraph(make_graph())


def names(records, attr="entity"):
    return [getattr(r, attr) for r in records]


# -- loading ----------------------------------------------------------------------------------

def test_load_reads_graph_json(tmp_path):
    path = tmp_path / "graph.json"
    write_json(make_graph(), path)
    g = load(path)
    assert isinstance(g.nx, nx.MultiDiGraph)
    assert len(g) == 16 and g.nx.number_of_edges() == make_graph().number_of_edges()
    assert repr(g) == "<KnowledgeGraph: 16 entities, 20 relations, 4 articles>"
    assert g.entity("Zulhas").name == "Zulkifli Hasan"
    assert kg.query.api.load is load


@pytest.mark.parametrize("text, message", [
    ("{not json", "is not valid JSON"),
    ("[]", "no 'nodes' and 'edges' lists"),
    ('{"nodes": ["a"], "edges": []}', "is not a kg graph.json"),
    ('{"nodes": [], "edges": [{"source": "a"}]}', "is not a kg graph.json"),
    ('{"nodes": [], "edges": [5]}', "is not a kg graph.json"),
])
def test_load_rejects_what_is_not_a_graph(tmp_path, text, message):
    path = tmp_path / "graph.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load(path)


def test_load_missing_file_and_binary_file(tmp_path):
    with pytest.raises(OSError):
        load(tmp_path / "missing.json")
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValueError, match="not valid JSON"):
        load(tmp_path / "binary.json")


def test_knowledge_graph_needs_a_multidigraph():
    with pytest.raises(TypeError, match="MultiDiGraph"):
        KnowledgeGraph(nx.DiGraph())


def test_len_repr_contains(g):
    assert len(g) == 16
    assert "kemendag" in g and "GOTO.JK" in g and "Nobody" not in g
    assert "view" not in repr(g)


# -- entities ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("Zulhas", "Zulkifli Hasan"), ("zulhas", "Zulkifli Hasan"), ("GOTO.JK", "GoTo"),
    ("goto.jk", "GoTo"), ("Kemendag", "Ministry of Trade"), ("  KEMENDAG ", "Ministry of Trade"),
    ("teten-masduki", "Teten Masduki"),
])
def test_entity_resolves_any_alias_in_any_case(g, name, expected):
    assert g.entity(name).name == expected


def test_entity_falls_back_to_the_bundled_alias_table(g):
    # "Jokowi" is not among the node's aliases, but the bundled table maps it
    assert g.entity("Jokowi").name == "Joko Widodo"


def linked(G):
    """``G`` with knowledge-base IDs on some nodes (and one ID on two nodes)."""
    G.nodes["goto"].update(kb_id="idx:GOTO", wikidata="Q806626")
    G.nodes["ministry-of-trade"].update(kb_id="org:ministry-of-trade")
    G.nodes["tokopedia"].update(kb_id="org:tokopedia", wikidata="Q12345")
    G.nodes["tiktok-shop"].update(kb_id="org:tokopedia", mentions=0)
    return KnowledgeGraph(G)


@pytest.mark.parametrize("name, expected", [
    ("idx:GOTO", "GoTo"), (" idx:GOTO ", "GoTo"), ("Q806626", "GoTo"), ("q806626", "GoTo"),
    ("org:ministry-of-trade", "Ministry of Trade"),
    ("org:tokopedia", "Tokopedia"),  # two nodes carry it: the most mentioned one
])
def test_entity_by_knowledge_base_id_or_wikidata_id(name, expected):
    g = linked(make_graph())
    assert g.entity(name).name == expected
    assert name in g


def test_ids_in_records_and_in_other_questions():
    g = linked(make_graph())
    e = g.entity("GoTo")
    assert (e.kb_id, e.wikidata) == ("idx:GOTO", "Q806626")
    assert g.entity("Teten").kb_id is None and g.entity("Teten").wikidata is None
    assert names(g.subsidiaries("idx:GOTO")) == names(g.subsidiaries("GoTo"))
    assert names(g.owners("Q12345")) == names(g.owners("Tokopedia"))


@pytest.mark.parametrize("name", ["idx:NOPE", "Q1", "idx:goto", "Q0806626"])
def test_unknown_ids_raise_key_error(name):
    g = linked(make_graph())
    with pytest.raises(KeyError, match="no entity named"):
        g.entity(name)


def test_entity_record(g):
    e = g.entity("Teten")
    assert e == Entity(id="teten-masduki", name="Teten Masduki", type="PERSON",
                       aliases=("Teten Masduki", "Teten"), languages=("en", "id"),
                       articles=("en1", "id1"), mentions=3, roles=("Menteri Koperasi dan UKM",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.name = "x"
    assert hash(e) == hash(g.entity("teten masduki"))


def test_unknown_entity_suggests_close_names(g):
    with pytest.raises(KeyError) as exc:
        g.entity("Tokopdia")
    assert exc.value.args[0] == "no entity named 'Tokopdia'; did you mean: Tokopedia?"
    with pytest.raises(KeyError, match="no entity named 'zzzz'"):
        g.owners("zzzz")


def test_entities_by_type(g):
    assert [e.name for e in g.entities("PERSON")] == ["Zulkifli Hasan", "Teten Masduki",
                                                     "Joko Widodo"]
    assert len(g.entities()) == 16 and g.entities("NONE") == []


# -- relations --------------------------------------------------------------------------------

def test_relations_returns_every_modality_by_default(g):
    rels = g.relations(target="Tokopedia", family="ownership")
    assert [(r.source, r.relation, r.modality) for r in rels] == [
        ("TikTok", "controls", "asserted"), ("TikTok", "invests_in", "asserted"),
        ("GoTo", "owns", "asserted"), ("Alibaba", "acquires_stake", "planned"),
        ("Lazada", "owns", "negated"), ("TikTok Shop", "merges_with", "asserted")]
    asserted = g.relations(target="Tokopedia", family="ownership", asserted_only=True)
    assert {r.modality for r in asserted} == {"asserted"} and len(asserted) == 4


def test_relation_record_has_names_attributes_and_evidence_titles(g):
    [rel] = g.relations(source="tiktok", target="tokopedia", relation="controls")
    assert isinstance(rel, Relation)
    assert (rel.source, rel.target, rel.source_id, rel.target_id) == (
        "TikTok", "Tokopedia", "tiktok", "tokopedia")
    assert (rel.family, rel.confidence, rel.stake, rel.amount, rel.quote, rel.title) == (
        "ownership", 0.9, "75%", None, None, None)
    [ev] = rel.evidence
    assert ev == Evidence(article="en1", article_title=TITLES["en1"], lang="en",
                          sentence="TikTok controls 75% of Tokopedia.", start=0, end=33,
                          modality="asserted", confidence=0.7, quote=None)
    [invest] = g.relations(relation="invests_in")
    assert invest.amount == "$1.5 billion"


def test_relations_filters(g):
    assert {r.relation for r in g.relations(family="regulation")} == {"bans", "regulates",
                                                                     "assigns"}
    by_lang = g.relations(lang="id")
    assert [(r.source, r.relation, r.target) for r in by_lang] == [
        ("Ministry of Trade", "bans", "TikTok Shop"), ("Teten Masduki", "said", "TikTok"),
        ("Teten Masduki", "criticized", "TikTok Shop"), ("Joko Widodo", "assigns", "Teten Masduki")]
    # the evidence of a matching relation is complete: both languages
    assert by_lang[1].languages == ("en", "id") and by_lang[1].articles == ("en1", "id1")
    assert all(r.confidence >= 0.9 for r in g.relations(min_confidence=0.9))
    assert len(g.relations(min_confidence=0.9)) == 4
    assert [r.target for r in g.relations(source="Zulhas")] == ["Tokopedia", "Ministry of Trade"]
    assert g.relations(source="GoTo", target="Lonely Law") == []
    assert len(g.relations()) == g.nx.number_of_edges()


def test_relations_rejects_an_unknown_family(g):
    with pytest.raises(ValueError, match="unknown relation family 'owner'"):
        g.relations(family="owner")


def test_records_turn_into_json(g):
    records = [*g.relations(), *g.owners("Tokopedia", transitive=True), *g.statements(),
               *g.neighbors("TikTok"), *g.path("ByteDance", "Gojek"), g.entity("GoTo")]
    text = json.dumps([dataclasses.asdict(r) for r in records], ensure_ascii=False)
    assert json.loads(text)[0]["evidence"][0]["article_title"] == TITLES["en1"]


# -- ownership --------------------------------------------------------------------------------

def test_owners_direct_asserted_only(g):
    owners = g.owners("Tokopedia")
    assert names(owners) == ["GoTo", "TikTok"]  # not Alibaba (planned), Lazada (negated),
    assert all(o.depth == 1 and o.modality == "asserted" for o in owners)  # nor TikTok Shop
    tiktok = owners[1]
    assert tiktok.chain == ("TikTok", "Tokopedia")
    # the strongest of the parallel edges stands for the step
    assert [r.relation for r in tiktok.relations] == ["controls"]


def test_owners_transitive_carry_the_chain(g):
    owners = g.owners("Tokopedia", transitive=True)
    assert names(owners) == ["GoTo", "TikTok", "ByteDance"]
    top = owners[-1]
    assert isinstance(top, Ownership)
    assert top.chain == ("ByteDance", "TikTok", "Tokopedia") and top.depth == 2
    assert [(r.source, r.relation, r.target) for r in top.relations] == [
        ("ByteDance", "owns", "TikTok"), ("TikTok", "controls", "Tokopedia")]
    assert repr(top) == "Ownership(ByteDance > TikTok > Tokopedia)"


def test_owners_with_every_modality(g):
    owners = g.owners("Tokopedia", asserted_only=False)
    assert [(o.entity, o.modality) for o in owners] == [
        ("Alibaba", "planned"), ("GoTo", "asserted"), ("Lazada", "negated"),
        ("TikTok", "asserted")]
    assert "TikTok Shop" not in names(owners)  # merges_with is no ownership


def test_ownership_cycles_end(g):
    assert [o.chain for o in g.owners("Alpha Holdings", transitive=True)] == [
        ("Gamma Ventures", "Alpha Holdings"),
        ("Beta Capital", "Gamma Ventures", "Alpha Holdings")]
    assert [o.chain for o in g.subsidiaries("Alpha Holdings", transitive=True)] == [
        ("Alpha Holdings", "Beta Capital"), ("Alpha Holdings", "Beta Capital", "Gamma Ventures")]


def test_subsidiaries(g):
    assert names(g.subsidiaries("GoTo")) == ["Gojek", "Tokopedia"]
    subs = g.subsidiaries("ByteDance", transitive=True)
    assert [s.chain for s in subs] == [("ByteDance", "TikTok"),
                                       ("ByteDance", "TikTok", "TikTok Shop"),
                                       ("ByteDance", "TikTok", "Tokopedia")]
    assert g.subsidiaries("Tokopedia") == []
    assert names(g.subsidiaries("Alibaba", asserted_only=False)) == ["Tokopedia"]


# -- other questions --------------------------------------------------------------------------

def test_regulators(g):
    assert [(r.source, r.relation) for r in g.regulators("TikTok Shop")] == [
        ("Ministry of Trade", "bans")]
    assert g.regulators("TikTok") == []  # the only one is planned
    [planned] = g.regulators("TikTok", asserted_only=False)
    assert (planned.source, planned.relation, planned.modality) == (
        "Ministry of Trade", "regulates", "planned")


def test_statements_by_a_speaker_in_two_languages(g):
    said = g.statements(by="Teten Masduki")
    assert all(isinstance(s, Statement) for s in said)
    assert [(s.about, s.relation) for s in said] == [("TikTok", "said"),
                                                     ("TikTok Shop", "criticized")]
    first = said[0]
    assert (first.speaker, first.quote, first.modality) == (
        "Teten Masduki", "TikTok must follow the rules,", "asserted")
    assert [(e.lang, e.article, e.article_title, e.quote) for e in first.evidence] == [
        ("en", "en1", TITLES["en1"], "TikTok must follow the rules,"),
        ("id", "id1", TITLES["id1"], "TikTok harus patuh aturan,")]


def test_statements_about_and_both(g):
    assert [s.speaker for s in g.statements(about="TikTok")] == ["Teten Masduki"]
    assert [s.speaker for s in g.statements(about="TikTok", asserted_only=False)] == [
        "Teten Masduki", "Tokopedia"]  # Tokopedia only declined to comment
    assert [s.about for s in g.statements(by="Zulhas", about="Tokopedia")] == ["Tokopedia"]
    assert g.statements(by="Zulhas", about="TikTok") == []
    assert len(g.statements()) == 3


def test_roles_of_a_person_and_at_an_organisation(g):
    for name in ("Zulhas", "Kemendag"):
        [role] = g.roles(name)
        assert (role.source, role.title, role.target) == (
            "Zulkifli Hasan", "Minister of Trade", "Ministry of Trade")
    assert g.roles("TikTok") == []


def test_neighbors(g):
    near = g.neighbors("TikTok")
    assert [n.name for n in near] == ["Tokopedia", "ByteDance", "Ministry of Trade",
                                      "Teten Masduki", "TikTok Shop"]
    assert [r.relation for r in near[0].relations] == ["controls", "invests_in", "said"]
    assert near[0].type == "ORG" and near[0].id == "tokopedia"
    owned = g.neighbors("TikTok", family="ownership")
    assert [n.name for n in owned] == ["Tokopedia", "ByteDance", "TikTok Shop"]
    assert [n.name for n in g.neighbors("TikTok", asserted_only=True)][:2] == [
        "Tokopedia", "ByteDance"]
    assert "Ministry of Trade" not in [n.name for n in
                                       g.neighbors("TikTok", asserted_only=True)]
    assert g.neighbors("Lonely Law") == []


def test_path_ignores_direction_and_tells_it(g):
    steps = g.path("ByteDance", "Gojek")
    assert all(isinstance(s, Step) for s in steps)
    assert [(s.start, s.relation.relation, s.end, s.direction) for s in steps] == [
        ("ByteDance", "owns", "TikTok", "forward"),
        ("TikTok", "controls", "Tokopedia", "forward"),
        ("Tokopedia", "owns", "GoTo", "backward"),
        ("GoTo", "owns", "Gojek", "forward")]
    back = g.path("Gojek", "ByteDance")
    assert [s.direction for s in back] == ["backward", "forward", "backward", "backward"]


def test_path_edge_cases(g):
    assert g.path("Lonely Law", "TikTok") is None
    assert g.path("Zulhas", "zulkifli hasan") == []
    assert g.path("Kemendag", "TikTok")[0].relation.relation == "regulates"
    # asserted_only drops the planned regulation: the way goes through TikTok Shop
    assert [s.end for s in g.path("Kemendag", "TikTok", asserted_only=True)] == [
        "TikTok Shop", "TikTok"]
    assert g.path("Zulhas", "ByteDance", family="ownership") is None
    with pytest.raises(KeyError, match="did you mean"):
        g.path("Zulhas", "Bytedanse")


def test_subgraph_is_a_new_graph(g):
    h = g.subgraph("GoTo")
    assert isinstance(h, KnowledgeGraph)
    assert sorted(h.nx.nodes) == ["gojek", "goto", "tokopedia"]
    assert "GoTo and entities within 1 hop" in repr(h)
    assert len(g) == 16
    assert len(g.subgraph(["Kemendag", "Zulhas"], hops=0)) == 2
    assert h.owners("Tokopedia") == [o for o in g.owners("Tokopedia") if o.entity == "GoTo"]


# -- tables and counts ------------------------------------------------------------------------

def test_to_pandas(g):
    nodes, edges = g.to_pandas()
    assert list(nodes.columns) == list(NODE_COLUMNS) and len(nodes) == 16
    assert nodes.set_index("id").loc["goto", "aliases"] == ["GoTo", "GOTO.JK"]
    assert list(edges.columns) == [*EDGE_COLUMNS, "evidence_count", "articles", "languages"]
    assert len(edges) == g.nx.number_of_edges()
    row = edges[(edges.source == "Teten Masduki") & (edges.relation == "said")].iloc[0]
    assert (row.evidence_count, row.articles, row.languages) == (2, ["en1", "id1"],
                                                                 ["en", "id"])
    assert set(edges.modality) == {"asserted", "planned", "negated"}


def test_to_pandas_per_evidence(g):
    _, rows = g.to_pandas(per_evidence=True)
    assert list(rows.columns) == [*EDGE_COLUMNS, *EVIDENCE_COLUMNS]
    total = sum(len(d["evidence"]) for _, _, d in g.nx.edges(data=True))
    assert len(rows) == total
    teten = rows[(rows.source == "Teten Masduki") & (rows.relation == "said")]
    assert teten[["article", "lang", "article_title", "evidence_quote"]].values.tolist() == [
        ["en1", "en", TITLES["en1"], "TikTok must follow the rules,"],
        ["id1", "id", TITLES["id1"], "TikTok harus patuh aturan,"]]
    assert {"sentence", "start", "end"} <= set(rows.columns)


def test_to_pandas_of_an_empty_graph():
    nodes, edges = KnowledgeGraph(nx.MultiDiGraph()).to_pandas(per_evidence=True)
    assert nodes.empty and edges.empty and "article_title" in edges.columns


def test_stats(g):
    stats = g.stats()
    assert stats["entities"] == {"total": 16, "by_type": {"ORG": 12, "PERSON": 3, "LAW": 1}}
    assert stats["relations"]["total"] == 20
    assert stats["relations"]["by_family"] == {"ownership": 12, "statement": 4,
                                               "regulation": 3, "role": 1}
    assert stats["relations"]["by_modality"] == {"asserted": 16, "planned": 2, "negated": 2}
    assert stats["relations"]["by_relation"]["owns"] == 8
    assert stats["articles"] == {"total": 4, "by_status": {"ok": 3, "unsupported": 1},
                                 "by_language": {"en": 2, "id": 1, "zh": 1}}
    assert json.loads(json.dumps(stats)) == stats


def test_graph_without_optional_attributes():
    """Hand-made graphs may lack modality, evidence, articles: defaults fill in."""
    G = nx.MultiDiGraph()
    G.add_node("a", label="A")
    G.add_node("b")
    G.add_edge("a", "b", key="owns", relation="owns", family="ownership")
    g = KnowledgeGraph(G)
    [owner] = g.owners("b")
    assert owner.chain == ("A", "b") and owner.modality == "asserted"
    assert owner.relations[0].evidence == () and owner.relations[0].confidence == 0.0
    assert g.entity("b") == Entity(id="b", name="b", type=None)
    assert g.stats()["articles"] == {"total": 0, "by_status": {}, "by_language": {}}


# -- acceptance on real builds ----------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory):
    """The five seed articles of ../shared, built once."""
    from kg.pipeline.driver import build

    out = tmp_path_factory.mktemp("api-seeds")
    build([seeds_dir], out, html=False, quiet=True)
    return load(out / "graph.json")


def test_seeds_entity_by_alias(seeds):
    assert seeds.entity("Zulhas").name == "Zulkifli Hasan"
    assert seeds.entity("GOTO.JK").name == "GoTo"
    assert seeds.entity("Kemendag").name == "Ministry of Trade"


def test_seeds_owners_of_tokopedia(seeds):
    assert {"TikTok", "GoTo"} <= set(names(seeds.owners("Tokopedia")))


def test_seeds_owners_of_tokopedia_transitive(seeds):
    chains = {o.entity: o.chain for o in seeds.owners("Tokopedia", transitive=True)}
    assert chains["ByteDance"] == ("ByteDance", "TikTok", "Tokopedia")


def test_seeds_owners_of_tokopedia_with_planned_relations(seeds):
    """Planned relations (TikTok 'is set to acquire' 75%) count too when asked for."""
    owners = {o.entity: o for o in seeds.owners("Tokopedia", asserted_only=False)}
    assert {"TikTok", "GoTo"} <= set(owners) and owners["GoTo"].modality == "asserted"
    chains = {o.entity: o for o in seeds.owners("Tokopedia", transitive=True,
                                                 asserted_only=False)}
    bytedance = chains["ByteDance"]
    assert bytedance.chain == ("ByteDance", "TikTok", "Tokopedia")
    assert bytedance.relations[0].relation == "owns"
    assert bytedance.relations[0].modality == "asserted"


def test_seeds_statements_by_teten(seeds):
    titles = {a["id"]: a["title"] for a in seeds.nx.graph["articles"]}
    said = seeds.statements(by="Teten Masduki")
    assert said and all(s.speaker == "Teten Masduki" for s in said)
    assert any(s.quote for s in said)
    evidence = [e for s in said for e in s.evidence]
    assert evidence and all(e.article_title == titles[e.article] and e.sentence
                            for e in evidence)
    assert {e.lang for e in evidence} == {"en", "id"}
    assert "TikTok" in {s.about for s in said if s.quote}


def test_samples_acceptance(samples_build):
    """The issue's questions on the bundled samples, as the README shows them."""
    _, out = samples_build
    g = load(out / "graph.json")
    assert g.entity("Zulhas").name == "Zulkifli Hasan"
    assert g.entity("Kemendag").name == "Ministry of Trade"
    assert {"TikTok", "GoTo"} <= set(names(g.owners("Tokopedia")))
    chains = {o.entity: o.chain for o in g.owners("Tokopedia", transitive=True)}
    assert chains["ByteDance"] == ("ByteDance", "TikTok", "Tokopedia")
    said = g.statements(by="Teten Masduki")
    assert any(s.quote for s in said) and all(e.article_title for s in said
                                              for e in s.evidence)
