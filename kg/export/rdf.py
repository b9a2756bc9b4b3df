"""graph.ttl: the graph as RDF Turtle, in a small vocabulary (``docs/rdf-vocabulary.md``).

Each entity is a ``kg:Entity`` and one of ``kg:Person``, ``kg:Organization``,
``kg:Place``, ``kg:Law`` (also typed with the schema.org class), with
``rdfs:label`` and ``skos:altLabel`` for its aliases, ``kg:kbId`` for its
knowledge-base ID and ``owl:sameAs`` its Wikidata item. Each edge gives

- a direct triple ``entity kg:<relation> entity`` (``kg:owns``, ``kg:said``,
  ...), only when its modality is ``asserted``: a planned or negated relation
  is not a fact;
- a ``kg:Relation`` node, also an ``rdf:Statement`` (``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``), carrying confidence, modality, quote,
  stake, amount, title and its ``kg:Evidence`` nodes (article, language,
  sentence, start, end).

Articles are ``kg:Article`` nodes with ``dcterms:title`` and
``dcterms:language``. The vocabulary lives in the fixed namespace
``urn:kg:vocab:`` (prefix ``kg:``) and is declared in the file itself; the
data IRIs start with a base, ``urn:kg:`` unless given, so that no IRI points
at a real host: ``<base>entity:goto``, ``<base>article:en_01``,
``<base>relation:goto/owns/tokopedia``, ``.../evidence/1``; ids are
percent-encoded.

:func:`write_turtle` (``kg export --format turtle``) streams: it writes the
Turtle text of :func:`turtle_chunks` one subject at a time, with the terms
escaped by hand, so memory does not grow with the graph.
:func:`graph_to_rdf` is the Python API for the same triples as an
``rdflib.Graph``, in memory (and slower: rdflib makes an object per term).
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import re
from decimal import Decimal
from urllib.parse import quote

import networkx as nx
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef, namespace as _ns
from rdflib.namespace import DCTERMS

from kg.export import _turtle as ttl
from kg.export._atomic import atomic_open
from kg.graph.schema import RELATIONS as SCHEMA_RELATIONS
from kg.kb.base import is_wikidata_id

DEFAULT_BASE = "urn:kg:"
KG = Namespace("urn:kg:vocab:")
SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

#: Entity type -> (kg class, schema.org class).
ENTITY_CLASSES = {"PERSON": ("Person", "Person"), "ORG": ("Organization", "Organization"),
                  "GPE": ("Place", "Place"), "LAW": ("Law", "Legislation")}

#: kg classes and what they are.
CLASSES = {
    "Entity": "A person, organisation, place or law named in the articles: one canonical "
              "entity of the graph.",
    "Person": "An entity of type PERSON.",
    "Organization": "An entity of type ORG: a company, ministry, agency or association.",
    "Place": "An entity of type GPE: a country, city, region or other place.",
    "Law": "An entity of type LAW: a law or regulation.",
    "Relation": "One edge of the graph (source, relation, target), reified; also an "
                "rdf:Statement.",
    "Evidence": "One sentence of one article that supports a relation.",
    "Article": "One input article, whatever its status.",
    "Graph": "The exported graph itself.",
}

#: kg properties other than the relations, and what they hold.
PROPERTIES = {
    "entityType": "The entity's type as in graph.json: PERSON, ORG, GPE or LAW.",
    "mentions": "How many times the entity is mentioned (xsd:integer).",
    "language": "A language (ISO 639-1) of the articles the entity is mentioned in.",
    "mentionedIn": "An article the entity is mentioned in.",
    "role": "A title seen before the person's name (\"CEO TikTok\").",
    "kbId": "The ID of the knowledge-base entry (kg.kb) the entity is linked to "
            "(\"idx:GOTO\").",
    "relation": "The relation's name as in graph.json (\"owns\", \"holds_role\").",
    "family": "The relation's family: ownership, regulation, statement, role, partnership "
              "or competition (on a kg:Relation, and on each relation property).",
    "confidence": "Confidence from 0 to 1 (xsd:decimal).",
    "modality": "asserted, planned or negated.",
    "quote": "The quoted words of a statement.",
    "stake": "The ownership share, as written (\"75.01%\").",
    "amount": "The amount of an investment, as written (\"US$1.5 billion\").",
    "roleTitle": "The title of a role relation (\"chief executive\").",
    "evidence": "A piece of evidence of the relation (a kg:Evidence).",
    "evidenceCount": "How many pieces of evidence the relation has (xsd:integer).",
    "article": "The article a piece of evidence comes from (a kg:Article).",
    "sentence": "The evidence sentence, tagged with its language.",
    "start": "Character offset where the sentence starts in the article's cleaned text, "
             "title first (xsd:integer).",
    "end": "Character offset where the sentence ends (xsd:integer).",
    "url": "The article's URL, as given (a string, not an IRI).",
    "status": "The article's build status: ok, duplicate, unsupported, too_short or error.",
    "duplicateOf": "The article this one duplicates.",
    "kgVersion": "The version of kg that built the graph.",
    "relatedTo": "Super-property of every relation property.",
}

#: What each relation property means; its family comes from :data:`kg.graph.schema.RELATIONS`.
MEANINGS = {
    "owns": "The source owns the target.",
    "controls": "The source controls the target.",
    "acquires_stake": "The source acquires a stake in the target.",
    "invests_in": "The source invests in the target.",
    "merges_with": "The source merges with the target.",
    "bans": "The source bans the target.",
    "regulates": "The source regulates the target.",
    "issues": "The source issues the target (a law).",
    "approves": "The source approves the target.",
    "requires": "The source (often a law) imposes a requirement on the target.",
    "assigns": "The source assigns a task to the target.",
    "said": "The source said something about the target.",
    "criticized": "The source criticised the target.",
    "holds_role": "The source (a person) holds a role at the target.",
    "partners_with": "The source partners with the target (symmetric).",
    "competes_with": "The source competes with the target (symmetric).",
}
#: Relation properties: relation -> (family, meaning).
RELATIONS = {name: (SCHEMA_RELATIONS[name], meaning) for name, meaning in MEANINGS.items()}

_CACHE_SIZE = 4096  # Turtle names of entities and articles kept while writing
_LANG_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\ud800-\udfff]*[:/#]")


def check_base(base: str) -> str:
    """``base`` if it can start the data IRIs, else ValueError.

    It must be an absolute IRI (a scheme, then ``:``) without spaces, control
    characters or any of ``< > " { } | \\ ^`` and the backtick, and end with
    ``:``, ``/`` or ``#``, since names are appended to it.

    Examples
    --------
    >>> check_base("urn:kg:"), check_base("http://example.org/news/")
    ('urn:kg:', 'http://example.org/news/')
    >>> check_base("kg")
    Traceback (most recent call last):
    ...
    ValueError: not a base IRI ending with ':', '/' or '#': 'kg'
    >>> check_base("urn:\\ud800:")  # a lone surrogate cannot be written as UTF-8
    Traceback (most recent call last):
    ...
    ValueError: not a base IRI ending with ':', '/' or '#': 'urn:\\ud800:'
    """
    if not isinstance(base, str) or not _BASE.fullmatch(base):
        raise ValueError(f"not a base IRI ending with ':', '/' or '#': {base!r}")
    return base


def relation_property(relation) -> URIRef:
    """The kg property of a relation name (characters outside ``[A-Za-z0-9_]`` become ``_``).

    Examples
    --------
    >>> relation_property("owns"), relation_property("co-owns")
    (rdflib.term.URIRef('urn:kg:vocab:owns'), rdflib.term.URIRef('urn:kg:vocab:co_owns'))
    """
    return KG[_property_name(relation)]


def _property_name(relation) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", str(relation or ""))
    return name if name and name[0].isalpha() else "r_" + name


def vocabulary() -> Graph:
    """The vocabulary's own triples: classes, properties, labels and comments.

    Examples
    --------
    >>> V = vocabulary()
    >>> (KG.Person, RDFS.subClassOf, KG.Entity) in V
    True
    >>> str(V.value(KG.owns, RDFS.comment))
    'The source owns the target.'
    """
    V = Graph()
    _bind(V)
    for name, comment in CLASSES.items():
        V.add((KG[name], RDF.type, RDFS.Class))
        V.add((KG[name], RDFS.label, Literal(name)))
        V.add((KG[name], RDFS.comment, Literal(comment)))
    for kg_class, schema_class in ENTITY_CLASSES.values():
        V.add((KG[kg_class], RDFS.subClassOf, KG.Entity))
        V.add((KG[kg_class], RDFS.subClassOf, SCHEMA[schema_class]))
    V.add((KG.Relation, RDFS.subClassOf, RDF.Statement))
    for name, comment in PROPERTIES.items():
        V.add((KG[name], RDF.type, RDF.Property))
        V.add((KG[name], RDFS.label, Literal(name)))
        V.add((KG[name], RDFS.comment, Literal(comment)))
    for relation, (family, comment) in RELATIONS.items():
        _declare_relation(V, relation, comment, family)
    return V


def graph_to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE,
                 with_vocabulary: bool = True) -> Graph:
    """The RDF graph of ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract; it is not modified.
        Missing optional attributes give no triple; attributes outside the
        contract are not exported.
    base : str, default "urn:kg:"
        Start of the data IRIs; see :func:`check_base`.
    with_vocabulary : bool, default True
        Also include :func:`vocabulary`, so that the file explains itself.

    Returns
    -------
    rdflib.Graph

    Raises
    ------
    ValueError
        If ``base`` is not a usable base IRI.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("goto", label="GoTo", type="ORG", aliases=["GoTo", "GOTO.JK"])
    >>> G.add_node("tokopedia", label="Tokopedia", type="ORG")
    >>> _ = G.add_edge("goto", "tokopedia", key="owns", relation="owns", modality="asserted",
    ...                confidence=0.7, evidence=[{"article": "a1", "lang": "en",
    ...                "sentence": "GoTo owns Tokopedia.", "start": 0, "end": 20}])
    >>> R = graph_to_rdf(G, with_vocabulary=False)
    >>> goto, toko = URIRef("urn:kg:entity:goto"), URIRef("urn:kg:entity:tokopedia")
    >>> (goto, KG.owns, toko) in R, str(R.value(goto, SKOS.altLabel))
    (True, 'GOTO.JK')
    >>> rel = R.value(predicate=RDF.subject, object=goto)
    >>> str(rel), R.value(rel, KG.confidence).toPython()
    ('urn:kg:relation:goto/owns/tokopedia', Decimal('0.7'))
    """
    base = check_base(base)
    R = vocabulary() if with_vocabulary else Graph()
    _bind(R, base)
    declared = set(RELATIONS)

    def entity(node):
        return URIRef(f"{base}entity:{_local(node)}")

    def article(article_id):
        return URIRef(f"{base}article:{_local(article_id)}")

    top = URIRef(f"{base}graph")
    R.add((top, RDF.type, KG.Graph))
    created = G.graph.get("created")
    if created is not None:
        R.add((top, DCTERMS.created, _datetime(created)))
    if G.graph.get("kg_version") is not None:
        R.add((top, KG.kgVersion, Literal(_text(G.graph["kg_version"]))))

    for record in G.graph.get("articles") or ():
        if not isinstance(record, dict) or record.get("id") is None:
            continue
        a = article(record["id"])
        lang = _lang(record.get("lang"))
        R.add((a, RDF.type, KG.Article))
        R.add((a, DCTERMS.identifier, Literal(_text(record["id"]))))
        _add(R, a, DCTERMS.title, record.get("title"), lang=lang)
        if lang:
            R.add((a, DCTERMS.language, Literal(lang)))
        _add(R, a, KG.url, record.get("url"))
        _add(R, a, DCTERMS.issued, record.get("published"))
        _add(R, a, KG.status, record.get("status"))
        if record.get("duplicate_of") is not None:
            R.add((a, KG.duplicateOf, article(record["duplicate_of"])))

    for node, attrs in G.nodes(data=True):
        e = entity(node)
        kind = _text(attrs.get("type")).upper()
        R.add((e, RDF.type, KG.Entity))
        if kind in ENTITY_CLASSES:
            kg_class, schema_class = ENTITY_CLASSES[kind]
            R.add((e, RDF.type, KG[kg_class]))
            R.add((e, RDF.type, SCHEMA[schema_class]))
        R.add((e, DCTERMS.identifier, Literal(_text(node))))
        label = _text(attrs.get("label", node))
        R.add((e, RDFS.label, Literal(label)))
        _add(R, e, KG.entityType, attrs.get("type"))
        for alias in _items(attrs.get("aliases")):
            if alias != label:
                R.add((e, SKOS.altLabel, Literal(alias)))
        for lang in _items(attrs.get("languages")):
            R.add((e, KG.language, Literal(lang)))
        for article_id in _items(attrs.get("articles")):
            R.add((e, KG.mentionedIn, article(article_id)))
        for role in _items(attrs.get("roles")):
            R.add((e, KG.role, Literal(role)))
        _add(R, e, KG.mentions, _integer(attrs.get("mentions")))
        _add(R, e, KG.kbId, attrs.get("kb_id"))
        qid = attrs.get("wikidata")
        if is_wikidata_id(qid):  # only a Q-ID becomes an IRI: no graph text inside one
            R.add((e, OWL.sameAs, WIKIDATA[qid]))

    for u, v, key, attrs in G.edges(keys=True, data=True):
        relation = attrs.get("relation", key)
        prop = relation_property(relation)
        if str(relation) not in declared:
            declared.add(str(relation))
            _declare_relation(R, relation, "A relation found in this graph only.", None)
        modality = attrs.get("modality")
        if modality in (None, "asserted"):
            R.add((entity(u), prop, entity(v)))
        rel = URIRef(f"{base}relation:{_local(u)}/{_local(key)}/{_local(v)}")
        R.add((rel, RDF.type, KG.Relation))
        R.add((rel, RDF.type, RDF.Statement))
        R.add((rel, RDF.subject, entity(u)))
        R.add((rel, RDF.predicate, prop))
        R.add((rel, RDF.object, entity(v)))
        R.add((rel, KG.relation, Literal(_text(relation))))
        _add(R, rel, KG.family, attrs.get("family"))
        _add(R, rel, KG.confidence, _decimal(attrs.get("confidence")))
        _add(R, rel, KG.modality, modality)
        for name, prop_name in (("quote", KG.quote), ("stake", KG.stake),
                                ("amount", KG.amount), ("title", KG.roleTitle)):
            _add(R, rel, prop_name, attrs.get(name))
        evidence = attrs.get("evidence")
        evidence = [item for item in evidence if isinstance(item, dict)] \
            if isinstance(evidence, list) else []
        R.add((rel, KG.evidenceCount, Literal(len(evidence))))
        for i, item in enumerate(evidence, 1):
            ev = URIRef(f"{rel}/evidence/{i}")
            lang = _lang(item.get("lang"))
            R.add((rel, KG.evidence, ev))
            R.add((ev, RDF.type, KG.Evidence))
            if item.get("article") is not None:
                R.add((ev, KG.article, article(item["article"])))
            if lang:
                R.add((ev, DCTERMS.language, Literal(lang)))
            _add(R, ev, KG.sentence, item.get("sentence"), lang=lang)
            _add(R, ev, KG.start, _integer(item.get("start")))
            _add(R, ev, KG.end, _integer(item.get("end")))
            _add(R, ev, KG.modality, item.get("modality"))
            _add(R, ev, KG.confidence, _decimal(item.get("confidence")))
            _add(R, ev, KG.quote, item.get("quote"))
    return R


def turtle_chunks(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE):
    """The Turtle text of :func:`graph_to_rdf`, produced piece by piece.

    The text holds the same triples as ``graph_to_rdf(G, base=base)``, but
    no rdflib graph of ``G`` is built: the terms are written by hand, one
    subject at a time (the prefixes, the vocabulary, the graph, each article,
    each entity, then each edge with its ``kg:Relation`` and ``kg:Evidence``
    nodes), so memory stays that of one edge whatever the size of ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        See :func:`graph_to_rdf`.
    base : str, default "urn:kg:"
        Start of the data IRIs; see :func:`check_base`.

    Yields
    ------
    str
        Pieces of Turtle text (whole statements); joined, the file.

    Raises
    ------
    ValueError
        If ``base`` is not a usable base IRI (on the first piece).

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("goto", label="GoTo", type="ORG")
    >>> pieces = list(turtle_chunks(G))
    >>> print(pieces[-1], end="")
    entity:goto a kg:Entity, kg:Organization, schema:Organization ;
        dcterms:identifier "goto" ;
        rdfs:label "GoTo" ;
        kg:entityType "ORG" .
    <BLANKLINE>
    """
    base = check_base(base)
    yield "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in (
        ("article", f"{base}article:"), ("entity", f"{base}entity:"), *_NAMESPACES)) + "\n"
    yield from ttl.rdflib_statements(vocabulary(), _NAMESPACES)

    properties, declared = {}, set(RELATIONS)

    # bounded caches: the hubs and frequent articles are met again and again
    @functools.lru_cache(maxsize=_CACHE_SIZE, typed=True)
    def entity(node):
        """(name in the text, IRI segment) of a node."""
        local = _local(node)
        return ttl.name("entity", f"{base}entity:", local), local

    @functools.lru_cache(maxsize=_CACHE_SIZE)
    def article_name(article_id: str):
        return ttl.name("article", f"{base}article:", _local(article_id))

    def article(article_id):
        return article_name(article_id if type(article_id) is str else _text(article_id))

    pairs = ["a kg:Graph"]
    created = G.graph.get("created")
    if created is not None:
        pairs.append("dcterms:created " + _datetime_term(created))
    if G.graph.get("kg_version") is not None:
        pairs.append("kg:kgVersion " + ttl.string(G.graph["kg_version"]))
    yield ttl.statement(f"<{base}graph>", pairs)

    for record in G.graph.get("articles") or ():
        if not isinstance(record, dict) or record.get("id") is None:
            continue
        lang = _lang(record.get("lang"))
        pairs = ["a kg:Article", "dcterms:identifier " + ttl.string(record["id"])]
        _pair(pairs, "dcterms:title", record.get("title"), lang)
        if lang:
            pairs.append(f'dcterms:language "{lang}"')
        _pair(pairs, "kg:url", record.get("url"))
        _pair(pairs, "dcterms:issued", record.get("published"))
        _pair(pairs, "kg:status", record.get("status"))
        if record.get("duplicate_of") is not None:
            pairs.append("kg:duplicateOf " + article(record["duplicate_of"]))
        yield ttl.statement(article(record["id"]), pairs)

    for node, attrs in G.nodes(data=True):
        kind = _text(attrs.get("type")).upper()
        if kind in ENTITY_CLASSES:
            pairs = ["a kg:Entity, kg:{}, schema:{}".format(*ENTITY_CLASSES[kind])]
        else:
            pairs = ["a kg:Entity"]
        pairs.append("dcterms:identifier " + ttl.string(node))
        label = _text(attrs.get("label", node))
        pairs.append("rdfs:label " + ttl.string(label))
        _pair(pairs, "kg:entityType", attrs.get("type"))
        _list(pairs, "skos:altLabel",
              [ttl.string(a) for a in _items(attrs.get("aliases")) if a != label])
        _list(pairs, "kg:language", [ttl.string(lang) for lang in _items(attrs.get("languages"))])
        _list(pairs, "kg:mentionedIn", [article(a) for a in _items(attrs.get("articles"))])
        _list(pairs, "kg:role", [ttl.string(role) for role in _items(attrs.get("roles"))])
        mentions = _int(attrs.get("mentions"))
        if mentions is not None:
            pairs.append(f"kg:mentions {mentions}")
        _pair(pairs, "kg:kbId", attrs.get("kb_id"))
        qid = attrs.get("wikidata")
        if is_wikidata_id(qid):
            pairs.append(f"owl:sameAs <{WIKIDATA}{qid}>")
        yield ttl.statement(entity(node)[0], pairs)

    for u, v, key, attrs in G.edges(keys=True, data=True):
        relation = attrs.get("relation", key)
        prop = properties.get(relation) if type(relation) is str else None
        if prop is None:
            prop = "kg:" + _property_name(relation)
            if type(relation) is str:
                properties[relation] = prop
        if str(relation) not in declared:
            declared.add(str(relation))
            R = Graph()
            _declare_relation(R, relation, "A relation found in this graph only.", None)
            yield from ttl.rdflib_statements(R, _NAMESPACES)
        (s, s_local), (o, o_local) = entity(u), entity(v)
        modality = attrs.get("modality")
        out = [f"{s} {prop} {o} .\n\n"] if modality in (None, "asserted") else []
        rel = f"{base}relation:{s_local}/{_local(key)}/{o_local}"
        pairs = ["a kg:Relation, rdf:Statement", "rdf:subject " + s, "rdf:predicate " + prop,
                 "rdf:object " + o, "kg:relation " + ttl.string(relation)]
        _pair(pairs, "kg:family", attrs.get("family"))
        _decimal_pair(pairs, "kg:confidence", attrs.get("confidence"))
        _pair(pairs, "kg:modality", modality)
        for name, predicate in (("quote", "kg:quote"), ("stake", "kg:stake"),
                                ("amount", "kg:amount"), ("title", "kg:roleTitle")):
            _pair(pairs, predicate, attrs.get(name))
        evidence = attrs.get("evidence")
        evidence = [item for item in evidence if isinstance(item, dict)] \
            if isinstance(evidence, list) else []
        pairs.append(f"kg:evidenceCount {len(evidence)}")
        _list(pairs, "kg:evidence", [f"<{rel}/evidence/{i}>" for i in range(1, len(evidence) + 1)])
        out.append(ttl.statement(f"<{rel}>", pairs))
        for i, item in enumerate(evidence, 1):
            lang = _lang(item.get("lang"))
            pairs = ["a kg:Evidence"]
            if item.get("article") is not None:
                pairs.append("kg:article " + article(item["article"]))
            if lang:
                pairs.append(f'dcterms:language "{lang}"')
            _pair(pairs, "kg:sentence", item.get("sentence"), lang)
            for name, predicate in (("start", "kg:start"), ("end", "kg:end")):
                number = _int(item.get(name))
                if number is not None:
                    pairs.append(f"{predicate} {number}")
            _pair(pairs, "kg:modality", item.get("modality"))
            _decimal_pair(pairs, "kg:confidence", item.get("confidence"))
            _pair(pairs, "kg:quote", item.get("quote"))
            out.append(ttl.statement(f"<{rel}/evidence/{i}>", pairs))
        yield "".join(out)


def graph_to_turtle(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> str:
    """The Turtle text of :func:`turtle_chunks`, as one string.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("goto", label='Go"To', type="ORG")
    >>> text = graph_to_turtle(G)
    >>> "@prefix kg: <urn:kg:vocab:> ." in text, 'rdfs:label "Go\\\\"To"' in text
    (True, True)
    """
    return "".join(turtle_chunks(G, base=base))


def write_turtle(G: nx.MultiDiGraph, path, *, base: str = DEFAULT_BASE) -> None:
    """Write ``G`` as RDF Turtle, streamed and atomically.

    The pieces of :func:`turtle_chunks` go to a temporary file beside
    ``path`` as they are made, which then replaces ``path``
    (:func:`kg.export._atomic.atomic_open`): on any error, or an interrupt,
    the old file stays as it was and no temporary file remains.

    Raises
    ------
    ValueError
        If ``base`` is not a usable base IRI; nothing is written.
    OSError
        If the file cannot be written.

    Examples
    --------
    >>> import os, tempfile
    >>> G = nx.MultiDiGraph(); G.add_node("goto", label="GoTo", type="ORG")
    >>> path = os.path.join(tempfile.mkdtemp(), "graph.ttl")
    >>> write_turtle(G, path, base="urn:news:")
    >>> R = Graph().parse(path, format="turtle")
    >>> str(R.value(URIRef("urn:news:entity:goto"), RDFS.label))
    'GoTo'
    """
    base = check_base(base)
    with atomic_open(path, encoding="utf-8") as out:
        for chunk in turtle_chunks(G, base=base):
            out.write(chunk)


def _bind(R, base=None):
    R.bind("kg", KG, override=True, replace=True)
    R.bind("schema", SCHEMA, override=True, replace=True)
    R.bind("skos", SKOS)
    R.bind("dcterms", DCTERMS)
    R.bind("owl", OWL)
    if base is not None:
        R.bind("entity", Namespace(f"{base}entity:"), override=True, replace=True)
        R.bind("article", Namespace(f"{base}article:"), override=True, replace=True)


def _declare_relation(R, relation, comment, family):
    prop = relation_property(relation)
    R.add((prop, RDF.type, RDF.Property))
    R.add((prop, RDFS.label, Literal(_text(relation))))
    R.add((prop, RDFS.comment, Literal(comment)))
    if family is not None:
        R.add((prop, KG.family, Literal(family)))
    R.add((prop, RDFS.subPropertyOf, KG.relatedTo))
    R.add((prop, RDFS.domain, KG.Entity))
    R.add((prop, RDFS.range, KG.Entity))


def _add(R, subject, predicate, value, *, lang=None):
    """Add a literal triple unless ``value`` is None or empty."""
    if value is None or value == "":
        return
    if isinstance(value, Literal):
        R.add((subject, predicate, value))
    else:
        R.add((subject, predicate, Literal(_text(value), lang=lang or None)))


def _text(value) -> str:
    """``str(value)`` that UTF-8 can encode (a lone surrogate becomes U+FFFD)."""
    text = "" if value is None else str(value)
    return _SURROGATE.sub("\ufffd", text)


def _items(values):
    """A list attribute as strings; a lone string is one item; None and "" are dropped."""
    if values is None:
        return []
    if not isinstance(values, (list, tuple, set)):
        values = [values]
    return [_text(v) for v in values if v is not None and v != ""]


def _lang(value):
    """A usable language tag, or None."""
    return value if isinstance(value, str) and _LANG_TAG.fullmatch(value) else None


def _local(value) -> str:
    """An id as an IRI segment: every character outside ``A-Za-z0-9_.-~`` percent-encoded."""
    return quote(_text(value), safe="")


def _int(value):
    """``value`` as an int for an ``xsd:integer`` (a float truncated), or None.

    None for anything but a finite number; bools are not numbers here.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return int(value)


def _integer(value):
    number = _int(value)
    return None if number is None else Literal(number)


def _decimal_value(value):
    """The Decimal of ``value``'s float repr (0.7 -> Decimal('0.7')), or None.

    None for anything but a finite number (an int too big for a float
    included); bools are not numbers here.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return Decimal(repr(number)) if math.isfinite(number) else None


def _decimal(value):
    number = _decimal_value(value)
    return None if number is None else Literal(number, datatype=_ns.XSD.decimal)


def _datetime(value):
    """An ``xsd:dateTime`` literal if ``value`` is an ISO timestamp, else plain text."""
    try:
        _dt.datetime.fromisoformat(str(value))
    except ValueError:
        return Literal(_text(value))
    return Literal(str(value), datatype=_ns.XSD.dateTime)


# --------------------------------------------------------------------------- Turtle
#: Prefixes of the Turtle text other than the data ones, in the order written.
_NAMESPACES = (("dcterms", str(DCTERMS)), ("kg", str(KG)), ("rdf", str(RDF)),
               ("owl", str(OWL)), ("rdfs", str(RDFS)), ("schema", str(SCHEMA)), ("skos", str(SKOS)),
               ("xsd", str(_ns.XSD)))


def _pair(pairs, predicate, value, lang=None):
    """Append a string literal pair unless ``value`` is None or empty (as :func:`_add`)."""
    if value is None or value == "":
        return
    pairs.append(f"{predicate} {ttl.string(value)}@{lang}" if lang else
                 f"{predicate} {ttl.string(value)}")


def _list(pairs, predicate, objects):
    """Append ``predicate`` with each of ``objects`` (Turtle terms), if any."""
    if objects:
        pairs.append(predicate + " " + ", ".join(objects))


def _decimal_pair(pairs, predicate, value):
    """Append an ``xsd:decimal`` pair if ``value`` is a finite number (as :func:`_decimal`)."""
    number = _decimal_value(value)
    if number is not None:
        pairs.append(f"{predicate} {ttl.decimal(number)}")


def _datetime_term(value) -> str:
    """:func:`_datetime` in Turtle."""
    try:
        _dt.datetime.fromisoformat(str(value))
    except ValueError:
        return ttl.string(_text(value))
    return ttl.string(str(value)) + "^^xsd:dateTime"
