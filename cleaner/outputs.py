"""Writing clean output: to stdout, or to files that appear only once complete.

A file is written to a temporary name in its own folder, flushed to disk and
then renamed over the target in one step (``os.replace``). A run that fails
or is interrupted removes its temporary file: no half-written output is left
behind, and an existing file is never truncated before its replacement is
complete.
"""
from __future__ import annotations

import os
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import BinaryIO

__all__ = ["AtomicFile", "Outputs"]

NEW_FILE_MODE = 0o666  # as open() would create it, before the umask


@cache
def _new_file_mode() -> int:
    """The mode open() gives a new file: 0o666 less the umask (read once: it cannot be peeked)."""
    mask = os.umask(0)
    os.umask(mask)
    return NEW_FILE_MODE & ~mask


class AtomicFile:
    """A file written under a temporary name and moved into place by :meth:`commit`."""

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self.temp = Path(temp)
        self.file: BinaryIO = os.fdopen(fd, "wb")

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
        if target not in self.open_files:
            self.open_files[target] = AtomicFile(target)
        self.open_files[target].write(data)

    def complete(self, target: Path | None) -> None:
        """The target has all its data: commit it (an empty file if nothing was written)."""
        if target is None:
            sys.stdout.buffer.flush()
            return
        file = self.open_files.pop(target, None) or AtomicFile(target)
        file.commit()

    def discard_all(self) -> None:
        for file in self.open_files.values():
            file.discard()
        self.open_files.clear()

    def __enter__(self) -> "Outputs":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.discard_all()
