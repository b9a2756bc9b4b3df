"""Per-language data, one sub-package per ISO 639-1 code (``xx`` = any language).

Modules here hold data only (UPPER_CASE constants, CSV tables); the logic that
uses them lives in :mod:`kg.ingest.clean`, :mod:`pipelines.ner_baseline`,
:mod:`kg.extract` and :mod:`kg.graph.resolve`.
"""

import importlib


def get_data(lang: str, module: str, name: str, default=None):
    """Return constant ``name`` of ``kg.lang.<lang>.<module>``, or ``default``.

    Examples
    --------
    >>> "said" in get_data("en", "relations", "STATEMENT_CUES")
    True
    """
    try:
        mod = importlib.import_module(f"kg.lang.{lang}.{module}")
    except ModuleNotFoundError:
        return default
    return getattr(mod, name, default)
