"""Exceptions raised by kg. Every one derives from :class:`KGError`."""


class KGError(Exception):
    """Base class of kg's exceptions."""


class ReadError(KGError):
    """An input file or row could not be read into an article."""


class ModelNotFound(KGError):
    """A spaCy model package that a pipeline needs is not installed."""


class EngineError(KGError):
    """The engine running a build's work failed (a worker died, a cluster is unreachable)."""


class CacheError(KGError):
    """The build cache file cannot be opened or used."""
