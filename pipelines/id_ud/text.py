"""Unlabelled Indonesian news for the static vectors and the tok2vec pretraining.

Reads the Indonesian articles of the bulk corpus (``articles.jsonl.gz``: IndoSum,
CC BY-SA 4.0, 3,463 articles, 1.0 million words) and writes

- ``tokens.txt``: one article a line, tokenised by kg's Indonesian tokenizer and
  joined by spaces, for floret;
- ``pretrain.jsonl``: ``{"text": ...}`` per paragraph, cut into pieces of at most 300
  words (``spacy pretrain`` skips longer documents), for the pretraining.

Then trains floret vectors (CBOW, hashed subwords of 4-5 characters, the budget in
``--dim`` and ``--bucket``) and converts them for spaCy with ``spacy init vectors``.

Usage::

    python -m pipelines.id_ud.text --bulk ../shared/corpus/bulk/articles.jsonl.gz \\
        --out pipelines/id_ud/corpus --vectors pipelines/id_ud/vectors
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path

#: Pretraining pieces hold at most this many words.
MAX_WORDS = 300


def paragraphs(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Paragraphs of at least five words, cut into pieces of at most ``max_words``.

    Examples
    --------
    >>> paragraphs("Judul\\n\\nSatu dua tiga empat lima enam.", max_words=4)
    ['Satu dua tiga empat', 'lima enam.']
    """
    out = []
    for para in text.split("\n"):
        words = para.split()
        if len(words) >= 5:
            out += [" ".join(words[i:i + max_words]) for i in range(0, len(words), max_words)]
    return out


def write_text(bulk: Path, out: Path) -> tuple[int, int]:
    """Write ``tokens.txt`` and ``pretrain.jsonl``; return (articles, tokens)."""
    import spacy

    tokenizer = spacy.blank("id").tokenizer
    out.mkdir(parents=True, exist_ok=True)
    n_articles = n_tokens = 0
    with gzip.open(bulk, "rt", encoding="utf-8") as src, \
            open(out / "tokens.txt", "w", encoding="utf-8") as tokens, \
            open(out / "pretrain.jsonl", "w", encoding="utf-8") as pretrain:
        for line in src:
            article = json.loads(line)
            if article.get("lang") != "id":
                continue
            words = [t.text for t in tokenizer(article["text"]) if not t.is_space]
            tokens.write(" ".join(words) + "\n")
            for piece in paragraphs(article["text"]):
                pretrain.write(json.dumps({"text": piece}, ensure_ascii=False) + "\n")
            n_articles += 1
            n_tokens += len(words)
    return n_articles, n_tokens


def train_vectors(tokens: Path, dest: Path, *, dim: int, bucket: int, epoch: int = 10) -> None:
    """Train floret vectors on ``tokens`` and save them as a spaCy vectors folder."""
    import floret

    model = floret.train_unsupervised(
        str(tokens), model="cbow", mode="floret", hashCount=2, bucket=bucket, minn=4, maxn=5,
        dim=dim, epoch=epoch, minCount=3, thread=2, verbose=0, seed=0)
    raw = tokens.with_suffix(".floret")
    model.save_floret_vectors(str(raw))
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(raw), str(dest),
                    "--mode", "floret"], check=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bulk", type=Path,
                        default=Path("../shared/corpus/bulk/articles.jsonl.gz"),
                        help="bulk corpus, JSON lines with lang and text (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("pipelines/id_ud/corpus"),
                        help="folder for tokens.txt and pretrain.jsonl (default: %(default)s)")
    parser.add_argument("--vectors", type=Path, default=Path("pipelines/id_ud/vectors"),
                        help="spaCy vectors folder to write (default: %(default)s)")
    parser.add_argument("--dim", type=int, default=64,
                        help="vector dimensions (default: %(default)s)")
    parser.add_argument("--bucket", type=int, default=50_000,
                        help="floret hash buckets, rows of the table (default: %(default)s)")
    args = parser.parse_args(argv)
    articles, tokens = write_text(args.bulk, args.out)
    print(f"{articles} Indonesian articles, {tokens} tokens")
    train_vectors(args.out / "tokens.txt", args.vectors, dim=args.dim, bucket=args.bucket)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
