"""Helpers shared by the tests of the exports: the parts of the small contract graph that
the GEXF, Neo4j and RDF tests build alike, and other test graphs and strings."""

import networkx as nx

# Quotes, a semicolon, a newline, markup, non-ASCII and backslashes: text an export must
# escape and give back as it was.
HOSTILE = 'He said "no";\n<script>alert(1)</script> & naïve — 中文 😀 \\" end\\'
# Text matplotlib would read as math were it not escaped.
MATH = r"$\frac{1}{0$ & $\undefined$"


def add_people_and_companies(G, hostile, **changes):
    """Add GoTo, Tokopedia and Zulkifli Hasan (``hostile`` among his aliases), seen in
    article a1; ``changes`` maps a node to the attributes it has otherwise."""
    nodes = {
        "goto": dict(label='GoTo "Group"', type="ORG", aliases=["GoTo", "GOTO.JK", "Go;To"],
                     languages=["en", "id"], articles=["a1"], mentions=4, roles=[]),
        "tokopedia": dict(label="Tokopedia", type="ORG", aliases=["Tokopedia"],
                          languages=["id"], articles=["a1"], mentions=2, roles=[]),
        "zulhas": dict(label="Zulkifli Hasan", type="PERSON", aliases=["Zulhas", hostile],
                       languages=["id"], articles=["a1"], mentions=3,
                       roles=["Menteri Perdagangan"]),
    }
    for node, attrs in nodes.items():
        G.add_node(node, **{**attrs, **changes.get(node, {})})


def goto_owns_evidence(*more):
    """Evidence that GoTo owns Tokopedia: a sentence of a1 with a newline in it, then
    ``more``."""
    return [{"article": "a1", "lang": "en", "sentence": "GoTo owns\nTokopedia.", "start": 0,
             "end": 20, "modality": "asserted", "confidence": 0.7}, *more]


def add_stake_and_partnership(G, evidence, confidence=0.973):
    """Add parallel edges: GoTo owns 75.01% of Tokopedia (on ``evidence``) and plans to
    partner with it (on the first sentence of ``evidence``)."""
    G.add_edge("goto", "tokopedia", key="owns", relation="owns", family="ownership",
               confidence=confidence, modality="asserted", stake="75.01%", evidence=evidence)
    G.add_edge("goto", "tokopedia", key="partners_with", relation="partners_with",
               family="partnership", confidence=0.5, modality="planned", evidence=evidence[:1])


def add_quote(G, about, quote, article="a1", lang="en"):
    """Add that Zulkifli Hasan said ``quote`` about ``about``, in a sentence of ``article``
    that is the quote itself."""
    G.add_edge("zulhas", about, key="said", relation="said", family="statement",
               confidence=0.55, modality="asserted", quote=quote,
               evidence=[{"article": article, "lang": lang, "sentence": quote, "start": 3,
                          "end": 9, "quote": quote}])


def squares(n=15):
    """``n`` separate squares of partners: ``n`` communities of 4."""
    G = nx.MultiDiGraph()
    for i in range(4 * n):
        G.add_node(i, label=f"Entity {i}", type="ORG", mentions=4 * n - i)
    for start in range(0, 4 * n, 4):
        for a, b in [(0, 1), (1, 2), (2, 3), (3, 0)]:
            G.add_edge(start + a, start + b, relation="partners_with", family="partnership",
                       confidence=0.8)
    return G
