"""Tests of the Neo4j export: the CSV files neo4j-admin needs and the LOAD CSV script."""

import csv
import json
import re

import networkx as nx
import pytest

from kg.export.neo4j import (
    ARRAY_DELIMITER_STANDIN,
    NODE_HEADER,
    RELATIONSHIP_HEADER,
    relationship_type,
    split_array,
    write_neo4j,
)

from .helpers import (
    HOSTILE,
    add_people_and_companies,
    add_quote,
    add_stake_and_partnership,
    goto_owns_evidence,
)


def make_graph():
    """A small contract graph: parallel edges, a self-loop, hostile text, missing attributes."""
    G = nx.MultiDiGraph(articles=[{"id": "a1", "title": "t", "lang": "en", "status": "ok"}])
    add_people_and_companies(G, HOSTILE,
                             goto={"label": 'GoTo, "Group"', "articles": ["a1", "a2"]})
    G.add_node("permendag-31-2023", label="Permendag 31/2023 — ñ 中文", type="LAW")
    G.add_node("x y/z")  # no attributes at all
    add_stake_and_partnership(G, goto_owns_evidence(
        {"article": "a2", "lang": "id", "sentence": HOSTILE, "start": 5, "end": 9}))
    G.add_edge("goto", "goto", key="owns", relation="owns", family="ownership", confidence=1)
    add_quote(G, "tokopedia", HOSTILE)
    G.add_edge("zulhas", "x y/z", key="holds_role", relation="holds_role", family="role",
               title="Menteri, Perdagangan")
    return G


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        return header, [dict(zip(header, row)) for row in reader]


@pytest.fixture
def exported(tmp_path):
    G = make_graph()
    written = write_neo4j(G, tmp_path)
    return G, tmp_path, written


def test_files_written(exported):
    _, folder, written = exported
    assert [p.name for p in written] == [
        "nodes.csv", "relationships_HOLDS_ROLE.csv", "relationships_OWNS.csv",
        "relationships_PARTNERS_WITH.csv", "relationships_SAID.csv", "import.cypher"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)


def test_headers_have_what_neo4j_admin_needs(exported):
    _, folder, written = exported
    header, _ = read_rows(folder / "nodes.csv")
    assert tuple(header) == NODE_HEADER
    assert "id:ID" in header and ":LABEL" in header and "mentions:int" in header
    assert "aliases:string[]" in header
    for path in written[1:-1]:
        header, _ = read_rows(path)
        assert tuple(header) == RELATIONSHIP_HEADER
        assert {":START_ID", ":END_ID", ":TYPE", "confidence:double",
                "evidence_count:int"} <= set(header)


def test_nodes_labels_and_arrays(exported):
    G, folder, _ = exported
    _, rows = read_rows(folder / "nodes.csv")
    by_id = {row["id:ID"]: row for row in rows}
    assert set(by_id) == set(G.nodes)
    assert by_id["goto"][":LABEL"] == "Entity;Organization"
    assert by_id["zulhas"][":LABEL"] == "Entity;Person"
    assert by_id["permendag-31-2023"][":LABEL"] == "Entity;Law"
    assert by_id["x y/z"][":LABEL"] == "Entity"
    assert by_id["goto"]["name"] == 'GoTo, "Group"'
    for node, attrs in G.nodes(data=True):
        row = by_id[node]
        for name in ("aliases", "languages", "articles", "roles"):
            expected = [a.replace(";", ARRAY_DELIMITER_STANDIN) for a in attrs.get(name, [])]
            assert split_array(row[f"{name}:string[]"]) == expected, (node, name)
        assert row["mentions:int"] == (str(attrs["mentions"]) if "mentions" in attrs else "")
    assert split_array(by_id["goto"]["aliases:string[]"])[2] == "Go\uff1bTo"
    assert split_array(by_id["zulhas"]["aliases:string[]"])[1] == HOSTILE.replace(";", "\uff1b")
    assert by_id["x y/z"]["name"] == "x y/z" and by_id["x y/z"]["type"] == ""


def test_relationships_point_at_nodes_and_keep_everything(exported):
    G, folder, written = exported
    _, node_rows = read_rows(folder / "nodes.csv")
    ids = {row["id:ID"] for row in node_rows}
    seen = []
    for path in written[1:-1]:
        rel_type = re.fullmatch(r"relationships_(\w+)\.csv", path.name).group(1)
        _, rows = read_rows(path)
        assert rows
        for row in rows:
            assert row[":START_ID"] in ids and row[":END_ID"] in ids
            assert row[":TYPE"] == rel_type == row["relation"].upper()
            seen.append((row[":START_ID"], row[":END_ID"], row["relation"]))
            original = G.edges[row[":START_ID"], row[":END_ID"], row["relation"]]
            evidence = original.get("evidence", [])
            assert int(row["evidence_count:int"]) == len(evidence)
            assert (json.loads(row["evidence"]) if row["evidence"] else []) == evidence
            if "confidence" in original:
                assert float(row["confidence:double"]) == original["confidence"]
            else:
                assert row["confidence:double"] == ""
            assert row["quote"] == original.get("quote", "")
            assert row["title"] == original.get("title", "")
            assert split_array(row["articles:string[]"]) == \
                list(dict.fromkeys(e["article"] for e in evidence))
    assert sorted(seen) == sorted(G.edges(keys=True))  # parallel edges and the self-loop
    assert ("goto", "goto", "owns") in seen


def test_no_backslash_before_a_quote_in_any_csv(exported):
    _, folder, written = exported
    for path in written:
        if path.suffix == ".csv" and path.name != "nodes.csv":
            for row in read_rows(path)[1]:
                assert '\\"' not in row["evidence"]


def test_multiline_and_quoted_fields_are_rfc4180(exported):
    _, folder, _ = exported
    text = (folder / "relationships_SAID.csv").read_text(encoding="utf-8")
    assert '"He said ""no"";\n<script>' in text  # quoted, inner quotes doubled, line kept
    _, rows = read_rows(folder / "relationships_SAID.csv")
    assert rows[0]["quote"] == HOSTILE


def test_cypher_script_references_exactly_the_files_written(exported):
    _, folder, written = exported
    script = (folder / "import.cypher").read_text(encoding="utf-8")
    csv_names = {p.name for p in written if p.suffix == ".csv"}
    assert set(re.findall(r"LOAD CSV WITH HEADERS FROM 'file:///([^']+)'", script)) == csv_names
    assert set(re.findall(r"--(?:nodes|relationships)=import/(\S+\.csv)", script)) == csv_names
    copied = re.search(r"//   cp (.*) <NEO4J_HOME>/import/", script).group(1).split()
    assert set(copied) == csv_names
    assert "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;" \
        in script
    for name in csv_names - {"nodes.csv"}:
        rel_type = name[len("relationships_"):-len(".csv")]
        block = script.split(f"'file:///{name}' AS row", 1)[1].split(";", 1)[0]
        assert f"CREATE (s)-[r:`{rel_type}`]->(t)" in block
    statements = "\n".join(line for line in script.splitlines() if not line.startswith("//"))
    assert "apoc" not in statements.lower() and "CALL" not in statements
    # every column the script reads exists in its file's header
    for column in re.findall(r"row\.`([^`]+)`", script):
        assert column in NODE_HEADER or column in RELATIONSHIP_HEADER
    assert script.count(";\n") >= len(csv_names) + 3  # constraints + one statement per file


def test_relationship_type_names():
    assert relationship_type("holds_role") == "HOLDS_ROLE"
    assert relationship_type("<script>") == "SCRIPT"


def test_empty_graph(tmp_path):
    written = write_neo4j(nx.MultiDiGraph(), tmp_path)
    assert [p.name for p in written] == ["nodes.csv", "import.cypher"]
    assert read_rows(tmp_path / "nodes.csv") == (list(NODE_HEADER), [])


def test_sample_corpus(samples_build, tmp_path):
    result, _ = samples_build
    G = result.graph
    written = write_neo4j(G, tmp_path)
    _, node_rows = read_rows(tmp_path / "nodes.csv")
    ids = {row["id:ID"] for row in node_rows}
    assert len(node_rows) == G.number_of_nodes() == len(ids)
    edges = 0
    for path in written[1:-1]:
        for row in read_rows(path)[1]:
            assert row[":START_ID"] in ids and row[":END_ID"] in ids
            assert json.loads(row["evidence"]) == G.edges[row[":START_ID"], row[":END_ID"],
                                                          row["relation"]]["evidence"]
            edges += 1
    assert edges == G.number_of_edges()
    labels = {row[":LABEL"] for row in node_rows}
    assert labels <= {"Entity;Person", "Entity;Organization", "Entity;Place", "Entity;Law"}


def test_no_cell_starts_a_formula(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("goto", label='=HYPERLINK("http://evil.example","x")', type="ORG",
               aliases=["GoTo", "@Bukalapak"], roles=["+cmd|' /C calc'!A0"])
    G.add_node("-tokopedia", label="Tokopedia", type="ORG")
    G.add_edge("goto", "-tokopedia", key="said", relation="said", family="statement",
               quote="=1+1", evidence=[{"article": "@a1", "sentence": "-2+3"}])
    write_neo4j(G, tmp_path)
    cells = []
    for path in tmp_path.glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            cells += [cell for row in csv.reader(fh) for cell in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    items = [item for c in cells for item in split_array(c)]
    assert "'@Bukalapak" in items and "'@a1" in items and "'-tokopedia" in cells
