"""Tests of kg.export._turtle: hand-written terms read back by rdflib's Turtle parser."""

from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from kg.export import _turtle as ttl

PREFIXES = "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n@prefix e: <urn:e:> .\n"


def parse_objects(*objects):
    """The objects of ``<urn:s> <urn:p> o`` for each Turtle term ``o``, in order."""
    text = PREFIXES + "".join(
        ttl.statement(f"<urn:s{i}>", [f"<urn:p> {o}"]) for i, o in enumerate(objects))
    R = Graph().parse(data=text, format="turtle")
    return [R.value(URIRef(f"urn:s{i}"), URIRef("urn:p")) for i in range(len(objects))]


def test_every_character_survives_a_string_literal():
    everything = "".join(map(chr, range(0x3000))) + "\ufffe\uffff\U0001F600\U0010FFFF"
    found = parse_objects(ttl.string(everything), ttl.string(everything + "\ud800\udfff"))
    assert found == [Literal(everything), Literal(everything + "\ufffd\ufffd")]


def test_names_and_decimals():
    # the caller gives locals that are valid in an IRI (percent-encoded ids)
    locals_ = ["goto", "a.b-c_", "2024", "_x", "a%20b", "-dash", ".dot", "end.", "~t", ""]
    found = parse_objects(*(ttl.name("e", "urn:e:", local) for local in locals_))
    assert [str(t) for t in found] == [f"urn:e:{local}" for local in locals_]
    assert [ttl.name("e", "urn:e:", local)[0] == "<" for local in locals_] == [
        False, False, False, False, True, True, True, True, True, True]
    numbers = [Decimal("0.7"), Decimal("-0.0"), Decimal("1E+20"), Decimal("1E-7"), Decimal("3")]
    found = parse_objects(*map(ttl.decimal, numbers))
    assert [t.toPython() for t in found] == numbers
    assert {str(t.datatype) for t in found} == {"http://www.w3.org/2001/XMLSchema#decimal"}
