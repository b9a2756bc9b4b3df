"""Atomic file writes shared by the exporters.

A reader of an output file (a browser, another build, a half-finished copy)
sees either the old file or the complete new one, never a truncated mix: the
data goes to a temporary file in the same folder, is flushed and synced to
disk, and only then replaces the target with :func:`os.replace`, which is
atomic on POSIX and Windows when both paths are on the same file system.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def atomic_write_bytes(path, data):
    """Write ``data`` to ``path`` atomically.

    Parameters
    ----------
    path : str or os.PathLike
        Target file. Its folder must exist; an existing file is replaced and
        keeps its permission bits, a new file gets the usual ``0o666 & ~umask``.
    data : bytes
        The complete new content.

    Raises
    ------
    OSError
        If the folder is missing or not writable, or the disk is full. The old
        file, if any, is then left untouched and no temporary file remains.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.bin"
    >>> atomic_write_bytes(target, b"kg")
    >>> target.read_bytes()
    b'kg'
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    mode = _target_mode(path)
    tmp = tempfile.NamedTemporaryFile(
        dir=folder, prefix="." + os.path.basename(path) + ".", suffix=".tmp", delete=False
    )
    try:
        with tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp.name, mode)
        os.replace(tmp.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp.name)
        raise


def atomic_write_text(path, text, encoding="utf-8"):
    """Write the string ``text`` to ``path`` atomically.

    The text is encoded before anything touches the disk, and line endings are
    written as they are (no ``\\n`` -> ``os.linesep`` translation).

    Parameters
    ----------
    path : str or os.PathLike
        Target file; see :func:`atomic_write_bytes`.
    text : str
        The complete new content.
    encoding : str, default "utf-8"
        Encoding of the written bytes.

    Raises
    ------
    UnicodeEncodeError
        If ``text`` cannot be encoded; nothing is written.
    OSError
        See :func:`atomic_write_bytes`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> atomic_write_text(target, "<p>Jakarta</p>\\n")
    >>> target.read_text(encoding="utf-8")
    '<p>Jakarta</p>\\n'
    """
    atomic_write_bytes(path, text.encode(encoding))


def _target_mode(path):
    """Permission bits the written file should end up with."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        # NamedTemporaryFile creates 0o600; a new output file should instead
        # follow the umask like open(path, "w") would. Python < 3.13 can only
        # read the umask by setting it.
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
