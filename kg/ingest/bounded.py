"""Reading a file the user named (a graph.json, an alias table): regular files only, bounded.

A FIFO, a device such as ``/dev/zero`` or an endless file would otherwise hang
a command or read until memory runs out. :func:`read_bounded` opens the path
without blocking, checks what it is on the open file (so a path swapped in
between is caught too), and reads at most ``max_bytes``.
"""

from __future__ import annotations

import os
import stat

from kg.errors import ReadError


def size_text(n: int) -> str:
    """A byte count for messages: ``"2.5 MB"`` from 100 kB up, else ``"1,234 bytes"``.

    Examples
    --------
    >>> size_text(2_500_000), size_text(1234)
    ('2.5 MB', '1,234 bytes')
    """
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def read_bounded(path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, if it holds at most ``max_bytes``.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    max_bytes : int
        The largest size accepted.

    Returns
    -------
    bytes

    Raises
    ------
    kg.errors.ReadError
        If ``path`` is a folder, not a regular file (a FIFO, a device, a
        socket), or larger than ``max_bytes`` (also if it grows past it while
        being read). The message is the reason alone, to follow "is" or
        "cannot read PATH:" ("not a regular file", "a folder, not a file",
        "too large: ...").
    OSError
        If it cannot be opened (missing, permission denied).

    Examples
    --------
    >>> read_bounded("/dev/null", 10)
    Traceback (most recent call last):
    ...
    kg.errors.ReadError: not a regular file
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "a.csv")
    >>> with open(path, "wb") as fh:
    ...     _ = fh.write(b"canonical,type,aliases\\n")
    >>> read_bounded(path, 100)[:9]
    b'canonical'
    >>> read_bounded(path, 5)
    Traceback (most recent call last):
    ...
    kg.errors.ReadError: too large: 23 bytes > limit 5 bytes
    """
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file")
        if info.st_size > max_bytes:
            raise ReadError(f"too large: {size_text(info.st_size)} > limit {size_text(max_bytes)}")
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:  # it grew while being read
            raise ReadError(f"too large: more than {size_text(max_bytes)}")
        return b"".join(chunks)
    finally:
        os.close(fd)
