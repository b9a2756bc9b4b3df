"""The fields of the language data, declared once.

Each language package (``kg.lang.en``, ``kg.lang.id``) holds its data as
UPPER_CASE constants in small modules (``cleaning.py``, ``relations.py``,
``rules.py``) and gathers them in its ``__init__`` into one
:class:`LanguageData`, ``DATA``; ``kg.lang.xx`` gathers the data of every
language into one :class:`SharedData`. Field ``list_separators`` of
:class:`RelationData` is the constant ``LIST_SEPARATORS`` of a
``relations.py``, and so on: :func:`from_module` fails, at import, when a
module lacks one, and code reads fields as attributes, so a misspelt name
fails where it is read instead of giving an empty list.

To add a language, copy ``kg/lang/en``, fill in every constant these classes
ask for, and add its code to :data:`kg.lang.LANGS`.

Examples
--------
>>> import kg.lang.id
>>> kg.lang.id.DATA.relations.owner_links
['dari']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from types import ModuleType

#: A list of lower-case words or phrases (a phrase: words separated by spaces).
Words = Collection[str]


def _words():
    """A field holding :data:`Words`, matched lower-case (see :func:`word_fields`)."""
    return field(metadata={"words": True})


def word_fields(cls) -> tuple[str, ...]:
    """Names of the fields of ``cls`` that hold word lists.

    Examples
    --------
    >>> word_fields(RelationData)[:3]
    ('agent_markers', 'agent_blockers', 'criticism_cues')
    """
    return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("words"))


def from_module(cls, module: ModuleType):
    """Build the dataclass ``cls`` from the UPPER_CASE constants of ``module``.

    Field ``name`` takes the constant ``NAME``; the module may hold more
    constants (the pieces its data is built from).

    Raises
    ------
    AttributeError
        If ``module`` lacks the constant of a field; the message names all of
        them.

    Examples
    --------
    >>> import types
    >>> m = types.ModuleType("kg.lang.zz.junk")
    >>> m.NOT_ENTITIES, m.EVENT_TAILS = {"ai"}, {"day"}
    >>> from_module(JunkData, m)
    Traceback (most recent call last):
    ...
    AttributeError: kg.lang.zz.junk lacks CAMPAIGN_WORDS, a field of JunkData
    """
    names = [f.name for f in dataclasses.fields(cls)]
    missing = [n.upper() for n in names if not hasattr(module, n.upper())]
    if missing:
        raise AttributeError(f"{module.__name__} lacks {', '.join(missing)}, "
                             f"a field{'s' * (len(missing) > 1)} of {cls.__name__}")
    return cls(**{n: getattr(module, n.upper()) for n in names})


@dataclass(frozen=True)
class CleaningData:
    """Cleaning rules (``<code>/cleaning.py``); :mod:`kg.ingest.clean` applies
    those of ``xx`` and of every language, concatenated. An empty list where a
    language has no such rule."""

    boilerplate_lines: Sequence[re.Pattern]
    caption_lines: Sequence[re.Pattern]
    caption_credits: Sequence[re.Pattern]
    mt_disclaimers: Sequence[re.Pattern]
    byline_lines: Sequence[re.Pattern]
    byline_tails: Sequence[re.Pattern]
    inline_prefixes: Sequence[re.Pattern]
    title_suffixes: Sequence[re.Pattern]


@dataclass(frozen=True)
class TextData:
    """Characters, markup, other scripts and length limits of cleaning, the same
    in every language (``xx/cleaning.py``)."""

    line_breaks: str
    space_chars: str
    invisible_chars: str
    markup_marks: re.Pattern
    link_only_lines: re.Pattern
    markdown_links: re.Pattern
    foreign_letter: str
    foreign_run: re.Pattern
    foreign_script_max_share: float
    caption_max_chars: int
    byline_max_chars: int


@dataclass(frozen=True)
class RelationData:
    """Cue lexicons and word lists of relation extraction (``<code>/relations.py``;
    the format is described in :mod:`kg.lang.en.relations`)."""

    relation_cues: list[dict]
    statement_cues: dict[str, str]
    modality_cues: dict[str, list[str]]
    family_types: dict[str, tuple[list[str], list[str]]]
    owner_before_noun: bool
    title_orgs: dict[str, str]
    title_orgs_before: dict[str, str]
    title_abbreviations: dict[str, str]
    amount_pattern: str
    stake_pattern: str
    agent_markers: Words = _words()
    agent_blockers: Words = _words()
    criticism_cues: Words = _words()
    critic_nouns: Words = _words()
    addressee_cues: Words = _words()
    speaker_skip: Words = _words()
    topic_prepositions: Words = _words()
    negated_statement: Words = _words()
    person_pronouns: Words = _words()
    object_pronouns: Words = _words()
    org_pronouns: Words = _words()
    org_descriptions: Words = _words()
    prepositions: Words = _words()
    clause_breaks: Words = _words()
    clause_openers: Words = _words()
    list_separators: Words = _words()
    owned_nouns: Words = _words()
    parent_nouns: Words = _words()
    owner_links: Words = _words()
    role_words: Words = _words()
    role_links: Words = _words()
    role_verbs: Words = _words()
    role_whose: Words = _words()
    title_org_drop_tail: Words = _words()


@dataclass(frozen=True)
class RuleData:
    """Data of the rule layers around the statistical NER (``<code>/rules.py``,
    read by :mod:`kg.nlp.rule_layers`; ``*_lower`` words are compared lower-case,
    ``*_patterns`` are spaCy Matcher patterns)."""

    labels: dict[str, str]
    # titles and the names after them (kg_entity_fixes)
    person_titles_lower: tuple[str, ...]
    title_complement_lower: tuple[str, ...]
    title_connectors_lower: tuple[str, ...]
    portfolio_before_title: bool
    title_org_links_lower: tuple[str, ...]
    name_particles_lower: tuple[str, ...]
    name_break_words_lower: tuple[str, ...]
    name_break_verbs_lower: tuple[str, ...]
    name_reject_words_lower: tuple[str, ...]
    reject_affixed_words: bool
    edge_function_words_lower: tuple[str, ...]
    sentence_start_words_lower: tuple[str, ...]
    calendar_words_lower: tuple[str, ...]
    language_context_lower: tuple[str, ...]
    law_subject_lower: tuple[str, ...]
    # known names (both layers)
    ambiguous_names: tuple[str, ...]
    known_orgs: tuple[str, ...]
    org_extensions: tuple[str, ...]
    org_prefix_heads_lower: tuple[str, ...]
    known_places: tuple[str, ...]
    known_laws: tuple[str, ...]
    # pattern families and the words or shapes that gate them (kg_entity_rules)
    government_gate_lower: tuple[str, ...]
    government_patterns: list[list[dict]]
    company_gate_lower: tuple[str, ...]
    company_patterns: list[list[dict]]
    company_open_patterns: list[list[dict]]
    ticker_gate_shapes: tuple[str, ...]
    ticker_patterns: list[list[dict]]
    law_gate_lower: tuple[str, ...]
    law_patterns: list[list[dict]]


@dataclass(frozen=True)
class JunkData:
    """Words the models tag as entities that are not entities of the graph
    (``xx/junk.py``, read by :mod:`kg.nlp.mentions`)."""

    not_entities: Words
    event_tails: Words
    campaign_words: Words


@dataclass(frozen=True)
class NameData:
    """Words stripped from the front of a name when matching it (``xx/names.py``,
    read by :mod:`kg.nlp.names`)."""

    leading_demonyms: Words


@dataclass(frozen=True)
class LawData:
    """Regulation types, for the matching key of laws (``xx/laws.py``, read by
    :mod:`kg.nlp.names`)."""

    law_type_phrases: dict[str, list[str]]


@dataclass(frozen=True)
class LanguageData:
    """All the data of one language: ``kg.lang.<code>.DATA``."""

    code: str
    cleaning: CleaningData
    relations: RelationData
    rules: RuleData

    @classmethod
    def from_modules(cls, code: str, *, cleaning: ModuleType, relations: ModuleType,
                     rules: ModuleType) -> LanguageData:
        """Gather the constants of a language's modules.

        Raises
        ------
        AttributeError
            If a module lacks a constant (:func:`from_module`).
        """
        return cls(code=code, cleaning=from_module(CleaningData, cleaning),
                   relations=from_module(RelationData, relations),
                   rules=from_module(RuleData, rules))


@dataclass(frozen=True)
class SharedData:
    """The data of every language: ``kg.lang.xx.DATA``."""

    cleaning: CleaningData
    text: TextData
    junk: JunkData
    names: NameData
    laws: LawData

    @classmethod
    def from_modules(cls, *, cleaning: ModuleType, junk: ModuleType, names: ModuleType,
                     laws: ModuleType) -> SharedData:
        """Gather the constants of ``kg.lang.xx``'s modules.

        Raises
        ------
        AttributeError
            If a module lacks a constant (:func:`from_module`).
        """
        return cls(cleaning=from_module(CleaningData, cleaning),
                   text=from_module(TextData, cleaning), junk=from_module(JunkData, junk),
                   names=from_module(NameData, names), laws=from_module(LawData, laws))
