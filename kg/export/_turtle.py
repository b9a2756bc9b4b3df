"""Turtle syntax written by hand: string literals, names, decimals and statements.

The streamed RDF export (:func:`kg.export.rdf.turtle_chunks`) writes its
terms with these functions rather than making an rdflib object per value,
which is many times faster. They follow the W3C Turtle 1.1 grammar: a string
literal is ``"..."`` with ``\\``, ``"`` and line breaks escaped (ECHAR) and
other control characters as ``\\u00XX`` (UCHAR); a prefixed name is used only
when its local part needs no escape, else the full ``<IRI>``. IRIs are not
escaped here: the caller gives IRIs that need none (percent-encoded ids on a
checked base).
"""

from __future__ import annotations

import re

from rdflib import Literal

#: A local name that can follow a prefix as it is: Turtle's PN_LOCAL without
#: escapes or %XX, not starting with "-" or "." and not ending with ".".
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
#: Characters a string literal cannot hold as they are, and lone surrogates.
_SPECIAL = re.compile('[\x00-\x1f"\\\\\x7f\ud800-\udfff]')
_SURROGATE = re.compile("[\ud800-\udfff]")
#: ECHAR escapes, and UCHAR (\u00XX) for the other control characters.
_ESCAPES = {**{code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F)},
            **{ord(c): e for c, e in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"),
                                      ("\r", "\\r"), ("\t", "\\t"), ("\b", "\\b"),
                                      ("\f", "\\f"))}}
#: Turtle's DECIMAL token: such a text can be written without a datatype.
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")


def string(value) -> str:
    """``str(value)`` (None as "") as a string literal; a lone surrogate becomes U+FFFD.

    Examples
    --------
    >>> print(string('say "hi"\\n\\\\ \\x00 \\ud800'))
    "say \\"hi\\"\\n\\\\ \\u0000 \ufffd"
    >>> print(string(None), string(7))
    "" "7"
    """
    text = value if type(value) is str else "" if value is None else str(value)
    if _SPECIAL.search(text):
        text = _SURROGATE.sub("\ufffd", text).translate(_ESCAPES)
    return f'"{text}"'


def name(prefix: str, namespace: str, local: str) -> str:
    """``prefix:local`` if Turtle takes ``local`` as it is, else ``<namespace local>``.

    Examples
    --------
    >>> name("entity", "urn:kg:entity:", "goto"), name("entity", "urn:kg:entity:", "a%20b")
    ('entity:goto', '<urn:kg:entity:a%20b>')
    """
    return f"{prefix}:{local}" if _PLAIN_LOCAL.fullmatch(local) else f"<{namespace}{local}>"


def decimal(number) -> str:
    """An ``xsd:decimal`` literal of a :class:`decimal.Decimal` (never with an exponent).

    Examples
    --------
    >>> from decimal import Decimal
    >>> decimal(Decimal("0.7")), decimal(Decimal("1E+2"))
    ('0.7', '"100"^^xsd:decimal')
    """
    text = f"{number:f}"
    return text if _DECIMAL.fullmatch(text) else f'"{text}"^^xsd:decimal'


def statement(subject: str, pairs) -> str:
    """One statement: ``subject``, its ``"predicate object"`` pairs, then a blank line.

    Examples
    --------
    >>> print(statement("entity:goto", ["a kg:Entity", 'rdfs:label "GoTo"']), end="")
    entity:goto a kg:Entity ;
        rdfs:label "GoTo" .
    <BLANKLINE>
    """
    return subject + " " + " ;\n    ".join(pairs) + " .\n\n"


def rdflib_term(term, namespaces) -> str:
    """An rdflib IRI or literal, with the first of ``namespaces`` ((prefix, IRI), ...) it fits.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> ns = [("rdfs", "http://www.w3.org/2000/01/rdf-schema#")]
    >>> rdflib_term(URIRef("http://www.w3.org/2000/01/rdf-schema#label"), ns)
    'rdfs:label'
    >>> rdflib_term(Literal("hari", lang="id"), ns), rdflib_term(Literal(2), ns)
    ('"hari"@id', '"2"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    if isinstance(term, Literal):
        text = string(str(term))
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^{rdflib_term(term.datatype, namespaces)}" if term.datatype else text
    iri = str(term)
    for prefix, namespace in namespaces:
        if iri.startswith(namespace):
            return name(prefix, namespace, iri[len(namespace):])
    return f"<{iri}>"


def rdflib_statements(R, namespaces):
    """The statements of a small rdflib graph, one per subject, sorted; ``rdf:type`` as ``a``.

    Examples
    --------
    >>> from rdflib import RDF, RDFS, Graph, Literal, URIRef
    >>> R = Graph(); kg = URIRef("urn:kg:vocab:Entity")
    >>> R.add((kg, RDF.type, RDFS.Class)); R.add((kg, RDFS.label, Literal("Entity")))
    <Graph identifier=... (<class 'rdflib.graph.Graph'>)>
    <Graph identifier=... (<class 'rdflib.graph.Graph'>)>
    >>> print(*rdflib_statements(R, [("kg", "urn:kg:vocab:"), ("rdfs", str(RDFS))]), end="")
    kg:Entity a rdfs:Class ;
        rdfs:label "Entity" .
    <BLANKLINE>
    """
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    for subject in sorted(set(R.subjects())):
        yield statement(rdflib_term(subject, namespaces), [
            ("a" if str(p) == rdf_type else rdflib_term(p, namespaces)) + " "
            + rdflib_term(o, namespaces) for p, o in sorted(R.predicate_objects(subject))])
