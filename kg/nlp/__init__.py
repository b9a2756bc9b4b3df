"""Stage 2, nlp: the spaCy pipelines per language and the entity mentions they give.

- :mod:`~kg.nlp.pipelines`: loading the English model and kg's Indonesian one
  (``models/id``), cached;
- :mod:`~kg.nlp.sentences`: where an Indonesian sentence may end, before the parser;
- :mod:`~kg.nlp.rule_layers`: the spaCy components before and after ``ner``;
- :mod:`~kg.nlp.mentions`: :class:`~kg.nlp.mentions.Mention` records from a ``Doc``;
- :mod:`~kg.nlp.names`: matching keys of names (no spaCy), shared by the later stages.

This package's ``__init__`` imports nothing, so ``kg.nlp.names`` stays cheap.
"""
