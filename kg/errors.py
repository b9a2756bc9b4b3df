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


class NoInputError(KGError):
    """A build found no input article at all: every path is missing, or holds no article file.

    Raised before anything is written, so the outputs of an earlier build stay.
    """


class OutputError(KGError):
    """The build's outputs could not be written (disk full, say); the earlier ones stand."""


class OutputFolderError(OutputError):
    """The output folder cannot be used (not a folder, not writable); found before any work."""


class AliasFileError(KGError):
    """A user alias file (``kg build --aliases``) cannot be read or breaks the table's rules.

    The message is one line that starts with the file's path: ``"PATH: reason"``
    (see :mod:`kg.graph.aliases`).
    """
