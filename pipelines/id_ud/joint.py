"""Training code for ``make train-id-joint`` (``spacy train --code``), an experiment.

The NER is trained on top of the UD pipeline's tok2vec, which all five components then
share. ``pipelines/id_ud/joint.cfg`` sources the trained tok2vec, tagger, lemmatiser and
parser, adds the NER, and trains everything on a mix of the UD and NER corpora; each
component learns from the documents annotated for it (spaCy skips a component's loss
where a document has no annotation of that kind). The result is smaller and faster
than the shipped pipeline but its NER is weaker, so it is not shipped; the figures are in
``pipelines/id_ud/README.md``.

Two registered functions:

- ``kg.ud_and_ner_corpus.v1``: a reader over a UD and an NER ``DocBin`` file, the UD one
  repeated.
- ``kg.lemmatizer_labels.v1``: a ``before_update`` callback. spaCy 3.8's
  ``trainable_lemmatizer`` does not rebuild its tree-to-label map when loaded from disk,
  so a sourced lemmatizer would learn every lemma as label 0 and forget what it knew; the
  callback rebuilds the map from the stored labels before the first update.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from spacy import registry
from spacy.language import Language
from spacy.training import Corpus, Example


@registry.readers("kg.ud_and_ner_corpus.v1")
def create_ud_and_ner_corpus(
    ud: str, ner: str, ud_repeats: int = 1
) -> Callable[[Language], Iterator[Example]]:
    """The UD documents of ``ud``, ``ud_repeats`` times, then the NER documents of ``ner``.

    Training shuffles the examples; repeating the UD file keeps its 45,000 words from being
    drowned by the NER corpus's 243,000.

    Examples
    --------
    >>> read = create_ud_and_ner_corpus("ud.spacy", "ner.spacy", ud_repeats=0)
    Traceback (most recent call last):
    ...
    ValueError: ud_repeats must be at least 1, not 0
    """
    if ud_repeats < 1:
        raise ValueError(f"ud_repeats must be at least 1, not {ud_repeats}")
    ud_corpus, ner_corpus = Corpus(Path(ud)), Corpus(Path(ner))

    def read(nlp: Language) -> Iterator[Example]:
        for _ in range(ud_repeats):
            yield from ud_corpus(nlp)
        yield from ner_corpus(nlp)

    return read


@registry.callbacks("kg.lemmatizer_labels.v1")
def create_lemmatizer_labels(
    name: str = "trainable_lemmatizer",
) -> Callable[[Language, dict], None]:
    """Rebuild a loaded lemmatizer's tree-to-label map before the first update."""

    def restore(nlp: Language, args: dict) -> None:
        lemmatizer = nlp.get_pipe(name)
        if not lemmatizer.tree2label:
            for label, tree in enumerate(lemmatizer.labels):
                lemmatizer.tree2label[tree] = label

    return restore
