"""Score an Indonesian pipeline's tags, lemmas and parse on the UD test treebanks.

The CoNLL 2018 shared task's definitions, on gold words: each test sentence becomes a
``Doc`` of its gold words, the pipeline's components run on it, and every word counts,
punctuation included.

- UPOS: the universal part-of-speech tag is right;
- UFeats: all universal features are right (the whole set);
- Lemma: the lemma is right;
- UAS: the head is right;
- LAS: the head and the universal part of the relation (``acl`` of ``acl:relcl``) are right.

``--sents`` also scores sentence ends (F1 of sentence starts) on the test files grouped ten
sentences to a document: the parser where ``kg_sentence_bounds`` allows an end (as kg runs
it), the parser alone, and spaCy's rule sentencizer.

``--speed BULK`` also times kg's whole Indonesian pipeline (``load_pipeline("id")``:
the model and kg's rule layers) on the first 300 Indonesian articles of the bulk corpus,
in one process and in two.

Usage::

    python -m pipelines.id_ud.evaluate kg/nlp/models/id --corpus pipelines/id_ud/corpus \
        --speed ../shared/corpus/bulk/articles.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

TESTS = ("gsd-test", "csui-test")


def universal(dep: str) -> str:
    """The universal part of a relation label.

    Examples
    --------
    >>> universal("acl:relcl"), universal("ROOT"), universal("nsubj")
    ('acl', 'root', 'nsubj')
    """
    return dep.split(":")[0].lower()


def score(pred: list[Doc], gold: list[Doc]) -> dict[str, float]:
    """UPOS, UFeats, Lemma, UAS and LAS of ``pred`` against ``gold`` (same words).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> v = Vocab()
    >>> g = Doc(v, words=["Dia", "pergi", "."], pos=["PRON", "VERB", "PUNCT"],
    ...         heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    >>> p = Doc(v, words=["Dia", "pergi", "."], pos=["PRON", "VERB", "PUNCT"],
    ...         heads=[1, 1, 0], deps=["nsubj:pass", "ROOT", "punct"])
    >>> s = score([p], [g])
    >>> s["upos"], s["uas"], s["las"]
    (1.0, 0.667, 0.667)
    """
    n = upos = feats = lemma = uas = las = 0
    for p, g in zip(pred, gold, strict=True):
        if [t.text for t in p] != [t.text for t in g]:
            raise ValueError("predicted and gold docs must have the same words")
        for pt, gt in zip(p, g):
            n += 1
            upos += pt.pos_ == gt.pos_
            feats += str(pt.morph) == str(gt.morph)
            lemma += pt.lemma_ == gt.lemma_
            head = pt.head.i == gt.head.i
            uas += head
            las += head and universal(pt.dep_) == universal(gt.dep_)
    return {k: round(v / n, 3) if n else 0.0 for k, v in
            {"upos": upos, "ufeats": feats, "lemma": lemma, "uas": uas, "las": las}.items()}


def predict(nlp: Language, gold: list[Doc]) -> list[Doc]:
    """Run ``nlp``'s components on fresh docs made of ``gold``'s words."""
    docs = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
            for g in gold]
    return list(nlp.pipe(docs))


def evaluate(nlp: Language, corpus: Path, names=TESTS) -> dict[str, dict[str, float]]:
    """Scores and words per second for each test file ``corpus/NAME.spacy``."""
    out = {}
    for name in names:
        gold = list(DocBin().from_disk(corpus / f"{name}.spacy").get_docs(nlp.vocab))
        start = time.perf_counter()
        pred = predict(nlp, gold)
        seconds = time.perf_counter() - start
        out[name] = score(pred, gold)
        out[name]["words/s"] = round(sum(len(d) for d in gold) / seconds)
    return out


def sentence_f1(nlp: Language, gold: list[Doc], size: int = 10) -> float:
    """F1 of the sentence starts ``nlp`` sets on ``gold``'s words, ``size`` sentences a doc.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> v = Vocab()
    >>> gold = [Doc(v, words=["Dia", "pergi", "."], sent_starts=[True, False, False]),
    ...         Doc(v, words=["Ya", "."], sent_starts=[True, False])]
    >>> nlp = spacy.blank("id"); _ = nlp.add_pipe("sentencizer")
    >>> sentence_f1(nlp, gold)
    1.0
    """
    joined = [Doc.from_docs(gold[i:i + size]) for i in range(0, len(gold), size)]
    pred = predict(nlp, joined)
    return round(Scorer.score_spans([Example(p, g) for p, g in zip(pred, joined)],
                                    "sents")["sents_f"], 3)


def sentence_systems(model: str) -> dict[str, Language]:
    """The three ways of ending sentences that ``--sents`` compares."""
    import kg.nlp.sentences  # noqa: F401  registers "kg_sentence_bounds"

    bounded = spacy.load(model, exclude=["ner"])
    bounded.add_pipe("kg_sentence_bounds", first=True)
    rules = spacy.blank("id")
    rules.add_pipe("sentencizer")
    return {"parser where kg_sentence_bounds allows": bounded,
            "parser alone": spacy.load(model, exclude=["ner"]), "rule sentencizer": rules}


def speed(bulk: Path, n_articles: int = 300, n_process: int = 1) -> float:
    """Words per second of kg's Indonesian pipeline on real news, in ``n_process`` processes."""
    from kg.nlp.pipelines import load_pipeline

    texts = []
    with gzip.open(bulk, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article.get("lang") == "id":
                texts.append(article["text"])
            if len(texts) == n_articles:
                break
    nlp = load_pipeline("id")
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return words / (time.perf_counter() - start)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="pipeline folder or package name")
    parser.add_argument("--corpus", type=Path, default=Path("pipelines/id_ud/corpus"),
                        help="folder of the converted test files (default: %(default)s)")
    parser.add_argument("--sents", action="store_true",
                        help="also score sentence ends three ways (see above)")
    parser.add_argument("--speed", type=Path, metavar="BULK",
                        help="also time kg's whole Indonesian pipeline (the shipped model "
                             "and the rule layers, whatever MODEL is) on this bulk corpus")
    args = parser.parse_args(argv)
    nlp = spacy.load(args.model, exclude=["ner"])
    results = evaluate(nlp, args.corpus)
    fields = ("upos", "ufeats", "lemma", "uas", "las", "words/s")
    print(f"{'test':<10}" + "".join(f"{f:>9}" for f in fields))
    for name, row in results.items():
        print(f"{name:<10}" + "".join(f"{row[f]:>9}" for f in fields))
    if args.sents:
        for label, system in sentence_systems(args.model).items():
            scores = []
            for name in TESTS:
                gold = list(DocBin().from_disk(args.corpus / f"{name}.spacy")
                            .get_docs(system.vocab))
                scores.append(f"{name} {sentence_f1(system, gold)}")
            print(f"sentence F1, {label}: " + ", ".join(scores))
    if args.speed:
        for n in (1, 2):
            print(f"kg Indonesian pipeline, {n} process(es): "
                  f"{speed(args.speed, n_process=n):,.0f} words/s (whitespace words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
