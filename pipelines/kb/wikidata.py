"""Confirm Wikidata IDs of the knowledge base's entries from the IndEL linking benchmark.

IndEL (``../shared/data/id-el``) links 4,757 mentions in Indonesian news sentences to
Wikidata. Its file has no licence, so kg ships none of it: only the Q-IDs it confirms,
in ``kg/kb/data/wikidata.csv`` (entry ID, Q-ID and how many mentions and distinct names
agree), which :func:`kg.kb.load` applies to the bundled entries.

An entry gets a Q-ID when the IndEL mentions whose text the base looks up to that entry
agree on it: at least 80 % of the entry's linked mentions, two different texts or three
mentions of a name, and never codes alone (so "PSSI", a ticker and also the football
association's acronym, confirms nothing); and no other entry confirmed with the same
Q-ID. IndEL's annotation has errors; these rules are there so that one
stray link confirms nothing.

Usage::

    python -m pipelines.kb.wikidata --indel ../shared/data/id-el/IndEL_General_Domain.ttl
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from kg.kb.base import KnowledgeBase, _bundled_entries, is_code

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
MIN_SHARE = 0.8
MIN_TEXTS, MIN_MENTIONS = 2, 3  # different texts, or mentions of one name


def read_indel(path: Path) -> list[tuple[str, str]]:
    """``(mention text, Q-ID)`` of every linked IndEL mention."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    out = []
    for node, _, anchor in graph.triples((None, rdflib.URIRef(NIF + "anchorOf"), None)):
        target = graph.value(node, rdflib.URIRef(ITS + "taIdentRef"))
        if target is not None and "wikidata.org/entity/Q" in str(target):
            out.append((str(anchor), str(target).rsplit("/", 1)[-1]))
    return sorted(out)


def confirm(kb: KnowledgeBase, mentions: list[tuple[str, str]]) -> list[dict]:
    """The confirmed ``{"id", "wikidata", "mentions", "names"}`` rows, by entry ID.

    Examples
    --------
    >>> from kg.kb import Entry
    >>> kb = KnowledgeBase([Entry("org:kppu", "KPPU", "ORG",
    ...                           aliases=("Komisi Pengawas Persaingan Usaha",)),
    ...                     Entry("idx:PSSI", "Pelita Samudera Shipping", "ORG",
    ...                           aliases=("PSSI",))])
    >>> rows = confirm(kb, [("KPPU", "Q4196828"), ("Komisi Pengawas Persaingan Usaha",
    ...                     "Q4196828"), ("PSSI", "Q622257"), ("PSSI", "Q622257"),
    ...                     ("PSSI", "Q622257")])
    >>> [(r["id"], r["wikidata"], r["mentions"], r["names"]) for r in rows]
    [('org:kppu', 'Q4196828', 2, 2)]
    """
    links = defaultdict(list)  # entry id -> [(mention text, qid)]
    for text, qid in mentions:
        entry = kb.lookup(text)
        if entry is not None:
            links[entry.id].append((text.strip(), qid))
    found = {}
    for entry_id, pairs in links.items():
        qid, n = Counter(q for _, q in pairs).most_common(1)[0]
        texts = [t for t, q in pairs if q == qid]
        names = [t for t in texts if not is_code(t)]
        if names and n >= MIN_SHARE * len(pairs) and (len(set(texts)) >= MIN_TEXTS
                                                      or len(names) >= MIN_MENTIONS):
            found[entry_id] = {"id": entry_id, "wikidata": qid, "mentions": n,
                               "names": len(set(texts))}
    shared = Counter(row["wikidata"] for row in found.values())
    return [row for _, row in sorted(found.items()) if shared[row["wikidata"]] == 1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indel", type=Path,
                        default=Path("../shared/data/id-el/IndEL_General_Domain.ttl"))
    parser.add_argument("--out", type=Path, default=Path("kg/kb/data/wikidata.csv"))
    args = parser.parse_args(argv)
    kb = KnowledgeBase(_bundled_entries())  # the entries as written, before any Q-ID
    rows = confirm(kb, read_indel(args.indel))
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "wikidata", "mentions", "names"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"confirmed {len(rows)} Wikidata IDs in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
