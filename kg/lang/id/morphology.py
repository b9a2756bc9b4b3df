"""Indonesian word shapes: affixed common words, which are not names.

Used by the rule layer after ``ner`` (:mod:`kg.nlp.rule_layers`) and by the
rule-based baseline recogniser (``pipelines/ner_baseline.py``).
"""

from __future__ import annotations

import re

_AFFIXED = re.compile(
    r"^(?:pe|pem|pen|peng|peny|per|ke|ber|ter|me|mem|men|meng|meny|di)[a-z]{3,}(?:an|kan)$"
)


def is_affixed_common_word(lower: str) -> bool:
    """Return True if ``lower`` looks like an affixed Indonesian common word.

    Clitics (``-nya``, ``-lah``, ``-kah``, ``-pun``), the confixes ``pe-an``,
    ``ke-an``, ``per-an``, ``ber-an``, verbs in ``me-kan`` / ``di-kan``, and
    the loan suffixes ``-asi``, ``-isasi``, ``-isme``, ``-itas``, and
    reduplicated plurals ("harga-harga").

    Examples
    --------
    >>> [is_affixed_common_word(w) for w in ("kebijakan", "menurutnya", "korupsi", "setiawan")]
    [True, True, True, False]
    """
    head, _, tail = lower.partition("-")
    if tail and (tail.startswith(head) or head.startswith(tail)):  # "harga-harga"
        return True
    n = len(lower)
    if n < 6:
        return False
    if lower.endswith(("nya", "lah", "kah", "pun")) and not lower.endswith("llah"):
        return True
    if n >= 8 and _AFFIXED.match(lower) and not lower.endswith(("wan", "man", "yan")):
        return True
    if n >= 7 and lower.startswith("ter") and lower[3] not in "aeiouy":
        return True  # superlatives and passives: "terbaik", "terpilih"
    return n >= 7 and lower.endswith(("asi", "isi", "usi", "upsi", "isme", "itas"))
