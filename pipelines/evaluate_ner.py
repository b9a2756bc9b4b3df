"""Evaluate kg's Indonesian entity recogniser on public Indonesian NER test sets.

Reads the CoNLL splits of idner-news-2k (``token UPOS IOB``, space-separated),
NERGrit and NERP (``token<TAB>IOB``) from ``--data``, maps the gold labels to kg's
(PER/PERSON/PPL -> PERSON, ORG/ORGANISATION/IND -> ORG, LOC/PLACE/PLC -> GPE;
NERP's EVT and FNB are not scored), builds one
``Doc`` per gold sentence from the gold tokens, runs the pipeline components
on it (so tokenisation matches the gold exactly) and prints entity-level
exact-span precision, recall and F1 per type and micro-averaged, plus words
per second.  ``--compare-english`` runs the English model on the same docs.

Only labels that occur in a dataset's gold annotation are scored (LAW spans,
which neither dataset annotates, are reported as "unscored").

Usage, from the repository root::

    python -m pipelines.evaluate_ner --compare-english
    python -m pipelines.evaluate_ner --split dev --limit 100
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.mentions import LABEL_MAP
from pipelines.id_ner.convert import LABELS, read_sentences

REPO_ROOT = Path(__file__).resolve().parent.parent

#: Default location of the shared datasets, relative to the repository root.
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "id-ner"

#: Files of each dataset per split: (folder, {split: file name}, column separator).
DATASETS = {
    "idner-news-2k": ("idner-news-2k", {"test": "test.txt", "dev": "dev.txt"}, " "),
    "nergrit": ("nergrit", {"test": "test_preprocess.txt", "dev": "valid_preprocess.txt"},
                "\t"),
    # all lower-case: names without their capital letters
    "nerp": ("nerp", {"test": "test_preprocess.txt", "dev": "valid_preprocess.txt"}, "\t"),
}

#: Gold label -> kg label: the datasets' labels as training maps them to the model's
#: (``pipelines.id_ner.convert.LABELS``), then as kg maps those (``LABEL_MAP``).
GOLD_LABELS = {label: LABEL_MAP[model] for label, model in LABELS.items()} | {"GPE": "GPE"}

#: Gold labels of types kg does not have (NERP's events and food and beverage): not scored.
DROPPED_LABELS = ("EVT", "FNB")

#: English model label -> kg label; other English labels are ignored.
ENGLISH_LABELS = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "GPE",
    "NORP": "GPE", "LAW": "LAW",
}

_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}


@dataclass
class Sentence:
    """One gold sentence: its tokens and its entities as (start, end, label)."""

    words: list[str]
    spans: list[tuple[int, int, str]]


def read_conll(path: Path, sep: str) -> list[Sentence]:
    """Read a CoNLL file with the IOB tag in the last column.

    Blank lines separate sentences; ``\\r\\n`` endings are accepted.  An ``I-``
    tag without a matching entity before it starts a new entity.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    ...     _ = f.write("Teten\\tB-PERSON\\nMasduki\\tI-PERSON\\ndatang\\tO\\n\\nBali\\tB-PLACE\\n")
    >>> [(s.words, s.spans) for s in read_conll(Path(f.name), "\\t")]
    [(['Teten', 'Masduki', 'datang'], [(0, 2, 'PERSON')]), (['Bali'], [(0, 1, 'GPE')])]
    >>> os.unlink(f.name)
    """
    return [Sentence(words, iob_to_spans(tags)) for words, tags in read_sentences(path, sep)]


def iob_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Turn IOB tags into ``(start, end, kg_label)`` spans.

    Examples
    --------
    >>> iob_to_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"])
    [(0, 2, 'PERSON'), (3, 4, 'GPE'), (4, 5, 'ORG')]
    >>> iob_to_spans(["B-PPL", "B-EVT", "I-EVT", "B-IND"])
    [(0, 1, 'PERSON'), (3, 4, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label and start is not None
        if start is not None and not continues:
            if label not in DROPPED_LABELS:
                spans.append((start, i, GOLD_LABELS.get(label, label)))
            start, label = None, None
        if prefix in ("B", "I") and not continues:
            start, label = i, name
    return spans


def score_spans(gold, pred, labels=None) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per label and micro-averaged.

    Parameters
    ----------
    gold, pred : iterable of tuple
        Entities as ``(sentence_id, start, end, label)``.
    labels : iterable of str, optional
        Labels to score; entities with other labels are ignored.  Default:
        every label in ``gold`` or ``pred``.

    Returns
    -------
    dict
        ``{label: {"p", "r", "f", "tp", "gold", "pred"}}`` plus ``"micro"``.

    Examples
    --------
    >>> gold = {(0, 0, 2, "PERSON"), (0, 5, 6, "GPE")}
    >>> pred = {(0, 0, 2, "PERSON"), (0, 5, 6, "ORG")}
    >>> s = score_spans(gold, pred)
    >>> s["micro"]["p"], s["micro"]["r"], s["PERSON"]["f"]
    (0.5, 0.5, 1.0)
    """
    gold, pred = set(gold), set(pred)
    if labels is None:
        labels = {g[-1] for g in gold} | {p[-1] for p in pred}
    labels = sorted(set(labels))
    gold = {g for g in gold if g[-1] in labels}
    pred = {p for p in pred if p[-1] in labels}
    result = {}
    for label in labels + ["micro"]:
        g = gold if label == "micro" else {x for x in gold if x[-1] == label}
        p = pred if label == "micro" else {x for x in pred if x[-1] == label}
        tp = len(g & p)
        precision = tp / len(p) if p else 0.0
        recall = tp / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        result[label] = {"p": precision, "r": recall, "f": f1, "tp": tp,
                         "gold": len(g), "pred": len(p)}
    return result


def make_docs(nlp: Language, sentences: list[Sentence]) -> list[Doc]:
    """Build one ``Doc`` per sentence from the gold tokens (no tokenizer)."""
    docs = []
    for sent in sentences:
        words = sent.words
        spaces = [
            i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE
            and words[i] not in _NO_SPACE_AFTER
            for i in range(len(words))
        ]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
    return docs


def predict(nlp: Language, sentences: list[Sentence], label_map=None):
    """Run ``nlp`` on the gold-tokenised sentences.

    Returns
    -------
    tuple
        ``(entities, words_per_second)``; entities as
        ``(sentence_id, start, end, label)`` with labels mapped by ``label_map``
        (unmapped labels dropped) when it is given.
    """
    docs = make_docs(nlp, sentences)
    n_words = sum(len(d) for d in docs)
    started = time.perf_counter()
    docs = list(nlp.pipe(docs, batch_size=256))
    elapsed = time.perf_counter() - started
    entities = set()
    for sid, doc in enumerate(docs):
        for ent in doc.ents:
            label = ent.label_ if label_map is None else label_map.get(ent.label_)
            if label:
                entities.add((sid, ent.start, ent.end, label))
    return entities, n_words / elapsed if elapsed else float("inf")


def evaluate(nlp: Language, sentences: list[Sentence], label_map=None) -> dict:
    """Score ``nlp`` against ``sentences``; see :func:`score_spans`.

    The result also holds ``"wps"`` (words per second) and ``"unscored"``
    (predicted entities per label the gold data does not annotate).
    """
    gold = {(sid, s, e, label) for sid, sent in enumerate(sentences)
            for s, e, label in sent.spans}
    pred, wps = predict(nlp, sentences, label_map)
    gold_labels = {g[-1] for g in gold} or {"PERSON", "ORG", "GPE"}
    scores = score_spans(gold, pred, labels=gold_labels)
    scores["wps"] = wps
    scores["unscored"] = dict(Counter(p[-1] for p in pred if p[-1] not in gold_labels))
    return scores


def format_table(rows: list[tuple[str, dict]]) -> str:
    """Render ``(system name, evaluate() result)`` rows side by side."""
    lines = [f"{'system':<10} {'label':<7} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for name, scores in rows:
        labels = sorted(k for k in scores if k not in ("micro", "wps", "unscored")) + ["micro"]
        for label in labels:
            s = scores[label]
            lines.append(f"{name:<10} {label:<7} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} "
                         f"{s['gold']:6d} {s['pred']:6d}")
        extra = f"  unscored: {scores['unscored']}" if scores["unscored"] else ""
        lines.append(f"{name:<10} words/s {scores['wps']:,.0f}{extra}")
    return "\n".join(lines)


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.evaluate_ner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder holding idner-news-2k/, nergrit/ and nerp/ "
                             "(default: %(default)s)")
    parser.add_argument("--lang", default="id", choices=["id"],
                        help="kg pipeline to evaluate (default: %(default)s)")
    parser.add_argument("--split", default="test", choices=["test", "dev"],
                        help="split to evaluate; tune on dev (default: %(default)s)")
    parser.add_argument("--dataset", action="append", choices=sorted(DATASETS),
                        help="dataset to evaluate; repeatable (default: all)")
    parser.add_argument("--compare-english", action="store_true",
                        help="also run the English model on the same text, side by side")
    parser.add_argument("--model-only", action="store_true",
                        help="also run the shipped Indonesian model without kg's rule layers")
    parser.add_argument("--compare-rules", action="store_true",
                        help="also run kg's first-cut rule-based recogniser (kg_id_ner)")
    parser.add_argument("--model", type=Path, action="append", default=[],
                        help="also evaluate the spaCy pipeline saved in this folder "
                             "(e.g. a training run's model-best); repeatable")
    parser.add_argument("--limit", type=int, default=None,
                        help="evaluate only the first N sentences of each dataset")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    """Command-line entry point; returns the exit status."""
    args = parse_args(argv)
    import spacy

    from kg.nlp.pipelines import load_model, load_pipeline

    systems = [(args.lang, load_pipeline(args.lang), LABEL_MAP)]
    if args.model_only:
        systems.append(("id-model", load_model(args.lang), LABEL_MAP))
    for path in args.model:
        systems.append((path.parent.name[:10] or "model", spacy.load(path), LABEL_MAP))
    if args.compare_rules:
        import pipelines.ner_baseline  # noqa: F401  registers "kg_id_ner"

        rules = spacy.blank("id")
        rules.add_pipe("sentencizer")
        rules.add_pipe("kg_id_ner")
        systems.append(("rules", rules, LABEL_MAP))
    if args.compare_english:
        # the English model as it comes, without kg's rule layers: the baseline
        systems.append(("en", load_model("en"), ENGLISH_LABELS))
    for name in args.dataset or sorted(DATASETS):
        folder, files, sep = DATASETS[name]
        path = args.data / folder / files[args.split]
        if not path.exists():
            print(f"error: {path} not found (use --data)", file=sys.stderr)
            return 2
        sentences = read_conll(path, sep)[: args.limit]
        n_words = sum(len(s.words) for s in sentences)
        print(f"\n== {name} {args.split}: {len(sentences)} sentences, {n_words} words")
        rows = [(sys_name, evaluate(nlp, sentences, label_map))
                for sys_name, nlp, label_map in systems]
        print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
