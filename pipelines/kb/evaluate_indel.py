"""Score the knowledge base's look-up on the IndEL entity-linking benchmark.

For every IndEL mention (Indonesian news, linked to Wikidata), ``kg.kb.load().lookup``
is asked for its text:

- **in base**: the gold Q-ID is the ``wikidata`` of an entry. Accuracy: the look-up
  finds that entry (finding nothing counts as a miss).
- **not in base**: no entry has the gold Q-ID. A **wrong link** is a look-up that finds
  an entry with another Q-ID, which puts the mention on the wrong node (worse than no
  link). A look-up that finds an entry with no Q-ID cannot be checked: it is counted
  apart, as **unchecked**, and is wrong only if that entry is another entity.

The Q-IDs of the base are themselves confirmed from IndEL (``pipelines/kb/wikidata.py``),
so accuracy on in-base mentions is flattered; the wrong-link rate is not.

Usage::

    python -m pipelines.kb.evaluate_indel --indel ../shared/data/id-el/IndEL_General_Domain.ttl
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import kg.kb
from kg.kb import KnowledgeBase
from pipelines.kb.wikidata import read_indel


def evaluate(kb: KnowledgeBase, mentions: list[tuple[str, str]]) -> dict:
    """Counts and rates of the look-up on ``(text, gold Q-ID)`` mentions.

    Examples
    --------
    >>> from kg.kb import Entry
    >>> kb = KnowledgeBase([Entry("org:kppu", "KPPU", "ORG", wikidata="Q4196828"),
    ...                     Entry("idx:PSSI", "Pelita Samudera Shipping", "ORG",
    ...                           aliases=("PSSI",))])
    >>> r = evaluate(kb, [("KPPU", "Q4196828"), ("PSSI", "Q622257"), ("Ani", "Q1")])
    >>> r["in_base"], r["correct"], r["not_in_base"], r["wrong_links"], r["unchecked"]
    (1, 1, 2, 0, 1)
    """
    qids = {e.wikidata for e in kb if e.wikidata}
    in_base = correct = not_in_base = wrong = unchecked = 0
    wrong_names: Counter = Counter()
    unchecked_names: Counter = Counter()
    for text, gold in mentions:
        found = kb.lookup(text)
        if gold in qids:
            in_base += 1
            correct += found is not None and found.wikidata == gold
        else:
            not_in_base += 1
            if found is not None and found.wikidata:
                wrong += 1
                wrong_names[f"{text} -> {found.id}"] += 1
            elif found is not None:
                unchecked += 1
                unchecked_names[f"{text} -> {found.id}"] += 1
    return {"mentions": len(mentions), "in_base": in_base, "correct": correct,
            "accuracy": round(correct / in_base, 3) if in_base else None,
            "not_in_base": not_in_base, "wrong_links": wrong,
            "wrong_rate": round(wrong / not_in_base, 4) if not_in_base else None,
            "unchecked": unchecked, "wrong_examples": wrong_names.most_common(15),
            "unchecked_examples": unchecked_names.most_common(15)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indel", type=Path,
                        default=Path("../shared/data/id-el/IndEL_General_Domain.ttl"))
    args = parser.parse_args(argv)
    kb = kg.kb.load()
    r = evaluate(kb, read_indel(args.indel))
    print(f"knowledge base: {len(kb)} entries, {sum(1 for e in kb if e.wikidata)} with a "
          f"Wikidata ID")
    print(f"IndEL mentions: {r['mentions']}")
    print(f"in base: {r['in_base']}, linked right: {r['correct']}, accuracy {r['accuracy']}")
    print(f"not in base: {r['not_in_base']}, wrong links: {r['wrong_links']}, "
          f"rate {r['wrong_rate']}")
    for example, n in r["wrong_examples"]:
        print(f"  wrong: {example} ({n})")
    print(f"not in base, linked to an entry with no Wikidata ID (unchecked): {r['unchecked']}")
    for example, n in r["unchecked_examples"]:
        print(f"  unchecked: {example} ({n})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
