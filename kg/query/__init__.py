"""Stage 6, query: asking a built graph questions.

- :mod:`~kg.query.api`: :func:`~kg.query.api.load` and :class:`~kg.query.api.KnowledgeGraph`
  (``kg.load`` and ``kg.KnowledgeGraph``);
- :mod:`~kg.query.records`: the answer records (entities, relations, ownership chains, ...).
"""
