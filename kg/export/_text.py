"""Text helpers the page writers share."""

from __future__ import annotations


def clip(value, limit: int) -> str:
    """``str(value)`` on one line (whitespace collapsed), cut to ``limit`` characters with "…".

    Examples
    --------
    >>> clip("Kementerian   Perdagangan\\nRI", 20)
    'Kementerian Perdaga…'
    """
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
