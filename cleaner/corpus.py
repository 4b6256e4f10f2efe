"""Finding the documents of a corpus and where each one's clean version goes.

Inputs are plain-text files (one document each), JSON Lines files (one record
per line, optionally gzip-compressed), folders (walked recursively, in sorted
order) and stdin. Outputs go to stdout, to one file, or into a folder that
mirrors the input paths.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

__all__ = ["STDIN", "Source", "UsageError", "is_jsonl_name", "plan_sources", "missing_paths", "survey", "into_folder"]

STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
TEXT_SUFFIXES = (".txt",)  # the plain-text files taken from a folder
HTML_SUFFIXES = (".html", ".htm")  # the pages taken from a folder instead, with --html
HTML_TARGET_SUFFIX = ".txt"  # a page's clean text is written under its name with this suffix
GZIP_SUFFIX = ".gz"


class UsageError(ValueError):
    """Paths and options that do not fit together (exit status 2, like argparse)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input file (or stdin) and where its clean version goes."""

    path: Path | None  # None: stdin
    name: str  # as shown in messages
    jsonl: bool
    target: Path | None  # None: stdout

    @property
    def gzip_input(self) -> bool:
        return self.path is not None and self.path.name.endswith(GZIP_SUFFIX)

    @property
    def gzip_output(self) -> bool:
        return self.target is not None and self.target.name.endswith(GZIP_SUFFIX)


def is_jsonl_name(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _taken_from_folder(name: str, html: bool) -> bool:
    documents = HTML_SUFFIXES if html else TEXT_SUFFIXES
    return not name.startswith(".") and (is_jsonl_name(name) or name.lower().endswith(documents))


def missing_paths(paths: Sequence[str]) -> list[str]:
    return [p for p in paths if p != STDIN and not os.path.exists(p)]


def _walk(folder: Path, skip: Path | None, html: bool) -> Iterator[Path]:
    """Files under folder taken as documents, sorted, hidden entries and `skip` left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (skip is None or Path(root, d).resolve() != skip)
        )
        for name in sorted(files):
            if _taken_from_folder(name, html):
                yield Path(root, name)


def _check_paths(paths: Sequence[str], output: Path | None, into_folder: bool) -> None:
    if STDIN in paths and len(paths) > 1:
        raise UsageError("'-' (stdin) cannot be combined with other paths")
    if output is not None and not into_folder and output.is_dir():
        raise UsageError(f"{output} is a folder; one input writes one output file")
    if into_folder and output is not None and output.exists() and not output.is_dir():
        raise UsageError(f"{output} is a file; folder or several inputs need -o FOLDER")


def into_folder(paths: Sequence[str]) -> bool:
    """Whether -o names a folder: the inputs are a folder or several paths."""
    return len(paths) > 1 or any(p != STDIN and os.path.isdir(p) for p in paths)


def _target_in_folder(output: Path, relative: Path, html: bool) -> Path:
    """Where a file found in a folder is written: a page's text under the page's name with .txt."""
    if html and not is_jsonl_name(relative.name):
        return output / relative.with_suffix(HTML_TARGET_SUFFIX)
    return output / relative


def plan_sources(
    paths: Sequence[str], output: Path | None, *, force_jsonl: bool = False, html: bool = False
) -> Iterator[Source]:
    """Every input document file with its output target, in a stable order.

    With ``html``, folders give their HTML pages (``*.html``, ``*.htm``) instead of
    their text files, and a page's clean text is written as ``<name>.txt``.

    Run it again to walk the folders again (a corpus may hold too many files to
    keep their names in memory).
    """
    folder_mode = into_folder(paths)
    _check_paths(paths, output, folder_mode)
    skip = output.resolve() if output is not None and folder_mode else None
    for given in paths:
        if given == STDIN:
            yield Source(None, STDIN_NAME, force_jsonl, output)
        elif os.path.isdir(given):
            for path in _walk(Path(given), skip, html):
                target = _target_in_folder(output, path.relative_to(given), html) if output is not None else None
                yield Source(path, str(path), is_jsonl_name(path.name), target)
        else:
            path = Path(given)
            target = output if not folder_mode or output is None else _target_in_folder(output, Path(path.name), html)
            yield Source(path, given, force_jsonl or is_jsonl_name(path.name), target)


def survey(sources: Iterator[Source], *, several_to_stdout: bool, explain: bool) -> int | None:
    """Check the sources fit the options; return their total bytes on disk (None: unknown).

    Several plain-text documents cannot share stdout (their boundaries would be
    lost), and ``--explain`` annotates JSON Lines records only.
    """
    total: int | None = 0
    for source in sources:
        if not source.jsonl and several_to_stdout:
            raise UsageError(f"{source.name}: several plain-text documents need -o FOLDER")
        if not source.jsonl and explain:
            raise UsageError(
                f"{source.name}: --explain annotates JSON Lines records; "
                "for a text file use 'cleaner explain FILE'"
            )
        total = _add_size(total, source)
    return total


def _add_size(total: int | None, source: Source) -> int | None:
    if total is None or source.path is None:
        return None
    try:
        return total + source.path.stat().st_size
    except OSError:  # reported when the file is opened
        return None
