"""Convert the Indonesian UD treebanks to spaCy ``DocBin`` files.

The training pool is CSUI train, GSD dev and PUD (GSD's own training file is not
available). One sentence in ten of each pool file, chosen by position, is held out as
``select.spacy``: the split that chooses the model and the training step. GSD test and
CSUI test are converted for scoring only (``pipelines.id_ud.evaluate``); nothing is
tuned on them.

Words are the treebanks' syntactic words (a multiword token such as ``bukunya`` gives
``buku`` and ``nya``). Sentences are grouped ten to a ``Doc`` so that the parser learns
where sentences end.

Usage::

    python -m pipelines.id_ud.convert --data ../shared/data/id-ud --out pipelines/id_ud/corpus
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters.conllu_to_docs import read_conllx

#: Treebank files (stems) to train on, a tenth of each held out to select on.
POOL = ("id_csui-ud-train", "id_gsd-ud-dev", "id_pud-ud-test")
#: Output name -> treebank file (stem) to score on.
TESTS = {"gsd-test": "id_gsd-ud-test", "csui-test": "id_csui-ud-test"}
#: every n-th sentence of the pool goes to the selection split
SELECT_EVERY = 10
#: the treebanks carry no entities: a pattern that matches no MISC field
NO_NER = "^NE=(x)(y)(z)$"
#: sentences per training Doc
SENTS_PER_DOC = 10


def sentences(path: Path) -> list[Doc]:
    """One ``Doc`` per sentence of a CoNLL-U file, with tags, features, lemmas and the parse.

    Examples
    --------
    >>> import os, tempfile
    >>> text = ("# text = Dia pergi.\\n"
    ...         "1\\tDia\\tdia\\tPRON\\t_\\tPerson=3\\t2\\tnsubj\\t_\\t_\\n"
    ...         "2\\tpergi\\tpergi\\tVERB\\t_\\t_\\t0\\troot\\t_\\tSpaceAfter=No\\n"
    ...         "3\\t.\\t.\\tPUNCT\\t_\\t_\\t2\\tpunct\\t_\\t_\\n")
    >>> with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False) as fh:
    ...     _ = fh.write(text)
    >>> doc = sentences(Path(fh.name))[0]
    >>> [(t.text, t.pos_, t.dep_, t.head.text) for t in doc][:2]
    [('Dia', 'PRON', 'nsubj', 'pergi'), ('pergi', 'VERB', 'ROOT', 'pergi')]
    >>> os.unlink(fh.name)
    """
    return list(read_conllx(path.read_text(encoding="utf-8"), ner_tag_pattern=NO_NER))


def group(docs: list[Doc], size: int = SENTS_PER_DOC) -> list[Doc]:
    """Join consecutive sentence docs, ``size`` to a ``Doc``."""
    return [Doc.from_docs(docs[i:i + size]) for i in range(0, len(docs), size)]


def convert(data: Path, out: Path) -> dict[str, int]:
    """Write ``train``, ``select`` and the test ``DocBin`` files; return sentences per file."""
    out.mkdir(parents=True, exist_ok=True)
    train, select = [], []
    counts = {"train": 0, "select": 0}
    for stem in POOL:
        # each file has its own Vocab, and only docs of one Vocab can be joined
        docs = sentences(data / f"{stem}.conllu")
        held = [d for i, d in enumerate(docs) if i % SELECT_EVERY == SELECT_EVERY - 1]
        kept = [d for i, d in enumerate(docs) if i % SELECT_EVERY != SELECT_EVERY - 1]
        train += group(kept)
        select += group(held)
        counts["train"] += len(kept)
        counts["select"] += len(held)
    DocBin(docs=train).to_disk(out / "train.spacy")
    DocBin(docs=select).to_disk(out / "select.spacy")
    for name, stem in TESTS.items():
        docs = sentences(data / f"{stem}.conllu")
        counts[name] = len(docs)
        DocBin(docs=docs).to_disk(out / f"{name}.spacy")
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/id-ud"),
                        help="folder of the UD .conllu files (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("pipelines/id_ud/corpus"),
                        help="folder for the .spacy files (default: %(default)s)")
    args = parser.parse_args(argv)
    for name, n in convert(args.data, args.out).items():
        print(f"{name}: {n} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
