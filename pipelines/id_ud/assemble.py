"""Assemble kg's Indonesian pipeline from the trained UD and NER pipelines.

The UD pipeline (``tok2vec``, ``morphologizer``, ``trainable_lemmatizer``, ``parser``,
trained by ``spacy train pipelines/id_ud/config.cfg``) gives the tags, lemmas, the parse
and the sentence boundaries; the NER pipeline (``pipelines/id_ner``) gives the entities.
The NER keeps its own tok2vec: its listener is replaced by a copy of the layer it listened
to, and the component is added after the parser. The result is copied into the kg package
with kg's metadata, the data sources and their licences.

Usage::

    python -m pipelines.id_ud.assemble pipelines/id_ud/training/model-best \\
        pipelines/id_ner/training/model-best kg/nlp/models/id
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy

from kg.about import __version__
from pipelines.id_ner.package import SOURCES as NER_SOURCES

UD = "https://github.com/UniversalDependencies/"
UD_SOURCES = [
    {"name": "UD Indonesian-CSUI (train)", "url": UD + "UD_Indonesian-CSUI",
     "license": "CC BY-SA 4.0", "author": "Alfina, Budi and Suhartanto (2020)"},
    {"name": "UD Indonesian-GSD (dev)", "url": UD + "UD_Indonesian-GSD",
     "license": "CC BY-SA 4.0",
     "author": "McDonald et al. (2013); revised by Alfina et al. (2019)"},
    {"name": "UD Indonesian-PUD", "url": UD + "UD_Indonesian-PUD",
     "license": "CC BY-SA 3.0", "author": "Zeman et al. (CoNLL 2017 shared task)"},
    {"name": "IndoSum (static vectors and tok2vec pretraining, text only)",
     "url": "https://github.com/kata-ai/indosum", "license": "CC BY-SA 4.0",
     "author": "Kurniawan and Louvan (2018)"},
]


def assemble(ud_path: Path, ner_path: Path, dest: Path) -> int:
    """Write the combined pipeline to ``dest``; return its size in bytes."""
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update({
        "name": "kg_id", "version": __version__,
        "description": "kg's Indonesian pipeline: tags, features, lemmas and a dependency parse "
                       "(UD labels) from a CNN tok2vec with floret vectors and pretraining on "
                       "Indonesian news, trained on UD Indonesian CSUI, GSD and PUD; and a "
                       "separate CNN NER (PER, ORG, LOC) trained on idner-news-2k, NERGrit "
                       "and NERP.",
        "author": "kg developers",
        "license": "CC BY-SA 4.0 (trained on UD treebanks and IndoSum); see sources",
        "sources": UD_SOURCES + NER_SOURCES,
        # trained with 3.8.x; any 3.8 release loads it (kg pins spacy>=3.8,<3.9)
        "spacy_version": ">=3.8.0,<3.9.0",
    })
    for key in ("url", "email", "performance"):
        nlp.meta.pop(key, None)
    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(Path(tmp) / "model")
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(Path(tmp) / "model", dest)
    return sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ud", type=Path, help="trained UD pipeline (model-best)")
    parser.add_argument("ner", type=Path, help="trained NER pipeline (model-best)")
    parser.add_argument("dest", type=Path, help="destination inside the package")
    args = parser.parse_args(argv)
    size = assemble(args.ud, args.ner, args.dest)
    print(f"assembled {args.ud} + {args.ner} -> {args.dest} ({size / 1e6:.1f} MB)")
    print(json.dumps(spacy.load(args.dest).pipe_names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
