"""The graph.json contract in code (kg.graph.schema) is the one the builder writes, the
exporters read and docs/graph-contract.md describes."""

import re
from pathlib import Path

import pytest

from kg.export import neo4j
from kg.export.csv import EDGE_COLUMNS, NODE_COLUMNS
from kg.export.json import graph_to_data
from kg.export.rdf import MEANINGS
from kg.graph import schema
from kg.ingest.article import STATUSES

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "docs" / "graph-contract.md"


def tables():
    """Heading -> {field: type cell} of each table of docs/graph-contract.md."""
    found, heading = {}, None
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
        match = re.match(r"\| `(\w+)` \| ([^|]*) \|", line)
        if match and heading:
            found.setdefault(heading, {})[match.group(1)] = match.group(2).strip()
    return found


@pytest.mark.parametrize("heading, fields", [
    ("Graph attributes", ["articles", *schema.GRAPH_FIELDS]),
    ("Nodes", ["id", *schema.NODE_FIELDS]),
    ("Edges", ["source", "target", "key", "evidence", *schema.EDGE_FIELDS]),
    ("Evidence", list(schema.EVIDENCE_FIELDS)),
    ("Article records", list(schema.ARTICLE_FIELDS)),
])
def test_the_contract_page_lists_the_fields_of_the_schema(heading, fields):
    assert sorted(tables()[heading]) == sorted(fields)


@pytest.mark.parametrize("heading, field, values", [
    ("Nodes", "type", schema.ENTITY_TYPES), ("Edges", "family", schema.FAMILIES),
    ("Edges", "modality", schema.MODALITIES), ("Evidence", "modality", schema.MODALITIES),
    ("Article records", "status", STATUSES),
])
def test_the_contract_page_lists_the_values_of_the_schema(heading, field, values):
    assert re.findall(r"`(\w+)`", tables()[heading][field]) == list(values)


def test_the_contract_page_lists_the_relations_of_the_schema():
    row = next(line for line in CONTRACT.read_text(encoding="utf-8").splitlines()
               if line.startswith("| `relation` |"))
    assert re.findall(r"`(\w+)`", row.split("|")[3]) == list(schema.RELATIONS)


def test_every_relation_has_a_family_and_a_meaning():
    assert set(schema.RELATIONS.values()) == set(schema.FAMILIES)
    assert list(MEANINGS) == list(schema.RELATIONS)


def test_the_built_graph_keeps_to_the_schema(samples_build):
    data = graph_to_data(samples_build[0].graph)
    schema.check_graph_data(data, version=data["graph"]["kg_version"])
    assert set(data["graph"]) == {"articles", *schema.GRAPH_FIELDS}
    node_keys = {k for n in data["nodes"] for k in n}
    # wikidata is written only for linked entities with a confirmed ID
    assert {"id", *schema.NODE_FIELDS} - {"wikidata"} <= node_keys <= {"id", *schema.NODE_FIELDS}
    edge_keys = {k for e in data["edges"] for k in e}
    assert {"source", "target", "key", "evidence"} <= edge_keys
    assert edge_keys - {"source", "target", "key", "evidence"} <= set(schema.EDGE_FIELDS)
    evidence_keys = {k for e in data["edges"] for item in e["evidence"] for k in item}
    assert evidence_keys <= set(schema.EVIDENCE_FIELDS)
    assert {k for a in data["graph"]["articles"] for k in a} <= set(schema.ARTICLE_FIELDS)
    relations = {(e["relation"], e["family"]) for e in data["edges"]}
    assert relations <= set(schema.RELATIONS.items())


def test_the_tables_export_every_field():
    assert NODE_COLUMNS == ("id", *schema.NODE_FIELDS)
    assert set(schema.EDGE_FIELDS) <= set(EDGE_COLUMNS)
    node_props = {c.split(":")[0] for c in neo4j.NODE_HEADER} | {"label"}  # label -> name
    assert set(schema.NODE_FIELDS) <= node_props
    assert set(schema.EDGE_FIELDS) <= {c.split(":")[0] for c in neo4j.RELATIONSHIP_HEADER}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_cue_data_names_relations_of_the_schema(lang):
    from kg.lang import get_lang_data

    cues = get_lang_data(lang).relations.relation_cues
    assert {(c["relation"], c["family"]) for c in cues} <= set(schema.RELATIONS.items())
