"""Exceptions raised by kg. Every one derives from :class:`KGError`."""


class KGError(Exception):
    """Base class of kg's exceptions."""


class ReadError(KGError):
    """An input file or row could not be read into an article."""


class ModelNotFound(KGError):
    """A spaCy model package that a pipeline needs is not installed."""
