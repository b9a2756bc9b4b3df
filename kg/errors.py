"""Exceptions raised by kg, and the exit codes of the ``kg`` commands.

Every exception derives from :class:`KGError`; those about a value (a graph
file, a graph's data) are also ``ValueError``. :class:`ExitCode` is the one
table of exit codes every command returns.
"""

import enum


class ExitCode(enum.IntEnum):
    """Exit codes of the ``kg`` commands (``kg build`` gives all of them).

    Examples
    --------
    >>> int(ExitCode.USAGE), ExitCode(130).name
    (2, 'INTERRUPTED')
    """

    #: Done: every input article was built (duplicates count as built).
    OK = 0
    #: Outputs were written, but some input failed; or the build stopped because its
    #: outputs, the cache or a worker failed (the earlier outputs stay). ``kg kb lookup``:
    #: no entry found.
    FAILED = 1
    #: A usage error: bad options, no input article at all, an unusable output folder
    #: or alias file, a graph file that cannot be read. Nothing is written.
    USAGE = 2
    #: No input failed, but some articles were skipped (another language, too short).
    SKIPPED = 3
    #: Interrupted with Ctrl-C (128 + SIGINT, as shells report it).
    INTERRUPTED = 130


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


class UsageError(KGError):
    """A problem with a command's input, reported as ``kg: error: ...`` (exit code 2)."""


class GraphFileError(KGError, ValueError):
    """A file that is no readable graph.json; ``str()`` reads "PATH is REASON"."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path} is {reason}")
        self.path, self.reason = path, reason


class ContractError(KGError, ValueError):
    """A graph's data breaks the graph.json contract; ``str()`` says where and how."""


class VersionError(ContractError):
    """A graph was written by a kg whose contract this kg does not read."""


class KBError(KGError, ValueError):
    """A knowledge-base file or entry breaks the format (``docs/knowledge-base.md``)."""
