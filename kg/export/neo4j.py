"""Neo4j import files: CSV for ``neo4j-admin database import`` and a ``LOAD CSV`` script.

One folder holds:

- ``nodes.csv``: one row per entity. Header ``id:ID,name,type,:LABEL,
  aliases:string[],languages:string[],articles:string[],roles:string[],
  mentions:int,kb_id,wikidata`` (the last two empty for entities not linked to kg's
  knowledge base). Every node has the label ``Entity`` plus one for its type:
  ``Person``, ``Organization``, ``Place`` or ``Law`` (``Entity;Organization``).
- ``relationships_<TYPE>.csv``: one file per relationship type, the relation
  upper-cased (``owns`` -> ``OWNS``, ``holds_role`` -> ``HOLDS_ROLE``).
  Header ``:START_ID,:END_ID,:TYPE,relation,family,confidence:double,modality,
  quote,stake,amount,title,evidence_count:int,articles:string[],evidence``.
  ``evidence`` is the edge's evidence list as a JSON string. Cypher cannot
  take a relationship type from a parameter without APOC, hence one file, and
  one ``LOAD CSV``, per type.
- ``import.cypher``: constraints, indexes and one ``LOAD CSV`` per file, with
  the commands for both routes in its header comment.

The CSV follows RFC 4180, which is what both readers expect by default:
comma-separated, fields holding a comma, quote or line break are quoted with
``"`` and an inner ``"`` is doubled; a missing value is an empty field, which
both readers treat as "no property". Sentences and quotes may span lines, so
``neo4j-admin`` needs ``--multiline-fields=true``. Arrays are joined with
``;`` (``ARRAY_DELIMITER``, ``neo4j-admin``'s default ``--array-delimiter``;
the script uses ``split(..., ';')``); a ``;`` inside an item is written as
``；`` (U+FF1B, fullwidth semicolon) so that the item stays whole. Inside the
evidence JSON, quotes and backslashes are written as ``\\u0022`` and
``\\u005c``, so no backslash ever stands before a quote: ``LOAD CSV`` by
default (``dbms.import.csv.legacy_quote_escaping=true``) reads ``\\"`` as an
escaped quote. ``confidence`` is a ``double`` rather than a ``float``, which
``neo4j-admin`` stores in 32 bits (0.973 would come back as 0.97299999...).

These CSV files may also be opened in a spreadsheet, so no text cell or array
item starts a formula: one that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return (or with ``'``) gets a ``'`` in front, which Neo4j then
stores as part of the value (:func:`kg.export._text.restore` takes it off).
Rows end with CRLF, so that a carriage return inside a field is quoted too.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx

from kg.export._atomic import atomic_write_bytes
from kg.export._text import defuse
from kg.graph.schema import number

ARRAY_DELIMITER = ";"
#: What a ``;`` inside an array item is written as.
ARRAY_DELIMITER_STANDIN = "\uff1b"
NODE_FILE = "nodes.csv"
SCRIPT_FILE = "import.cypher"
#: Extra label of every node, per entity type.
TYPE_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LAW": "Law"}
BASE_LABEL = "Entity"
NODE_HEADER = ("id:ID", "name", "type", ":LABEL", "aliases:string[]", "languages:string[]",
               "articles:string[]", "roles:string[]", "mentions:int", "kb_id", "wikidata")
RELATIONSHIP_HEADER = (":START_ID", ":END_ID", ":TYPE", "relation", "family",
                       "confidence:double", "modality", "quote", "stake", "amount", "title",
                       "evidence_count:int", "articles:string[]", "evidence")
_JSON_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def relationship_type(relation) -> str:
    """The Neo4j relationship type of a relation: upper case, ``[A-Z0-9_]`` only.

    Examples
    --------
    >>> relationship_type("owns"), relationship_type("acquires_stake")
    ('OWNS', 'ACQUIRES_STAKE')
    >>> relationship_type("co-owns!"), relationship_type("3x"), relationship_type(None)
    ('CO_OWNS', 'R_3X', 'RELATED_TO')
    """
    name = re.sub(r"[^A-Z0-9]+", "_", str(relation or "").upper()).strip("_")
    if not name:
        return "RELATED_TO"
    return "R_" + name if name[0].isdigit() else name


def relationship_file(rel_type: str) -> str:
    """File name of the relationships of one type.

    Examples
    --------
    >>> relationship_file("OWNS")
    'relationships_OWNS.csv'
    """
    return f"relationships_{rel_type}.csv"


def nodes_csv(G: nx.MultiDiGraph) -> str:
    """CSV text of ``nodes.csv``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("goto", label="GoTo", type="ORG", aliases=["GoTo", "GOTO.JK"], mentions=4)
    >>> print(nodes_csv(G).splitlines()[1])
    goto,GoTo,ORG,Entity;Organization,GoTo;GOTO.JK,,,,4,,
    """
    rows = []
    for node, attrs in G.nodes(data=True):
        kind = _text(attrs.get("type"))
        labels = [BASE_LABEL] + ([TYPE_LABELS[kind.upper()]] if kind.upper() in TYPE_LABELS else [])
        rows.append([_text(node), _text(attrs.get("label", node)), kind,
                     ARRAY_DELIMITER.join(labels),
                     _array(attrs.get("aliases")), _array(attrs.get("languages")),
                     _array(attrs.get("articles")), _array(attrs.get("roles")),
                     _int(attrs.get("mentions")), _text(attrs.get("kb_id")),
                     _text(attrs.get("wikidata"))])
    return _table(NODE_HEADER, rows)


def relationships_csv(G: nx.MultiDiGraph) -> dict[str, str]:
    """CSV text of each relationship file, by relationship type (sorted).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("goto", "tokopedia", key="owns", relation="owns", confidence=0.5,
    ...                evidence=[{"article": "a1", "sentence": 'He said "yes".'}])
    >>> row = relationships_csv(G)["OWNS"].splitlines()[1]
    >>> row.split(',"[')[0]
    'goto,tokopedia,OWNS,owns,,0.5,,,,,,1,a1'
    >>> print('"[' + row.split(',"[')[1])
    "[{""article"": ""a1"", ""sentence"": ""He said \\u0022yes\\u0022.""}]"
    """
    rows: dict[str, list] = {}
    for u, v, key, attrs in G.edges(keys=True, data=True):
        relation = attrs.get("relation", key)
        rel_type = relationship_type(relation)
        evidence = attrs.get("evidence")
        evidence = evidence if isinstance(evidence, list) else []
        articles = list(dict.fromkeys(item["article"] for item in evidence if isinstance(item, dict)
                                      and item.get("article") is not None))
        rows.setdefault(rel_type, []).append([
            _text(u), _text(v), rel_type, _text(relation), _text(attrs.get("family")),
            _float(attrs.get("confidence")), _text(attrs.get("modality")),
            _text(attrs.get("quote")), _text(attrs.get("stake")), _text(attrs.get("amount")),
            _text(attrs.get("title")), str(len(evidence)), _array(articles),
            _json(evidence) if evidence else ""])
    return {rel_type: _table(RELATIONSHIP_HEADER, rows[rel_type]) for rel_type in sorted(rows)}


def cypher_script(rel_types) -> str:
    """Text of ``import.cypher`` for the relationship types ``rel_types``.

    The script creates a uniqueness constraint on ``Entity.id`` and indexes on
    ``name`` and ``type``, then loads ``nodes.csv`` (``MERGE`` by id, type
    labels set without APOC) and each relationship file (``CREATE``). Its
    header comment gives the ``neo4j-admin`` and ``cypher-shell`` commands.

    Examples
    --------
    >>> script = cypher_script(["OWNS", "SAID"])
    >>> re.findall(r"FROM '(file:///[^']+)'", script)
    ['file:///nodes.csv', 'file:///relationships_OWNS.csv', 'file:///relationships_SAID.csv']
    """
    rel_types = list(rel_types)
    files = [NODE_FILE] + [relationship_file(t) for t in rel_types]
    admin = ["//   bin/neo4j-admin database import full neo4j --overwrite-destination \\",
             f"//       --multiline-fields=true --nodes=import/{NODE_FILE}"
             + (" \\" if rel_types else "")]
    admin += [f"//       --relationships=import/{relationship_file(t)}"
              + (" \\" if i < len(rel_types) - 1 else "") for i, t in enumerate(rel_types)]
    lines = [
        "// Neo4j import of a kg knowledge graph, written by `kg export --format neo4j`.",
        "//",
        f"// Files: {NODE_FILE}, {len(rel_types)} relationship file(s) "
        f"(relationships_<TYPE>.csv) and this script.",
        "// CSV: RFC 4180 (',' between fields, '\"' around fields holding ',', '\"' or a",
        "// line break, '\"\"' for a quote inside one); arrays joined with ';' (a ';' inside",
        "// an item is written as the fullwidth U+FF1B); an empty field is no property.",
        "//",
        "// 1. Copy the CSV files (not their folder) into the import directory of Neo4j:",
        f"//   cp {' '.join(files)} <NEO4J_HOME>/import/",
        "//",
        "// 2a. Either bulk-import them into a new, empty database (Neo4j 5; the database",
        "//     must be stopped), then start Neo4j and run only section A of this script:",
        *admin,
        "//     (Neo4j 4.4: bin/neo4j-admin import --database=neo4j with the same options.)",
        "//     Delimiter ',', array delimiter ';' and quote '\"' are neo4j-admin's defaults.",
        "//",
        "// 2b. Or load them into a running database with this whole script (no APOC needed):",
        f"//   bin/cypher-shell -u neo4j -p <password> -f {SCRIPT_FILE}",
        "//     Run it once: nodes are MERGEd by id, but relationships are CREATEd, so a",
        "//     second run would duplicate them. Text holding a backslash before a quote",
        "//     needs dbms.import.csv.legacy_quote_escaping=false in neo4j.conf.",
        "",
        "// A. Constraints and indexes",
        f"CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:{BASE_LABEL}) "
        "REQUIRE n.id IS UNIQUE;",
        f"CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:{BASE_LABEL}) ON (n.name);",
        f"CREATE INDEX kg_entity_type IF NOT EXISTS FOR (n:{BASE_LABEL}) ON (n.type);",
        "",
        "// B. Entities",
        f"LOAD CSV WITH HEADERS FROM 'file:///{NODE_FILE}' AS row",
        f"MERGE (n:{BASE_LABEL} {{id: row.`id:ID`}})",
        _set_clause("n", NODE_HEADER),
    ]
    lines += [f"FOREACH (ignored IN CASE WHEN '{label}' IN "
              f"split(row.`:LABEL`, '{ARRAY_DELIMITER}') THEN [1] ELSE [] END | SET n:{label})"
              for label in TYPE_LABELS.values()]
    lines[-1] += ";"
    lines += ["", "// C. Relations, one LOAD CSV per relationship type"]
    for rel_type in rel_types:
        lines += [
            f"LOAD CSV WITH HEADERS FROM 'file:///{relationship_file(rel_type)}' AS row",
            f"MATCH (s:{BASE_LABEL} {{id: row.`:START_ID`}})",
            f"MATCH (t:{BASE_LABEL} {{id: row.`:END_ID`}})",
            f"CREATE (s)-[r:`{rel_type}`]->(t)",
            _set_clause("r", RELATIONSHIP_HEADER) + ";",
            "",
        ]
    return "\n".join(lines).rstrip("\n") + "\n"


def write_neo4j(G: nx.MultiDiGraph, folder) -> list[Path]:
    """Write ``nodes.csv``, the relationship files and ``import.cypher`` into ``folder``.

    Each file is written atomically; the folder must exist. Files of an earlier
    export that this graph does not need are left alone (the script does not
    name them).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract; it is not modified.
    folder : str or os.PathLike
        The output folder.

    Returns
    -------
    list of pathlib.Path
        The files written: nodes, relationships by type, then the script.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="owns", relation="owns")
    >>> _ = G.add_edge("a", "b", key="said", relation="said")
    >>> [p.name for p in write_neo4j(G, tempfile.mkdtemp())]
    ['nodes.csv', 'relationships_OWNS.csv', 'relationships_SAID.csv', 'import.cypher']
    """
    folder = Path(folder)
    tables = {NODE_FILE: nodes_csv(G)}
    relationships = relationships_csv(G)
    tables.update((relationship_file(t), text) for t, text in relationships.items())
    tables[SCRIPT_FILE] = cypher_script(relationships)
    written = []
    for name, text in tables.items():
        atomic_write_bytes(folder / name, text.encode("utf-8", "replace"))
        written.append(folder / name)
    return written


def split_array(cell: str) -> list[str]:
    """An array cell back as a list, as Neo4j splits it (empty cell: no items).

    Examples
    --------
    >>> split_array("GoTo;GOTO.JK"), split_array("")
    (['GoTo', 'GOTO.JK'], [])
    """
    return cell.split(ARRAY_DELIMITER) if cell else []


def _set_clause(var, header):
    """``SET`` of every property column of ``header``, typed like neo4j-admin types it."""
    parts = []
    for column in header:
        name, _, kind = column.partition(":")
        if not name or kind == "ID":
            continue
        value = f"row.`{column}`"
        if kind == "int":
            value = f"toInteger({value})"
        elif kind == "double":
            value = f"toFloat({value})"
        elif kind == "string[]":
            value = f"split({value}, '{ARRAY_DELIMITER}')"
        parts.append(f"{var}.{name} = {value}")
    return "SET " + ",\n    ".join(parts)


def _table(header, rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _text(value) -> str:
    """A text cell that starts no formula; None is empty."""
    return "" if value is None else defuse(str(value))


def _array(values) -> str:
    """An array cell: items joined with ``;``, a ``;`` inside an item replaced, empty items
    dropped, each item defused.

    Examples
    --------
    >>> _array(["a;b", "", "c"]), _array("solo"), _array(None), _array(["x", "@y"])
    ('a\\uff1bb;c', 'solo', '', "x;'@y")
    """
    if values is None:
        return ""
    if not isinstance(values, (list, tuple, set)):
        values = [values]
    items = (defuse(str(v).replace(ARRAY_DELIMITER, ARRAY_DELIMITER_STANDIN)) for v in values
             if v is not None)
    return ARRAY_DELIMITER.join(item for item in items if item)


def _int(value) -> str:
    found = number(value)
    return "" if found is None else str(int(found))


def _float(value) -> str:
    found = number(value)
    return "" if found is None else repr(found)


def _json(value) -> str:
    """JSON text in which no backslash stands before a quote.

    JSON's ``\\"`` and ``\\\\`` escapes become ``\\u0022`` and ``\\u005c``.

    Examples
    --------
    >>> text = _json({"q": 'a "b" c\\\\'})
    >>> '\\\\"' in text, json.loads(text)
    (False, {'q': 'a "b" c\\\\'})
    """
    text = json.dumps(value, ensure_ascii=False, default=str)
    return _JSON_ESCAPE.sub(lambda m: {'"': "\\u0022", "\\": "\\u005c"}.get(m.group(1), m.group(0)),
                            text)
