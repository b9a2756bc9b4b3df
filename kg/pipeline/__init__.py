"""Stage 5, pipeline: the build that runs the stages over a corpus.

- :mod:`~kg.pipeline.driver`: :func:`~kg.pipeline.driver.build`, reading, resolving and
  writing the outputs (``kg.build`` is this function);
- :mod:`~kg.pipeline.analyse`: the per-article work, the same in any process;
- :mod:`~kg.pipeline.engines`: where that work runs (this process, workers, Dask);
- :mod:`~kg.pipeline.cache`: per-article results kept between builds (SQLite);
- :mod:`~kg.pipeline.run_report`: report.json, what happened to every input.
"""
