"""Writing clean output: to stdout, or to files that appear only once complete.

A file is written to a temporary name in its own folder, flushed to disk and
then renamed over the target in one step (``os.replace``). A run that fails
or is interrupted removes its temporary file: no half-written output is left
behind, and an existing file is never truncated before its replacement is
complete. Ctrl-C that arrives while a temporary file is being created and
noted takes effect once it is noted (:func:`deferred_interrupts`), so that it
is removed too.
"""
from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import BinaryIO, Iterator

__all__ = ["AtomicFile", "Outputs", "deferred_interrupts"]

NEW_FILE_MODE = 0o666  # as open() would create it, before the umask


@cache
def _new_file_mode() -> int:
    """The mode open() gives a new file: 0o666 less the umask (read once: it cannot be peeked)."""
    mask = os.umask(0)
    os.umask(mask)
    return NEW_FILE_MODE & ~mask


@contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Ctrl-C (SIGINT) that arrives inside the block takes effect right after it.

    For steps that must not be cut in two, such as creating a temporary file and
    noting it for removal. Inside the block, SIGINT's handler only notes the
    signal; after it, the handler that was in place is restored and the signal
    raised again, so it does what it would have done. (Blocking the signal with
    ``signal.pthread_sigmask`` is not enough: the system hands it to any other
    thread that does not block it, a worker pool's, and Python then raises in
    the main thread at once.) Off the main thread, where no handler can be set,
    the block runs as it is.
    """
    previous = signal.getsignal(signal.SIGINT)
    if previous is None or threading.current_thread() is not threading.main_thread():
        yield  # off the main thread, or a handler set outside Python that could not be put back
        return
    caught: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            signal.raise_signal(signal.SIGINT)


class AtomicFile:
    """A file written under a temporary name and moved into place by :meth:`commit`.

    Create it inside :func:`deferred_interrupts` together with whatever notes it
    for :meth:`discard`, so that Ctrl-C cannot strike in between.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self.temp = Path(temp)
        try:
            self.file: BinaryIO = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self.temp.unlink(missing_ok=True)
            raise

    def write(self, data: bytes) -> None:
        self.file.write(data)

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.chmod(self.temp, _new_file_mode())  # mkstemp makes it private
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        self.file.close()
        self.temp.unlink(missing_ok=True)


class Outputs:
    """Routes pieces of output to stdout (target None) or to atomically written files.

    Use as a context manager: leaving it with an exception discards every file
    not yet committed.
    """

    def __init__(self) -> None:
        self.open_files: dict[Path, AtomicFile] = {}

    def write(self, target: Path | None, data: bytes) -> None:
        if target is None:
            sys.stdout.buffer.write(data)
            return
        self._file(target).write(data)

    def complete(self, target: Path | None) -> None:
        """The target has all its data: commit it (an empty file if nothing was written)."""
        if target is None:
            sys.stdout.buffer.flush()
            return
        self._file(target).commit()
        del self.open_files[target]  # once committed: until then, discard_all removes it

    def _file(self, target: Path) -> AtomicFile:
        file = self.open_files.get(target)
        if file is None:
            with deferred_interrupts():  # created and noted in one step
                file = self.open_files[target] = AtomicFile(target)
        return file

    def discard_all(self) -> None:
        for file in self.open_files.values():
            file.discard()
        self.open_files.clear()

    def __enter__(self) -> "Outputs":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.discard_all()
