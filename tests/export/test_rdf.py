"""Tests of the RDF Turtle export: parsed back with rdflib and queried with SPARQL."""

import datetime
import os
import re
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.export.rdf import KG, check_base, graph_to_rdf, graph_to_turtle, vocabulary, write_turtle

from .helpers import (
    HOSTILE as SHARED_HOSTILE,
    add_people_and_companies,
    add_quote,
    add_stake_and_partnership,
    goto_owns_evidence,
    squares,
)

ROOT = Path(__file__).resolve().parents[2]
# the hostile text of the other export tests, and the quotes of Turtle's long strings
HOSTILE = SHARED_HOSTILE + ' \'\'\' """'
PREFIXES = """
PREFIX kg: <urn:kg:vocab:>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX entity: <urn:kg:entity:>
PREFIX article: <urn:kg:article:>
"""


def make_graph():
    """A small contract graph: parallel edges, a self-loop, hostile text, missing attributes."""
    G = nx.MultiDiGraph(
        articles=[{"id": "a1", "title": HOSTILE, "lang": "en", "status": "ok",
                   "url": "https://news.example/a?x=1&y=<2>", "published": "2024-10-01"},
                  {"id": "a2", "title": "Kemendag larang", "lang": "id", "status": "ok"},
                  {"id": "a 3", "title": "copy", "status": "duplicate", "duplicate_of": "a1",
                   "lang": None}],
        created="2025-01-01T00:00:00+00:00", kg_version="0.1.0")
    add_people_and_companies(G, HOSTILE, goto={"aliases": ['GoTo "Group"', "GOTO.JK"],
                                               "articles": ["a1", "a2"]},
                             tokopedia={"aliases": ["Tokopedia", "Tokped"]},
                             zulhas={"articles": ["a2"]})
    G.add_node("kemendag", label="Kementerian Perdagangan — ñ 中文", type="ORG")
    G.add_node("x y/z")  # no attributes at all
    add_stake_and_partnership(G, goto_owns_evidence(
        {"article": "a2", "lang": "id", "sentence": "GoTo memiliki Tokopedia.", "start": 30,
         "end": 54}))
    G.add_edge("goto", "tokopedia", key="invests_in", relation="invests_in", family="ownership",
               confidence=1, modality="negated", amount="US$1.5 billion")
    G.add_edge("goto", "goto", key="owns", relation="owns", family="ownership", confidence=0.6)
    add_quote(G, "kemendag", HOSTILE, article="a2", lang="id")
    G.add_edge("zulhas", "x y/z", key="holds_role", relation="holds_role", family="role",
               modality="asserted", title="Menteri")
    G.add_edge("x y/z", "goto", key="co-owns!", relation="co-owns!")
    return G


@pytest.fixture(scope="module")
def rdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("rdf") / "graph.ttl"
    write_turtle(make_graph(), path)
    return Graph().parse(path, format="turtle")


def query(R, text, **bindings):
    return [tuple(row) for row in R.query(PREFIXES + text, initBindings=bindings)]


def test_entities_labels_types_and_aliases(rdf):
    rows = query(rdf, "SELECT ?label WHERE { entity:goto a kg:Organization, schema:Organization, "
                      "kg:Entity ; rdfs:label ?label }")
    assert rows == [(Literal('GoTo "Group"'),)]
    aliases = {str(r[0]) for r in query(rdf, "SELECT ?a WHERE { entity:zulhas skos:altLabel ?a }")}
    assert aliases == {"Zulhas", HOSTILE}  # the label itself is not repeated as an alias
    assert {str(r[0]) for r in query(rdf, "SELECT ?a WHERE { entity:goto skos:altLabel ?a }")} \
        == {"GOTO.JK"}
    rows = query(rdf, "SELECT ?m ?role WHERE { entity:zulhas a kg:Person ; kg:mentions ?m ; "
                      "kg:role ?role }")
    assert rows == [(Literal(3), Literal("Menteri Perdagangan"))]
    assert {str(r[0]) for r in query(rdf, "SELECT ?a WHERE { entity:goto kg:mentionedIn ?a }")} \
        == {"urn:kg:article:a1", "urn:kg:article:a2"}
    label = query(rdf, "SELECT ?l WHERE { entity:kemendag rdfs:label ?l }")[0][0]
    assert str(label) == "Kementerian Perdagangan — ñ 中文"


def test_entity_without_attributes(rdf):
    node = URIRef("urn:kg:entity:x%20y%2Fz")
    assert set(rdf.objects(node, RDF.type)) == {KG.Entity}
    assert str(rdf.value(node, URIRef("http://purl.org/dc/terms/identifier"))) == "x y/z"
    assert str(rdf.value(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) == "x y/z"


def test_direct_triples_only_for_asserted_relations(rdf):
    assert rdf.query(PREFIXES + "ASK { entity:goto kg:owns entity:tokopedia }").askAnswer
    assert rdf.query(PREFIXES + "ASK { entity:goto kg:owns entity:goto }").askAnswer  # self-loop
    assert rdf.query(PREFIXES + "ASK { entity:zulhas kg:said entity:kemendag }").askAnswer
    assert rdf.query(PREFIXES + "ASK { ?s kg:relatedTo ?o }").askAnswer is False  # no inference
    for planned_or_negated in ("partners_with", "invests_in"):
        assert not rdf.query(PREFIXES + f"ASK {{ entity:goto kg:{planned_or_negated} "
                                        "entity:tokopedia }").askAnswer
    # a relation name outside the vocabulary becomes a declared property
    assert rdf.query(PREFIXES + "ASK { <urn:kg:entity:x%20y%2Fz> kg:co_owns_ entity:goto . "
                                "kg:co_owns_ a rdf:Property ; rdfs:subPropertyOf kg:relatedTo }"
                     ).askAnswer


def test_reified_relations_keep_parallel_edges_and_their_attributes(rdf):
    rows = query(rdf, """
        SELECT ?p ?modality ?confidence WHERE {
          ?r a kg:Relation, rdf:Statement ; rdf:subject entity:goto ; rdf:object entity:tokopedia ;
             rdf:predicate ?p ; kg:modality ?modality ; kg:confidence ?confidence }""")
    found = {(str(p), str(m), c.toPython()) for p, m, c in rows}
    assert found == {("urn:kg:vocab:owns", "asserted", Decimal("0.973")),
                     ("urn:kg:vocab:partners_with", "planned", Decimal("0.5")),
                     ("urn:kg:vocab:invests_in", "negated", Decimal("1.0"))}
    rows = query(rdf, "SELECT ?stake WHERE { ?r rdf:predicate kg:owns ; rdf:subject entity:goto ; "
                      "rdf:object entity:tokopedia ; kg:stake ?stake }")
    assert rows == [(Literal("75.01%"),)]
    rows = query(rdf, "SELECT ?amount WHERE { ?r rdf:predicate kg:invests_in ; kg:amount ?amount }")
    assert rows == [(Literal("US$1.5 billion"),)]
    rows = query(rdf, "SELECT ?t WHERE { ?r rdf:predicate kg:holds_role ; kg:roleTitle ?t ; "
                      "kg:evidenceCount 0 }")
    assert rows == [(Literal("Menteri"),)]


def test_evidence_of_a_relation(rdf):
    rows = query(rdf, """
        SELECT ?article ?lang ?sentence ?start ?end ?title WHERE {
          ?r rdf:subject entity:goto ; rdf:predicate kg:owns ; rdf:object entity:tokopedia ;
             kg:evidenceCount 2 ; kg:evidence ?e .
          ?e a kg:Evidence ; kg:article ?article ; dcterms:language ?lang ; kg:sentence ?sentence ;
             kg:start ?start ; kg:end ?end .
          ?article a kg:Article ; dcterms:title ?title .
        } ORDER BY ?start""")
    assert [(str(a), str(lang), str(s), st.toPython(), en.toPython()) for a, lang, s, st, en, _
            in rows] == [("urn:kg:article:a1", "en", "GoTo owns\nTokopedia.", 0, 20),
                         ("urn:kg:article:a2", "id", "GoTo memiliki Tokopedia.", 30, 54)]
    assert rows[0][2].language == "en" and rows[1][2].language == "id"
    assert str(rows[0][5]) == HOSTILE and str(rows[1][5]) == "Kemendag larang"
    assert str(rows[0][0]) == "urn:kg:article:a1"
    rel = URIRef("urn:kg:relation:goto/owns/tokopedia")
    assert URIRef(f"{rel}/evidence/1") in set(rdf.objects(rel, KG.evidence))


def test_hostile_strings_round_trip(rdf):
    rows = query(rdf, "SELECT ?q ?eq ?s WHERE { ?r rdf:predicate kg:said ; kg:quote ?q ; "
                      "kg:evidence ?e . ?e kg:quote ?eq ; kg:sentence ?s }")
    assert [tuple(str(x) for x in row) for row in rows] == [(HOSTILE, HOSTILE, HOSTILE)]
    rows = query(rdf, "SELECT ?u ?d WHERE { article:a1 kg:url ?u ; dcterms:issued ?d }")
    assert [tuple(str(x) for x in row) for row in rows] == [
        ("https://news.example/a?x=1&y=<2>", "2024-10-01")]


def test_articles_and_graph(rdf):
    rows = query(rdf, "SELECT ?a ?status WHERE { ?a a kg:Article ; kg:status ?status }")
    assert {(str(a), str(s)) for a, s in rows} == {
        ("urn:kg:article:a1", "ok"), ("urn:kg:article:a2", "ok"),
        ("urn:kg:article:a%203", "duplicate")}
    assert query(rdf, "SELECT ?o WHERE { <urn:kg:article:a%203> kg:duplicateOf ?o }") == [
        (URIRef("urn:kg:article:a1"),)]
    rows = query(rdf, "SELECT ?c ?v WHERE { ?g a kg:Graph ; dcterms:created ?c ; kg:kgVersion ?v }")
    assert rows[0][0].datatype == URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
    assert str(rows[0][1]) == "0.1.0"


def test_every_term_used_is_declared_and_documented(rdf):
    declared = {s for s in vocabulary().subjects() if str(s).startswith(str(KG))}
    used = {t for triple in rdf for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert used - declared == {KG.co_owns_}  # declared in the file itself, not in the vocabulary
    docs = (ROOT / "docs" / "rdf-vocabulary.md").read_text(encoding="utf-8")
    for term in declared:
        name = str(term)[len(str(KG)):]
        assert f"`kg:{name}`" in docs, name


def test_base_option(tmp_path):
    path = tmp_path / "g.ttl"
    write_turtle(make_graph(), path, base="http://example.org/news/")
    R = Graph().parse(path, format="turtle")
    assert (URIRef("http://example.org/news/entity:goto"), KG.owns,
            URIRef("http://example.org/news/entity:tokopedia")) in R
    assert not any(str(t).startswith("urn:kg:entity") for triple in R for t in triple)


@pytest.mark.parametrize("base", ["", "kg", "urn:kg", "urn:kg:<x>:", "http://a b/", 5])
def test_bad_base_is_rejected(base, tmp_path):
    with pytest.raises(ValueError):
        check_base(base)
    with pytest.raises(ValueError):
        write_turtle(make_graph(), tmp_path / "g.ttl", base=base)
    assert not (tmp_path / "g.ttl").exists()


def test_lone_surrogate_becomes_replacement_character(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label="bad\ud800text")
    write_turtle(G, tmp_path / "g.ttl")
    R = Graph().parse(tmp_path / "g.ttl", format="turtle")
    assert Literal("bad\ufffdtext") in set(R.objects(URIRef("urn:kg:entity:a"), None))


def test_documented_queries_run_on_the_sample_corpus(samples_build, tmp_path):
    result, _ = samples_build
    G = result.graph
    path = tmp_path / "graph.ttl"
    write_turtle(G, path)
    R = Graph().parse(path, format="turtle")
    entities = set(R.subjects(RDF.type, KG.Entity))
    assert len(entities) == G.number_of_nodes()
    assert len(set(R.subjects(RDF.type, KG.Relation))) == G.number_of_edges()
    assert len(set(R.subjects(RDF.type, KG.Evidence))) == sum(
        len(d["evidence"]) for *_, d in G.edges(data=True))
    asserted = sum(1 for *_, d in G.edges(data=True) if d["modality"] == "asserted")
    direct = {(s, p, o) for s, p, o in R if s in entities and o in entities}
    assert len(direct) == asserted
    docs = (ROOT / "docs" / "rdf-vocabulary.md").read_text(encoding="utf-8")
    block = re.search(r"```sparql\n(.*?)```", docs, re.DOTALL).group(1)
    prefixes = "".join(line + "\n" for line in block.splitlines() if line.startswith("PREFIX"))
    queries = [q for q in re.split(r"\n(?=# )", block) if "SELECT" in q]
    assert len(queries) == 2
    for text in queries:
        body = "\n".join(line for line in text.splitlines() if not line.startswith("PREFIX"))
        assert list(R.query(prefixes + body)), text


# every C0 control character, DEL, lone surrogates, quotes, backslashes and Turtle's long quotes
CONTROLS = "".join(map(chr, range(0x20))) + "\x7f"
WORST = f'{HOSTILE} {CONTROLS} \ud800 \udfff x\\ "\\"" \\u0041 \\n > <a> @en ^^xsd:string . ;'


def make_hostile_graph():
    """Everything a graph.json-like graph can hold that a Turtle writer must escape or skip."""
    G = nx.MultiDiGraph(
        articles=[{"id": "a/1#x y>", "title": WORST, "lang": "EN-gb", "url": 'http://x/"<>"',
                   "published": "2024-02-30", "status": "", "duplicate_of": 42},
                  {"id": 42, "title": "", "lang": "en-", "status": None},
                  {"id": "\ud800", "title": 7, "lang": "id", "duplicate_of": "a/1#x y>"},
                  {"id": None, "title": "no id"}, "not a record", None,
                  {"id": "", "lang": "x-Klingon-2"}],
        created=datetime.datetime(2025, 1, 2, 3, 4, 5), kg_version=0.1)
    G.add_node("a>b c", label=WORST, type="person", aliases=WORST, languages=["en", None, ""],
               articles=["a/1#x y>", 42, None], roles=("CEO", "", WORST), mentions=10 ** 400)
    G.add_node("x/y#z", label=None, type=5, aliases={"", None, "Same"}, mentions=float("nan"))
    G.add_node("ü-中 😀", label="", type="GPE", aliases=["", "ü-中 😀"], mentions=-3.7)
    G.add_node(0, mentions=True)
    G.add_node(1.5, label="float id", type="LAW", mentions=2 ** 100)
    G.add_node(("t", 1), label="tuple id", type="ORG", mentions="5")
    for odd in ("-dash", ".dot", "end.", "~tilde", "%41", "", "a\ud800b", "a\x00b\nc"):
        G.add_node(odd, label=odd, type="org")
    G.add_edge("a>b c", "x/y#z", key="co-owns!", relation="co-owns!", family=WORST,
               confidence=float("nan"), modality="", quote=WORST, stake=75.01, amount=None,
               title="", evidence={"not": "a list"})
    G.add_edge("a>b c", "a>b c", key="owns", relation="owns", confidence=10 ** 400,
               evidence=[None, "text", 3, {}, {"article": None, "lang": "EN", "sentence": WORST,
                         "start": 2 ** 70, "end": float("inf"), "modality": "asserted",
                         "confidence": 1e-7, "quote": ""},
                         {"article": "a/1#x y>", "lang": "en-", "sentence": "", "start": "3",
                          "end": -0.0, "confidence": True},
                         {"article": 42, "lang": 5, "sentence": "plain", "start": 1.9,
                          "confidence": -0.0, "quote": WORST}])
    G.add_edge(0, 1.5, key=7, relation=None, confidence=1e20, modality="asserted",
               evidence="no list")
    G.add_edge(0, 1.5, key="k /#>", relation=7, confidence=float("-inf"), modality="negated")
    G.add_edge(("t", 1), "", key="", relation="über", confidence=0.1 + 0.2, modality=None,
               evidence=[{"article": "\ud800", "lang": "x-Klingon-2", "sentence": WORST,
                          "start": 0, "end": 0, "confidence": 1}])
    G.add_edge("-dash", "~tilde", key="a\ud800", relation="a\ud800", confidence="0.5",
               modality="planned", evidence=[])
    G.add_edge("%41", "end.", key="said", relation="said", confidence=0.55, modality="asserted",
               quote=HOSTILE, evidence=[{"article": "", "lang": "id", "sentence": HOSTILE}])
    return G


def same_triples(expected, path):
    """Parse ``path`` and compare it with the rdflib graph ``expected``, with a readable diff."""
    found = Graph().parse(path, format="turtle")
    missing, extra = set(expected) - set(found), set(found) - set(expected)
    assert not missing and not extra, (sorted(missing)[:5], sorted(extra)[:5])
    assert isomorphic(expected, found)
    return found


@pytest.mark.parametrize("graph", ["contract", "hostile", "squares", "empty"])
@pytest.mark.parametrize("base", ["urn:kg:", "http://example.org/news/", "urn:x#"])
def test_streamed_file_has_the_triples_of_graph_to_rdf(graph, base, tmp_path):
    G = {"contract": make_graph, "hostile": make_hostile_graph, "squares": lambda: squares(3),
         "empty": nx.MultiDiGraph}[graph]()
    path = tmp_path / "graph.ttl"
    write_turtle(G, path, base=base)
    found = same_triples(graph_to_rdf(G, base=base), path)
    assert len(found) > len(vocabulary())
    assert path.read_text(encoding="utf-8") == graph_to_turtle(G, base=base)
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_hostile_values_are_typed_or_skipped(tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(make_hostile_graph(), path)
    R = Graph().parse(path, format="turtle")
    person = URIRef("urn:kg:entity:a%3Eb%20c")
    assert R.value(person, KG.mentions).toPython() == 10 ** 400
    assert str(R.value(person, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) == \
        WORST.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert R.value(URIRef("urn:kg:entity:x%2Fy%23z"), KG.mentions) is None  # NaN
    assert R.value(URIRef("urn:kg:entity:0"), KG.mentions) is None  # a bool is not a number
    rel = URIRef("urn:kg:relation:a%3Eb%20c/owns/a%3Eb%20c")
    assert R.value(rel, KG.confidence) is None  # too big for a float
    assert R.value(rel, KG.evidenceCount).toPython() == 4  # the dicts only
    second = URIRef(f"{rel}/evidence/2")  # the first dict is empty
    assert R.value(second, KG.start).toPython() == 2 ** 70 and R.value(second, KG.end) is None
    assert R.value(second, KG.confidence).toPython() == Decimal("0.0000001")
    assert R.value(second, KG.sentence).language.lower() == "en"
    assert R.value(URIRef("urn:kg:relation:0/7/1.5"), KG.confidence).toPython() == Decimal(10 ** 20)


def test_write_turtle_streams_into_the_temporary_file(tmp_path):
    """The text is written while the graph is read, not after it has all been converted."""
    seen = []

    class Late(str):
        def __str__(self):  # called when the writer reaches the last edge
            temporary = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
            seen.append(temporary[0].stat().st_size if temporary else None)
            return "late"

    G = squares(200)
    G.add_edge(0, 1, key="said", relation="said", quote=Late("late"))
    write_turtle(G, tmp_path / "graph.ttl")
    assert seen and seen[0] is not None and seen[0] > 100_000
    assert os.listdir(tmp_path) == ["graph.ttl"]


@pytest.mark.parametrize("error", [KeyboardInterrupt, MemoryError])
def test_interrupted_write_keeps_the_old_file(tmp_path, error):
    class Boom(str):
        def __str__(self):
            raise error

    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")
    G = squares(200)
    G.add_edge(0, 1, key="said", relation="said", quote=Boom("x"))
    with pytest.raises(error):
        write_turtle(G, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_knowledge_base_ids_and_wikidata(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("goto", label="GoTo", type="ORG", kb_id="idx:GOTO", wikidata="Q806626")
    G.add_node("bad", label="Bad", type="ORG", kb_id='org:x" ; kg:y "z',
               wikidata="Q1> . <urn:evil:x")
    G.add_node("none", label="None", type="ORG", kb_id="", wikidata="q42")
    path = tmp_path / "graph.ttl"
    write_turtle(G, path)
    R = same_triples(graph_to_rdf(G), path)
    owl_same = URIRef("http://www.w3.org/2002/07/owl#sameAs")
    goto = URIRef("urn:kg:entity:goto")
    assert str(R.value(goto, KG.kbId)) == "idx:GOTO"
    assert list(R.objects(goto, owl_same)) == [URIRef("http://www.wikidata.org/entity/Q806626")]
    # a text is kept as a literal, whatever it holds; a Q-ID that is not one gives no IRI
    bad, none = URIRef("urn:kg:entity:bad"), URIRef("urn:kg:entity:none")
    assert str(R.value(bad, KG.kbId)) == 'org:x" ; kg:y "z'
    assert list(R.objects(bad, owl_same)) == [] == list(R.objects(none, owl_same))
    assert R.value(none, KG.kbId) is None
    assert not any(str(t).startswith("urn:evil") for triple in R for t in triple)
    rows = query(R, "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                    "SELECT ?e WHERE { ?e owl:sameAs <http://www.wikidata.org/entity/Q806626> }")
    assert rows == [(goto,)]
