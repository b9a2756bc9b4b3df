"""Convert the Indonesian NER datasets to spaCy ``DocBin`` files.

Label harmonisation (kg's Indonesian model predicts PER, ORG and LOC):

============  =========================  ==========
dataset       source label               model label
============  =========================  ==========
idner-news-2k PER / ORG / LOC            PER / ORG / LOC
NERGrit       PERSON / ORGANISATION /    PER / ORG / LOC
              PLACE
NERP          PPL / IND / PLC            PER / ORG / LOC
NERP          EVT (events), FNB (food    dropped (tagged O): kg has no
              and beverage)              such entity type
============  =========================  ==========

NERP's ~130 ``I-`` tags without a ``B-`` before them start a new entity.

NERP is all lower-case. ``--nerp`` chooses what to do with it:

- ``none``: leave it out;
- ``lower`` (default): use it as it is;
- ``truecase``: case augmentation, i.e. upper-case the first letter of every
  token inside a PER/ORG/LOC entity and of the sentence's first token, as
  Indonesian news writes them.

``lower`` scored best on both dev sets and both test sets; truecasing taught
the model that a capital letter means a name, and it over-predicted. The
figures are in ``pipelines/id_ner/README.md``.

Usage::

    python -m pipelines.id_ner.convert --data ../shared/data/id-ner --out pipelines/id_ner/corpus
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

LABELS = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "PLACE": "LOC", "PLC": "LOC",
}

#: dataset -> (folder, {split: file}, column separator)
DATASETS = {
    "idner": ("idner-news-2k", {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"}, " "),
    "nergrit": ("nergrit", {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
                            "test": "test_preprocess.txt"}, "\t"),
    "nerp": ("nerp", {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
                      "test": "test_preprocess.txt"}, "\t"),
}


def read_sentences(path: Path, sep: str):
    """Yield ``(words, tags)`` per sentence of a CoNLL-style file (token first, tag last)."""
    words, tags = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            parts = line.split(sep)
            words.append(parts[0])
            tags.append(parts[-1].strip())
    if words:
        yield words, tags


def harmonise(tags: list[str]) -> list[str]:
    """Map tags to PER/ORG/LOC IOB, drop other types, repair orphan ``I-`` tags.

    Examples
    --------
    >>> harmonise(["I-PPL", "I-PPL", "O", "B-EVT", "B-PLACE", "I-IND"])
    ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'B-ORG']
    """
    out, prev = [], "O"
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = "O"
            continue
        prefix, label = tag.split("-", 1)
        label = LABELS.get(label)
        if label is None:
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev != label:
            prefix = "B"
        out.append(f"{prefix}-{label}")
        prev = label
    return out


def truecase(words: list[str], tags: list[str]) -> list[str]:
    """Upper-case the first letter of entity tokens and of the first token.

    Examples
    --------
    >>> truecase(["kata", "joko", "widodo", "di", "jakarta"], ["O", "B-PER", "I-PER", "O", "B-LOC"])
    ['Kata', 'Joko', 'Widodo', 'di', 'Jakarta']
    """
    out = []
    for i, (word, tag) in enumerate(zip(words, tags)):
        if (i == 0 or tag != "O") and word[:1].isalpha():
            word = word[:1].upper() + word[1:]
        out.append(word)
    return out


def make_doc(vocab, words, tags) -> Doc:
    """A ``Doc`` of ``words`` with entities from IOB ``tags``."""
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
    return doc


def convert(data: Path, name: str, split: str, vocab, nerp_mode: str = "lower") -> list[Doc]:
    folder, files, sep = DATASETS[name]
    docs = []
    for words, tags in read_sentences(data / folder / files[split], sep):
        tags = harmonise(tags)
        if name == "nerp":
            if nerp_mode == "none":
                return []
            if nerp_mode == "truecase":
                words = truecase(words, tags)
        docs.append(make_doc(vocab, words, tags))
    return docs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/id-ner"),
                        help="folder holding idner-news-2k/, nergrit/ and nerp/")
    parser.add_argument("--out", type=Path, default=Path("pipelines/id_ner/corpus"))
    parser.add_argument("--nerp", choices=("none", "lower", "truecase"), default="lower",
                        help="how to use NERP's lower-cased training text (default: lower)")
    parser.add_argument("--repeat-cased", type=int, default=1, metavar="K",
                        help="use the cased datasets (idner-news-2k, NERGrit) K times per epoch, "
                             "so NERP's larger lower-cased data does not drown them")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("xx").vocab
    train = []
    for name in ("idner", "nergrit", "nerp"):
        repeat = 1 if name == "nerp" else args.repeat_cased
        train += convert(args.data, name, "train", vocab, args.nerp) * repeat
    random.Random(args.seed).shuffle(train)
    dev = convert(args.data, "idner", "dev", vocab) + convert(args.data, "nergrit", "dev", vocab)
    suffix = f"-x{args.repeat_cased}" if args.repeat_cased > 1 else ""
    DocBin(docs=train, store_user_data=False).to_disk(args.out / f"train-{args.nerp}{suffix}.spacy")
    DocBin(docs=dev).to_disk(args.out / "dev.spacy")
    for name in ("idner", "nergrit"):
        test = convert(args.data, name, "test", vocab)
        DocBin(docs=test).to_disk(args.out / f"test-{name}.spacy")
    n_words = sum(len(d) for d in train)
    print(f"train ({args.nerp}{suffix}): {len(train)} sentences, {n_words} words; "
          f"dev: {len(dev)} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
