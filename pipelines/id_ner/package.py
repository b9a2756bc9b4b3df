"""Copy a trained pipeline into the kg package, with its metadata.

Usage::

    python -m pipelines.id_ner.package pipelines/id_ner/training/model-best kg/nlp/models/id_ner

Only what ``spacy.load`` needs is copied (config, meta, tokenizer, vocab
strings, component weights); the model's ``meta.json`` gets kg's name,
version, data sources and licences.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from kg.about import __version__

SOURCES = [
    {"name": "idner-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k",
     "license": "MIT", "author": "Khairunnisa, Imankulova and Komachi (AACL-IJCNLP SRW 2020)"},
    {"name": "NERGrit (IndoNLU)", "url": "https://github.com/IndoNLP/indonlu",
     "license": "Apache-2.0 (IndoNLU); grit-id corpus terms", "author": "Wilie et al. (AACL 2020)"},
    {"name": "NERP (IndoNLU)", "url": "https://github.com/IndoNLP/indonlu",
     "license": "Apache-2.0 (IndoNLU)", "author": "Wilie et al. (AACL 2020)"},
]


def package(src: Path, dest: Path) -> int:
    """Replace ``dest`` with the loadable parts of the pipeline in ``src``; return its size."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "kg_id_ner", "version": __version__,
        "description": "kg's Indonesian NER (PER, ORG, LOC): CNN tok2vec + transition-based NER "
                       "trained on idner-news-2k, NERGrit and case-augmented NERP.",
        "author": "kg developers", "license": "MIT (model weights); see sources",
        "sources": SOURCES,
        # trained with 3.8.x; any 3.8 release loads it (kg pins spacy>=3.8,<3.9)
        "spacy_version": ">=3.8.0,<3.9.0",
    })
    meta.pop("url", None)
    meta.pop("email", None)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path, help="trained pipeline folder (model-best)")
    parser.add_argument("dest", type=Path, help="destination inside the package")
    args = parser.parse_args(argv)
    size = package(args.src, args.dest)
    print(f"packaged {args.src} -> {args.dest} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
