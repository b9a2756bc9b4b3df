"""Per-language data, one sub-package per ISO 639-1 code (``xx`` = every language).

Modules here hold data only (UPPER_CASE constants, CSV tables); each package
gathers its constants in its ``__init__`` into one typed object, ``DATA``,
whose fields are declared in :mod:`kg.lang.data`: a
:class:`~kg.lang.data.LanguageData` for ``en`` and ``id`` (see
:func:`get_lang_data`), a :class:`~kg.lang.data.SharedData` for ``xx``.
The logic that uses them lives in :mod:`kg.ingest.clean`,
:mod:`kg.nlp.rule_layers`, :mod:`kg.nlp.mentions`, :mod:`kg.nlp.names`,
:mod:`kg.extract` and :mod:`kg.graph.resolve`. ``en`` and ``id`` do not
import each other; what both use lives in ``xx``.
"""

from __future__ import annotations

import importlib

from kg.lang.data import LanguageData

#: Codes of the languages with data.
LANGS = ("en", "id")


def get_lang_data(code: str) -> LanguageData:
    """Return the data of language ``code`` (``kg.lang.<code>.DATA``).

    A language's package is imported on first use: its entity rules load spaCy's
    stop words.

    Raises
    ------
    ValueError
        If ``code`` is not one of :data:`LANGS`.

    Examples
    --------
    >>> "said" in get_lang_data("en").relations.statement_cues
    True
    """
    if code not in LANGS:
        raise ValueError(f"no data for language {code!r}; supported: {', '.join(LANGS)}")
    return importlib.import_module(f"kg.lang.{code}").DATA
