"""kg: multilingual (English + Indonesian) entity-and-relation knowledge graphs from news.

The public API is imported lazily, so ``import kg.ingest.readers`` stays cheap.

Examples
--------
>>> import kg
>>> kg.load_pipeline("id").lang
'id'
"""

import importlib

from kg.about import __version__

_API = {
    "build": "kg.pipeline.driver",
    "BuildResult": "kg.pipeline.driver",
    "load_pipeline": "kg.nlp.pipelines",
    "read_graph": "kg.export.json",
    "load": "kg.query.api",
    "KnowledgeGraph": "kg.query.api",
}

__all__ = ["__version__", *_API]


def __getattr__(name):
    if name in _API:
        module = importlib.import_module(_API[name])
        return getattr(module, "read_json" if name == "read_graph" else name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
