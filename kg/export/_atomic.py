"""Atomic file writes shared by the exporters.

A reader of an output file (a browser, another build, a half-finished copy)
sees either the old file or the complete new one, never a truncated mix: the
data goes to a temporary file in the same folder, is flushed and synced to
disk, and only then replaces the target with :func:`os.replace`, which is
atomic on POSIX and Windows when both paths are on the same file system.
:func:`atomic_open` does the same for a writer that streams its output.

:func:`replace_together` does the same for a set of files (a build's
outputs): all of them are written first, and only then do they replace the
old ones, so a reader never sees a new graph.json next to an old report.json.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import shutil
import signal
import stat
import tempfile
import threading


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
    with atomic_open(path) as f:
        f.write(data)


@contextlib.contextmanager
def atomic_open(path, encoding=None):
    """A file handle whose content replaces ``path`` atomically when the block ends.

    For writers that produce their output piece by piece: the pieces go to a
    temporary file in the folder of ``path`` as they come. When the ``with``
    block ends normally the file is flushed, synced and renamed over ``path``;
    if the block raises anything (``KeyboardInterrupt`` included), the
    temporary file is removed, ``path`` is left as it was and the exception
    goes on.

    Parameters
    ----------
    path : str or os.PathLike
        Target file; see :func:`atomic_write_bytes`.
    encoding : str, optional
        None gives a binary handle; an encoding gives a text handle that
        encodes strictly with it and writes line endings as they are (no
        ``\\n`` -> ``os.linesep`` translation).

    Raises
    ------
    OSError
        See :func:`atomic_write_bytes`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> with atomic_open(target, encoding="utf-8") as out:
    ...     for line in ("a\\n", "b\\n"):
    ...         _ = out.write(line)
    >>> target.read_text(encoding="utf-8")
    'a\\nb\\n'
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    mode = _target_mode(path)
    text = {} if encoding is None else {"mode": "w", "encoding": encoding, "newline": ""}
    tmp = tempfile.NamedTemporaryFile(
        dir=folder, prefix="." + os.path.basename(path) + ".", suffix=".tmp", delete=False,
        **text)
    try:
        with tmp:
            yield tmp
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


@contextlib.contextmanager
def replace_together(folder):
    """Write files that replace their old versions in ``folder`` all at once, or not at all.

    The body writes the files into the folder this context manager gives (a
    hidden folder inside ``folder``, so on the same file system). When the
    body ends without an exception, every file written there is moved into
    ``folder``, replacing the file of the same name (which keeps its
    permission bits); Ctrl-C is held back while they move (the
    ``KeyboardInterrupt`` that follows has ``outputs_replaced`` set). If the body raises
    (a full disk, say), the hidden folder is removed and ``folder`` is left as
    it was.

    Parameters
    ----------
    folder : str or os.PathLike
        An existing folder.

    Yields
    ------
    pathlib.Path
        Where to write the files (names only: no sub-folders).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with replace_together(out) as stage:
    ...     _ = (stage / "a.txt").write_text("new a")
    ...     _ = (stage / "b.txt").write_text("new b")
    >>> sorted(p.name for p in out.iterdir())
    ['a.txt', 'b.txt']
    >>> try:
    ...     with replace_together(out) as stage:
    ...         _ = (stage / "a.txt").write_text("newer a")
    ...         raise OSError(28, "No space left on device")
    ... except OSError:
    ...     pass
    >>> (out / "a.txt").read_text(), sorted(p.name for p in out.iterdir())
    ('new a', ['a.txt', 'b.txt'])
    """
    folder = pathlib.Path(folder)
    stage = pathlib.Path(tempfile.mkdtemp(dir=folder, prefix=".kg-new-"))
    try:
        yield stage
        moved = False
        try:
            with _sigint_held():
                for path in sorted(stage.iterdir()):
                    target = folder / path.name
                    with contextlib.suppress(FileNotFoundError):
                        os.chmod(path, stat.S_IMODE(os.stat(target).st_mode))
                    os.replace(path, target)
                moved = True
        except KeyboardInterrupt as exc:  # held back until the files were in place
            exc.outputs_replaced = moved
            raise
        _sync_folder(folder)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


@contextlib.contextmanager
def _sigint_held():
    """Hold Ctrl-C (SIGINT) back in the main thread until the block ends."""
    if (not hasattr(signal, "pthread_sigmask")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _sync_folder(folder):
    """Make the renames in ``folder`` durable, where the system allows it."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
