"""Work units for cleaning a corpus: reading inputs into tasks, and the worker side.

The parent process stays light: it reads raw bytes (JSON Lines in blocks of
whole lines, text files whole) and ships them to workers; the workers decode,
parse, clean, serialize (and gzip) and send back bytes ready to write. Every
task travels with a :class:`Delivery` that stays in the parent and says where
the returned bytes go.
"""
from __future__ import annotations

import gzip
import sys
import warnings
import zlib
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, cast

from .corpus import Source
from .pipeline import HTMLInputWarning
from .records import InputError, RecordOptions, Tally, clean_document, clean_json_line

__all__ = [
    "Abort", "Delivery", "Document", "DocumentsTask", "LinesTask", "Problem", "ProblemLog",
    "TaskReader", "TaskResult", "run_task", "CHUNK_BYTES",
]

CHUNK_BYTES = 1 << 18  # input bytes per task: whole JSON Lines, or plain-text documents ...
BATCH_DOCUMENTS = 256  # ... of which at most this many per task
GZIP_LEVEL = 6  # zlib's default: most of level 9's compression at a fraction of its time
MAX_WARNINGS = 20  # skipped problems reported one by one; the rest are only counted


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be cleaned: the file, the line when known, what is wrong."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


class Abort(Exception):
    """Stop the run: a problem occurred and problems are not being skipped."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class ProblemLog:
    """Raise Abort on the first problem, or (skipping) count them and warn about the first few."""

    def __init__(self, *, skip: bool, warn: Callable[[str], None]) -> None:
        self.skip = skip
        self.warn = warn
        self.skipped = 0

    def report(self, problem: Problem) -> None:
        if not self.skip:
            raise Abort(problem)
        self.skipped += 1
        if self.skipped <= MAX_WARNINGS:
            self.warn(f"{problem} (skipped)")
        elif self.skipped == MAX_WARNINGS + 1:
            self.warn("further problems are skipped without a message")


@dataclass(frozen=True, slots=True)
class LinesTask:
    """A block of whole JSON Lines from one source."""

    source: str
    first_line: int  # line number of the block's first line
    data: bytes
    options: RecordOptions
    gzip_output: bool


@dataclass(frozen=True, slots=True)
class Document:
    """One plain-text document as read from disk."""

    source: str
    data: bytes
    gzip_input: bool
    gzip_output: bool


@dataclass(frozen=True, slots=True)
class DocumentsTask:
    documents: tuple[Document, ...]
    options: RecordOptions


Task = LinesTask | DocumentsTask


@dataclass(slots=True)
class TaskResult:
    """What a worker sends back: bytes to write per target (None: skipped), counts, problems."""

    pieces: list[bytes | None]
    tally: Tally
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Delivery:
    """Parent-side companion of a task: where each piece goes, and how far the input is read."""

    targets: tuple[tuple[Path | None, bool], ...]  # (target or None for stdout, complete after it)
    position: int  # bytes of input read (on disk) when the task was made


# ---- worker side -------------------------------------------------------------


def run_task(task: Task) -> TaskResult:
    # an HTML page read as text is counted (Tally.html_pages) and told once in the summary,
    # not warned about by every worker
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HTMLInputWarning)
        if isinstance(task, LinesTask):
            return _clean_lines(task)
        return _clean_documents(task)


def _maybe_gzip(data: bytes, compress: bool) -> bytes:
    # Each task's output is a complete gzip member; concatenated members form a valid file.
    return gzip.compress(data, compresslevel=GZIP_LEVEL) if compress else data


def _clean_lines(task: LinesTask) -> TaskResult:
    tally = Tally()
    problems: list[Problem] = []
    pieces: list[bytes] = []
    for offset, line in enumerate(task.data.split(b"\n")):
        if not line.strip():
            continue
        try:
            pieces.append(clean_json_line(line, task.options, tally))
        except InputError as err:
            problems.append(Problem(task.source, task.first_line + offset, err.message))
    return TaskResult([_maybe_gzip(b"".join(pieces), task.gzip_output)], tally, problems)


def _clean_documents(task: DocumentsTask) -> TaskResult:
    tally = Tally()
    result = TaskResult([], tally)
    for doc in task.documents:
        try:
            data = _gunzip(doc.data) if doc.gzip_input else doc.data
            out = clean_document(data, task.options, tally)
            result.pieces.append(_maybe_gzip(out, doc.gzip_output))
        except InputError as err:
            result.problems.append(Problem(doc.source, err.line, err.message))
            result.pieces.append(None)
    return result


def _gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(_describe(err)) from None


def _describe(err: BaseException) -> str:
    if isinstance(err, (EOFError, zlib.error, gzip.BadGzipFile)):
        return f"corrupt gzip data ({err})"
    return getattr(err, "strerror", None) or str(err)


# ---- parent side -------------------------------------------------------------


def _open_binary(source: Source, stack: ExitStack) -> tuple[BinaryIO, Callable[[], int]]:
    """The source's (decompressed) bytes, and a function giving the bytes read on disk."""
    if source.path is None:
        return sys.stdin.buffer, lambda: 0
    raw = stack.enter_context(open(source.path, "rb"))
    if source.gzip_input:
        return cast(BinaryIO, stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))), raw.tell
    return raw, raw.tell


def _blocks(stream: BinaryIO, size: int) -> Iterator[bytes]:
    """Blocks of about `size` bytes, each ending at a line break (except maybe the last)."""
    while data := stream.read(size):
        if not data.endswith(b"\n"):
            data += stream.readline()
        yield data


class TaskReader:
    """Turns sources into (task, delivery) pairs, reading lazily and in order."""

    def __init__(
        self,
        sources: Iterable[Source],
        options: RecordOptions,
        problems: ProblemLog,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self.sources = sources
        self.options = options
        self.problems = problems
        self.chunk_bytes = chunk_bytes
        self.done_bytes = 0  # on-disk bytes of the sources finished so far
        self.batch: list[tuple[Document, Path | None]] = []
        self.batch_bytes = 0

    def __iter__(self) -> Iterator[tuple[Task, Delivery]]:
        for source in self.sources:
            if source.jsonl:
                yield from self._flush()
                yield from self._json_lines(source)
            else:
                self._add_document(source)
                if self._batch_full():
                    yield from self._flush()
        yield from self._flush()

    def _add_document(self, source: Source) -> None:
        try:
            data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
        except OSError as err:
            self.problems.report(Problem(source.name, None, _describe(err)))
            return
        self.done_bytes += len(data)
        doc = Document(source.name, data, source.gzip_input, source.gzip_output)
        self.batch.append((doc, source.target))
        self.batch_bytes += len(data)

    def _batch_full(self) -> bool:
        return self.batch_bytes >= self.chunk_bytes or len(self.batch) >= BATCH_DOCUMENTS

    def _flush(self) -> Iterator[tuple[Task, Delivery]]:
        if not self.batch:
            return
        task = DocumentsTask(tuple(doc for doc, _ in self.batch), self.options)
        targets = tuple((target, True) for _, target in self.batch)
        self.batch, self.batch_bytes = [], 0
        yield task, Delivery(targets, self.done_bytes)

    def _json_lines(self, source: Source) -> Iterator[tuple[Task, Delivery]]:
        """Blocks of the source; the last one (possibly empty) completes its target."""
        with ExitStack() as stack:
            try:
                stream, read_on_disk = _open_binary(source, stack)
            except OSError as err:
                self.problems.report(Problem(source.name, None, _describe(err)))
                return
            first_line, pending = 1, b""
            try:
                for data in _blocks(stream, self.chunk_bytes):
                    if pending:
                        yield self._lines(source, first_line, pending, False, read_on_disk())
                        first_line += pending.count(b"\n")
                    pending = data
            except (OSError, EOFError, zlib.error) as err:  # unreadable or corrupt midway
                self.problems.report(Problem(source.name, None, _describe(err)))
            size = read_on_disk()
        yield self._lines(source, first_line, pending, True, size)
        self.done_bytes += size

    def _lines(
        self, source: Source, first_line: int, data: bytes, last: bool, read: int
    ) -> tuple[Task, Delivery]:
        task = LinesTask(source.name, first_line, data, self.options, source.gzip_output)
        return task, Delivery(((source.target, last),), self.done_bytes + read)

