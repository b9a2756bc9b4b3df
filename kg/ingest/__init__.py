"""Stage 1, ingest: files in, :class:`~kg.ingest.article.Article` records out.

- :mod:`~kg.ingest.readers`: folders, ``.txt``/``.md``/``.html``/``.jsonl``/``.csv`` files;
- :mod:`~kg.ingest.encoding`: bytes to text (BOMs, legacy encodings);
- :mod:`~kg.ingest.bounded`: reading a named file only if regular and bounded;
- :mod:`~kg.ingest.clean`: boilerplate and noise removal;
- :mod:`~kg.ingest.langid`: language detection and paragraph routing;
- :mod:`~kg.ingest.article`: the article record and its statuses.

Nothing here loads spaCy.
"""
